// Tests of learn/huge_page_array: zeroed, aligned arrays that copy, move and compare by value.
#include <catch2/catch.hpp>

#include <cstdint>
#include <utility>

#include "learn/huge_page_array.h"

using trame::learn::HugePageArray;

TEST_CASE("huge_page_array: a new array is zeroed and 2 MB-aligned; an empty one holds no memory") {
    const HugePageArray<float> weights(300000);
    REQUIRE(weights.size() == 300000);
    CHECK(reinterpret_cast<std::uintptr_t>(weights.data()) % (2u << 20) == 0);
    bool zero = true;
    for (std::size_t i = 0; i < weights.size(); ++i) zero = zero && weights[i] == 0.0f;
    CHECK(zero);
    const HugePageArray<std::int16_t> none(0);
    CHECK(none.empty());
    CHECK(none.data() == nullptr);
}

TEST_CASE("huge_page_array: a copy has its own bytes, a move leaves the source empty") {
    HugePageArray<std::int16_t> a(5);
    a[0] = 7;
    a[4] = -3;
    HugePageArray<std::int16_t> copy(a);
    CHECK(copy == a);
    copy[4] = 1;
    CHECK_FALSE(copy == a);
    CHECK(a[4] == -3);
    HugePageArray<std::int16_t> moved(std::move(a));
    CHECK(a.empty());
    CHECK(moved.size() == 5);
    CHECK(moved[0] == 7);
    HugePageArray<std::int16_t> assigned;
    assigned = moved;
    CHECK(assigned == moved);
    CHECK_FALSE(assigned == HugePageArray<std::int16_t>(4));
}
