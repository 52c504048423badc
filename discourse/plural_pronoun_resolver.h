// Plural pronouns ("ils", "elles") resolved to the group, organization or country they stand for.
#pragma once

#include <cstddef>

#include "document/document.h"

namespace trame {

/// Adds a mention for each plural subject pronoun of sentence `index` that can safely stand for
/// a group named before it: "ils"/"elles" as a subject, inverted "-ils"/"-t-ils"/"-elles", and
/// "eux"/"elles" after "selon", "pour" or "d'après". Never inside quotation marks.
///
/// The antecedent is the topic of the nearest sentence before (at most two of narration back, fragments without a verb and
/// headlines skipped), or of the same sentence before the pronoun: its first plural noun phrase
/// that no preposition governs. That phrase stands for an entity when it is a plural mention
/// ("les Casques bleus", "les États-Unis"), or a plural noun whose complement or apposition names an
/// organization or country ("les dirigeants du syndicat X", "les milices, les Y,"). When the topic is
/// anything else ("les prix", "les négociations"), or its gender disagrees with the pronoun ("elles"
/// for a masculine group), nothing is resolved: a plural pronoun has too many possible referents to
/// guess further. Persons are never antecedents (two people named apart are no one entity).
/// Each mention is marked resolution "plural-pronoun". Earlier sentences must already have
/// their mentions.
void resolve_plural_pronouns(Document& doc, std::size_t index);

}  // namespace trame
