// Tests of the compact weight table: it keeps only non-zero weights (or all, when most are not zero)
// and scores as the dense table.
#include <catch2/catch.hpp>

#include <cstring>
#include <stdexcept>

#include "learn/compact_weights.h"

using trame::learn::CompactWeights;

namespace {

/// 4 rows x 100 columns (long rows), mostly zeros: an empty row, rows with one, two or five weights.
constexpr std::size_t kColumns = 100;
std::vector<std::int16_t> sparse_table() {
    std::vector<std::int16_t> t(4 * kColumns, 0);
    const std::int16_t row1[] = {3, -7, 1, 9, -2};
    for (std::size_t c = 0; c < 5; ++c) t[kColumns + c] = row1[c];
    t[2 * kColumns + 2] = 120;
    t[3 * kColumns] = -32767;
    t[3 * kColumns + 99] = 32767;
    return t;
}
const std::vector<std::int16_t> kDense = sparse_table();

}  // namespace

TEST_CASE("compact weights: keep the non-zero weights and give the dense table back", "[compact_weights]") {
    CompactWeights w(kDense, 4, kColumns, 0.5f);
    CHECK(w.rows() == 4);
    CHECK(w.columns() == kColumns);
    CHECK(w.sparse());
    CHECK(w.nonzero() == 8);
    CHECK(w.dense() == kDense);
    CHECK(w.at(0, 3) == 0.0f);
    CHECK(w.at(1, 1) == -3.5f);
    CHECK(w.at(2, 2) == 60.0f);
    CHECK(w.at(2, 1) == 0.0f);
    CHECK(w.bytes() < kDense.size() * sizeof(std::int16_t));
    CHECK(w == CompactWeights(kDense, 4, kColumns, 0.5f));
    CHECK_FALSE(w == CompactWeights(kDense, 4, kColumns, 0.25f));
}

TEST_CASE("compact weights: adding rows gives the floats of the dense table, bit for bit", "[compact_weights]") {
    const float scale = 0.0123f;
    CompactWeights w(kDense, 4, kColumns, scale);
    REQUIRE(w.sparse());
    const std::uint32_t order[] = {1, 3, 0, 2, 1};
    float sparse[kColumns] = {};
    float dense[kColumns] = {};
    w.prefetch(order, 5);
    w.add(order, 5, sparse);
    for (std::size_t r : order) {
        for (std::size_t c = 0; c < kColumns; ++c) dense[c] += static_cast<float>(kDense[r * kColumns + c]) * scale;
    }
    CHECK(std::memcmp(sparse, dense, sizeof dense) == 0);
    CHECK(sparse[2] != 0.0f);
}

TEST_CASE("compact weights: a table of short rows is kept whole, and scores the same", "[compact_weights]") {
    const std::vector<std::int16_t> full = {1, 2, -3, 4, 5, 6, 7, 0, -9};
    CompactWeights w(full, 3, 3, 0.75f);
    CHECK_FALSE(w.sparse());
    CHECK(w.nonzero() == 8);
    CHECK(w.dense() == full);
    CHECK(w.at(1, 2) == 4.5f);
    const std::uint32_t order[] = {2, 0};
    float scores[3] = {0, 0, 0};
    w.prefetch(order, 2);
    w.add(order, 2, scores);
    CHECK(scores[0] == 7.0f * 0.75f + 1.0f * 0.75f);
    CHECK(scores[2] == -9.0f * 0.75f + -3.0f * 0.75f);
}

TEST_CASE("compact weights: refuse a table that is not rows x columns, or too many columns", "[compact_weights]") {
    CHECK_THROWS_AS(CompactWeights(kDense, 3, kColumns, 1.0f), std::invalid_argument);
    CHECK_THROWS_AS(CompactWeights(std::vector<std::int16_t>(70000, 0), 1, 70000, 1.0f), std::invalid_argument);
    CHECK(CompactWeights().empty());
}
