// Scoring a UD analysis made from raw text against gold sentences, with the definitions of the
// CoNLL 2018 shared task: both sides must spell the same characters once white space is removed;
// tokens, sentences and words are compared by their character spans over that text, words of
// multiword tokens being aligned, inside each stretch of overlapping tokens, by the longest common
// subsequence of their lower-cased forms. Tagging and parsing scores count aligned words only.
//
//     RawEvaluation e = evaluate_raw(gold_sentences, system_sentences);
//     e.tokens.f1(); e.words.f1(); e.las.f1();
#pragma once

#include <cstddef>
#include <vector>

#include "analysis/ud.h"

namespace trame::ud {

/// One metric: how many units the gold and the system have, and how many of the system's are
/// right. Precision is correct/system, recall correct/gold.
struct Score {
    std::size_t gold = 0;
    std::size_t system = 0;
    std::size_t correct = 0;

    double precision() const { return system ? static_cast<double>(correct) / static_cast<double>(system) : 0.0; }
    double recall() const { return gold ? static_cast<double>(correct) / static_cast<double>(gold) : 0.0; }
    double f1() const { return gold + system ? 2.0 * static_cast<double>(correct) / static_cast<double>(gold + system) : 0.0; }
};

/// The scores of a system against gold. Tokens: same span (a multiword token counts once).
/// Sentences: same span from the first to the last token. Words: aligned words. The others count
/// aligned words with the same UPOS, the same universal features (FEATS restricted to the UD
/// universal feature names), the same lemma, the same aligned head (UAS), and the same aligned
/// head with the same universal relation (DEPREL before ':'; LAS).
struct RawEvaluation {
    Score tokens;
    Score sentences;
    Score words;
    Score upos;
    Score ufeats;
    Score lemmas;
    Score uas;
    Score las;
};

/// Scores `system` against `gold`. Only the tokens' forms, the words' forms and columns and the
/// sentence division are read. Throws std::invalid_argument when the two sides do not spell the
/// same text (the message gives the first differing character offset and both contexts), or
/// when a token's word range or a head is out of its sentence.
RawEvaluation evaluate_raw(const std::vector<Sentence>& gold, const std::vector<Sentence>& system);

}  // namespace trame::ud
