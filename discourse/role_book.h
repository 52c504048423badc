// The roles an article has given people, for resolving later role descriptions.
#pragma once

#include <map>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "discourse/discourse_lexicon.h"
#include "document/description.h"
#include "document/fact.h"
#include "document/sentence.h"

namespace trame {

/// What one article has said so far about who holds which role ("Dmitri Peskov spokespersonOf
/// Kremlin"), so that a later description ("le porte-parole du Kremlin", "le porte-parole")
/// stands for that person. One book per article: roles are never carried across documents.
class RoleBook {
public:
    /// A book that reads the words beside a title by `modifiers` ("élu", "ancien"; see
    /// DiscourseLexicon::title_modifiers), which must outlive it.
    explicit RoleBook(const std::unordered_map<std::string, TitleEffect>& modifiers) : modifiers_(modifiers) {}

    /// Records the role facts (leaderOf, spokespersonOf, officialOf) of a sentence whose subject is a named person.
    void learn(const Sentence& sentence, const std::vector<Fact>& facts);
    /// Makes each description whose holder is known a mention of that person in the sentence
    /// (marked resolution "title"), and returns the role fact the description states (holder,
    /// predicate, object), hypothetical beside "élu" (as `modifiers` say). A bare title ("le
    /// porte-parole") takes the object the article gave its holder, as a mention of the sentence
    /// with an empty span after its last token. A description beside "ancien" is a former holder, not the one the book knows: it
    /// stays unresolved. A title right before names ("le président Lula", "les anciens présidents
    /// X et Y") describes nobody: it states the role of each person it names, towards the object
    /// the article gave that person, else towards `focus_country` (the country the article is
    /// about, when it has one), both marked resolution "title".
    std::vector<Fact> resolve(Sentence& sentence, const std::vector<Description>& descriptions,
                              const Mention* focus_country = nullptr) const;

private:
    /// A person the article gave a role, and towards whom it last said so.
    struct Holding {
        Mention person;
        Mention object;
    };
    /// The one holder of `predicate` a bare title stands for: the only one the article named, or
    /// for "le président" the only leader of a country; null when there is none or several.
    const Holding* sole_holder(const std::string& predicate) const;
    /// The object the article gave `person` for `predicate`, or null.
    const Mention* held_by(const std::string& predicate, const std::string& person) const;
    /// True when the article named a leader of `country`.
    bool leader_of(const std::string& country) const;

    const std::unordered_map<std::string, TitleEffect>& modifiers_;
    std::map<std::pair<std::string, std::string>, Mention> holders_;  ///< (predicate, object) -> person
    std::map<std::string, std::vector<Holding>> held_;                ///< predicate -> its holders, in order
};

}  // namespace trame
