#include "graph/existing_graph.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <regex>
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

const std::string kType = std::string(vocab::kRdf) + "type";
const std::string kLabel = std::string(vocab::kRdfs) + "label";
const std::string kAltLabel = std::string(vocab::kSkos) + "altLabel";
const std::string kSameAs = std::string(vocab::kOwl) + "sameAs";
const std::string kContext = std::string(vocab::kNif) + "Context";

/// What the file says of one node, limited to what extending it needs.
struct NodeFacts {
    bool document = false;                 ///< Typed nif:Context.
    std::optional<EntityType> type;        ///< Its most specific trame class.
    std::string label;                     ///< Its first rdfs:label.
    std::vector<std::string> alt_labels;   ///< Its skos:altLabels, in file order.
    std::string wikidata;                  ///< Its first Wikidata id.
};

struct Loader {
    std::unique_ptr<SerdEnv, SerdDeleter> env{serd_env_new(nullptr)};
    std::map<std::string, NodeFacts> nodes;
    std::string error;  // "file:line:col: message" of the first error

    /// An IRI expanded against the prefixes and base, "_:label" for a blank node, a literal's text.
    std::string text(const SerdNode* node) const {
        const std::string raw = node->buf ? std::string(reinterpret_cast<const char*>(node->buf), node->n_bytes) : "";
        if (node->type == SERD_BLANK) return "_:" + raw;
        if (node->type != SERD_URI && node->type != SERD_CURIE) return raw;
        SerdNode expanded = serd_env_expand_node(env.get(), node);
        std::string iri = expanded.buf ? reinterpret_cast<const char*>(expanded.buf) : raw;
        serd_node_free(&expanded);
        return iri;
    }
};

void record(Loader& loader, const SerdNode* subject_node, const SerdNode* predicate_node, const SerdNode* object_node) {
    const std::string predicate = loader.text(predicate_node);
    if (predicate != kType && predicate != kLabel && predicate != kAltLabel && predicate != kSameAs) return;
    const bool literal = object_node->type == SERD_LITERAL;
    const std::string object = loader.text(object_node);
    NodeFacts& facts = loader.nodes[loader.text(subject_node)];
    if (predicate == kType && !literal) {
        const std::string ontology = vocab::kOntology;
        if (object == kContext) facts.document = true;
        if (object.compare(0, ontology.size(), ontology) == 0)
            if (const auto type = entity_type_from_string(object.substr(ontology.size())))
                if (!facts.type || *type < *facts.type) facts.type = type;  // Country before Place
    } else if (predicate == kLabel && literal) {
        if (facts.label.empty()) facts.label = object;
    } else if (predicate == kAltLabel && literal) {
        facts.alt_labels.push_back(object);
    } else if (predicate == kSameAs && !literal && facts.wikidata.empty()) {
        static const std::regex wikidata(std::string(vocab::kWikidata) + "(Q[1-9][0-9]*)");
        std::smatch match;
        if (std::regex_match(object, match, wikidata)) facts.wikidata = match[1];
    }
}

SerdStatus on_base(void* handle, const SerdNode* uri) {
    return serd_env_set_base_uri(static_cast<Loader*>(handle)->env.get(), uri);
}

SerdStatus on_prefix(void* handle, const SerdNode* name, const SerdNode* uri) {
    return serd_env_set_prefix(static_cast<Loader*>(handle)->env.get(), name, uri);
}

SerdStatus on_statement(void* handle, SerdStatementFlags, const SerdNode*, const SerdNode* subject,
                        const SerdNode* predicate, const SerdNode* object, const SerdNode*, const SerdNode*) {
    record(*static_cast<Loader*>(handle), subject, predicate, object);
    return SERD_SUCCESS;
}

SerdStatus on_error(void* handle, const SerdError* error) {
    auto& loader = *static_cast<Loader*>(handle);
    if (loader.error.empty()) loader.error = serd_error_text(*error);
    return SERD_SUCCESS;
}


