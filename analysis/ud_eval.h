// Scores of tagged and parsed sentences against gold ones with the same words (gold
// tokenization), by the CoNLL 2018 shared task's definitions: with identical words, precision,
// recall and F1 all equal the share of words whose column(s) match.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <vector>

#include "analysis/ud.h"

namespace trame::ud {

/// Word counts behind each score, and the scores as percentages.
struct UdScores {
    std::size_t words = 0;
    std::size_t upos = 0;    ///< UPOS equal.
    std::size_t ufeats = 0;  ///< FEATS equal as sets of Name=Value.
    std::size_t lemmas = 0;  ///< LEMMA equal.
    std::size_t uas = 0;     ///< HEAD equal.
    std::size_t las = 0;     ///< HEAD and the universal part of DEPREL ("obl" of "obl:mod") equal.
    double percent(std::size_t n) const { return words ? 100.0 * static_cast<double>(n) / static_cast<double>(words) : 0.0; }
};

/// A system output whose words differ from the gold words.
struct EvalError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

/// Scores `system` against `gold`; both must have the same sentences with the same word forms,
/// else EvalError says where they part.
UdScores evaluate(const std::vector<Sentence>& gold, const std::vector<Sentence>& system);

/// The universal part of a relation: "obl" for "obl:mod".
std::string universal_relation(const std::string& deprel);

}  // namespace trame::ud
