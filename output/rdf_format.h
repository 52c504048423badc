// The RDF serializations trame writes.
#pragma once

#include <optional>
#include <string>

namespace trame {

/// An RDF syntax: Turtle (default), TriG (one named graph per document), N-Triples or N-Quads.
enum class RdfFormat { Turtle, TriG, NTriples, NQuads };

/// The format called `name` ("turtle", "ttl", "trig", "ntriples", "nt", "nquads", "nq"), or nothing.
std::optional<RdfFormat> rdf_format_from_string(const std::string& name);

}  // namespace trame
