// Tests of the averaged perceptron on a tiny synthetic labelling task.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "mentions/ner_features.h"
#include "mentions/perceptron_trainer.h"
#include "tests/temp_dir.h"

using namespace trame;

namespace {

/// A synthetic sentence: each word's features are its form and the forms of the words around it.
SentenceFeatures features_of(const std::vector<std::string>& words) {
    SentenceFeatures out;
    for (std::size_t k = 0; k < words.size(); ++k)
        out.push_back({NerFeatures::hash("w=" + words[k]), NerFeatures::hash("w-1=" + (k ? words[k - 1] : "<s>")),
                       NerFeatures::hash("w+1=" + (k + 1 < words.size() ? words[k + 1] : "</s>"))});
    return out;
}

std::vector<LabelledSentence> synthetic_set() {
    const NerType per = NerType::Person, loc = NerType::Location, org = NerType::Organization;
    const std::vector<std::pair<std::vector<std::string>, std::vector<TypedSpan>>> data = {
        {{"Inès", "Moreau", "habite", "Nantes"}, {{0, 2, per}, {3, 4, loc}}},
        {{"la", "Caisse", "Verte", "ouvre", "à", "Nantes"}, {{1, 3, org}, {5, 6, loc}}},
        {{"Moreau", "quitte", "la", "Caisse", "Verte"}, {{0, 1, per}, {3, 5, org}}},
        {{"Nantes", "accueille", "Inès", "Moreau"}, {{0, 1, loc}, {2, 4, per}}},
        {{"il", "pleut", "à", "Nantes"}, {{3, 4, loc}}},
    };
    std::vector<LabelledSentence> out;
    for (const auto& [words, spans] : data) out.push_back({features_of(words), bilou::encode(spans, words.size())});
    return out;
}

}  // namespace

TEST_CASE("The perceptron learns a tiny synthetic set", "[perceptron_trainer]") {
    const std::vector<LabelledSentence> set = synthetic_set();
    const PerceptronTrainer trainer(PerceptronOptions{10, 20, 7});
    std::vector<std::size_t> mistakes;
    const NerModel model = trainer.train(set, 3, [&](std::size_t, std::size_t m) { mistakes.push_back(m); });
    CHECK(model.feature_version() == 3);
    REQUIRE(mistakes.size() == 20);
    CHECK(mistakes.front() > 0);
    CHECK(mistakes.back() == 0);
    for (const LabelledSentence& sentence : set) CHECK(model.decode(sentence.features) == sentence.labels);
}

TEST_CASE("Training is deterministic", "[perceptron_trainer]") {
    trame::testing::TempDir dir("trame-perceptron");
    const PerceptronTrainer trainer(PerceptronOptions{10, 5, 11});
    const std::string a = (dir.path / "a.model").string(), b = (dir.path / "b.model").string();
    save_models(a, {trainer.train(synthetic_set(), 1)});
    save_models(b, {trainer.train(synthetic_set(), 1)});
    CHECK(trame::testing::read_file(a) == trame::testing::read_file(b));
}

TEST_CASE("Training refuses sentences without one label per token", "[perceptron_trainer]") {
    std::vector<LabelledSentence> set = synthetic_set();
    set[1].labels.pop_back();
    CHECK_THROWS_AS(PerceptronTrainer(PerceptronOptions{}).train(set, 1), std::invalid_argument);
}
