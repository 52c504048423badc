#include "rdf/rdf_reader.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>
#include <stdexcept>

#include <serd/serd.h>

#include "rdf/jsonld_reader.h"
#include "rdf/serd_syntax.h"

namespace trame {

namespace {

struct SerdDeleter {
    void operator()(SerdEnv* env) const { serd_env_free(env); }
    void operator()(SerdReader* reader) const { serd_reader_free(reader); }
};

struct FileCloser {
    void operator()(std::FILE* file) const { std::fclose(file); }
};

/// The state of one read: the prefixes and base seen so far, the sink, the first error.
struct Reading {
    std::unique_ptr<SerdEnv, SerdDeleter> env;
    const std::function<void(const ReadTerm&, const std::string&, const ReadTerm&)>& on_triple;
    std::string error;

    ReadTerm term(const SerdNode* node) const {
        const std::string text = node->buf ? std::string(reinterpret_cast<const char*>(node->buf), node->n_bytes) : "";
        switch (node->type) {
            case SERD_URI:
            case SERD_CURIE: {
                SerdNode expanded = serd_env_expand_node(env.get(), node);  // owns its buffer
                ReadTerm result{expanded.buf ? reinterpret_cast<const char*>(expanded.buf) : text, true};
                serd_node_free(&expanded);
                return result;
            }
            case SERD_BLANK: return {"_:" + text, true};
            default: return {text, false};
        }
    }
};

SerdStatus on_base(void* handle, const SerdNode* uri) {
    return serd_env_set_base_uri(static_cast<Reading*>(handle)->env.get(), uri);
}

SerdStatus on_prefix(void* handle, const SerdNode* name, const SerdNode* uri) {
    return serd_env_set_prefix(static_cast<Reading*>(handle)->env.get(), name, uri);
}

SerdStatus on_statement(void* handle, SerdStatementFlags, const SerdNode*, const SerdNode* subject,
                        const SerdNode* predicate, const SerdNode* object, const SerdNode*, const SerdNode*) {
    const auto& reading = *static_cast<Reading*>(handle);
    reading.on_triple(reading.term(subject), reading.term(predicate).value, reading.term(object));
    return SERD_SUCCESS;
}

SerdStatus on_error(void* handle, const SerdError* error) {
    auto& reading = *static_cast<Reading*>(handle);
    if (reading.error.empty()) reading.error = serd_error_text(*error);
    return SERD_SUCCESS;
}

}  // namespace

void read_triples(const std::string& path,
                  const std::function<void(const ReadTerm&, const std::string&, const ReadTerm&)>& on_triple) {
    const bool standard_input = path == "-";  // read as TriG, which takes Turtle and N-Triples too
    std::unique_ptr<std::FILE, FileCloser> file(standard_input ? nullptr : std::fopen(path.c_str(), "rb"));
    if (!standard_input && !file) throw std::runtime_error("cannot open " + path + ": " + std::strerror(errno));
    if (std::filesystem::is_directory(path)) throw std::runtime_error("cannot read " + path + ": is a directory");
    if (is_jsonld_file(path)) {
        read_jsonld(path, [&](const std::string&, const JsonLdTerm& subject, const std::string& predicate,
                              const JsonLdTerm& object) {
            const auto term = [](const JsonLdTerm& t) -> ReadTerm {
                if (t.kind == JsonLdTerm::Kind::Blank) return {"_:" + t.value, true};
                return {t.value, t.kind == JsonLdTerm::Kind::Iri};
            };
            on_triple(term(subject), predicate, term(object));
        });
        return;
    }
    Reading reading{std::unique_ptr<SerdEnv, SerdDeleter>(serd_env_new(nullptr)), on_triple, {}};
    std::unique_ptr<SerdReader, SerdDeleter> reader(
        serd_reader_new(standard_input ? SERD_TRIG : serd_syntax_of_file(path), &reading, nullptr, on_base, on_prefix,
                        on_statement, nullptr));
    serd_reader_set_strict(reader.get(), true);
    serd_reader_set_error_sink(reader.get(), on_error, &reading);
    const SerdStatus status =
        serd_reader_read_file_handle(reader.get(), standard_input ? stdin : file.get(),
                                     reinterpret_cast<const uint8_t*>(standard_input ? "(stdin)" : path.c_str()));
    if (!reading.error.empty()) throw std::runtime_error("invalid RDF in " + reading.error);
    if (status != SERD_SUCCESS && status != SERD_FAILURE)  // SERD_FAILURE: no statement at all
        throw std::runtime_error("cannot read " + path + ": " + reinterpret_cast<const char*>(serd_strerror(status)));
}

}  // namespace trame
