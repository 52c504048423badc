// Definite and demonstrative noun phrases resolved to the entity the article named before.
#pragma once

#include <cstddef>
#include <string>
#include <unordered_map>

#include "discourse/article_model.h"
#include "document/document.h"

namespace trame {

/// Adds a mention for each definite description of sentence `index` whose head noun is one of
/// `heads` ("l'organisation", "le pays", "cette ville"): singular, not inside quotation marks,
/// with nothing after the noun that makes it another entity (an adjective, "de …", a name). A
/// place stands for the nearest one named before it (in the sentence, else at most two sentences
/// back, when that sentence named no other); an organization for the nearest one before it in the sentence that no preposition
/// governs (unless one governs the description too), else the organization in focus of the
/// article (`model`, named within six sentences), else the last one named; a country for the nearest
/// country before it in the sentence, else the country in focus, unless the sentence names a place before it
/// (a capital may stand for its country: "Madrid … le pays"). The mention spans the noun and is
/// marked resolution "definite"; a noun the name finders already took for a name ("l'ONG") is
/// resolved in place.
void resolve_definites(Document& doc, std::size_t index, const ArticleModel& model,
                       const std::unordered_map<std::string, EntityType>& heads);

/// Adds two mentions for each "les deux N" of sentence `index` whose plural noun is one of `heads`
/// ("les deux dirigeants", "aux deux pays", "ces deux régions"), not inside quotation marks: one
/// for each of the two entities of the noun's type (a country also by its adjective) that the
/// nearest sentence naming any (the same sentence before it, else at most three back) names, when
/// it names exactly two ("Les présidents X et Y se sont parlé. Les deux dirigeants ont convenu …");
/// nothing when it names one or more than two. A qualified noun ("les deux dirigeants russes",
/// "les deux candidats désignés") is left alone, but for "chefs d'État". Both mentions span the
/// noun and are marked resolution "definite"; the rules give each a fact of its own (see
/// rules/rule_set).
void resolve_pairs(Document& doc, std::size_t index, const std::unordered_map<std::string, EntityType>& heads);

/// Adds a mention for each plural definite noun phrase of sentence `index` ("les séparatistes",
/// "aux rebelles") whose noun is the first word of the name of one group (organization or other
/// named group, no person, no country) the article has named before ("les séparatistes du
/// Donbass", "les rebelles syriens"), when exactly one such group was named: the bare noun stands
/// for it. Not inside quotation marks, not a name itself, not qualified ("les rebelles kurdes",
/// "les séparatistes de l'est"). The mention spans the noun and is marked resolution "definite".
void resolve_group_descriptions(Document& doc, std::size_t index, const ArticleModel& model);

/// Adds a mention for each "ce dernier" / "cette dernière" of sentence `index`: the entity named
/// last before it (a person, organization or country), in the sentence or the one before, a
/// person of the matching gender ("ce dernier" is no woman, "cette dernière" no man known as
/// such), and only when no other noun phrase with a determiner stands between them ("l'avocat
/// … ce dernier" is not resolved). The mention spans both words and is marked resolution
/// "demonstrative".
void resolve_demonstratives(Document& doc, std::size_t index);

}  // namespace trame
