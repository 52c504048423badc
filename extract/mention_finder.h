// Finds the named-entity mentions of an analysed sentence.
#pragma once

#include "extract/gazetteer.h"
#include "extract/sentence.h"

namespace trame {

/// The first extraction step on a sentence: finds the stretches of tokens that name an entity —
/// names the gazetteer knows, sequences of proper nouns, names after a title ("M. Peskov") and
/// adjectives of nationality standing for their country ("russe"). It keeps no state between
/// sentences, so one finder serves a whole run; the gazetteer must outlive it.
class MentionFinder {
public:
    explicit MentionFinder(const Gazetteer& gazetteer) : gazetteer_(gazetteer) {}

    /// Replaces `sentence.mentions` by the mentions of `sentence.tokens`: ordered by first token,
    /// non-overlapping, the longest name winning where candidates overlap.
    void find(Sentence& sentence) const;

private:
    const Gazetteer& gazetteer_;
};

}  // namespace trame
