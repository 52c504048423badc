// Tests of exports/knowledge_graph and exports/graph_stats on small hand-written RDF files.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "exports/graph_stats.h"
#include "exports/knowledge_graph.h"
#include "tests/temp_dir.h"

using namespace trame;
namespace fs = std::filesystem;
using trame::testing::TempDir;

namespace {

const std::string kPrefixes = R"(@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
@prefix trame: <https://w3id.org/trame/ontology#> .
@prefix rel: <https://w3id.org/trame/relation/> .
@prefix wd: <http://www.wikidata.org/entity/> .
@prefix ex: <https://example.org/id/> .
)";

// Eight entities in three components ({alice, bob, acme, france, paris}, {summit, loi}, {lonely}),
// nine statements of which seven link two entities, two documents and three sentences.
const std::string kGraph = kPrefixes + R"(
ex:doc1 a nif:Context ; rdfs:label "doc1.txt" .
ex:doc2 a nif:Context ; rdfs:label "doc2.txt" .
ex:doc1-s1 a nif:Sentence ; nif:referenceContext ex:doc1 .
ex:doc1-s2 a nif:Sentence ; nif:referenceContext ex:doc1 .
ex:doc2-s1 a nif:Sentence ; nif:referenceContext ex:doc2 .

ex:alice a trame:Person ; rdfs:label "Alice Martin"@fr ; owl:sameAs wd:Q1 .
ex:bob a trame:Person ; rdfs:label "Bob"@fr .
<https://example.org/id/acme> a trame:Organization ; rdfs:label "Acme"@fr ; owl:sameAs <http://www.wikidata.org/entity/Q2> .
ex:france a trame:Country , trame:Place ; rdfs:label "France"@fr ; owl:sameAs wd:Q142 .
ex:paris a trame:Place ; rdfs:label "Paris"@fr .
ex:summit a trame:Event ; rdfs:label "Sommet de Paris"@fr .
ex:loi a trame:Other ; rdfs:label "Loi Climat"@fr .
ex:lonely a trame:Person ; rdfs:label "Seul"@fr ; owl:sameAs <http://dbpedia.org/resource/Seul> .
ex:thing a <https://schema.org/Thing> ; rdfs:label "Pas une entité"@fr ; owl:sameAs wd:Q3 .
rel:adopter rdfs:label "adopter"@fr .

ex:st1 a rdf:Statement ; rdf:subject ex:alice ; rdf:predicate trame:leaderOf ; rdf:object ex:acme ;
    trame:negated false ; trame:modality "asserted" .
ex:st2 a rdf:Statement ; rdf:subject ex:alice ; rdf:predicate trame:meets ; rdf:object ex:bob ;
    trame:negated false ; trame:modality "asserted" .
ex:st3 a rdf:Statement ; rdf:subject ex:bob ; rdf:predicate trame:memberOf ; rdf:object ex:acme ;
    trame:negated false ; trame:modality "hypothetical" .
ex:st4 a rdf:Statement ; rdf:subject ex:acme ; rdf:predicate trame:locatedIn ; rdf:object ex:france ;
    trame:negated true ; trame:modality "asserted" .
ex:st5 a rdf:Statement ; rdf:subject ex:alice ; rdf:predicate trame:says ; rdf:object "bonjour"@fr ;
    trame:negated false ; trame:modality "asserted" .
ex:st6 rdf:subject ex:paris ; rdf:predicate trame:locatedIn ; rdf:object ex:france ;
    trame:negated false ; trame:modality "asserted" .
ex:st7 a rdf:Statement ; rdf:subject ex:summit ; rdf:predicate rel:adopter ; rdf:object ex:loi ;
    trame:negated true ; trame:modality "hypothetical" .
[] a rdf:Statement ; rdf:subject ex:alice ; rdf:predicate trame:meets ; rdf:object ex:bob ;
    trame:negated false ; trame:modality "asserted" .
ex:st9 a rdf:Statement ; rdf:subject ex:thing ; rdf:predicate trame:criticizes ; rdf:object ex:alice ;
    trame:negated false ; trame:modality "asserted" .
ex:st6 a rdf:Statement .

ex:alice trame:leaderOf ex:acme ; trame:meets ex:bob .
)";

std::vector<std::string> labels(const std::vector<RankedEntity>& ranking) {
    std::vector<std::string> result;
    for (const RankedEntity& entity : ranking) result.push_back(entity.label);
    return result;
}

}  // namespace

TEST_CASE("graph_stats: loads entities and statement nodes") {
    TempDir dir("trame-stats");
    const KnowledgeGraph graph = KnowledgeGraph::load(dir.write("kg.ttl", kGraph));
    REQUIRE(graph.entities.size() == 8);
    const long france = graph.find_entity("https://example.org/id/france");
    REQUIRE(france >= 0);
    CHECK(graph.entities[france].type == EntityType::Country);  // the most specific of Country and Place
    CHECK(graph.entities[france].label == "France");
    CHECK(graph.entities[france].wikidata);
    CHECK(graph.find_entity("https://example.org/id/thing") == -1);
    REQUIRE(graph.statements.size() == 9);
    CHECK(graph.documents == 2);
    CHECK(graph.sentences == 3);

    const EntityGraph entity_graph = build_entity_graph(graph);
    CHECK(boost::num_vertices(entity_graph) == 8);
    CHECK(boost::num_edges(entity_graph) == 7);
    const long summit = graph.find_entity("https://example.org/id/summit");
    const auto [edges, edges_end] = boost::out_edges(static_cast<std::size_t>(summit), entity_graph);
    REQUIRE(std::distance(edges, edges_end) == 1);
    CHECK(entity_graph[*edges].predicate == "adopter");
}

