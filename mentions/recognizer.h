// The trained named-entity recognizer: finds the typed names of an analysed document.
#pragma once

#include <string>
#include <vector>

#include "mentions/gazetteer.h"
#include "document/token.h"
#include "mentions/bilou.h"
#include "mentions/ner_features.h"
#include "mentions/ner_model.h"
#include "mentions/perceptron_trainer.h"

namespace trame {

/// `spans` with each name that runs on over "à" and a capitalised word ("Banque mondiale à Alger")
/// cut there into the name before "à" and a Location after it: in the recognizer's training
/// corpus a name almost never holds "à" before a capital, which introduces where things happen.
std::vector<TypedSpan> split_at_place(const std::vector<Token>& tokens, const std::vector<TypedSpan>& spans);

/// The tokens of each sentence of a document, in order.
using DocumentTokens = std::vector<const std::vector<Token>*>;

/// A named-entity recognizer for French news, in two passes over a document: the first labels each
/// sentence from its own features (NerFeatures::extract), the second labels it again with, in
/// addition, what the first pass found in the whole document (NerFeatures::document_features), so
/// that a surname named in full once is recognised alone further on. Each pass is a NerModel
/// (trained by train_recognizer on WiNER-fr, see scripts/train-ner.sh). The names are Person,
/// Location, Organization, Event and Product spans of tokens. It keeps no state between
/// documents; the gazetteer must outlive it.
///
///     Recognizer recognizer = Recognizer::load("ontology/models/ner.model", &gazetteer);
///     std::vector<std::vector<TypedSpan>> names = recognizer.recognise(document_tokens);
class Recognizer {
public:
    /// The recognizer of the two models (first pass, second pass); throws std::runtime_error when
    /// there are not two or they were trained on features of another version than NerFeatures::kVersion.
    Recognizer(std::vector<NerModel> models, const Gazetteer* gazetteer);

    /// Loads the model file `path` (see load_models for the errors, which name the file).
    static Recognizer load(const std::string& path, const Gazetteer* gazetteer);

    /// The names of each sentence of a document, sorted and disjoint.
    std::vector<std::vector<TypedSpan>> recognise(const DocumentTokens& sentences) const;
    /// The names the first pass alone finds in each sentence (for diagnostics).
    std::vector<std::vector<TypedSpan>> recognise_first_pass(const DocumentTokens& sentences) const;
    /// The names of a sentence read as a document of its own.
    std::vector<TypedSpan> recognise(const std::vector<Token>& tokens) const;

    const NerFeatures& features() const { return features_; }

private:
    NerFeatures features_;
    std::vector<NerModel> models_;
};

/// One document to train on: the tokens of its sentences and their gold names.
struct TrainingDocument {
    DocumentTokens sentences;
    std::vector<std::vector<TypedSpan>> names;
};

/// Trains the two models of a Recognizer on `documents`. The first pass learns from the sentence
/// features; the second from those plus the document features of first-pass names found by
/// models that did not see the document (`folds`-fold jackknife), so that it learns from
/// first-pass mistakes like those it will meet. Deterministic for the same input and options.
std::vector<NerModel> train_recognizer(const std::vector<TrainingDocument>& documents, const Gazetteer* gazetteer,
                                       const PerceptronOptions& options, std::size_t folds = 4,
                                       const PerceptronTrainer::Progress& progress = nullptr);

}  // namespace trame
