// The interface between mentions and the entities they name.
#pragma once

#include <string>
#include <vector>

#include "extract/document.h"
#include "graph/entity.h"

namespace trame {

/// Turns mentions into entities over a whole run. The pipeline hands it every mention of every
/// document; it answers with the id of the entity each one names, and at the end lists the
/// entities. Implementations range from a name-keyed table to a graph-based reconciler.
class EntityRegistry {
public:
    virtual ~EntityRegistry() = default;
    /// Registers the mention `index` of `sentence` in `doc` and returns the id of its entity.
    virtual std::string add(const Document& doc, const Sentence& sentence, std::size_t index) = 0;
    /// Every entity seen so far, sorted by id.
    virtual std::vector<Entity> entities() const = 0;
};

}  // namespace trame
