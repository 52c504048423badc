// Third-person pronouns resolved to the person they stand for.
#pragma once

#include <cstddef>

#include "document/document.h"

namespace trame {

/// Adds a mention for each personal pronoun of sentence `index` that can safely stand for a
/// person named before it: subject "il" (not the impersonal "il y a", "il n'y a", "il faut",
/// "il s'agit", "il est nécessaire", "il lui est reproché"), inverted "-t-il"/"-il" ("a-t-il
/// ajouté", not "y a-t-il") and "lui" after "selon"/"pour"/"d'après"; never inside quotation
/// marks, where "il" is the speaker's word for somebody else.
/// The antecedent is the first person named earlier in the same sentence, or else the first
/// person of the nearest earlier sentence (at most three back, headlines skipped) that names one: in news prose that
/// is usually the subject being reported. Earlier sentences must already have their mentions.
void resolve_pronouns(Document& doc, std::size_t index);

}  // namespace trame
