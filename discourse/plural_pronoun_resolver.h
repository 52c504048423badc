// Plural pronouns ("ils", "elles") resolved to the group, organization or country they stand for.
#pragma once

#include <cstddef>

#include "document/document.h"

namespace trame {

/// Adds a mention for each plural subject pronoun of sentence `index` that can safely stand for
/// a group named before it: "ils"/"elles" as a subject, inverted "-ils"/"-t-ils"/"-elles", and
/// "eux"/"elles" after "selon", "pour" or "d'après". Never inside quotation marks.
///
/// The antecedent is found in the same sentence before the pronoun, else in the nearest sentence
/// before it (at most two of narration back; headlines and fragments without a verb skipped): a
/// subject that coordinates two persons ("X et Y ont …": one mention for each; "elles" only for
/// two women known as such), or else the sentence's first plural noun phrase that no preposition
/// governs. That phrase stands for an entity when it is a plural mention ("les Casques bleus",
/// "les États-Unis"), or a plural noun whose complement or apposition names an organization or
/// country ("les dirigeants du syndicat X", "les milices, les Y,"). When it is anything else ("les
/// prix", "les négociations"), or its gender disagrees with the pronoun ("elles" for a masculine
/// group), nothing is resolved: a plural pronoun has too many possible referents to guess further.
/// Persons named apart are no antecedent. Each mention is marked resolution "plural-pronoun".
/// Earlier sentences must already have their mentions.
void resolve_plural_pronouns(Document& doc, std::size_t index);

}  // namespace trame
