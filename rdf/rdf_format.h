// The RDF serializations trame writes.
#pragma once

#include <optional>
#include <string>

namespace trame {

/// An RDF syntax: Turtle (default), TriG (one named graph per document), N-Triples, N-Quads or
/// JSON-LD (written only: the graphs of N-Quads as one JSON-LD document).
enum class RdfFormat { Turtle, TriG, NTriples, NQuads, JsonLd };

/// The format called `name` ("turtle", "ttl", "trig", "ntriples", "nt", "nquads", "nq", "jsonld",
/// "json-ld"), or nothing.
std::optional<RdfFormat> rdf_format_from_string(const std::string& name);

}  // namespace trame
