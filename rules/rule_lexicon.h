// The French word sets the rule engine itself reads (polarity, subjects), from the rule files.
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <unordered_set>

namespace trame {

/// The word sets the engine reads, each a set of the rule files under the name in
/// kWordSetNames (ontology/rules/00-common.rules explains each):
/// - for the polarity of every rule's trigger (rules/polarity): NegativeWord, the words that make
///   "ne" a negation ("pas", "jamais", "aucun"); ModalVerb, verbs that make what they govern only
///   due or possible ("devoir", "pouvoir"); VerbGroupClitic, clitic pronouns that stand inside a
///   verb group ("se", "lui", "en"); PlannedCue, words that present an event noun as planned or
///   possible ("un éventuel appel");
/// - for tree rules (rules/dependency_tree, rules/polarity): SubjectControl, verbs whose infinitive
///   takes their subject even when they have an object ("promettre à Y de"); EtreVerb,
///   intransitive verbs conjugated with "être", whose subject the parser may call passive ("est
///   arrivé"); NegatingHead, verbs that deny what their complement says ("refuser de soutenir");
///   HypotheticalHead, verbs under which it is only wanted, planned or possible ("vouloir
///   soutenir", "a décidé de soutenir").
enum class WordSet : std::size_t {
    NegativeWord,
    ModalVerb,
    VerbGroupClitic,
    PlannedCue,
    SubjectControl,
    EtreVerb,
    NegatingHead,
    HypotheticalHead,
};

/// The rule-file name of each WordSet, in its order.
inline constexpr std::array<const char*, 8> kWordSetNames = {
    "NEGATIVE_WORD", "MODAL_VERB", "VERB_GROUP_CLITIC", "PLANNED_CUE",
    "SUBJECT_CONTROL", "ETRE_VERB", "NEGATING_HEAD", "HYPOTHETICAL_HEAD"};

/// What the rule engine needs to know of French words beyond what each rule says: the WordSet
/// sets as the rule files define them. Lemmas and forms are case-folded; an empty set leaves its
/// test out.
struct RuleLexicon {
    std::array<std::unordered_set<std::string>, kWordSetNames.size()> sets;

    std::unordered_set<std::string>& operator[](WordSet set) { return sets[static_cast<std::size_t>(set)]; }
    const std::unordered_set<std::string>& operator[](WordSet set) const { return sets[static_cast<std::size_t>(set)]; }
    /// True when `word` is in `set`.
    bool has(WordSet set, const std::string& word) const { return (*this)[set].count(word) > 0; }
    bool operator==(const RuleLexicon& other) const { return sets == other.sets; }
};

}  // namespace trame
