// Tests of reading an entity type and subclass back from the JSON of a sharded run.
#include <catch2/catch.hpp>

#include <string>

#include "pipeline/typed_json.h"

using namespace trame;
using nlohmann::json;

TEST_CASE("typed JSON: the type and subclass of an object", "[typed_json]") {
    EntityType type = EntityType::Other;
    std::string subclass = "stale";
    read_type_and_subclass(json{{"type", "Person"}}, type, subclass);
    CHECK(type == EntityType::Person);
    CHECK(subclass.empty());
    read_type_and_subclass(json{{"type", "Place"}, {"subclass", "City"}}, type, subclass);
    CHECK(type == EntityType::Place);
    CHECK(subclass == "City");
}

TEST_CASE("typed JSON: an unknown type or a subclass of another type is an error", "[typed_json]") {
    EntityType type = EntityType::Other;
    std::string subclass;
    CHECK_THROWS_WITH(read_type_and_subclass(json{{"type", "Planet"}}, type, subclass),
                      Catch::Contains("unknown entity type \"Planet\""));
    CHECK_THROWS_WITH(read_type_and_subclass(json{{"type", "Person"}, {"subclass", "City"}}, type, subclass),
                      Catch::Contains("unknown subclass \"City\" of type \"Person\""));
}
