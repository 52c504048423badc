#include "document/entity_type.h"

namespace trame {

const char* to_string(EntityType type) {
    switch (type) {
        case EntityType::Person: return "Person";
        case EntityType::Organization: return "Organization";
        case EntityType::Country: return "Country";
        case EntityType::Place: return "Place";
        case EntityType::Event: return "Event";
        case EntityType::Other: return "Other";
    }
    return "Other";
}

std::optional<EntityType> entity_type_from_string(const std::string& name) {
    for (EntityType t : {EntityType::Person, EntityType::Organization, EntityType::Country, EntityType::Place,
                         EntityType::Event, EntityType::Other})
        if (name == to_string(t)) return t;
    return std::nullopt;
}

}  // namespace trame
