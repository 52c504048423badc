#include "rdf/rdf_terms.h"

#include <cstdint>
#include <cstdio>
#include <memory>
#include <regex>
#include <stdexcept>

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include "rdf/vocabulary.h"

namespace trame {

namespace {

/// Length of the valid UTF-8 sequence starting at `pos`, or 0 when the bytes there are not one.
std::size_t utf8_sequence_length(std::string_view text, std::size_t pos) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char lead = byte(pos);
    if (lead < 0x80) return 1;
    std::size_t length = 0;
    char32_t min = 0;
    char32_t cp = 0;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2, min = 0x80, cp = lead & 0x1F;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3, min = 0x800, cp = lead & 0x0F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4, min = 0x10000, cp = lead & 0x07;
    } else {
        return 0;
    }
    if (pos + length > text.size()) return 0;
    for (std::size_t i = 1; i < length; ++i) {
        if ((byte(pos + i) & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (byte(pos + i) & 0x3F);
    }
    const bool surrogate = cp >= 0xD800 && cp <= 0xDFFF;
    return cp < min || cp > 0x10FFFF || surrogate ? 0 : length;
}

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_hex(char c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

/// Length of the IRI scheme at the start of `iri` (up to, not including, ':'), 0 when there is none.
std::size_t scheme_length(std::string_view iri) {
    if (iri.empty() || !is_alpha(iri[0])) return 0;
    std::size_t i = 1;
    while (i < iri.size() && (is_alpha(iri[i]) || is_digit(iri[i]) || iri[i] == '+' || iri[i] == '-' || iri[i] == '.'))
        ++i;
    return i < iri.size() && iri[i] == ':' ? i : 0;
}

bool forbidden_in_iri(unsigned char c) {
    return c <= 0x20 || c == 0x7F || std::string_view("<>\"{}|^`\\").find(static_cast<char>(c)) != std::string_view::npos;
}

std::uint64_t fnv1a(std::string_view text) {
    std::uint64_t hash = 0xcbf29ce484222325ULL;
    for (unsigned char c : text) hash = (hash ^ c) * 0x100000001b3ULL;
    return hash;
}

/// The ICU transliterator of slug(), built once per thread (transliterators are not thread-safe).
const icu::Transliterator& ascii_lower() {
    thread_local std::unique_ptr<icu::Transliterator> transliterator = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createInstance(
            "Any-Latin; Latin-ASCII; Lower", UTRANS_FORWARD, status));
        if (U_FAILURE(status) || !t)
            throw std::runtime_error(std::string("cannot create the ICU transliterator: ") + u_errorName(status));
        return t;
    }();
    return *transliterator;
}

}  // namespace

bool valid_utf8(std::string_view text) {
    for (std::size_t pos = 0; pos < text.size();) {
        const std::size_t length = utf8_sequence_length(text, pos);
        if (length == 0) return false;
        pos += length;
    }
    return true;
}

bool valid_iri(std::string_view iri) {
    if (scheme_length(iri) == 0 || !valid_utf8(iri)) return false;
    for (std::size_t i = 0; i < iri.size(); ++i) {
        const auto c = static_cast<unsigned char>(iri[i]);
        if (forbidden_in_iri(c)) return false;
        if (c == '%' && (i + 2 >= iri.size() || !is_hex(iri[i + 1]) || !is_hex(iri[i + 2]))) return false;
    }
    return true;
}

bool valid_language_tag(std::string_view tag) {
    // RFC 5646 langtag (language, extlang, script, region, variants, extensions, private use)
    // or a private-use tag alone. Grandfathered tags are not accepted.
    static const std::regex pattern(
        "(?:[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}|[A-Za-z]{4,8})"
        "(?:-[A-Za-z]{4})?"
        "(?:-(?:[A-Za-z]{2}|[0-9]{3}))?"
        "(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*"
        "(?:-[0-9A-WY-Za-wy-z](?:-[A-Za-z0-9]{2,8})+)*"
        "(?:-[xX](?:-[A-Za-z0-9]{1,8})+)?"
        "|[xX](?:-[A-Za-z0-9]{1,8})+");
    return std::regex_match(tag.begin(), tag.end(), pattern);
}

std::string sanitize_literal(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t pos = 0; pos < text.size();) {
        const std::size_t length = utf8_sequence_length(text, pos);
        if (length == 0) {
            out += "\xEF\xBF\xBD";  // U+FFFD
            ++pos;
            continue;
        }
        const auto c = static_cast<unsigned char>(text[pos]);
        if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') out.append(text, pos, length);
        pos += length;
    }
    return out;
}

