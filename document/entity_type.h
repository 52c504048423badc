// The kinds of entity the ontology knows.
#pragma once

#include <optional>
#include <string>

namespace trame {

/// The class of a named entity; each value is a class of the trame ontology with the same name.
enum class EntityType { Person, Organization, Country, Place, Event, Other };

/// The ontology class name of a type ("Person", ...).
const char* to_string(EntityType type);
/// The type named `name` (as written by to_string), or nothing.
std::optional<EntityType> entity_type_from_string(const std::string& name);

/// The type above a finer class of the ontology ("City" is a Place, "ArmedGroup" an
/// Organization, "Election" an Event), or nothing when `subclass` is not one of them.
std::optional<EntityType> subclass_type(const std::string& subclass);

/// A class name as data files and rules write it: one of the six types (subclass empty) or a
/// finer class with its type ("City": Place and "City"); nothing for an unknown name.
struct EntityClass {
    EntityType type = EntityType::Other;
    std::string subclass;  ///< The finer class's local name, or empty.
};
std::optional<EntityClass> entity_class_from_string(const std::string& name);

}  // namespace trame
