// Negation and modality of a verb in its sentence.
#pragma once

#include <cstddef>

#include "rules/dependency_tree.h"
#include "document/fact.h"
#include "rules/pattern.h"
#include "document/sentence.h"

namespace trame {

/// How the text presents what a verb says: negated or not, asserted or hypothetical.
struct Polarity {
    bool negated = false;
    Modality modality = Modality::Asserted;
};

/// Reads the polarity of the verb at token `trigger` off its verb group (the auxiliaries,
/// modals, clitics and adverbs before it) and the words right after it:
/// The words come from `lexicon` (RuleLexicon: NEGATIVE_WORD, MODAL_VERB, VERB_GROUP_CLITIC,
/// PLANNED_CUE):
/// - negated: "ne" in the group with a negative word (pas, plus, jamais, rien, aucun, ni, ...)
///   in the group or just after the verb ("n'a posé aucune condition"), or "sans" + infinitive;
///   "ne ... que" is a restriction, not a negation; "aurait dû"/"aurait pu" + infinitive
///   (what should have happened did not) is negated and hypothetical;
/// - hypothetical: a conditional or future form, a modal (devoir, pouvoir), "aller" + infinitive,
///   a "si" clause, or a question.
/// An event noun as trigger ("un appel entre X et Y") is hypothetical when its clause says it is
/// planned or possible ("prévu", "éventuel", "la semaine prochaine") and negated after "aucun".
Polarity assess_polarity(const Sentence& sentence, std::size_t trigger, const RuleLexicon& lexicon);

/// The polarity of a tree rule's root word: its own (above), then that of the verbs its clause
/// depends on (DependencyTree::governing_verbs), nearest first: a verb of NEGATING_HEAD denies it
/// ("a refusé de soutenir"), one of HYPOTHETICAL_HEAD makes it hypothetical ("veut soutenir", "a
/// décidé de soutenir"), a hypothetical governing verb passes that on, and a negated one passes
/// its negation on to its infinitive ("n'a pas voulu soutenir") and its object noun ("n'a pas
/// exprimé son soutien"); a "si" clause on the word or a
/// verb above makes it hypothetical ("X soutiendrait Y si …", "si X soutenait Y").
Polarity assess_tree_polarity(const Sentence& sentence, const DependencyTree& tree, std::size_t trigger,
                              const RuleLexicon& lexicon);

}  // namespace trame
