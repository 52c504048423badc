// Quotations that run over several sentences.
#pragma once

#include <vector>

#include "document/document.h"
#include "document/fact.h"

namespace trame {

/// Gives every sentence of a quotation that spans several sentences a `says` fact for its
/// speaker: « Nous sommes prêts. Le calendrier sera tenu », a déclaré X. gives X says "Nous sommes
/// prêts." as well as X says "Le calendrier sera tenu". The speaker is the entity of a `says`
/// fact found in one sentence of the quotation; the copies keep its subject (its mention and
/// that mention's sentence), so they name the same entity once mentions are reconciled.
void attribute_quotations(const Document& doc, std::vector<Fact>& facts);

}  // namespace trame
