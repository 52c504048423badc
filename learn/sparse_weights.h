// The weights of a trained linear model as inference reads them: only the non-zero weights of each
// row, as 16-bit multiples of one scale, so that the models take a few megabytes in memory and
// their rows stay in the processor's caches.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace trame::learn {

/// A table of rows x columns weights, each weight value * scale for a 16-bit value, holding only
/// the non-zero values of each row (column, value), rows one after the other. Adding a row to
/// scores gives the same floats as adding the dense row would: value * scale is computed as the
/// dense table computed it, and adding a zero changes no sum.
class SparseWeights {
public:
    /// One non-zero weight of a row: its column and its value in multiples of the scale.
    struct Entry {
        std::uint16_t column;
        std::int16_t value;
    };

    SparseWeights() = default;
    /// From a dense table of `rows` x `columns` values, row after row; throws
    /// std::invalid_argument when `columns` does not fit in 16 bits.
    SparseWeights(const std::vector<std::int16_t>& dense, std::size_t rows, std::size_t columns, float scale);

    bool empty() const { return starts_.empty(); }
    std::size_t rows() const { return starts_.empty() ? 0 : starts_.size() - 1; }
    std::size_t columns() const { return columns_; }
    float scale() const { return scale_; }
    /// Number of non-zero weights.
    std::size_t nonzero() const { return entries_.size(); }

    /// The dense table back (what the constructor was given).
    std::vector<std::int16_t> dense() const;
    /// The weight at (row, column) as a float (0 when absent).
    float at(std::size_t row, std::size_t column) const;

    /// scores[column] += value * scale for each weight of `row`.
    void add_row(std::size_t row, float* scores) const {
        const Entry* e = entries_.data() + starts_[row];
        const Entry* end = entries_.data() + starts_[row + 1];
        for (; e != end; ++e) scores[e->column] += static_cast<float>(e->value) * scale_;
    }
    /// Asks memory for where `row` starts (first step of a lookup whose rows are scattered).
    void prefetch_start(std::size_t row) const { __builtin_prefetch(starts_.data() + row); }
    /// Asks memory for the weights of `row` (second step, once its start is at hand).
    void prefetch_row(std::size_t row) const { __builtin_prefetch(entries_.data() + starts_[row]); }

    /// Bytes of memory the table takes.
    std::size_t bytes() const { return starts_.size() * sizeof(std::uint32_t) + entries_.size() * sizeof(Entry); }

    bool operator==(const SparseWeights& other) const;

private:
    std::vector<std::uint32_t> starts_;  ///< rows + 1 offsets into entries_.
    std::vector<Entry> entries_;
    std::size_t columns_ = 0;
    float scale_ = 1.0f;
};

}  // namespace trame::learn
