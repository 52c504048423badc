// Repairs of the tagger's output that the sentence itself proves: what a trained model gets
// wrong in a way a general rule of French grammar or of the UD conventions sets right.
#pragma once

#include "analysis/morphology.h"
#include "analysis/tagger.h"
#include "analysis/ud.h"

namespace trame::ud {

/// Sets right, in place, the words of a tagged and parsed sentence (`morph` holds the lttoolbox
/// entry of each word, in order):
/// - a reflexive "se" / "s'" has the lemma "se" (UD French), whatever the lemmatizer chose;
/// - a finite verb cannot take a copula: a VERB with a `cop` dependent ("est prête à") becomes
///   the adjective lttoolbox knows for the form, with its lemma and gender and number ("prêt");
/// - a noun or name lttoolbox does not know, tagged plural and ending in "s" ("Yézidis"), has the
///   singular as its lemma ("Yézidi"), as French plurals are made.
void repair_words(Sentence& sentence, const SentenceMorphology& morph);

/// Before tagging: splits a hyphenated token that joins two surnames or places and that lttoolbox
/// does not know as a whole ("Macron-Scholz", "Lula-Biden") into its two names and the hyphen, so
/// that each name can be a mention. "Jean-Pierre" and "Saint-Denis" are known and stay whole.
void split_joined_names(Sentence& sentence, Morphology& morphology);

}  // namespace trame::ud
