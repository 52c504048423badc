#include "mentions/recognizer.h"

#include <stdexcept>

namespace trame {

Recognizer::Recognizer(NerModel model, const Gazetteer* gazetteer) : features_(gazetteer), model_(std::move(model)) {
    if (model_.feature_version() != NerFeatures::kVersion)
        throw std::runtime_error("NER model trained on features version " + std::to_string(model_.feature_version()) +
                                 ", this trame computes version " + std::to_string(NerFeatures::kVersion) +
                                 " (rebuild it with scripts/train-ner.sh)");
}

Recognizer Recognizer::load(const std::string& path, const Gazetteer* gazetteer) {
    NerModel model = NerModel::load(path);
    try {
        return Recognizer(std::move(model), gazetteer);
    } catch (const std::runtime_error& e) {
        throw std::runtime_error(path + ": " + e.what());
    }
}

std::vector<int> Recognizer::label(const std::vector<Token>& tokens) const {
    return model_.decode(features_.extract(tokens));
}

std::vector<TypedSpan> Recognizer::recognise(const std::vector<Token>& tokens) const {
    return bilou::decode(label(tokens));
}

}  // namespace trame
