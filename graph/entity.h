// A reconciled entity: what the graph says about one real-world thing.
#pragma once

#include <set>
#include <string>

#include "document/entity_type.h"

namespace trame {

/// One node of the knowledge graph standing for a person, organization, country, place, event or
/// other named thing, with every name the documents used for it.
struct Entity {
    std::string id;                     ///< Stable slug, unique in the run ("vladimir-poutine"); the IRI ends with it.
    std::string label;                  ///< Canonical name (the fullest proper-name form).
    std::set<std::string> alt_labels;   ///< Every other surface form seen, sorted; never contains `label`.
    EntityType type = EntityType::Other;
    std::string wikidata;               ///< Wikidata id ("Q159"), empty when unknown.
    std::string subclass;               ///< A finer ontology class under `type` ("City", "ArmedGroup"), empty when none is known.
    std::set<std::string> retired;      ///< Ids of known entities merged into this one: never minted again, each owl:sameAs this.
};

}  // namespace trame
