// The word lists of the discourse stage.
#pragma once

#include <string>
#include <unordered_map>
#include <unordered_set>

#include "document/entity_type.h"

namespace trame {

/// What a word beside a title says of its holder's role: held (asserted), to be held
/// (hypothetical, "élu"), or no longer held ("ancien": no role fact).
enum class TitleEffect { Asserted, Hypothetical, None };

/// The word lists the discourse stage reads from DATA/lexicons/, each file described in its header:
/// impersonal verbs (impersonal_verbs.txt), the clitics between "il" and its verb
/// (pronoun_clitics.txt), nouns that name a war (war_nouns.txt, for the event names of the
/// pipeline), institutions every state has (state_institutions.txt), how a country's name
/// takes its article (country_articles.txt), head nouns of definite descriptions with the entity
/// type they stand for (definite_descriptions.txt), the plural nouns of "les deux N" with the
/// type of the two entities they stand for (pair_descriptions.txt), and words that qualify a
/// title (title_modifiers.txt).
struct DiscourseLexicon {
    std::unordered_set<std::string> impersonal_verbs;
    std::unordered_set<std::string> pronoun_clitics;
    std::unordered_set<std::string> war_nouns;
    std::unordered_set<std::string> state_institutions;        ///< Case-folded names.
    std::unordered_set<std::string> countries_without_article;  ///< "Cuba", "Israël".
    std::unordered_set<std::string> masculine_countries_in_e;   ///< "Mexique".
    std::unordered_map<std::string, EntityType> description_heads;
    std::unordered_map<std::string, EntityType> pair_heads;      ///< "dirigeants" → Person.
    std::unordered_map<std::string, TitleEffect> title_modifiers;

    /// Reads the eight files of `folder`; a missing file or a bad line throws InputError naming
    /// the file (and the line).
    static DiscourseLexicon load(const std::string& folder);
};

}  // namespace trame
