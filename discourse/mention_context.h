// What the words around a mention say about it, for the discourse stage's resolutions.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "document/document.h"

namespace trame {

/// True when a preposition governs the mention ("devant l'ONU", "à Moscou", "par la chaîne X"): it
/// is no subject.
bool after_preposition(const Sentence& sentence, const Mention& m);

/// The mention covering token `token` of the sentence (the first such), or nullptr.
const Mention* mention_covering(const Sentence& sentence, std::size_t token);

/// A mention of the antecedent's entity over tokens [first, last) of the sentence, made by a
/// resolution of `kind` ("pronoun", "definite", ...) with that confidence: its words are the
/// sentence's, it names nobody (no title, no label for the entity) and it is no demonym or role
/// description.
Mention resolved_mention(const Sentence& sentence, const Mention& antecedent, std::size_t first, std::size_t last,
                         const std::string& kind, double confidence);

/// Adds the mentions a resolver made to the sentence, keeping its mentions ordered by first token
/// (those already there first among equals).
void add_mentions(Sentence& sentence, const std::vector<Mention>& added);

/// True when the mention is a person known to be a woman: titled "Mme", "Madame" or "Mlle", or
/// with a feminine first name ("Michelle"). False for a mention with no words in the sentence.
bool known_woman(const Sentence& sentence, const Mention& m);

/// True when the sentence has no verb: a fragment ("Clinton).", left where a name's initial was
/// taken for the end of a sentence: "… impliquant H. Clinton).") that gives a pronoun no topic.
bool verbless(const Sentence& sentence);

/// For each token of sentence `index`, whether it lies inside quotation marks (reported words,
/// where names and pronouns are the speaker's), a quotation opened in an earlier sentence included.
std::vector<bool> quoted_tokens(const Document& doc, std::size_t index);

}  // namespace trame
