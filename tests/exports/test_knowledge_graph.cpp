// Tests of exports/knowledge_graph: the read-back of a graph trame wrote.
#include <catch2/catch.hpp>

#include "exports/knowledge_graph.h"
#include "tests/exports/graph_fixture.h"

using namespace trame;
using namespace trame::testing;

TEST_CASE("knowledge_graph: the knowledge graph keeps open-relation labels, sentences and Wikidata IRIs") {
    const KnowledgeGraph graph = sample_graph();
    REQUIRE(graph.statements.size() == 5);
    CHECK(graph.statements[0].sentence == "Jean dirige \x01" "Acme.");
    CHECK(graph.statements[2].predicate_label == "bombarder");
    CHECK(graph.statements[1].predicate_label.empty());
    const long jean = graph.find_entity("https://example.org/id/jean");
    REQUIRE(jean >= 0);
    CHECK(graph.entities[jean].wikidata_iri == "http://www.wikidata.org/entity/Q1");
    CHECK(entity_facts(graph).size() == 4);
}
