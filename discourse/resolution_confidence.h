// How sure each kind of discourse resolution is, as measured.
#pragma once

namespace trame::resolution_confidence {

// Each value is the share of resolutions of the kind judged right by hand on a random sample of
// 100 over the 31 Wikinews articles of ../shared/corpus/wikinews-fr (scripts/resolution-sample.py,
// seed 11), smoothed as (right + 1) / (judged + 2) and rounded to 0.05; a fact resting on a
// resolution takes the lower of its rule's confidence and this (Discourse::finish).

/// "il", "elle", "-t-il", "selon lui" for the person (or the country or organization that speaks)
/// named before: 51 of 54 right.
constexpr double kPronoun = 0.9;
/// A pronoun whose antecedent is itself a resolved pronoun: one step further from the name.
constexpr double kPronounAfterPronoun = 0.85;
/// "ils", "elles", "selon eux" for a group: 5 of 5 right, 3 of them naming one member of a group
/// of two (counted as half).
constexpr double kPluralPronoun = 0.65;
/// "l'organisation", "le pays", "la ville" for an entity of the same sentence: 17 of 19 right.
constexpr double kDefinite = 0.85;
/// The same, for the entity in focus of the article rather than one of the sentence.
constexpr double kDefiniteFromArticle = 0.8;
/// "les deux dirigeants" for the two persons named together: none in the sample.
constexpr double kPair = 0.7;
/// "ce dernier", "cette dernière": 3 of 3 right.
constexpr double kDemonstrative = 0.8;
/// A role description or bare title ("le porte-parole", "le président américain") for its holder,
/// and the organization of a role from the article: 19 of 19 right.
constexpr double kTitle = 0.95;
/// A bare title with no organization in the sentence ("le président"): the organization comes
/// from the article too.
constexpr double kBareTitle = 0.9;
/// The speaker of a quotation introduced by a colon or continued over several sentences: not in
/// the sample (one on the corpus).
constexpr double kQuoteSpeaker = 0.85;

}  // namespace trame::resolution_confidence
