#include "learn/compact_weights.h"

#include <cstring>
#include <limits>
#include <stdexcept>
#include <string>

namespace trame::learn {

namespace {

/// Rows up to this size are kept dense (two cache lines: 64 columns).
constexpr std::size_t kDenseRowBytes = 128;

}  // namespace

CompactWeights::CompactWeights(const std::vector<std::int16_t>& dense, std::size_t rows, std::size_t columns, float scale)
    : rows_(rows), columns_(columns), scale_(scale) {
    if (columns == 0 || columns > std::numeric_limits<std::uint16_t>::max())
        throw std::invalid_argument("compact weights: " + std::to_string(columns) + " columns (1 to 65535)");
    if (dense.size() != rows * columns) throw std::invalid_argument("compact weights: table size is not rows x columns");
    if (rows == 0) return;
    std::size_t words = rows + 1;
    for (std::int16_t v : dense) words += v != 0;
    // A lookup in the sparse form reads memory twice (where the row starts, then its weights), in
    // the dense form once, a whole row: rows of up to two cache lines are faster dense, and worth
    // their few more megabytes (on the benchmark corpus the recognizer's two tables of 21 labels
    // took a quarter less time dense; the UPOS and dependency label tables, 5 % of the analysis).
    if (columns * sizeof(std::int16_t) <= kDenseRowBytes || words * sizeof(std::uint32_t) >= dense.size() * sizeof(std::int16_t)) {
        dense_ = HugePageArray<std::int16_t>(dense.size());
        std::memcpy(dense_.data(), dense.data(), dense.size() * sizeof(std::int16_t));
        return;
    }
    if (words > std::numeric_limits<std::uint32_t>::max()) throw std::invalid_argument("compact weights: too many weights");
    words_ = HugePageArray<std::uint32_t>(words);
    std::uint32_t next = static_cast<std::uint32_t>(rows + 1);
    for (std::size_t r = 0; r < rows; ++r) {
        words_[r] = next;
        const std::int16_t* row = dense.data() + r * columns;
        for (std::size_t c = 0; c < columns; ++c)
            if (row[c] != 0) words_[next++] = static_cast<std::uint32_t>(c) | (std::uint32_t{static_cast<std::uint16_t>(row[c])} << 16);
    }
    words_[rows] = next;
}

std::vector<std::int16_t> CompactWeights::dense() const {
    if (!dense_.empty()) return std::vector<std::int16_t>(dense_.data(), dense_.data() + dense_.size());
    std::vector<std::int16_t> out(rows_ * columns_, 0);
    for (std::size_t r = 0; r < rows_; ++r)
        for (std::uint32_t i = words_[r]; i < words_[r + 1]; ++i)
            out[r * columns_ + (words_[i] & 0xFFFF)] = static_cast<std::int16_t>(words_[i] >> 16);
    return out;
}

float CompactWeights::at(std::size_t row, std::size_t column) const {
    if (!dense_.empty()) return static_cast<float>(dense_[row * columns_ + column]) * scale_;
    for (std::uint32_t i = words_[row]; i < words_[row + 1]; ++i)
        if ((words_[i] & 0xFFFF) == column) return static_cast<float>(static_cast<std::int16_t>(words_[i] >> 16)) * scale_;
    return 0.0f;
}

void CompactWeights::prefetch(const std::uint32_t* rows, std::size_t count) const {
    if (!dense_.empty()) {
        const std::size_t n = columns_ * sizeof(std::int16_t);
        const char* base = reinterpret_cast<const char*>(dense_.data());
        for (std::size_t i = 0; i < count; ++i) {
            const char* r = base + rows[i] * n;
            for (std::size_t b = 0; b < n; b += 64) __builtin_prefetch(r + b);
            __builtin_prefetch(r + n - 1);
        }
        return;
    }
    // Two steps: where each row starts, then its weights.
    const std::uint32_t* w = words_.data();
    for (std::size_t i = 0; i < count; ++i) __builtin_prefetch(w + rows[i]);
    for (std::size_t i = 0; i < count; ++i) __builtin_prefetch(w + w[rows[i]]);
}

void CompactWeights::add(const std::uint32_t* rows, std::size_t count, float* scores) const {
    const float scale = scale_;
    if (!dense_.empty()) {
        const std::size_t n = columns_;
        const std::int16_t* base = dense_.data();
        for (std::size_t i = 0; i < count; ++i) {
            const std::int16_t* r = base + rows[i] * n;
            for (std::size_t c = 0; c < n; ++c) scores[c] += static_cast<float>(r[c]) * scale;
        }
        return;
    }
    const std::uint32_t* w = words_.data();
    for (std::size_t i = 0; i < count; ++i)
        for (std::uint32_t k = w[rows[i]], end = w[rows[i] + 1]; k != end; ++k)
            scores[w[k] & 0xFFFF] += static_cast<float>(static_cast<std::int16_t>(w[k] >> 16)) * scale;
}

std::size_t CompactWeights::nonzero() const {
    if (dense_.empty()) return rows_ == 0 ? 0 : words_.size() - (rows_ + 1);
    std::size_t n = 0;
    for (std::size_t i = 0; i < dense_.size(); ++i) n += dense_[i] != 0;
    return n;
}

}  // namespace trame::learn