TEST_CASE("graph_stats: counts every figure of a hand-written graph") {
    TempDir dir("trame-stats");
    const GraphStats stats = compute_stats(dir.write("kg.ttl", kGraph));

    CHECK(stats.documents == 2);
    CHECK(stats.sentences == 3);

    CHECK(stats.entities == 8);
    CHECK(stats.entities_by_type.at(EntityType::Person) == 3);
    CHECK(stats.entities_by_type.at(EntityType::Organization) == 1);
    CHECK(stats.entities_by_type.at(EntityType::Country) == 1);
    CHECK(stats.entities_by_type.at(EntityType::Place) == 1);
    CHECK(stats.entities_by_type.at(EntityType::Event) == 1);
    CHECK(stats.entities_by_type.at(EntityType::Other) == 1);
    CHECK(stats.wikidata_linked == 3);

    CHECK(stats.statements == 9);
    const std::map<std::string, std::size_t> by_predicate{{"adopter", 1},  {"criticizes", 1}, {"leaderOf", 1},
                                                         {"locatedIn", 2}, {"meets", 2},      {"memberOf", 1},
                                                         {"says", 1}};
    CHECK(stats.statements_by_predicate == by_predicate);
    CHECK(stats.asserted == 7);
    CHECK(stats.hypothetical == 2);
    CHECK(stats.negated == 2);
    CHECK(stats.entity_facts == 7);

    const std::vector<std::string> expected_ranking{"Acme",       "Alice Martin", "Bob",           "France",
                                                    "Loi Climat", "Paris",        "Sommet de Paris"};
    CHECK(labels(stats.most_connected) == expected_ranking);
    const std::vector<std::size_t> degrees{3, 3, 3, 2, 1, 1, 1};
    for (std::size_t i = 0; i < degrees.size(); ++i) CHECK(stats.most_connected.at(i).degree == degrees[i]);
    CHECK(stats.most_connected[0].type == EntityType::Organization);
    CHECK(stats.most_connected[0].iri == "https://example.org/id/acme");

    CHECK(stats.components == 3);
    CHECK(stats.component_sizes == std::vector<std::size_t>{5, 2, 1});
    CHECK(stats.isolated == 1);
}

TEST_CASE("graph_stats: reads N-Triples and TriG by extension") {
    TempDir dir("trame-stats");
    const std::string triples =
        "<https://example.org/a> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
        "<https://w3id.org/trame/ontology#Person> .\n"
        "<https://example.org/a> <http://www.w3.org/2002/07/owl#sameAs> <http://www.wikidata.org/entity/Q7> .\n";
    const GraphStats nt = compute_stats(dir.write("kg.nt", triples));
    CHECK(nt.entities == 1);
    CHECK(nt.wikidata_linked == 1);
    CHECK(nt.isolated == 1);

    const GraphStats trig = compute_stats(dir.write("kg.trig", kPrefixes + "ex:g1 { ex:a a trame:Event . }\n"
                                                                           "ex:g2 { ex:a a trame:Event . }\n"));
    CHECK(trig.entities == 1);
    CHECK(trig.entities_by_type.at(EntityType::Event) == 1);
}

TEST_CASE("graph_stats: a malformed file gives an error naming the file and line") {
    TempDir dir("trame-stats");
    const std::string path = dir.write("bad.ttl", kPrefixes + "ex:a a trame:Person .\nex:b a trame:Person\nex:c .\n");
    const int bad_line = 11;  // the eight prefixes, then ex:a, ex:b and the line missing its predicate
    try {
        compute_stats(path);
        FAIL("no error");
    } catch (const std::runtime_error& error) {
        const std::string message = error.what();
        INFO(message);
        CHECK(message.find(path + ":" + std::to_string(bad_line) + ":") != std::string::npos);
    }
    CHECK_THROWS_WITH(compute_stats((dir.path / "missing.ttl").string()), Catch::Contains("missing.ttl"));
}

TEST_CASE("graph_stats: an empty but valid file gives zeros") {
    TempDir dir("trame-stats");
    for (const std::string& content : {std::string(), kPrefixes}) {
        const GraphStats stats = compute_stats(dir.write("empty.ttl", content));
        CHECK(stats.documents == 0);
        CHECK(stats.sentences == 0);
        CHECK(stats.entities == 0);
        CHECK(stats.entities_by_type.size() == 6);
        for (const auto& [type, count] : stats.entities_by_type) CHECK(count == 0);
        CHECK(stats.wikidata_linked == 0);
        CHECK(stats.statements == 0);
        CHECK(stats.statements_by_predicate.empty());
        CHECK(stats.asserted + stats.hypothetical + stats.negated + stats.entity_facts == 0);
        CHECK(stats.most_connected.empty());
        CHECK(stats.components == 0);
        CHECK(stats.component_sizes.empty());
        CHECK(stats.isolated == 0);
    }
}

TEST_CASE("graph_stats: print_stats writes an aligned report") {
    TempDir dir("trame-stats");
    std::ostringstream out;
    print_stats(compute_stats(dir.write("kg.ttl", kGraph)), out, 2);
    const std::string report = out.str();
    INFO(report);
    CHECK(report.find("  documents  2\n  sentences  3\n") != std::string::npos);
    CHECK(report.find("  Person              3\n") != std::string::npos);
    CHECK(report.find("  linked to Wikidata  3\n") != std::string::npos);
    CHECK(report.find("  locatedIn   2\n") != std::string::npos);
    CHECK(report.find("    1       3  Organization  Acme\n") != std::string::npos);
    CHECK(report.find("    2       3  Person        Alice Martin\n") != std::string::npos);
    CHECK(report.find("Bob") == std::string::npos);  // only the top 2
    CHECK(report.find("  connected components  3\n"
                      "  isolated entities     1\n"
                      "  largest components    5, 2, 1\n") != std::string::npos);
}
