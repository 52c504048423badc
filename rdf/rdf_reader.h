// Reading an RDF file triple by triple, as the readers of trame's own output and ontology do.
#pragma once

#include <functional>
#include <string>

namespace trame {

/// One end of a triple read from a file: an absolute IRI, a blank node written "_:label", or a
/// literal's lexical form.
struct ReadTerm {
    std::string value;
    bool resource = false;  ///< True for an IRI or a blank node, false for a literal.
};

/// Calls `on_triple(subject, predicate IRI, object)` for every statement of the RDF file at
/// `path`, read strictly with Serd in the syntax its extension gives (.trig, .nt, .nq; Turtle
/// otherwise), with read_jsonld for .jsonld, or from standard input for "-" (as TriG, which reads
/// Turtle and N-Triples too; not N-Quads); named graphs are ignored. A file without any statement
/// is no error. Throws std::runtime_error: "cannot open PATH: reason", "invalid RDF in
/// PATH:LINE:COLUMN: message" (JSON-LD: "invalid JSON in PATH: ...", "cannot read PATH: ...").
void read_triples(const std::string& path,
                  const std::function<void(const ReadTerm&, const std::string&, const ReadTerm&)>& on_triple);

}  // namespace trame
