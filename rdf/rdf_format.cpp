#include "rdf/rdf_format.h"

namespace trame {

std::optional<RdfFormat> rdf_format_from_string(const std::string& name) {
    if (name == "turtle" || name == "ttl") return RdfFormat::Turtle;
    if (name == "trig") return RdfFormat::TriG;
    if (name == "ntriples" || name == "nt") return RdfFormat::NTriples;
    if (name == "nquads" || name == "nq") return RdfFormat::NQuads;
    if (name == "jsonld" || name == "json-ld") return RdfFormat::JsonLd;
    return std::nullopt;
}

}  // namespace trame
