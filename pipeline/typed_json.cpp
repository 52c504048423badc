#include "pipeline/typed_json.h"

#include <stdexcept>

namespace trame {

void read_type_and_subclass(const nlohmann::json& in, EntityType& type, std::string& subclass) {
    const auto known = entity_type_from_string(in.at("type").get<std::string>());
    if (!known) throw std::runtime_error("unknown entity type " + in.at("type").dump());
    type = *known;
    subclass = in.value("subclass", std::string());
    if (!subclass.empty() && subclass_type(subclass) != type)
        throw std::runtime_error("unknown subclass " + in.at("subclass").dump() + " of type " + in.at("type").dump());
}

}  // namespace trame
