// Reading an entity type and its subclass back from the JSON that sharded runs write (the mentions
// of a part file, the entities of the mention table).
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "document/entity_type.h"

namespace trame {

/// The type ("type") and subclass ("subclass", empty when absent) of the JSON object `in`, into
/// `type` and `subclass`; throws std::runtime_error on an unknown type or a subclass of another type.
void read_type_and_subclass(const nlohmann::json& in, EntityType& type, std::string& subclass);

}  // namespace trame
