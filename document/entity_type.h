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

}  // namespace trame
