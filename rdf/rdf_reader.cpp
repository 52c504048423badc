#include "rdf/rdf_reader.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <stdexcept>

#include "rdf/jsonld_reader.h"
#include "rdf/serd_reader.h"

namespace trame {

void read_triples(const std::string& path,
                  const std::function<void(const ReadTerm&, const std::string&, const ReadTerm&)>& on_triple) {
    if (path != "-" && is_jsonld_file(path)) {
        if (std::filesystem::is_directory(path)) throw std::runtime_error("cannot read " + path + ": is a directory");
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
    SerdFileReader reader(path);
    const auto term = [&](const SerdNode* node) -> ReadTerm {
        switch (node->type) {
            case SERD_URI:
            case SERD_CURIE: return {reader.expand(node), true};
            case SERD_BLANK: return {"_:" + std::string(serd_text(node)), true};
            default: return {std::string(serd_text(node)), false};
        }
    };
    reader.read([&](const SerdStatement& s) { on_triple(term(s.subject), term(s.predicate).value, term(s.object)); });
}

}  // namespace trame
