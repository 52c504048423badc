// The trained named-entity recognizer: finds the typed names of an analysed sentence.
#pragma once

#include <string>
#include <vector>

#include "extract/gazetteer.h"
#include "extract/token.h"
#include "mentions/bilou.h"
#include "mentions/ner_features.h"
#include "mentions/ner_model.h"

namespace trame {

/// A named-entity recognizer for French news: the features of NerFeatures scored by a NerModel
/// (trained by PerceptronTrainer on WiNER-fr, see scripts/train-ner.sh), giving the Person,
/// Location, Organization, Event and Product names of a sentence as token spans. It keeps no
/// state between sentences; the gazetteer must outlive it.
///
///     Recognizer recognizer = Recognizer::load("ontology/models/ner.model", &gazetteer);
///     for (const TypedSpan& name : recognizer.recognise(sentence.tokens)) ...
class Recognizer {
public:
    /// The recognizer of `model`; throws std::runtime_error when the model was trained on
    /// features of another version than NerFeatures::kVersion.
    Recognizer(NerModel model, const Gazetteer* gazetteer);

    /// Loads the model file `path` (see NerModel::load for the errors, which name the file).
    static Recognizer load(const std::string& path, const Gazetteer* gazetteer);

    /// The names of a sentence, sorted and disjoint.
    std::vector<TypedSpan> recognise(const std::vector<Token>& tokens) const;
    /// The BILOU labels of a sentence, one per token.
    std::vector<int> label(const std::vector<Token>& tokens) const;

    const NerFeatures& features() const { return features_; }
    const NerModel& model() const { return model_; }

private:
    NerFeatures features_;
    NerModel model_;
};

}  // namespace trame
