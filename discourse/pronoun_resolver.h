// Third-person pronouns resolved to the person they stand for.
#pragma once

#include <cstddef>
#include <string>

#include "discourse/discourse_lexicon.h"
#include "document/document.h"

namespace trame {

/// Adds a mention for each personal pronoun of sentence `index` that can safely stand for a
/// person named before it: subject "il" (not the impersonal "il y a", "il n'y a", "il s'agit",
/// "il est nécessaire", "il lui est reproché", nor "il" before one of the lexicon's impersonal verbs:
/// "il faut", its clitics stepped over: "il ne faut"), inverted "-t-il"/"-il" ("a-t-il ajouté", not "y a-t-il"), "lui" after
/// "selon"/"pour"/"d'après", and "elle"/"-t-elle" for a person known to be a woman (titled "Mme"
/// or with a feminine first name), or, in the same sentence only, for a feminine country or
/// organization named just before ("la Norvège … les pêcheurs qu'elle protège"); "il" never
/// stands for a woman. Never inside quotation marks, where
/// "il" is the speaker's word for somebody else. Each mention is marked resolution "pronoun".
/// The antecedent is the first person named earlier in the same sentence (or the country or
/// organization whose verb of saying the pronoun's clause completes: "Le Japon a indiqué qu'il
/// enverrait"), or else the first
/// person of the nearest earlier sentence (at most three back, headlines and verbless fragments skipped) that names one: in news prose that
/// is usually the subject being reported. Earlier sentences must already have their mentions.
void resolve_pronouns(Document& doc, std::size_t index, const DiscourseLexicon& lexicon);

}  // namespace trame
