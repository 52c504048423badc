// Third-person pronouns resolved to the person they stand for.
#pragma once

#include <cstddef>

#include "extract/document.h"

namespace trame {

/// Adds a mention for each personal pronoun of sentence `index` that can safely stand for a
/// person named before it: subject "il" (not the impersonal "il y a", "il faut", "il est
/// nécessaire"), inverted "-t-il"/"-il" ("a-t-il ajouté") and "lui" after "selon"/"pour"/"d'après".
/// The antecedent is the first person named earlier in the same sentence, or else the first
/// person of the nearest earlier sentence (at most three back, headlines skipped) that names one: in news prose that
/// is usually the subject being reported. Earlier sentences must already have their mentions.
void resolve_pronouns(Document& doc, std::size_t index);

}  // namespace trame
