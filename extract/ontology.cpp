#include "extract/ontology.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <set>
#include <stdexcept>

#include <serd/serd.h>

#include "output/serd_syntax.h"
#include "output/vocabulary.h"

namespace trame {

namespace {

struct SerdDeleter {
    void operator()(SerdEnv* env) const { serd_env_free(env); }
    void operator()(SerdReader* reader) const { serd_reader_free(reader); }
};

struct FileCloser {
    void operator()(std::FILE* file) const { std::fclose(file); }
};

/// What loading keeps of the ontology's triples while Serd reads them.
struct Loader {
    std::unique_ptr<SerdEnv, SerdDeleter> env{serd_env_new(nullptr)};
    std::map<std::string, std::set<std::string>> types;  // subject IRI -> its rdf:type IRIs
    std::set<std::string> relations;                     // subjects rdfs:subPropertyOf trame:relatedTo
    std::string error;                                   // "file:line:col: message" of the first error

    /// The absolute IRI of an IRI or prefixed-name node, or "" for a blank node or literal.
    std::string expand(const SerdNode* node) const {
        if (node->type != SERD_URI && node->type != SERD_CURIE) return "";
        SerdNode expanded = serd_env_expand_node(env.get(), node);  // owns its buffer
        const std::string iri = expanded.buf ? reinterpret_cast<const char*>(expanded.buf) : "";
        serd_node_free(&expanded);
        return iri;
    }
};

SerdStatus on_base(void* handle, const SerdNode* uri) {
    return serd_env_set_base_uri(static_cast<Loader*>(handle)->env.get(), uri);
}

SerdStatus on_prefix(void* handle, const SerdNode* name, const SerdNode* uri) {
    return serd_env_set_prefix(static_cast<Loader*>(handle)->env.get(), name, uri);
}

SerdStatus on_statement(void* handle, SerdStatementFlags, const SerdNode*, const SerdNode* subject,
                        const SerdNode* predicate, const SerdNode* object, const SerdNode*, const SerdNode*) {
    static const std::string kType = std::string(vocab::kRdf) + "type";
    static const std::string kSubPropertyOf = std::string(vocab::kRdfs) + "subPropertyOf";
    static const std::string kRelatedTo = std::string(vocab::kOntology) + "relatedTo";
    auto& loader = *static_cast<Loader*>(handle);
    const std::string s = loader.expand(subject);
    if (s.empty()) return SERD_SUCCESS;
    const std::string p = loader.expand(predicate);
    const std::string o = loader.expand(object);
    if (p == kType && !o.empty()) loader.types[s].insert(o);
    if (p == kSubPropertyOf && o == kRelatedTo) loader.relations.insert(s);
    return SERD_SUCCESS;
}

SerdStatus on_error(void* handle, const SerdError* error) {
    auto& loader = *static_cast<Loader*>(handle);
    if (loader.error.empty()) loader.error = serd_error_text(*error);
    return SERD_SUCCESS;
}

}  // namespace

Ontology Ontology::load(const std::string& path) {
    std::unique_ptr<std::FILE, FileCloser> file(std::fopen(path.c_str(), "rb"));
    if (!file) throw std::runtime_error("cannot open the ontology " + path + ": " + std::strerror(errno));

    Loader loader;
    std::unique_ptr<SerdReader, SerdDeleter> reader(
        serd_reader_new(SERD_TURTLE, &loader, nullptr, on_base, on_prefix, on_statement, nullptr));
    serd_reader_set_strict(reader.get(), true);
    serd_reader_set_error_sink(reader.get(), on_error, &loader);
    const SerdStatus status =
        serd_reader_read_file_handle(reader.get(), file.get(), reinterpret_cast<const uint8_t*>(path.c_str()));
    if (status != SERD_SUCCESS || !loader.error.empty())
        throw std::runtime_error("cannot read the ontology " +
                                 (loader.error.empty() ? path + ": " + reinterpret_cast<const char*>(serd_strerror(status))
                                                       : loader.error));

    static const std::string kObjectProperty = std::string(vocab::kOwl) + "ObjectProperty";
    static const std::string kSymmetric = std::string(vocab::kOwl) + "SymmetricProperty";
    const std::string ontology_namespace = vocab::kOntology;
    Ontology ontology;
    for (const std::string& iri : loader.relations) {
        if (iri.compare(0, ontology_namespace.size(), ontology_namespace) != 0) continue;
        const std::set<std::string>& types = loader.types[iri];
        ontology.relations_[iri.substr(ontology_namespace.size())] =
            Relation{types.count(kObjectProperty) == 0, types.count(kSymmetric) > 0};
    }
    if (ontology.relations_.empty())
        throw std::runtime_error("the ontology " + path + " declares no core relation (no rdfs:subPropertyOf <" +
                                 ontology_namespace + "relatedTo>)");
    return ontology;
}

const Ontology::Relation* Ontology::find(std::string_view local_name) const {
    const auto it = relations_.find(local_name);
    return it == relations_.end() ? nullptr : &it->second;
}

bool Ontology::has_predicate(std::string_view local_name) const { return find(local_name) != nullptr; }

bool Ontology::literal_object_allowed(std::string_view local_name) const {
    const Relation* relation = find(local_name);
    return relation && relation->literal_object;
}

bool Ontology::symmetric(std::string_view local_name) const {
    const Relation* relation = find(local_name);
    return relation && relation->symmetric;
}

std::vector<std::string> Ontology::core_predicates() const {
    std::vector<std::string> names;
    for (const auto& [name, relation] : relations_) names.push_back(name);
    return names;
}

}  // namespace trame
