#include "rdf/serd_syntax.h"

#include <cstdarg>
#include <cstdio>
#include <filesystem>
#include <optional>
#include <stdexcept>

namespace trame {

SerdSyntax serd_syntax(RdfFormat format) {
    switch (format) {
        case RdfFormat::Turtle: return SERD_TURTLE;
        case RdfFormat::TriG: return SERD_TRIG;
        case RdfFormat::NTriples: return SERD_NTRIPLES;
        case RdfFormat::NQuads: return SERD_NQUADS;
        case RdfFormat::JsonLd: break;
    }
    throw std::invalid_argument("no Serd syntax for this RDF format (JSON-LD is written by trame, not read)");
}

bool is_jsonld_file(const std::string& path) {
    const std::string extension = std::filesystem::path(path).extension().string();
    return !extension.empty() && rdf_format_from_string(extension.substr(1)) == RdfFormat::JsonLd;
}

SerdSyntax serd_syntax_of_file(const std::string& path) {
    const std::string extension = std::filesystem::path(path).extension().string();
    const std::optional<RdfFormat> format = rdf_format_from_string(extension.empty() ? "" : extension.substr(1));
    if (format == RdfFormat::JsonLd)
        throw std::runtime_error("cannot read " + path + " with Serd: it is JSON-LD (read it with read_jsonld)");
    return serd_syntax(format.value_or(RdfFormat::Turtle));
}

std::string serd_error_text(const SerdError& error, const std::string& fallback_file) {
    char message[512];
    va_list args;
    va_copy(args, *error.args);
    std::vsnprintf(message, sizeof message, error.fmt, args);
    va_end(args);
    std::string text = message;
    while (!text.empty() && text.back() == '\n') text.pop_back();
    const std::string file = error.filename ? reinterpret_cast<const char*>(error.filename) : fallback_file;
    if (file.empty()) return text;  // a writer's error: no place in a file
    return file + ":" + std::to_string(error.line) + ":" + std::to_string(error.col) + ": " + text;
}

}  // namespace trame
