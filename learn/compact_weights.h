// The weights of a trained linear model as inference reads them: 16-bit multiples of one scale,
// and only the non-zero ones of each row when rows are long and mostly zero, so that the models
// take a few megabytes in memory and their rows stay in the processor's caches.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "learn/huge_page_array.h"

namespace trame::learn {

/// A table of rows x columns weights, each weight value * scale for a 16-bit value. It holds only
/// the non-zero values of each row, rows one after the other, in one huge-page array: rows + 1
/// offsets where each row starts, then the weights, each a 32-bit word (column in the low half,
/// value in the high half); or, for rows of up to 64 columns or when the sparse form would not be
/// smaller, all the values, row after row.
/// Adding rows to scores gives the same floats as adding the dense rows would: value * scale is
/// computed as the dense table computed it, and adding a zero changes no sum.
class CompactWeights {
public:
    CompactWeights() = default;
    /// From a dense table of `rows` x `columns` values, row after row; throws
    /// std::invalid_argument when `columns` does not fit in 16 bits.
    CompactWeights(const std::vector<std::int16_t>& dense, std::size_t rows, std::size_t columns, float scale);

    bool empty() const { return rows_ == 0; }
    std::size_t rows() const { return rows_; }
    std::size_t columns() const { return columns_; }
    float scale() const { return scale_; }
    /// Number of non-zero weights.
    std::size_t nonzero() const;

    /// True when the table holds only the non-zero weights.
    bool sparse() const { return !words_.empty(); }
    /// The dense table back (what the constructor was given).
    std::vector<std::int16_t> dense() const;
    /// The weight at (row, column) as a float (0 when absent).
    float at(std::size_t row, std::size_t column) const;

    /// Asks memory for the weights of `rows` (they are scattered: the lookups then overlap).
    void prefetch(const std::uint32_t* rows, std::size_t count) const;
    /// scores[column] += value * scale for each weight of each of `rows`, rows in order.
    void add(const std::uint32_t* rows, std::size_t count, float* scores) const;

    /// Bytes of memory the table takes.
    std::size_t bytes() const { return words_.size() * sizeof(std::uint32_t) + dense_.size() * sizeof(std::int16_t); }

    bool operator==(const CompactWeights& other) const {
        return rows_ == other.rows_ && columns_ == other.columns_ && scale_ == other.scale_ && words_ == other.words_ &&
               dense_ == other.dense_;
    }

private:
    HugePageArray<std::uint32_t> words_;  ///< rows + 1 row starts (indices into words_), then the weights.
    HugePageArray<std::int16_t> dense_;   ///< Or all the values, row after row, when that is smaller.
    std::size_t rows_ = 0;
    std::size_t columns_ = 0;
    float scale_ = 1.0f;
};

}  // namespace trame::learn
