// Definite descriptions of an organization ("l'ONG", "l'organisation") resolved to the one named before.
#pragma once

#include <cstddef>

#include "document/document.h"

namespace trame {

/// Adds a mention for each definite description of an organization in sentence `index` — "l'ONG",
/// "l'organisation", "cette ONG", with no complement after it ("l'organisation des Nations unies"
/// is a name) — standing for the organization the document has named most often before it (the
/// latest on a tie), when one is named in that sentence or the three before it. The mention is the
/// organization's (same canonical name and Wikidata id), marked as a description. Earlier
/// sentences must already have their mentions.
void resolve_organization_descriptions(Document& doc, std::size_t index);

}  // namespace trame
