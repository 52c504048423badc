// Tagging, lemmatization and parsing of UD sentences in one call: the models, loaded once and
// shared read-only, and a per-thread analyser that adds the lttoolbox lookups.
#pragma once

#include <string>

#include "analysis/morphology.h"
#include "analysis/parser.h"
#include "analysis/tagger.h"
#include "analysis/ud.h"

namespace trame::ud {

/// The trained tagger and parser of a model folder (tagger.model, parser.model). Immutable once
/// loaded; one instance may serve any number of threads.
struct SyntaxModels {
    Tagger tagger;
    Parser parser;
    /// Loads DIR/tagger.model and DIR/parser.model; throws learn::ModelError naming the file.
    static SyntaxModels load(const std::string& dir);
};

/// Analyses sentences with shared models and its own lttoolbox analyser: give each thread its own
/// SyntaxAnalyser. A sentence's result depends only on its words, never on earlier sentences.
class SyntaxAnalyser {
public:
    SyntaxAnalyser(const SyntaxModels& models, const std::string& automorf_path);
    /// Fills LEMMA, UPOS, FEATS, HEAD and DEPREL of every word from the FORMs; returns the
    /// lttoolbox entry of each word, in order.
    SentenceMorphology analyse(Sentence& sentence);
    /// The lttoolbox analyser, for lookups before tagging.
    Morphology& morphology() { return morphology_; }

private:
    const SyntaxModels& models_;
    Morphology morphology_;
};

}  // namespace trame::ud
