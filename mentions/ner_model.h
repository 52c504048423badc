// The weights of the named-entity recognizer and its decoding: a hashed feature-weight table,
// BILOU transition weights, Viterbi, and the model file.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "learn/compact_weights.h"
#include "mentions/bilou.h"

namespace trame {

/// The hashed features of each token of one sentence (NerFeatures::extract gives them).
using SentenceFeatures = std::vector<std::vector<std::uint64_t>>;

/// A linear model over BILOU labels: each feature hash selects one of 2^bucket_bits rows of a
/// weight table (one weight per label), and a transition weight scores each pair of successive
/// labels. A sentence is labelled by Viterbi over the transitions bilou::allowed permits.
///
/// A model file (save_models / load_models) holds one or more models. A model read from a file holds
/// only its non-zero feature weights (learn::CompactWeights) and decodes exactly as the dense table
/// would; asking it for a writable weight turns it back into a dense table.
class NerModel {
public:

    /// A model with all weights zero.
    NerModel(unsigned bucket_bits, std::uint32_t feature_version);

    unsigned bucket_bits() const { return bucket_bits_; }
    std::uint32_t feature_version() const { return feature_version_; }
    std::size_t rows() const { return std::size_t{1} << bucket_bits_; }

    /// The row of the weight table a feature hash selects.
    std::size_t row(std::uint64_t feature) const;
    /// The weight of `label` in row `row`.
    float weight(std::size_t row, int label) const {
        return sparse_.empty() ? weights_[row * bilou::kLabels + label] : sparse_.at(row, static_cast<std::size_t>(label));
    }
    float& weight(std::size_t row, int label) {
        densify();
        return weights_[row * bilou::kLabels + label];
    }
    /// The weight of label `next` after label `previous` (-1: the sentence start).
    float transition(int previous, int next) const { return transitions_[(previous + 1) * bilou::kLabels + next]; }
    float& transition(int previous, int next) { return transitions_[(previous + 1) * bilou::kLabels + next]; }

    /// All weights, feature table then transitions (for training).
    std::vector<float>& feature_weights() {
        densify();
        return weights_;
    }
    /// Bytes of memory the feature weights take.
    std::size_t feature_bytes() const { return weights_.size() * sizeof(float) + sparse_.bytes(); }
    std::vector<float>& transition_weights() { return transitions_; }

    /// The best label sequence for a sentence under the BILOU constraints (empty for no tokens).
    std::vector<int> decode(const SentenceFeatures& features) const;

    /// Rounds the feature weights to what the file stores, so that the model in memory scores
    /// exactly as the one saved and loaded.
    void round_to_storage();

    /// Appends the model's bytes to `out`: the feature version, the number of labels,
    /// bucket_bits, a float scale, the feature weights as int16 multiples of the scale and the
    /// transition weights as float32 (all little-endian).
    void append_to(std::string& out) const;
    /// The model whose bytes start at `at` in `bytes` (as append_to wrote them); moves `at` past
    /// them. Throws std::runtime_error naming `path` when the bytes are not such a model.
    static NerModel read_from(const std::string& bytes, std::size_t& at, const std::string& path);

private:
    NerModel(unsigned bucket_bits, std::uint32_t feature_version, learn::CompactWeights sparse);
    /// The scale of the stored int16 weights: the largest magnitude maps to 32767.
    float storage_scale() const;
    /// The feature weights as the file stores them: int16 multiples of storage_scale().
    std::vector<std::int16_t> stored_weights() const;
    /// Replaces the sparse weights of a model read from a file by the dense table.
    void densify();

    unsigned bucket_bits_;
    std::uint32_t feature_version_;
    std::vector<float> weights_;      ///< rows() x kLabels (empty when sparse_ holds them).
    learn::CompactWeights sparse_;     ///< The weights of a model read from a file.
    std::vector<float> transitions_;  ///< (kLabels + 1) x kLabels; row 0 is the sentence start.
};

/// The version of the model file format that save_models writes and load_models reads.
constexpr std::uint32_t kNerModelFormat = 2;

/// Writes `models` to `path`: the magic "TRAMENER", the format version, the number of models,
/// each model (NerModel::append_to) and a 64-bit FNV-1a checksum of everything before it. The file
/// is written to a temporary file renamed at the end, so it is whole or absent. Throws
/// std::runtime_error naming the file when it cannot be written.
void save_models(const std::string& path, const std::vector<NerModel>& models);
/// Reads a file save_models wrote. Throws std::runtime_error naming the file when it is missing,
/// not a model file, of another format, truncated or corrupted.
std::vector<NerModel> load_models(const std::string& path);

}  // namespace trame
