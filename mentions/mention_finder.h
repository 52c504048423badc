// Finds the named-entity mentions of an analysed sentence.
#pragma once

#include <vector>

#include "mentions/gazetteer.h"
#include "document/sentence.h"
#include "mentions/bilou.h"

namespace trame {

/// The first extraction step on a sentence: finds the stretches of tokens that name an entity —
/// names the gazetteer knows, sequences of proper nouns, names after a title ("M. Peskov") and
/// adjectives of nationality standing for their country ("russe"). It keeps no state between
/// sentences, so one finder serves a whole run; the gazetteer must outlive it.
class MentionFinder {
public:
    explicit MentionFinder(const Gazetteer& gazetteer) : gazetteer_(gazetteer) {}

    /// Replaces `sentence.mentions` by the mentions of `sentence.tokens`: ordered by first token,
    /// the longest name winning where candidates overlap; a known name that ends with a known
    /// organization or country after "de" holds it as a mention of its own ("Conseil de sécurité
    /// de l'ONU" and "ONU"), the only mentions that nest.
    void find(Sentence& sentence) const;

    /// As find(sentence), then adds the names the trained recognizer found in the sentence
    /// (`names`, token spans): the rules keep priority where they are specific (a gazetteer name,
    /// a titled name, an adjective of nationality); a recognised name over a plain proper-noun
    /// sequence gives it its span and type; a recognised name over no mention is added. Types:
    /// Person, Organization and Event as such, Location as the gazetteer's Country or Place
    /// (Place when unknown); Product names are left out (the ontology has no class for them).
    void find(Sentence& sentence, const std::vector<TypedSpan>& names) const;

private:
    const Gazetteer& gazetteer_;
};

}  // namespace trame
