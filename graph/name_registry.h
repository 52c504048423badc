// The per-run entity registry keyed by normalized names.
#pragma once

#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "graph/entity_registry.h"

namespace trame {

/// An EntityRegistry that keys entities by their normalized canonical name (case, accents, spaces,
/// hyphens and apostrophes folded), and resolves a lone surname ("Poutine", "M. Peskov") to the one person
/// of that surname named in full in the same document, or else in the whole run when only one
/// such person is known. Entities are decided as mentions arrive; `relate` and `reconcile` have
/// nothing to do. The simple alternative to the graph-based reconciler: same interface, no graph.
class NameRegistry : public EntityRegistry {
public:
    std::size_t add(const Document& doc, const Sentence& sentence, std::size_t index) override;
    void relate(std::size_t, std::size_t) override {}
    void reconcile() override {}
    const std::string& entity_of(std::size_t mention) const override { return entities_[entity_of_mention_[mention]].id; }
    std::vector<Entity> entities() const override;

private:
    std::size_t create(const std::string& key, const Mention& mention);
    std::size_t resolve_surname(const Document& doc, const std::string& surname) const;
    std::size_t lone_surname(const std::string& surname) const;
    void absorb(std::size_t entity, const Mention& mention);

    std::vector<Entity> entities_;
    std::vector<std::size_t> entity_of_mention_;                               ///< mention handle -> entity
    std::unordered_map<std::string, std::size_t> by_key_;                      ///< normalized name -> entity
    std::unordered_map<std::string, std::vector<std::size_t>> by_surname_;     ///< last word -> people named in full
    std::map<std::pair<std::string, std::string>, std::size_t> in_document_;   ///< (doc, surname) -> person
    std::unordered_map<std::string, int> ids_;                                 ///< slug -> times used as an id
};

}  // namespace trame
