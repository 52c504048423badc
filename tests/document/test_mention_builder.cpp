// Tests of the hand-made mention builder.
#include <catch2/catch.hpp>

#include "document/mention_builder.h"

using namespace trame;

TEST_CASE("named_mention fills the text, name, canonical form and type, and nothing else", "[mention_builder]") {
    const Mention m = named_mention("Mme Durand", "Durand", "Claire Durand", EntityType::Person);
    CHECK(m.text == "Mme Durand");
    CHECK(m.name == "Durand");
    CHECK(m.canonical == "Claire Durand");
    CHECK(m.type == EntityType::Person);
    CHECK(m.first == 0);
    CHECK(m.last == 0);
    CHECK_FALSE(m.pronoun);
    CHECK(m.resolution.empty());
}
