// Training of the named-entity recognizer's weights: an averaged structured perceptron.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <vector>

#include "mentions/ner_model.h"

namespace trame {

/// One training sentence: the hashed features of its tokens and their gold BILOU labels.
struct LabelledSentence {
    SentenceFeatures features;
    std::vector<int> labels;
};

/// The settings of a training run.
struct PerceptronOptions {
    unsigned bucket_bits = 17;      ///< The weight table has 2^bucket_bits rows.
    std::size_t epochs = 10;        ///< Passes over the training sentences.
    std::uint64_t seed = 20180101;  ///< Seed of the order in which each pass visits the sentences.
};

/// The averaged structured perceptron (Collins 2002): each sentence is decoded with the current
/// weights (Viterbi over BILOU transitions) and, where the labels differ from the gold ones, the
/// gold features and transitions gain 1 and the predicted ones lose 1. The model returned holds
/// the average of the weights over every step, rounded to what the model file stores.
///
/// Training is deterministic: the same sentences, options and feature version give the same
/// weights, bit for bit (the visiting order comes from a fixed-seed std::mt19937_64 and an
/// explicit Fisher-Yates shuffle).
class PerceptronTrainer {
public:
    /// Called after each pass with the pass number (from 1) and the sentences it mislabelled.
    using Progress = std::function<void(std::size_t epoch, std::size_t mistakes)>;

    explicit PerceptronTrainer(PerceptronOptions options) : options_(options) {}

    /// Trains on `sentences`; `feature_version` is stored in the model. Throws
    /// std::invalid_argument when a sentence has not one label per token.
    NerModel train(const std::vector<LabelledSentence>& sentences, std::uint32_t feature_version,
                   const Progress& progress = nullptr) const;

private:
    PerceptronOptions options_;
};

}  // namespace trame
