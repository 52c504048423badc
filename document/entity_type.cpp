#include "document/entity_type.h"

#include <utility>

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

std::optional<EntityType> subclass_type(const std::string& subclass) {
    // The subclasses declared in ontology/trame.ttl, with the type each is under.
    static const std::pair<const char*, EntityType> kSubclasses[] = {
        {"GovernmentBody", EntityType::Organization}, {"InternationalOrganization", EntityType::Organization},
        {"MediaOrganization", EntityType::Organization}, {"ArmedGroup", EntityType::Organization},
        {"PoliticalParty", EntityType::Organization}, {"Company", EntityType::Organization},
        {"City", EntityType::Place}, {"Region", EntityType::Place},
        {"Meeting", EntityType::Event}, {"Conflict", EntityType::Event}, {"Election", EntityType::Event}};
    for (const auto& [name, type] : kSubclasses)
        if (subclass == name) return type;
    return std::nullopt;
}

std::optional<EntityClass> entity_class_from_string(const std::string& name) {
    if (const auto type = entity_type_from_string(name)) return EntityClass{*type, ""};
    if (const auto type = subclass_type(name)) return EntityClass{*type, name};
    return std::nullopt;
}

}  // namespace trame
