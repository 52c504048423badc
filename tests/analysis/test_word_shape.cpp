// Tests of the spelling helpers of the tagger and parser features.
#include <catch2/catch.hpp>

#include "analysis/word_shape.h"

using namespace trame::ud;

TEST_CASE("word_shape: lower case of French letters") {
    CHECK(lower_latin("ÉTÉ") == "été");
    CHECK(lower_latin("Œuvre À Ÿ") == "œuvre à ÿ");
    CHECK(lower_latin("déjà") == "déjà");
    CHECK(lower_latin("A1-B") == "a1-b");
}

TEST_CASE("word_shape: shapes, prefixes and suffixes by code point") {
    CHECK(word_shape("Paris") == "Xx");
    CHECK(word_shape("12,5") == "d,d");
    CHECK(word_shape("É.-U.") == "X.-X.");
    CHECK(prefix_cp("élève", 2) == "él");
    CHECK(suffix_cp("élève", 3) == "ève");
    CHECK(suffix_cp("à", 4) == "à");
    CHECK(starts_upper("Été"));
    CHECK_FALSE(starts_upper("été"));
    CHECK_FALSE(starts_upper(""));
}
