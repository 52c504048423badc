// A trame RDF output read back: its entities, its statement nodes, and the graph of entities they form.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include <boost/graph/adjacency_list.hpp>

#include "document/entity_type.h"

namespace trame {

/// An entity of a trame output: a node with an rdf:type among the trame classes Person,
/// Organization, Country, Place, Event and Other.
struct GraphEntity {
    std::string iri;
    std::string label;              ///< Its rdfs:label, empty when it has none.
    EntityType type = EntityType::Other;
    bool wikidata = false;          ///< True when it is owl:sameAs a Wikidata entity IRI.
    std::string wikidata_iri;       ///< The first Wikidata entity IRI it is owl:sameAs, empty when none.
};

/// A fact of a trame output: a node of rdf:type rdf:Statement with its reified triple and qualifiers.
struct GraphStatement {
    std::string iri;                ///< The statement node ("_:b1" for a blank node).
    std::string subject;            ///< The rdf:subject IRI ("_:id" for a blank node).
    std::string predicate;          ///< The rdf:predicate IRI.
    std::string object;             ///< The rdf:object: an IRI, "_:id", or a literal's lexical form.
    bool object_is_resource = false;  ///< True when `object` names a node, false for a literal.
    bool negated = false;           ///< trame:negated is true.
    std::string modality;           ///< trame:modality ("asserted", "hypothetical"), empty when absent.
    std::string predicate_label;    ///< The predicate's rdfs:label (an open relation's lemma), empty when none.
    std::string sentence;           ///< nif:anchorOf of its prov:wasDerivedFrom node, empty when unknown.
};

/// What the statistics need of a trame RDF file (Turtle, TriG, N-Triples or N-Quads): the entities
/// sorted by IRI, the statement nodes sorted by IRI, and the number of documents (nif:Context) and
/// sentences (nif:Sentence). Graph names of TriG/N-Quads are ignored: a node is the same in every graph.
struct KnowledgeGraph {
    std::vector<GraphEntity> entities;
    std::vector<GraphStatement> statements;
    std::size_t documents = 0;
    std::size_t sentences = 0;

    /// Reads `path` with Serd in strict mode; the syntax comes from the extension (.trig, .nt, .nq,
    /// otherwise Turtle). Throws std::runtime_error naming the file, and the line and column of a
    /// syntax error.
    static KnowledgeGraph load(const std::string& path);

    /// The index in `entities` of the entity `iri`, or -1 when `iri` is not an entity.
    long find_entity(const std::string& iri) const;
};

/// A statement whose subject and object are both entities, as indices in a KnowledgeGraph.
struct EntityFact {
    std::size_t subject = 0;        ///< Index in KnowledgeGraph::entities.
    std::size_t object = 0;         ///< Index in KnowledgeGraph::entities.
    std::size_t statement = 0;      ///< Index in KnowledgeGraph::statements.
};

/// The statements of `graph` between two entities, in the order of `graph.statements`.
std::vector<EntityFact> entity_facts(const KnowledgeGraph& graph);

/// The predicate carried by an edge of an EntityGraph.
struct FactEdge {
    std::string predicate;          ///< The local name of the statement's predicate ("meets").
};

/// The undirected multigraph of entities: vertex i is KnowledgeGraph::entities[i]; one edge per
/// statement whose subject and object are both entities, whatever its modality or polarity.
using EntityGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property, FactEdge>;

/// The graph of the facts between entities of `graph`.
EntityGraph build_entity_graph(const KnowledgeGraph& graph);

/// The part of `iri` after its last '#' or '/' ("meets" for "https://w3id.org/trame/ontology#meets").
std::string local_name(const std::string& iri);

}  // namespace trame
