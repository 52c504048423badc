#include "graph/knowledge_graph.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <map>
#include <memory>
#include <optional>
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

std::string iri(const char* ns, const char* name) { return std::string(ns) + name; }

/// The IRIs the loader looks for, built once.
struct Terms {
    const std::string type = iri(vocab::kRdf, "type");
    const std::string statement = iri(vocab::kRdf, "Statement");
    const std::string subject = iri(vocab::kRdf, "subject");
    const std::string predicate = iri(vocab::kRdf, "predicate");
    const std::string object = iri(vocab::kRdf, "object");
    const std::string label = iri(vocab::kRdfs, "label");
    const std::string same_as = iri(vocab::kOwl, "sameAs");
    const std::string negated = iri(vocab::kOntology, "negated");
    const std::string modality = iri(vocab::kOntology, "modality");
    const std::string context = iri(vocab::kNif, "Context");
    const std::string sentence = iri(vocab::kNif, "Sentence");
    const std::string anchor_of = iri(vocab::kNif, "anchorOf");
    const std::string derived_from = iri(vocab::kProv, "wasDerivedFrom");
};

const Terms& terms() {
    static const Terms instance;
    return instance;
}

/// An RDF term as the loader keeps it: an IRI, "_:id" for a blank node, or a literal's lexical form.
struct Term {
    std::string value;
    bool resource = false;  ///< True for an IRI or a blank node.
};

/// What the file says about one node, limited to the properties the statistics use.
struct NodeFacts {
    std::set<std::string> types;  ///< Only the types that matter: trame classes, rdf:Statement, nif classes.
    std::string label;
    std::string wikidata;  ///< The first Wikidata IRI it is owl:sameAs.
    Term subject, predicate, object;
    bool negated = false;
    std::string modality;
    std::string anchor;        ///< nif:anchorOf, for a sentence.
    std::string derived_from;  ///< prov:wasDerivedFrom, for a statement.
};

/// The state of one read: the prefixes seen so far, the facts gathered per node, the first error.
struct Loader {
    std::unique_ptr<SerdEnv, SerdDeleter> env{serd_env_new(nullptr)};
    std::map<std::string, NodeFacts> nodes;
    std::string error;  // "file:line:col: message" of the first error

    Term term(const SerdNode* node) const {
        const char* text = reinterpret_cast<const char*>(node->buf);
        switch (node->type) {
            case SERD_URI:
            case SERD_CURIE: {
                SerdNode expanded = serd_env_expand_node(env.get(), node);  // owns its buffer
                Term result{expanded.buf ? reinterpret_cast<const char*>(expanded.buf) : text, true};
                serd_node_free(&expanded);
                return result;
            }
            case SERD_BLANK: return {std::string("_:") + text, true};
            default: return {text ? text : "", false};
        }
    }
};

bool is_kept_type(const std::string& type) {
    const Terms& t = terms();
    if (type == t.statement || type == t.context || type == t.sentence) return true;
    const std::string ontology = vocab::kOntology;
    return type.compare(0, ontology.size(), ontology) == 0 &&
           entity_type_from_string(type.substr(ontology.size())).has_value();
}

bool is_wikidata(const Term& term) {
    const std::string prefix = vocab::kWikidata;
    return term.resource && term.value.compare(0, prefix.size(), prefix) == 0;
}

