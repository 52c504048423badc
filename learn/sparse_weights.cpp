#include "learn/sparse_weights.h"

#include <limits>
#include <stdexcept>
#include <string>

namespace trame::learn {

SparseWeights::SparseWeights(const std::vector<std::int16_t>& dense, std::size_t rows, std::size_t columns, float scale)
    : columns_(columns), scale_(scale) {
    if (columns == 0 || columns > std::numeric_limits<std::uint16_t>::max())
        throw std::invalid_argument("sparse weights: " + std::to_string(columns) + " columns (1 to 65535)");
    if (dense.size() != rows * columns) throw std::invalid_argument("sparse weights: table size is not rows x columns");
    std::size_t nonzero = 0;
    for (std::int16_t v : dense) nonzero += v != 0;
    if (nonzero > std::numeric_limits<std::uint32_t>::max()) throw std::invalid_argument("sparse weights: too many weights");
    starts_.reserve(rows + 1);
    entries_.reserve(nonzero);
    for (std::size_t r = 0; r < rows; ++r) {
        starts_.push_back(static_cast<std::uint32_t>(entries_.size()));
        const std::int16_t* row = dense.data() + r * columns;
        for (std::size_t c = 0; c < columns; ++c)
            if (row[c] != 0) entries_.push_back({static_cast<std::uint16_t>(c), row[c]});
    }
    starts_.push_back(static_cast<std::uint32_t>(entries_.size()));
}

std::vector<std::int16_t> SparseWeights::dense() const {
    std::vector<std::int16_t> out(rows() * columns_, 0);
    for (std::size_t r = 0; r < rows(); ++r)
        for (std::uint32_t i = starts_[r]; i < starts_[r + 1]; ++i) out[r * columns_ + entries_[i].column] = entries_[i].value;
    return out;
}

float SparseWeights::at(std::size_t row, std::size_t column) const {
    for (std::uint32_t i = starts_[row]; i < starts_[row + 1]; ++i)
        if (entries_[i].column == column) return static_cast<float>(entries_[i].value) * scale_;
    return 0.0f;
}

bool SparseWeights::operator==(const SparseWeights& other) const {
    if (columns_ != other.columns_ || scale_ != other.scale_ || starts_ != other.starts_ ||
        entries_.size() != other.entries_.size())
        return false;
    for (std::size_t i = 0; i < entries_.size(); ++i)
        if (entries_[i].column != other.entries_[i].column || entries_[i].value != other.entries_[i].value) return false;
    return true;
}

}  // namespace trame::learn
