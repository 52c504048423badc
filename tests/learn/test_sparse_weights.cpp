// Tests of the sparse weight table: it keeps only non-zero weights and scores as the dense table.
#include <catch2/catch.hpp>

#include <cstring>
#include <stdexcept>

#include "learn/sparse_weights.h"

using trame::learn::SparseWeights;

namespace {

/// 4 rows x 5 columns: an empty row, a full row, rows with one or two weights.
const std::vector<std::int16_t> kDense = {
    0, 0,  0,   0,  0,     //
    3, -7, 1,   9,  -2,    //
    0, 0,  120, 0,  0,     //
    -32767, 0, 0, 0, 32767,  //
};

}  // namespace

TEST_CASE("sparse weights: keep the non-zero weights and give the dense table back", "[sparse_weights]") {
    SparseWeights w(kDense, 4, 5, 0.5f);
    CHECK(w.rows() == 4);
    CHECK(w.columns() == 5);
    CHECK(w.nonzero() == 8);
    CHECK(w.dense() == kDense);
    CHECK(w.at(0, 3) == 0.0f);
    CHECK(w.at(1, 1) == -3.5f);
    CHECK(w.at(2, 2) == 60.0f);
    CHECK(w.at(2, 1) == 0.0f);
    CHECK(w.bytes() < kDense.size() * sizeof(float));
    CHECK(w == SparseWeights(kDense, 4, 5, 0.5f));
    CHECK_FALSE(w == SparseWeights(kDense, 4, 5, 0.25f));
}

TEST_CASE("sparse weights: adding rows gives the floats of the dense table, bit for bit", "[sparse_weights]") {
    const float scale = 0.0123f;
    SparseWeights w(kDense, 4, 5, scale);
    const std::size_t order[] = {1, 3, 0, 2, 1};
    float sparse[5] = {0, 0, 0, 0, 0};
    float dense[5] = {0, 0, 0, 0, 0};
    for (std::size_t r : order) {
        w.add_row(r, sparse);
        for (std::size_t c = 0; c < 5; ++c) dense[c] += static_cast<float>(kDense[r * 5 + c]) * scale;
    }
    CHECK(std::memcmp(sparse, dense, sizeof dense) == 0);
    CHECK(sparse[2] != 0.0f);
}

TEST_CASE("sparse weights: refuse a table that is not rows x columns, or too many columns", "[sparse_weights]") {
    CHECK_THROWS_AS(SparseWeights(kDense, 3, 5, 1.0f), std::invalid_argument);
    CHECK_THROWS_AS(SparseWeights(std::vector<std::int16_t>(70000, 0), 1, 70000, 1.0f), std::invalid_argument);
    CHECK(SparseWeights().empty());
}