void read_file(const std::string& path, Loader& loader) {
    std::unique_ptr<std::FILE, FileCloser> file(std::fopen(path.c_str(), "rb"));
    if (!file) throw std::runtime_error("cannot open " + path + ": " + std::strerror(errno));
    if (std::filesystem::is_directory(path)) throw std::runtime_error("cannot read " + path + ": is a directory");
    std::unique_ptr<SerdReader, SerdDeleter> reader(
        serd_reader_new(serd_syntax_of_file(path), &loader, nullptr, on_base, on_prefix, on_statement, nullptr));
    serd_reader_set_strict(reader.get(), true);
    serd_reader_set_error_sink(reader.get(), on_error, &loader);
    const SerdStatus status =
        serd_reader_read_file_handle(reader.get(), file.get(), reinterpret_cast<const uint8_t*>(path.c_str()));
    if (!loader.error.empty()) throw std::runtime_error("invalid RDF in " + loader.error);
    if (status != SERD_SUCCESS && status != SERD_FAILURE)  // SERD_FAILURE: no statement at all
        throw std::runtime_error("cannot read " + path + ": " + reinterpret_cast<const char*>(serd_strerror(status)));
}

/// `text` with every %XX decoded.
std::string percent_decode(const std::string& text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '%' && i + 2 < text.size() && std::isxdigit(static_cast<unsigned char>(text[i + 1])) &&
            std::isxdigit(static_cast<unsigned char>(text[i + 2]))) {
            out += static_cast<char>(std::stoi(text.substr(i + 1, 2), nullptr, 16));
            i += 2;
        } else {
            out += text[i];
        }
    }
    return out;
}

/// Splits `iri` into base and id when it is base + `folder` + "/" + id (id without '/' or '#').
bool split(const std::string& iri, const std::string& folder, std::string& base, std::string& id) {
    const std::string marker = "/" + folder + "/";
    const std::size_t at = iri.rfind(marker);
    if (at == std::string::npos) return false;
    id = iri.substr(at + marker.size());
    if (id.empty() || id.find_first_of("/#") != std::string::npos) return false;
    base = iri.substr(0, at + 1);
    return true;
}

}  // namespace

ExistingGraph ExistingGraph::load(const std::string& path, const std::string& base) {
    Loader loader;
    read_file(path, loader);

    std::set<std::string> bases;  // of the documents and entities
    std::string node_base, id;
    for (const auto& [node, facts] : loader.nodes)
        if ((facts.document && split(node, "doc", node_base, id)) || (facts.type && split(node, "entity", node_base, id)))
            bases.insert(node_base);
    ExistingGraph graph;
    graph.path = path;
    if (!base.empty() && !bases.empty() && !bases.count(base))
        throw std::runtime_error(path + ": its documents and entities are under <" + *bases.begin() +
                                 ">, not under the base <" + base + ">");
    if (base.empty() && bases.size() > 1)
        throw std::runtime_error(path + ": its documents and entities are under several bases (<" + *bases.begin() +
                                 ">, <" + *std::next(bases.begin()) + ">...); choose one with --base");
    graph.base = !base.empty() ? base : bases.empty() ? "" : *bases.begin();
    if (graph.base.empty()) return graph;

    for (auto& [node, facts] : loader.nodes) {
        if (node.compare(0, graph.base.size(), graph.base) != 0) continue;
        if (facts.document && split(node, "doc", node_base, id) && node_base == graph.base)
            graph.documents.insert(percent_decode(id));
        if (!facts.type || facts.label.empty() || !split(node, "entity", node_base, id) || node_base != graph.base)
            continue;
        Entity entity;
        entity.id = percent_decode(id);
        entity.label = facts.label;
        entity.alt_labels.insert(facts.alt_labels.begin(), facts.alt_labels.end());
        entity.alt_labels.erase(entity.label);
        entity.type = *facts.type;
        entity.wikidata = facts.wikidata;
        graph.entities.push_back(std::move(entity));
    }
    std::sort(graph.entities.begin(), graph.entities.end(),
              [](const Entity& a, const Entity& b) { return a.id < b.id; });
    return graph;
}

}  // namespace trame
