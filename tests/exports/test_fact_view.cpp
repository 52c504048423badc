// Tests of exports/fact_view: entities and phrases as nodes, repeated facts merged into one edge.
#include <catch2/catch.hpp>

#include <string>

#include "exports/fact_view.h"
#include "exports/knowledge_graph.h"
#include "tests/temp_dir.h"

using namespace trame;
using trame::testing::TempDir;

namespace {

// Claire says the same phrase in two statements (one edge, count 2) and Paul says it once (the
// same phrase node); Paul meets Claire twice asserted and once negated (two edges); a statement
// whose subject is no entity and one whose object is an unknown IRI are not drawn.
const std::string kGraph = R"(@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix trame: <https://w3id.org/trame/ontology#> .
@prefix ex: <https://example.org/id/> .

ex:claire a trame:Person ; rdfs:label "Claire Fontaine"@fr .
ex:paul a trame:Person ; rdfs:label "Paul Girard"@fr .
ex:lyon a trame:Place .

ex:f1 a rdf:Statement ; rdf:subject ex:claire ; rdf:predicate trame:demands ;
    rdf:object "l'ouverture d'une enquête"@fr ; trame:negated false ; trame:modality "asserted" .
ex:f2 a rdf:Statement ; rdf:subject ex:paul ; rdf:predicate trame:meets ; rdf:object ex:claire ;
    trame:negated false ; trame:modality "asserted" .
ex:f3 a rdf:Statement ; rdf:subject ex:claire ; rdf:predicate trame:demands ;
    rdf:object "l'ouverture d'une enquête"@fr ; trame:negated false ; trame:modality "asserted" .
ex:f4 a rdf:Statement ; rdf:subject ex:paul ; rdf:predicate trame:meets ; rdf:object ex:claire ;
    trame:negated true ; trame:modality "asserted" .
ex:f5 a rdf:Statement ; rdf:subject ex:paul ; rdf:predicate trame:meets ; rdf:object ex:claire ;
    trame:negated false ; trame:modality "asserted" .
ex:f6 a rdf:Statement ; rdf:subject ex:paul ; rdf:predicate trame:demands ;
    rdf:object "l'ouverture d'une enquête"@fr ; trame:negated false ; trame:modality "hypothetical" .
ex:f7 a rdf:Statement ; rdf:subject "quelqu'un" ; rdf:predicate trame:says ; rdf:object "rien"@fr .
ex:f8 a rdf:Statement ; rdf:subject ex:paul ; rdf:predicate trame:locatedIn ; rdf:object ex:ailleurs .
)";

KnowledgeGraph sample() {
    TempDir dir("trame-view");
    return KnowledgeGraph::load(dir.write("kg.ttl", kGraph));
}

}  // namespace

TEST_CASE("fact_view: phrases are nodes of their own kind, shared by the facts that have them") {
    const KnowledgeGraph graph = sample();
    const FactView view = build_fact_view(graph);
    REQUIRE(view.entities == 3);
    REQUIRE(view.nodes.size() == 4);
    // Entities by IRI: claire 0, lyon 1, paul 2; then the phrase.
    CHECK(view.nodes[0].kind == ViewNode::Kind::Entity);
    CHECK(view.nodes[0].label == "Claire Fontaine");
    CHECK(view.nodes[1].label == "lyon");  // no label: the IRI's local name
    CHECK(view.nodes[1].degree == 0);
    const ViewNode& phrase = view.nodes[3];
    CHECK(phrase.kind == ViewNode::Kind::Phrase);
    CHECK(phrase.text == "l'ouverture d'une enquête");
    CHECK(phrase.label == "l'ouverture d'une enquête");
    CHECK(phrase.degree == 3);
    CHECK(view.facts == 6);  // f7 (no entity subject) and f8 (unknown object) are not drawn
}

TEST_CASE("fact_view: a fact stated several times is one edge with its count") {
    const KnowledgeGraph graph = sample();
    const FactView view = build_fact_view(graph);
    REQUIRE(view.edges.size() == 4);
    // In the order of the first statement: f1 (with f3), f2 (with f5), f4, f6.
    const ViewEdge& demands = view.edges[0];
    CHECK(demands.source == 0);
    CHECK(demands.target == 3);
    CHECK(demands.predicate == "demands");
    CHECK(demands.count() == 2);
    CHECK(demands.statements == std::vector<std::size_t>{0, 2});
    const ViewEdge& meets = view.edges[1];
    CHECK(meets.source == 2);
    CHECK(meets.target == 0);
    CHECK(meets.count() == 2);
    CHECK_FALSE(meets.negated);
    CHECK(view.edges[2].negated);  // not merged with the asserted one
    CHECK(view.edges[2].count() == 1);
    CHECK(view.edges[3].modality == "hypothetical");
    CHECK(view.edges[3].target == 3);  // the same phrase node
    CHECK(view.nodes[0].degree == 5);  // Claire: two demands, three meets
    CHECK(view.nodes[2].degree == 4);  // Paul: three meets, one demands
}

TEST_CASE("fact_view: options leave out negated, hypothetical or phrase facts") {
    const KnowledgeGraph graph = sample();
    const FactView no_phrases = build_fact_view(graph, FactViewOptions{true, true, false});
    CHECK(no_phrases.nodes.size() == 3);
    CHECK(no_phrases.edges.size() == 2);
    const FactView asserted = build_fact_view(graph, FactViewOptions{false, false, true});
    CHECK(asserted.edges.size() == 2);
    CHECK(asserted.facts == 4);
    CHECK(asserted.nodes[3].degree == 2);
}

TEST_CASE("fact_view: shorten keeps one line and cuts at a word, with an ellipsis") {
    CHECK(shorten("court") == "court");
    CHECK(shorten("  deux\n lignes\t ici  ") == "deux lignes ici");
    CHECK(shorten("une enquête indépendante sur les comptes de la société", 30) == "une enquête indépendante sur…");
    CHECK(shorten("anticonstitutionnellement", 10) == "anticonsti…");
    CHECK(shorten("ééééééééééé", 5) == "ééééé…");  // code points, not bytes
    CHECK(shorten("", 5).empty());
    CHECK(shorten("exactement dix", 14) == "exactement dix");
}

TEST_CASE("fact_view: node ids name entities by index and phrases by rank") {
    const KnowledgeGraph graph = sample();
    const FactView view = build_fact_view(graph);
    CHECK(node_ids(view) == std::vector<std::string>{"n0", "n1", "n2", "p0"});
}
