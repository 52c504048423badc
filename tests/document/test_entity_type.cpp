// Tests of the entity types and the finer classes of the ontology under them.
#include <fstream>
#include <iterator>
#include <string>

#include <catch2/catch.hpp>

#include "document/entity_type.h"

using namespace trame;

TEST_CASE("entity_type: the six types read back from their names") {
    for (EntityType t : {EntityType::Person, EntityType::Organization, EntityType::Country, EntityType::Place,
                         EntityType::Event, EntityType::Other})
        CHECK(entity_type_from_string(to_string(t)) == t);
    CHECK(!entity_type_from_string("City"));
    CHECK(!entity_type_from_string("person"));
}

TEST_CASE("entity_type: a subclass names the type above it") {
    CHECK(subclass_type("City") == EntityType::Place);
    CHECK(subclass_type("Region") == EntityType::Place);
    CHECK(subclass_type("ArmedGroup") == EntityType::Organization);
    CHECK(subclass_type("GovernmentBody") == EntityType::Organization);
    CHECK(subclass_type("Election") == EntityType::Event);
    CHECK(!subclass_type("Place"));
    CHECK(!subclass_type(""));
    CHECK(!subclass_type("Mercenaries"));
}

TEST_CASE("entity_type: a class name is a type or a subclass with its type") {
    const auto place = entity_class_from_string("Place");
    REQUIRE(place);
    CHECK(place->type == EntityType::Place);
    CHECK(place->subclass.empty());
    const auto meeting = entity_class_from_string("Meeting");
    REQUIRE(meeting);
    CHECK(meeting->type == EntityType::Event);
    CHECK(meeting->subclass == "Meeting");
    CHECK(!entity_class_from_string("Sommet"));
}

TEST_CASE("entity_type: each subclass is declared in the ontology under its type") {
    std::ifstream file(std::string(TRAME_SOURCE_DIR) + "/ontology/trame.ttl");
    REQUIRE(file);
    const std::string ontology((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
    for (const char* name : {"GovernmentBody", "InternationalOrganization", "MediaOrganization", "ArmedGroup",
                             "PoliticalParty", "Company", "City", "Region", "Meeting", "Conflict", "Election"}) {
        INFO(name);
        const auto type = subclass_type(name);
        REQUIRE(type);
        const std::size_t at = ontology.find(std::string("\ntrame:") + name + "\n");
        REQUIRE(at != std::string::npos);
        const std::string block = ontology.substr(at, ontology.find("\n\n", at) - at);
        CHECK(block.find(std::string("rdfs:subClassOf trame:") + to_string(*type)) != std::string::npos);
    }
}
