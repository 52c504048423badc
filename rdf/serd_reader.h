// The one Serd reader of trame: an RDF file read statement by statement, strictly.
#pragma once

#include <functional>
#include <string>

#include <serd/serd.h>

#include "rdf/serd_syntax.h"

namespace trame {

/// A statement as Serd reads it: its nodes as written (CURIEs and relative IRIs unexpanded: see
/// SerdFileReader::expand), the graph null outside a named graph, the datatype and language null
/// for a literal without them, and Serd's flags (anonymous nodes and lists, for a writer that
/// keeps their shape).
struct SerdStatement {
    SerdStatementFlags flags = 0;
    const SerdNode* graph = nullptr;
    const SerdNode* subject = nullptr;
    const SerdNode* predicate = nullptr;
    const SerdNode* object = nullptr;
    const SerdNode* datatype = nullptr;
    const SerdNode* language = nullptr;
};

/// Reads one RDF file with Serd in strict mode, in the syntax its extension gives (.trig, .nt,
/// .nq; Turtle otherwise), or standard input for "-" (as TriG, which reads Turtle and N-Triples
/// too). The handlers may throw std::exception: the reader stops, and read() throws
/// std::runtime_error "PATH: message" once Serd has returned (nothing is thrown through Serd's C
/// frames). Other errors: "cannot open PATH: reason", "cannot read PATH: is a directory",
/// "invalid RDF in PATH:LINE:COLUMN: message". A file without any statement is no error.
class SerdFileReader {
public:
    using OnStatement = std::function<void(const SerdStatement&)>;
    /// The end of an anonymous node ("[ … ]"), for a writer that closes it.
    using OnEnd = std::function<void(const SerdNode*)>;

    explicit SerdFileReader(std::string path);

    /// Reads the whole file; blank node labels get `blank_prefix` when not empty.
    void read(const OnStatement& on_statement, const OnEnd& on_end = {}, const std::string& blank_prefix = "");

    /// The absolute IRI of a URI or CURIE node against the prefixes and base read so far. Throws
    /// std::invalid_argument when it cannot be expanded.
    std::string expand(const SerdNode* node) const;

    const std::string& path() const { return path_; }

private:
    static SerdStatus on_base(void* handle, const SerdNode* uri);
    static SerdStatus on_prefix(void* handle, const SerdNode* name, const SerdNode* uri);
    static SerdStatus on_statement(void* handle, SerdStatementFlags flags, const SerdNode* graph,
                                   const SerdNode* subject, const SerdNode* predicate, const SerdNode* object,
                                   const SerdNode* datatype, const SerdNode* language);
    static SerdStatus on_end(void* handle, const SerdNode* node);
    static SerdStatus on_error(void* handle, const SerdError* error);
    /// Runs a handler, keeping its exception's message as the error (Serd's C frames see a status).
    SerdStatus guarded(const std::function<void()>& handler);

    std::string path_;
    SerdEnvPtr env_;
    const OnStatement* statement_handler_ = nullptr;
    const OnEnd* end_handler_ = nullptr;
    std::string error_;  ///< The first error, complete.
};

/// The text of a Serd node ("" for null).
std::string_view serd_text(const SerdNode* node);

}  // namespace trame