bool long_string_safe(std::string_view text) {
    if (text.size() >= 2 && text.substr(text.size() - 2) == "\"\"") return false;
    for (std::size_t i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != '"') continue;
        const auto next = static_cast<unsigned char>(text[i + 1]);
        if (next == '\\' || next == 0x7F || (next < 0x20 && next != '\t' && next != '\n' && next != '\r')) return false;
    }
    return true;
}

std::string slug(std::string_view text) {
    icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), text.size()));
    ascii_lower().transliterate(unicode);
    std::string ascii;
    unicode.toUTF8String(ascii);

    std::string out;
    bool pending_dash = false;
    for (char c : ascii) {
        if ((c >= 'a' && c <= 'z') || is_digit(c)) {
            if (pending_dash && !out.empty()) out += '-';
            out += c;
            pending_dash = false;
        } else {
            pending_dash = true;
        }
    }
    if (!out.empty()) return out;
    char hashed[18];
    std::snprintf(hashed, sizeof hashed, "h%016llx", static_cast<unsigned long long>(fnv1a(text)));
    return hashed;
}

std::string iri_percent_encode(std::string_view segment) {
    static const char* const kHex = "0123456789ABCDEF";
    std::string out;
    out.reserve(segment.size());
    for (char c : segment) {
        if (is_alpha(c) || is_digit(c) || c == '-' || c == '.' || c == '_' || c == '~') {
            out += c;
        } else {
            const auto byte = static_cast<unsigned char>(c);
            out += '%';
            out += kHex[byte >> 4];
            out += kHex[byte & 0x0F];
        }
    }
    return out;
}

bool is_open_predicate(std::string_view predicate) { return predicate.substr(0, 5) == "open:"; }

std::string predicate_iri(std::string_view predicate) {
    if (is_open_predicate(predicate)) {
        const std::string_view lemma = predicate.substr(5);
        if (lemma.empty()) throw std::invalid_argument("open relation without a lemma: \"open:\"");
        return vocab::kRelation + slug(lemma);
    }
    bool name = !predicate.empty() && is_alpha(predicate[0]);
    for (char c : predicate) name = name && (is_alpha(c) || is_digit(c));
    if (!name) throw std::invalid_argument("not a core predicate name: \"" + std::string(predicate) + "\"");
    return vocab::kOntology + std::string(predicate);
}

RdfTerm RdfTerm::iri(std::string iri) {
    if (!valid_iri(iri)) throw std::invalid_argument("invalid IRI: <" + sanitize_literal(iri) + ">");
    return RdfTerm{Kind::Iri, std::move(iri), "", ""};
}

RdfTerm RdfTerm::literal(std::string_view text, std::string language) {
    if (!language.empty() && !valid_language_tag(language))
        throw std::invalid_argument("invalid language tag: \"" + sanitize_literal(language) + "\"");
    return RdfTerm{Kind::Literal, sanitize_literal(text), "", std::move(language)};
}

RdfTerm RdfTerm::typed(std::string_view lexical, std::string datatype) {
    if (!valid_iri(datatype)) throw std::invalid_argument("invalid datatype IRI: <" + sanitize_literal(datatype) + ">");
    return RdfTerm{Kind::Literal, sanitize_literal(lexical), std::move(datatype), ""};
}

IriMinter::IriMinter(std::string base) : base_(std::move(base)) {
    if (!valid_iri(base_))
        throw std::invalid_argument("invalid base IRI \"" + base_ +
                                    "\": it must be an absolute IRI (scheme:...) without spaces, control "
                                    "characters or any of <>\"{}|^`\\");
    if (base_.find('#') != std::string::npos || base_.back() != '/')
        throw std::invalid_argument("invalid base IRI \"" + base_ + "\": it must end with '/' and contain no '#'");
}

std::string IriMinter::entity(std::string_view id) const { return base_ + "entity/" + iri_percent_encode(id); }

std::string IriMinter::document(std::string_view doc_id) const { return base_ + "doc/" + iri_percent_encode(doc_id); }

std::string IriMinter::sentence(std::string_view doc_id, std::size_t begin, std::size_t end) const {
    return document(doc_id) + "#char=" + std::to_string(begin) + "," + std::to_string(end);
}

std::string IriMinter::statement(std::string_view doc_id, std::size_t n) const {
    return document(doc_id) + "/fact/" + std::to_string(n);
}

}  // namespace trame
