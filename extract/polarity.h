// Negation and modality of a verb in its sentence.
#pragma once

#include <cstddef>

#include "extract/fact.h"
#include "extract/sentence.h"

namespace trame {

/// How the text presents what a verb says: negated or not, asserted or hypothetical.
struct Polarity {
    bool negated = false;
    Modality modality = Modality::Asserted;
};

/// Reads the polarity of the verb at token `trigger` off its verb group (the auxiliaries,
/// modals, clitics and adverbs before it) and the words right after it:
/// - negated: "ne" in the group with a negative word (pas, plus, jamais, rien, aucun, ni, ...)
///   in the group or just after the verb ("n'a posé aucune condition"), or "sans" + infinitive;
///   "ne ... que" is a restriction, not a negation; "aurait dû"/"aurait pu" + infinitive
///   (what should have happened did not) is negated and hypothetical;
/// - hypothetical: a conditional or future form, a modal (devoir, pouvoir), "aller" + infinitive,
///   a "si" clause, or a question.
/// An event noun as trigger ("un appel entre X et Y") is hypothetical when its clause says it is
/// planned or possible ("prévu", "éventuel", "la semaine prochaine") and negated after "aucun".
Polarity assess_polarity(const Sentence& sentence, std::size_t trigger);

}  // namespace trame
