// Quotations that run over several sentences.
#pragma once

#include <cstddef>
#include <vector>

#include "document/document.h"
#include "document/fact.h"

namespace trame {

/// Gives every sentence of a quotation that spans several sentences a `says` fact for its
/// speaker: « Nous sommes prêts. Le calendrier sera tenu », a déclaré X. gives X says "Nous sommes
/// prêts." as well as X says "Le calendrier sera tenu". The speaker is the entity of a `says`
/// fact found in one sentence of the quotation. A copy in another sentence names a mention of
/// that sentence: a copy of the speaker's mention with an empty span after its last token, marked
/// resolution "quote-speaker" (added to `doc`), and the fact is marked resolution
/// "quote-continuation"; its subject keeps the offsets of the words that named the speaker.
void attribute_quotations(Document& doc, std::vector<Fact>& facts);

/// Gives a quotation that a colon introduces ("X a déclaré : « … »", "X : « … »") a `says` fact
/// for its speaker: the one person or organization the sentence names before the colon as a
/// subject (no preposition governs it, it is not quoted), when no rule read a `says` there. The
/// fact is marked resolution "quote-speaker" (the sentence's grammar does not link them).
void attribute_colon_quotations(Document& doc, std::vector<Fact>& facts);

/// True when a quotation opened in one of the five sentences before sentence `index` is still open
/// at its start (a mark left open for five sentences is taken for a typo and closed).
bool quotation_open_before(const Document& doc, std::size_t index);

}  // namespace trame
