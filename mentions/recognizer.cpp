#include "mentions/recognizer.h"

#include <stdexcept>

#include "document/utf8.h"

namespace trame {

namespace {

/// The hashed features of each sentence of a document, for one pass.
std::vector<SentenceFeatures> sentence_features(const NerFeatures& features, const DocumentTokens& sentences) {
    std::vector<SentenceFeatures> out;
    out.reserve(sentences.size());
    for (const std::vector<Token>* tokens : sentences) out.push_back(features.extract(*tokens));
    return out;
}

/// Adds the document features of the first pass's names to the sentence features.
void add_document_features(std::vector<SentenceFeatures>& features, const DocumentTokens& sentences,
                           const std::vector<std::vector<TypedSpan>>& first_pass) {
    const auto extra = NerFeatures::document_features(sentences, first_pass);
    for (std::size_t s = 0; s < features.size(); ++s)
        for (std::size_t k = 0; k < features[s].size(); ++k)
            for (const std::string& name : extra[s][k]) features[s][k].push_back(NerFeatures::hash(name));
}

std::vector<std::vector<TypedSpan>> decode_all(const NerModel& model, const std::vector<SentenceFeatures>& features) {
    std::vector<std::vector<TypedSpan>> out;
    out.reserve(features.size());
    for (const SentenceFeatures& f : features) out.push_back(bilou::decode(model.decode(f)));
    return out;
}

}  // namespace

std::vector<TypedSpan> split_at_place(const std::vector<Token>& tokens, const std::vector<TypedSpan>& spans) {
    std::vector<TypedSpan> out;
    for (const TypedSpan& span : spans) {
        std::size_t at = span.first + 1;
        while (at + 1 < span.last && !(fold_case(tokens[at].form) == "à" && starts_upper(tokens[at + 1].form))) ++at;
        if (at + 1 >= span.last) {
            out.push_back(span);
            continue;
        }
        out.push_back({span.first, at, span.type});
        out.push_back({at + 1, span.last, NerType::Location});
    }
    return out;
}

Recognizer::Recognizer(std::vector<NerModel> models, const Gazetteer* gazetteer)
    : features_(gazetteer), models_(std::move(models)) {
    if (models_.size() != 2)
        throw std::runtime_error("a NER model file holds two models (first and second pass), not " +
                                 std::to_string(models_.size()));
    for (const NerModel& model : models_)
        if (model.feature_version() != NerFeatures::kVersion)
            throw std::runtime_error("NER model trained on features version " + std::to_string(model.feature_version()) +
                                     ", this trame computes version " + std::to_string(NerFeatures::kVersion) +
                                     " (rebuild it with scripts/train-ner.sh)");
}

Recognizer Recognizer::load(const std::string& path, const Gazetteer* gazetteer) {
    std::vector<NerModel> models = load_models(path);
    try {
        return Recognizer(std::move(models), gazetteer);
    } catch (const std::runtime_error& e) {
        throw std::runtime_error(path + ": " + e.what());
    }
}

std::vector<std::vector<TypedSpan>> Recognizer::recognise(const DocumentTokens& sentences) const {
    std::vector<SentenceFeatures> features = sentence_features(features_, sentences);
    const std::vector<std::vector<TypedSpan>> first_pass = decode_all(models_[0], features);
    add_document_features(features, sentences, first_pass);
    std::vector<std::vector<TypedSpan>> names = decode_all(models_[1], features);
    for (std::size_t s = 0; s < names.size(); ++s) names[s] = split_at_place(*sentences[s], names[s]);
    return names;
}

std::vector<std::vector<TypedSpan>> Recognizer::recognise_first_pass(const DocumentTokens& sentences) const {
    return decode_all(models_[0], sentence_features(features_, sentences));
}

std::vector<TypedSpan> Recognizer::recognise(const std::vector<Token>& tokens) const {
    return recognise(DocumentTokens{&tokens}).front();
}

std::vector<NerModel> train_recognizer(const std::vector<TrainingDocument>& documents, const Gazetteer* gazetteer,
                                       const PerceptronOptions& options, std::size_t folds,
                                       const PerceptronTrainer::Progress& progress) {
    if (folds < 2) throw std::invalid_argument("NER training: the jackknife needs at least 2 folds");
    const NerFeatures features(gazetteer);
    std::vector<std::vector<SentenceFeatures>> doc_features;
    for (const TrainingDocument& doc : documents) {
        if (doc.names.size() != doc.sentences.size())
            throw std::invalid_argument("NER training: a document has not one list of names per sentence");
        doc_features.push_back(sentence_features(features, doc.sentences));
    }
    auto labelled = [&](auto keep, const std::vector<std::vector<SentenceFeatures>>& all) {
        std::vector<LabelledSentence> out;
        for (std::size_t d = 0; d < documents.size(); ++d) {
            if (!keep(d)) continue;
            for (std::size_t s = 0; s < documents[d].sentences.size(); ++s)
                out.push_back(LabelledSentence{all[d][s], bilou::encode(documents[d].names[s], documents[d].sentences[s]->size())});
        }
        return out;
    };
    const PerceptronTrainer trainer(options);
    std::vector<NerModel> models;
    models.push_back(trainer.train(labelled([](std::size_t) { return true; }, doc_features), NerFeatures::kVersion, progress));

    // First-pass names of each document, by a model trained without it.
    std::vector<std::vector<SentenceFeatures>> second = doc_features;
    for (std::size_t fold = 0; fold < folds; ++fold) {
        const NerModel held = trainer.train(labelled([&](std::size_t d) { return d % folds != fold; }, doc_features),
                                            NerFeatures::kVersion);
        for (std::size_t d = fold; d < documents.size(); d += folds)
            add_document_features(second[d], documents[d].sentences, decode_all(held, doc_features[d]));
    }
    models.push_back(trainer.train(labelled([](std::size_t) { return true; }, second), NerFeatures::kVersion, progress));
    return models;
}

}  // namespace trame