/// Records the triple `subject predicate object` when its predicate is one the statistics use.
void record(Loader& loader, const Term& subject, const std::string& predicate, Term object) {
    const Terms& t = terms();
    const auto facts = [&]() -> NodeFacts& { return loader.nodes[subject.value]; };
    if (predicate == t.type) {
        if (object.resource && is_kept_type(object.value)) facts().types.insert(object.value);
    } else if (predicate == t.label) {
        if (facts().label.empty()) facts().label = object.value;
    } else if (predicate == t.same_as) {
        if (is_wikidata(object) && facts().wikidata.empty()) facts().wikidata = std::move(object.value);
    } else if (predicate == t.subject) {
        facts().subject = std::move(object);
    } else if (predicate == t.predicate) {
        facts().predicate = std::move(object);
    } else if (predicate == t.object) {
        facts().object = std::move(object);
    } else if (predicate == t.negated) {
        facts().negated = object.value == "true" || object.value == "1";
    } else if (predicate == t.modality) {
        facts().modality = object.value;
    } else if (predicate == t.anchor_of) {
        facts().anchor = object.value;
    } else if (predicate == t.derived_from) {
        if (object.resource && facts().derived_from.empty()) facts().derived_from = std::move(object.value);
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
    auto& loader = *static_cast<Loader*>(handle);
    record(loader, loader.term(subject), loader.term(predicate).value, loader.term(object));
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
    std::unique_ptr<SerdReader, SerdDeleter> reader(
        serd_reader_new(serd_syntax_of_file(path), &loader, nullptr, on_base, on_prefix, on_statement, nullptr));
    serd_reader_set_strict(reader.get(), true);
    serd_reader_set_error_sink(reader.get(), on_error, &loader);
    const SerdStatus status =
        serd_reader_read_file_handle(reader.get(), file.get(), reinterpret_cast<const uint8_t*>(path.c_str()));
    if (!loader.error.empty()) throw std::runtime_error("invalid RDF in " + loader.error);
    // Serd reports an input without any statement, such as an empty file, as SERD_FAILURE.
    if (status != SERD_SUCCESS && status != SERD_FAILURE)
        throw std::runtime_error("cannot read " + path + ": " + reinterpret_cast<const char*>(serd_strerror(status)));
}

/// The most specific trame class among `types` (Country before Place), or nothing.
std::optional<EntityType> entity_type(const std::set<std::string>& types) {
    const std::string ontology = vocab::kOntology;
    std::optional<EntityType> best;
    for (const std::string& type : types) {
        if (type.compare(0, ontology.size(), ontology) != 0) continue;
        const std::optional<EntityType> candidate = entity_type_from_string(type.substr(ontology.size()));
        if (candidate && (!best || *candidate < *best)) best = candidate;
    }
    return best;
}

/// What `nodes` says of `node` through `field`, empty when `node` is unknown.
std::string fact_of(const std::map<std::string, NodeFacts>& nodes, const std::string& node,
                    std::string NodeFacts::*field) {
    const auto it = nodes.find(node);
    return it == nodes.end() ? std::string() : it->second.*field;
}

/// Adds `node` to `graph`; `nodes` gives the labels of predicates and the text of sentences.
void add_node(KnowledgeGraph& graph, const std::string& node, NodeFacts& facts,
              const std::map<std::string, NodeFacts>& nodes) {
    const Terms& t = terms();
    if (facts.types.count(t.context)) ++graph.documents;
    if (facts.types.count(t.sentence)) ++graph.sentences;
    if (const std::optional<EntityType> type = entity_type(facts.types))
        graph.entities.push_back(GraphEntity{node, facts.label, *type, !facts.wikidata.empty(), facts.wikidata});
    if (facts.types.count(t.statement))
        graph.statements.push_back(GraphStatement{
            node, std::move(facts.subject.value), facts.predicate.value, std::move(facts.object.value),
            facts.object.resource, facts.negated, std::move(facts.modality),
            fact_of(nodes, facts.predicate.value, &NodeFacts::label),
            fact_of(nodes, facts.derived_from, &NodeFacts::anchor)});
}

}  // namespace

KnowledgeGraph KnowledgeGraph::load(const std::string& path) {
    Loader loader;
    read_file(path, loader);
    KnowledgeGraph graph;
    for (auto& [node, facts] : loader.nodes) add_node(graph, node, facts, loader.nodes);  // sorted by IRI
    return graph;
}

long KnowledgeGraph::find_entity(const std::string& iri) const {
    const auto it = std::lower_bound(entities.begin(), entities.end(), iri,
                                     [](const GraphEntity& entity, const std::string& key) { return entity.iri < key; });
    return it != entities.end() && it->iri == iri ? it - entities.begin() : -1;
}

std::vector<EntityFact> entity_facts(const KnowledgeGraph& graph) {
    std::vector<EntityFact> facts;
    for (std::size_t i = 0; i < graph.statements.size(); ++i) {
        const GraphStatement& statement = graph.statements[i];
        if (!statement.object_is_resource) continue;
        const long subject = graph.find_entity(statement.subject);
        const long object = graph.find_entity(statement.object);
        if (subject >= 0 && object >= 0)
            facts.push_back(EntityFact{static_cast<std::size_t>(subject), static_cast<std::size_t>(object), i});
    }
    return facts;
}

EntityGraph build_entity_graph(const KnowledgeGraph& graph) {
    EntityGraph entity_graph(graph.entities.size());
    for (const EntityFact& fact : entity_facts(graph))
        boost::add_edge(fact.subject, fact.object, FactEdge{local_name(graph.statements[fact.statement].predicate)},
                        entity_graph);
    return entity_graph;
}

std::string local_name(const std::string& iri) {
    const std::size_t cut = iri.find_last_of("#/");
    return cut == std::string::npos ? iri : iri.substr(cut + 1);
}

}  // namespace trame
