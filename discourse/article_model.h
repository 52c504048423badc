// What the discourse stage knows of an article so far: the entities it has named, and how salient each is.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "document/sentence.h"

namespace trame {

/// One entity an article has named (names that `same_name` joins count as one): the mention that named it first (a name, never a pronoun or
/// a description), how often it was named, where last, and how often as a subject.
struct EntityRecord {
    Mention mention;
    std::size_t count = 0;
    std::size_t subject_count = 0;    ///< Times named where no preposition governs it.
    std::size_t last_sentence = 0;
    std::size_t last_token = 0;
};

/// The entities of one article with their salience, fed sentence by sentence (`observe`), for
/// the resolutions that look for "the organization just named" or "the country in focus". One
/// model per article: nothing is carried across documents.
class ArticleModel {
public:
    /// Records the named mentions of a sentence (resolved ones are not new names).
    void observe(const Sentence& sentence);
    /// The entity of `type` named most recently, if it was named at most `window` sentences before
    /// sentence `now`.
    const EntityRecord* last_of(EntityType type, std::size_t now, std::size_t window) const;
    /// The entity of `type` in focus at sentence `now`: the one named most often as a subject
    /// (then most often, then most recently), provided it was named within `window` sentences and
    /// no other entity of the type is as salient.
    const EntityRecord* in_focus(EntityType type, std::size_t now, std::size_t window) const;
    const std::vector<EntityRecord>& entities() const { return entities_; }

private:
    std::vector<EntityRecord> entities_;
};

/// True when two canonical names are one entity's for the model: equal, or one the last words
/// of the other ("Agence Nova Press" and "Nova Press").
bool same_name(const std::string& a, const std::string& b);

}  // namespace trame
