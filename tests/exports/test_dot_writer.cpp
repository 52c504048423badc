// Tests of exports/dot_writer on small hand-written RDF graphs (tests/exports/graph_fixture.h).
#include <catch2/catch.hpp>

#include <string>

#include "tests/exports/graph_fixture.h"

using namespace trame;
using namespace trame::testing;

TEST_CASE("dot_writer: DOT has escaped labels, styles, and counter node ids") {
    const std::string dot = dot_of(sample_graph());
    INFO(dot);
    CHECK(dot.rfind("digraph trame {\n", 0) == 0);
    CHECK(dot.find("layout=sfdp") != std::string::npos);
    CHECK(dot.find("overlap=prism") != std::string::npos);
    CHECK(dot.find("outputorder=edgesfirst") != std::string::npos);

    const std::vector<std::string> nodes = lines_matching(dot, R"(  n\d+ \[)");
    const std::vector<std::string> edges = lines_matching(dot, R"(  n\d+ -> n\d+ \[)");
    CHECK(nodes.size() == 4);  // Seul, isolated, is left out
    CHECK(edges.size() == 4);
    CHECK(dot.find("Seul") == std::string::npos);
    CHECK(dot.find('\x01') == std::string::npos);

    CHECK(line_with(dot, R"(label="Jean \"JJ\" Dupont\\Martin", tooltip="https://example.org/id/jean", shape=ellipse)") != "");
    CHECK(line_with(dot, R"(label="Sommet\nde Riga")") != "");
    CHECK(line_with(dot, R"(shape=box, fillcolor)").find(R"(label="Acme & Fils <SA>")") != std::string::npos);
    CHECK(line_with(dot, "shape=hexagon").find(R"(label="France")") != std::string::npos);
    CHECK(line_with(dot, "shape=diamond") != "");

    CHECK(line_with(dot, R"(label="leaderOf")").find("style") == std::string::npos);
    const std::string negated = line_with(dot, R"(label="locatedIn")");
    CHECK(negated.find("color=red") != std::string::npos);
    CHECK(negated.find("style=dashed") != std::string::npos);
    CHECK(line_with(dot, R"(label="participatesIn")").find("style=dotted") != std::string::npos);
    CHECK(line_with(dot, R"(label="bombarder")") != "");
    CHECK(dot.find("https://example.org/id/st") == std::string::npos);
}

TEST_CASE("dot_writer: DOT options leave out negated or hypothetical facts, or keep isolated entities") {
    const KnowledgeGraph graph = sample_graph();
    const std::string all = dot_of(graph, DotOptions{true, true, true});
    CHECK(lines_matching(all, R"(  n\d+ \[)").size() == 5);
    CHECK(all.find(R"(label="Seul")") != std::string::npos);

    const std::string asserted = dot_of(graph, DotOptions{true, false, false});
    CHECK(lines_matching(asserted, R"(  n\d+ -> )").size() == 4);  // three between entities, "says" to a phrase
    CHECK(lines_matching(asserted, R"(  n\d+ \[)").size() == 3);  // the summit has no fact left
    CHECK(asserted.find("participatesIn") == std::string::npos);

    const std::string positive = dot_of(graph, DotOptions{false, true, false});
    CHECK(lines_matching(positive, R"(  n\d+ -> n)").size() == 3);
    CHECK(lines_matching(positive, R"(  n\d+ \[.*color=red)").empty());
    CHECK(lines_matching(positive, R"(  n\d+ -> .*color=red)").empty());

    const std::string entities_only = dot_of(graph, DotOptions{true, true, false, false});
    CHECK(lines_matching(entities_only, R"(  p\d+)").empty());
    CHECK(lines_matching(entities_only, R"(  n\d+ -> )").size() == 4);
}

TEST_CASE("dot_writer: DOT draws phrases as their own nodes, a repeated fact once with its count, and a legend") {
    const std::string dot = dot_of(repeated_graph());
    INFO(dot);
    const std::vector<std::string> phrases = lines_matching(dot, R"(  p\d+ \[)");
    REQUIRE(phrases.size() == 1);
    CHECK(phrases[0].find(R"(label="une enquête indépendante sur les…")") != std::string::npos);
    CHECK(phrases[0].find(R"(tooltip="une enquête indépendante\nsur les comptes de la \"société\" depuis 2019")") !=
          std::string::npos);
    CHECK(phrases[0].find(R"(style="rounded,filled,dashed")") != std::string::npos);
    const std::vector<std::string> demands = lines_matching(dot, R"(  n0 -> p0 \[)");
    REQUIRE(demands.size() == 1);
    CHECK(demands[0].find("label=\"demands \xC3\x97" "2\"") != std::string::npos);
    CHECK(demands[0].find("penwidth=3") != std::string::npos);
    const std::string meets = line_with(dot, R"(label="meets")");
    CHECK(meets.find("penwidth") == std::string::npos);

    CHECK(dot.find("  subgraph cluster_legend {") != std::string::npos);
    const std::string legend = line_with(dot, "legend [");
    CHECK(legend.find("Person (ellipse)") != std::string::npos);
    CHECK(legend.find("Country") == std::string::npos);  // only the types drawn
    CHECK(legend.find("phrase") != std::string::npos);
    CHECK(legend.find("negated") != std::string::npos);
}

TEST_CASE("dot_writer: DOT is deterministic, and an empty graph gives one without nodes") {
    const KnowledgeGraph first = sample_graph();
    const KnowledgeGraph second = sample_graph();
    CHECK(dot_of(first) == dot_of(second));
    CHECK(dot_of(first) == dot_of(first));
    CHECK(lines_matching(dot_of(KnowledgeGraph{}), R"(  n\d+)").empty());
}
