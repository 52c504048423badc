// Tests of the BILOU label set: encoding spans, decoding labels, allowed transitions.
#include <catch2/catch.hpp>

#include "mentions/bilou.h"

using namespace trame;
using bilou::Part;

TEST_CASE("BILOU labels name their part and type", "[bilou]") {
    CHECK(bilou::kLabels == 21);
    CHECK(bilou::name(bilou::kOutside) == "O");
    CHECK(bilou::name(bilou::label(Part::Begin, NerType::Person)) == "B-Person");
    CHECK(bilou::name(bilou::label(Part::Unit, NerType::Product)) == "U-Product");
    for (int label = 1; label < static_cast<int>(bilou::kLabels); ++label)
        CHECK(bilou::label(bilou::part_of(label), bilou::type_of(label)) == label);
    CHECK(ner_type_from_string("Organization") == NerType::Organization);
    CHECK_FALSE(ner_type_from_string("Date"));
}

TEST_CASE("BILOU encoding and decoding are inverse", "[bilou]") {
    // "Le président Luis Ortega a visité Valparaíso et la Banque mondiale ."
    const std::vector<TypedSpan> spans = {{2, 4, NerType::Person}, {6, 7, NerType::Location}, {9, 11, NerType::Organization}};
    const std::vector<int> labels = bilou::encode(spans, 12);
    CHECK(bilou::name(labels[2]) == "B-Person");
    CHECK(bilou::name(labels[3]) == "L-Person");
    CHECK(bilou::name(labels[6]) == "U-Location");
    CHECK(bilou::name(labels[0]) == "O");
    CHECK(bilou::decode(labels) == spans);

    const std::vector<TypedSpan> long_name = {{0, 4, NerType::Event}};
    const std::vector<int> inside = bilou::encode(long_name, 4);
    CHECK(bilou::name(inside[1]) == "I-Event");
    CHECK(bilou::decode(inside) == long_name);
    CHECK(bilou::decode({}).empty());
}

TEST_CASE("BILOU encoding refuses overlapping or misplaced spans", "[bilou]") {
    CHECK_THROWS_AS(bilou::encode({{0, 3, NerType::Person}, {2, 4, NerType::Location}}, 5), std::invalid_argument);
    CHECK_THROWS_AS(bilou::encode({{3, 6, NerType::Person}}, 5), std::invalid_argument);
    CHECK_THROWS_AS(bilou::encode({{2, 2, NerType::Person}}, 5), std::invalid_argument);
}

TEST_CASE("BILOU decoding reads broken sequences leniently", "[bilou]") {
    const int b_per = bilou::label(Part::Begin, NerType::Person);
    const int i_per = bilou::label(Part::Inside, NerType::Person);
    const int l_loc = bilou::label(Part::Last, NerType::Location);
    // A B never closed keeps its tokens; an L of another type opens a span of its own.
    const std::vector<TypedSpan> spans = bilou::decode({b_per, i_per, l_loc, bilou::kOutside});
    REQUIRE(spans.size() == 2);
    CHECK(spans[0] == TypedSpan{0, 2, NerType::Person});
    CHECK(spans[1] == TypedSpan{2, 3, NerType::Location});
}

TEST_CASE("BILOU transitions", "[bilou]") {
    const int b_per = bilou::label(Part::Begin, NerType::Person);
    const int l_per = bilou::label(Part::Last, NerType::Person);
    const int l_org = bilou::label(Part::Last, NerType::Organization);
    const int u_loc = bilou::label(Part::Unit, NerType::Location);
    CHECK(bilou::allowed(-1, b_per));
    CHECK_FALSE(bilou::allowed(-1, l_per));
    CHECK(bilou::allowed(b_per, l_per));
    CHECK_FALSE(bilou::allowed(b_per, l_org));
    CHECK_FALSE(bilou::allowed(b_per, u_loc));
    CHECK(bilou::allowed(l_per, u_loc));
    CHECK(bilou::allowed_last(u_loc));
    CHECK_FALSE(bilou::allowed_last(b_per));
}
