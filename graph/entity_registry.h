// The interface between mentions and the entities they name.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "document/document.h"
#include "graph/entity.h"

namespace trame {

/// Turns mentions into entities over a whole run, in two phases: every mention of every document
/// is registered first (with the facts that relate mentions), then `reconcile` groups them into
/// entities, after which each mention's entity and the entity list can be read. Implementations
/// range from a name-keyed table to a graph-based reconciler.
class EntityRegistry {
public:
    virtual ~EntityRegistry() = default;
    /// Registers mention `index` of `sentence` in `doc` and returns its handle.
    virtual std::size_t add(const Document& doc, const Sentence& sentence, std::size_t index) = 0;
    /// Records that a fact relates two registered mentions (a sign that they are different entities).
    virtual void relate(std::size_t a, std::size_t b) = 0;
    /// Groups the registered mentions into entities; called once, after the last add().
    virtual void reconcile() = 0;
    /// The id of the entity of a registered mention, after reconcile().
    virtual const std::string& entity_of(std::size_t mention) const = 0;
    /// Every entity, sorted by id, after reconcile().
    virtual std::vector<Entity> entities() const = 0;
};

}  // namespace trame
