#include "mentions/perceptron_trainer.h"

#include <numeric>
#include <random>
#include <stdexcept>

namespace trame {

namespace {

/// The running sums of an averaged perceptron over one array of weights: `sum` accumulates
/// step * change, so that the average after `steps` steps is weight - sum / steps.
struct Averaged {
    std::vector<float>& weights;
    std::vector<double> sum;

    explicit Averaged(std::vector<float>& w) : weights(w), sum(w.size(), 0.0) {}

    void add(std::size_t i, float change, double step) {
        weights[i] += change;
        sum[i] += step * change;
    }
    void average(double steps) {
        for (std::size_t i = 0; i < weights.size(); ++i)
            weights[i] = static_cast<float>(weights[i] - sum[i] / steps);
    }
};

}  // namespace

NerModel PerceptronTrainer::train(const std::vector<LabelledSentence>& sentences, std::uint32_t feature_version,
                                  const Progress& progress) const {
    for (const LabelledSentence& s : sentences)
        if (s.features.size() != s.labels.size())
            throw std::invalid_argument("perceptron training: a sentence has not one label per token");
    NerModel model(options_.bucket_bits, feature_version);
    constexpr std::size_t L = bilou::kLabels;
    Averaged features(model.feature_weights());
    Averaged transitions(model.transition_weights());
    auto transition_index = [](int previous, int next) { return static_cast<std::size_t>(previous + 1) * L + next; };

    std::vector<std::size_t> order(sentences.size());
    std::iota(order.begin(), order.end(), 0);
    std::mt19937_64 random(options_.seed);
    double step = 1.0;
    for (std::size_t epoch = 1; epoch <= options_.epochs; ++epoch) {
        for (std::size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[random() % i]);
        std::size_t mistakes = 0;
        for (std::size_t index : order) {
            const LabelledSentence& sentence = sentences[index];
            const std::vector<int> predicted = model.decode(sentence.features);
            if (predicted != sentence.labels) {
                ++mistakes;
                for (std::size_t k = 0; k < predicted.size(); ++k) {
                    const int gold = sentence.labels[k], guess = predicted[k];
                    const int gold_before = k == 0 ? -1 : sentence.labels[k - 1];
                    const int guess_before = k == 0 ? -1 : predicted[k - 1];
                    if (gold != guess)
                        for (std::uint64_t f : sentence.features[k]) {
                            const std::size_t row = model.row(f) * L;
                            features.add(row + gold, 1.0f, step);
                            features.add(row + guess, -1.0f, step);
                        }
                    if (gold != guess || gold_before != guess_before) {
                        transitions.add(transition_index(gold_before, gold), 1.0f, step);
                        transitions.add(transition_index(guess_before, guess), -1.0f, step);
                    }
                }
            }
            step += 1.0;
        }
        if (progress) progress(epoch, mistakes);
    }
    features.average(step);
    transitions.average(step);
    model.round_to_storage();
    return model;
}

}  // namespace trame
