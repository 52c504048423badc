// Reading back the JSON-LD trame writes, statement by statement.
#pragma once

#include <functional>
#include <string>

#include "rdf/jsonld_writer.h"

namespace trame {

/// Calls `on_quad(graph, subject, predicate IRI, object)` for every statement of the JSON-LD file
/// at `path`, in document order; `graph` is empty for the default graph, else an IRI or "_:label".
/// It reads the JSON-LD JsonLdWriter writes and documents of the same kind: a top-level
/// "@context" whose terms map to IRIs or compact IRIs (no coercion, @vocab, @base or remote
/// context), node objects with "@id", "@type", "@graph" (a named graph), nested node objects,
/// "@set" arrays, values that are strings, {"@id"}, {"@value"} with "@language" or "@type",
/// booleans and integers. Anything else (relative IRIs, "@list", "@reverse", floating-point
/// numbers...) is refused. Throws std::runtime_error: "cannot open PATH: reason", "invalid JSON in
/// PATH: ...", "cannot read PATH: JSON-LD ... (trame reads the JSON-LD it writes)".
void read_jsonld(const std::string& path,
                 const std::function<void(const std::string& graph, const JsonLdTerm& subject,
                                          const std::string& predicate, const JsonLdTerm& object)>& on_quad);

}  // namespace trame
