// What the Serd readers of trame share: the syntax of a file, the text of a Serd error.
#pragma once

#include <string>

#include <serd/serd.h>

#include "rdf/rdf_format.h"

namespace trame {

/// The Serd syntax of an RDF format. Throws std::invalid_argument for JSON-LD.
SerdSyntax serd_syntax(RdfFormat format);

/// True when the extension of `path` names JSON-LD (.jsonld), which Serd does not read.
bool is_jsonld_file(const std::string& path);

/// The Serd syntax of an RDF file from its extension (.trig, .nt, .nq; Turtle otherwise). Throws
/// std::runtime_error naming the file for a JSON-LD file (see is_jsonld_file).
SerdSyntax serd_syntax_of_file(const std::string& path);

/// A Serd error as "FILE:LINE:COLUMN: message" (`fallback_file` when Serd names no file; the
/// message alone when there is no file at all, as for a writer's error).
std::string serd_error_text(const SerdError& error, const std::string& fallback_file = "");

}  // namespace trame
