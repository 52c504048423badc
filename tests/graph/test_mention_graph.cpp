#include <catch2/catch.hpp>

#include "graph/mention_graph.h"

using namespace trame;

namespace {

/// A graph of `count` mentions of one document, named "a", "b", ... in turn.
MentionGraph graph_of(std::size_t count) {
    MentionGraph graph;
    Document doc;
    doc.id = "doc";
    Sentence sentence;
    for (std::size_t i = 0; i < count; ++i) {
        Mention mention;
        mention.text = mention.name = mention.canonical = std::string(1, static_cast<char>('a' + i % 3));
        graph.add(doc, sentence, mention);
    }
    return graph;
}

}  // namespace

TEST_CASE("mention_graph: strings are interned once, vertices keep their ids") {
    const MentionGraph graph = graph_of(6);
    CHECK(graph.size() == 6);
    CHECK(graph.string_count() == 5);  // "", "doc", "a", "b", "c"
    CHECK(graph[0].canonical == graph[3].canonical);
    CHECK(graph.text(graph[1].name) == "b");
    CHECK(graph[1].canonical != graph[2].canonical);
}

TEST_CASE("mention_graph: edges by descending weight, ties in linking order") {
    MentionGraph graph = graph_of(4);
    graph.link(0, 1, Evidence::Variant, 0.7);
    graph.link(1, 2, Evidence::SameWikidata, 1.0);
    graph.link(2, 3, Evidence::Variant, 0.7);
    graph.link(0, 3, Evidence::SameName, 0.9);
    CHECK(graph.edges_by_weight() == std::vector<MentionGraph::Edge>{1, 3, 0, 2});
    CHECK(graph.edge_count() == 4);
    CHECK(graph.edge_count(Evidence::Variant) == 2);
    CHECK(graph.edge(3).a == 0);
    CHECK(graph.edge(3).b == 3);
}

TEST_CASE("mention_graph: the components of the kept edges are numbered by their first vertex") {
    MentionGraph graph = graph_of(7);
    graph.link(5, 1, Evidence::SameName, 0.9);  // kept: {1, 5}
    graph.link(6, 2, Evidence::SameName, 0.9);  // kept: {2, 6} then {2, 4, 6} by 4-6
    graph.link(4, 6, Evidence::Surname, 0.85);
    graph.link(0, 3, Evidence::SameName, 0.9);  // not kept: 0 and 3 stay apart
    graph.keep(0);
    graph.keep(1);
    graph.keep(2);
    std::vector<std::uint32_t> component;
    REQUIRE(graph.kept_components(component) == 4);
    CHECK(component == std::vector<std::uint32_t>{0, 1, 2, 3, 2, 1, 2});
}
