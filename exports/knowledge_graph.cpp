#include "exports/knowledge_graph.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <stdexcept>

#include "rdf/rdf_reader.h"
#include "rdf/vocabulary.h"

namespace trame {

namespace {

/// The predicates the statistics use: what the loader does with the object of each.
enum class Use { Type, Label, SameAs, Subject, Predicate, Object, Negated, Modality, Anchor, DerivedFrom };

/// The predicates the loader looks for, by IRI, built once.
const std::map<std::string, Use>& predicate_uses() {
    static const std::map<std::string, Use> uses = {
        {vocab::term(vocab::kRdf, "type"), Use::Type},
        {vocab::term(vocab::kRdfs, "label"), Use::Label},
        {vocab::term(vocab::kOwl, "sameAs"), Use::SameAs},
        {vocab::term(vocab::kRdf, "subject"), Use::Subject},
        {vocab::term(vocab::kRdf, "predicate"), Use::Predicate},
        {vocab::term(vocab::kRdf, "object"), Use::Object},
        {vocab::term(vocab::kOntology, "negated"), Use::Negated},
        {vocab::term(vocab::kOntology, "modality"), Use::Modality},
        {vocab::term(vocab::kNif, "anchorOf"), Use::Anchor},
        {vocab::term(vocab::kProv, "wasDerivedFrom"), Use::DerivedFrom},
    };
    return uses;
}

/// The classes of documents, sentences and statements, built once.
struct Classes {
    const std::string statement = vocab::term(vocab::kRdf, "Statement");
    const std::string context = vocab::term(vocab::kNif, "Context");
    const std::string sentence = vocab::term(vocab::kNif, "Sentence");
};

const Classes& classes() {
    static const Classes instance;
    return instance;
}

/// An RDF term as the loader keeps it: an IRI, "_:id" for a blank node, or a literal's lexical form.
using Term = ReadTerm;

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
    std::map<std::string, NodeFacts> nodes;
};

bool is_kept_type(const std::string& type) {
    const Classes& t = classes();
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
    const auto use = predicate_uses().find(predicate);
    if (use == predicate_uses().end()) return;
    const auto facts = [&]() -> NodeFacts& { return loader.nodes[subject.value]; };
    switch (use->second) {
        case Use::Type:
            if (object.resource && is_kept_type(object.value)) facts().types.insert(object.value);
            break;
        case Use::Label:
            if (facts().label.empty()) facts().label = object.value;
            break;
        case Use::SameAs:
            if (is_wikidata(object) && facts().wikidata.empty()) facts().wikidata = std::move(object.value);
            break;
        case Use::Subject: facts().subject = std::move(object); break;
        case Use::Predicate: facts().predicate = std::move(object); break;
        case Use::Object: facts().object = std::move(object); break;
        case Use::Negated: facts().negated = object.value == "true" || object.value == "1"; break;
        case Use::Modality: facts().modality = object.value; break;
        case Use::Anchor: facts().anchor = object.value; break;
        case Use::DerivedFrom:
            if (object.resource && facts().derived_from.empty()) facts().derived_from = std::move(object.value);
            break;
    }
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
    const Classes& t = classes();
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
    read_triples(path, [&](const Term& subject, const std::string& predicate, const Term& object) {
        record(loader, subject, predicate, object);
    });
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
