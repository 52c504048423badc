// Tests of output/existing_graph: the entities of a graph trame wrote, read back for --into.
#include <catch2/catch.hpp>

#include <string>

#include "output/existing_graph.h"
#include "output/rdf_writer.h"
#include "tests/temp_dir.h"

using namespace trame;
using trame::testing::TempDir;

TEST_CASE("existing_graph: an entity comes back with its type, its subclass and its names") {
    TempDir dir("trame-existing");
    const std::string path = dir / "graphe.ttl";
    {
        RdfWriter writer(path, RdfFormat::Turtle);
        writer.write_entities({Entity{"valmont", "Valmont", {"Val-Mont"}, EntityType::Place, "Q90", "City", {}},
                               Entity{"orsenne", "Orsenne", {}, EntityType::Country, "", "", {}}});
        writer.finish();
    }
    const ExistingGraph graph = ExistingGraph::load(path);
    REQUIRE(graph.entities.size() == 2);
    const Entity& orsenne = graph.entities[0];
    const Entity& valmont = graph.entities[1];
    CHECK(valmont.id == "valmont");
    CHECK(valmont.type == EntityType::Place);
    CHECK(valmont.subclass == "City");
    CHECK(valmont.wikidata == "Q90");
    CHECK(valmont.alt_labels == std::set<std::string>{"Val-Mont"});
    CHECK(orsenne.type == EntityType::Country);
    CHECK(orsenne.subclass.empty());
}

TEST_CASE("existing_graph: the retired ids of an entity come back from their owl:sameAs") {
    TempDir dir("trame-existing");
    const std::string path = dir / "graphe.ttl";
    {
        Entity kept{"orsenne", "Orsenne", {"Orsène"}, EntityType::Country, "Q90", "", {}};
        kept.retired = {"orsene", "orsenne-2"};
        RdfWriter writer(path, RdfFormat::Turtle);
        writer.write_entities({kept});
        writer.finish();
    }
    const ExistingGraph graph = ExistingGraph::load(path);
    REQUIRE(graph.entities.size() == 1);
    CHECK(graph.entities[0].id == "orsenne");
    CHECK(graph.entities[0].wikidata == "Q90");
    CHECK(graph.entities[0].retired == std::set<std::string>{"orsene", "orsenne-2"});
}
