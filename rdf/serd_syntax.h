// What trame's Serd reader and writer share: the handles' owners, the syntax of a file, the text
// of a Serd error.
#pragma once

#include <cstdio>
#include <memory>
#include <string>

#include <serd/serd.h>

#include "rdf/rdf_format.h"

namespace trame {

/// Frees what Serd allocated (and closes a C file), for std::unique_ptr.
struct SerdFree {
    void operator()(SerdEnv* env) const { serd_env_free(env); }
    void operator()(SerdReader* reader) const { serd_reader_free(reader); }
    void operator()(SerdWriter* writer) const { serd_writer_free(writer); }
    void operator()(std::FILE* file) const { std::fclose(file); }
};
using SerdEnvPtr = std::unique_ptr<SerdEnv, SerdFree>;
using SerdReaderPtr = std::unique_ptr<SerdReader, SerdFree>;
using SerdWriterPtr = std::unique_ptr<SerdWriter, SerdFree>;
using FilePtr = std::unique_ptr<std::FILE, SerdFree>;

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
