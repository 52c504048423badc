// Checking, escaping and minting the terms trame writes: IRIs, literals, language tags.
//
// Serd writes whatever it is given: an IRI with a space, a Latin-1 byte or a language tag with
// a blank all come out as invalid RDF. Everything the writer hands to Serd goes through here.
//
//   IriMinter iris("https://example.org/kg/");   // throws std::invalid_argument on a bad base
//   iris.entity("vladimir-poutine")              // https://example.org/kg/entity/vladimir-poutine
//   predicate_iri("open:bombarder")              // https://w3id.org/trame/relation/bombarder
//   slug("Sergueï Lavrov")                       // "serguei-lavrov"
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace trame {

/// True when `iri` is an absolute IRI that Turtle and N-Triples accept as IRIREF: a scheme
/// (ALPHA *(ALPHA / DIGIT / "+" / "-" / ".")) and ':', valid UTF-8, no space, no control
/// character, none of <>"{}|^`\ and every '%' followed by two hex digits.
bool valid_iri(std::string_view iri);

/// True when `tag` is a well-formed BCP 47 language tag ("fr", "fr-FR", "zh-Hant-TW", "x-private").
bool valid_language_tag(std::string_view tag);

/// True when `text` is valid UTF-8 (no overlong forms, no surrogates, nothing above U+10FFFF).
bool valid_utf8(std::string_view text);

/// `text` made fit for an RDF literal: invalid UTF-8 sequences become U+FFFD and C0 control
/// characters other than tab, line feed and carriage return are removed. Quotes, backslashes and
/// line breaks are left as they are (Serd escapes them).
std::string sanitize_literal(std::string_view text);

/// False when Serd 0.30 would write `text`, in a Turtle or TriG long string ("""..."""), as
/// something its own reader rejects or misreads: a double quote written as it is directly followed
/// by a character written as an escape (a backslash, DEL or a C0 control character other than
/// tab, line feed and carriage return), or a text ending with two double quotes (the first written
/// as it is, the last escaped). Serd's reader takes the character after a lone quote without
/// decoding it, so "\\ reads as an invalid escape. Such a literal must be written as a short
/// string ("..." with \n escapes), which Serd reads back whatever it holds.
bool long_string_safe(std::string_view text);

/// An ASCII slug of `text`: ICU "Any-Latin; Latin-ASCII; Lower", then the runs of [a-z0-9]
/// joined by '-' ("Kyiv / Київ" gives "kyiv-kyiv"). Never empty: text without any letter or
/// digit gives "h" followed by 16 hex digits of a hash of the text.
std::string slug(std::string_view text);

/// `segment` with every byte other than ASCII letters, digits and -._~ written as %XX, so that
/// it stays one path segment of an IRI whatever it holds.
std::string iri_percent_encode(std::string_view segment);

/// True when `predicate` names an open relation ("open:" followed by a French lemma).
bool is_open_predicate(std::string_view predicate);

/// The IRI of a fact's predicate: vocab::kOntology + name for a core name ("demands"), and
/// vocab::kRelation + slug(lemma) for "open:" + lemma. Throws std::invalid_argument for an empty
/// name, an empty lemma or a core name that is not [A-Za-z][A-Za-z0-9]*.
std::string predicate_iri(std::string_view predicate);

/// One RDF term ready to hand to Serd: an absolute IRI that passed valid_iri(), or a literal
/// whose text went through sanitize_literal(), with a datatype IRI or a language tag (or neither).
struct RdfTerm {
    enum class Kind { Iri, Literal };
    Kind kind = Kind::Iri;
    std::string value;     ///< The IRI, or the literal's lexical form.
    std::string datatype;  ///< Datatype IRI of a typed literal, else empty.
    std::string language;  ///< Language tag of a literal, else empty.

    /// Throws std::invalid_argument when `iri` is not valid_iri().
    static RdfTerm iri(std::string iri);
    /// A plain or language-tagged literal of sanitize_literal(text). Throws std::invalid_argument
    /// when `language` is neither empty nor valid_language_tag().
    static RdfTerm literal(std::string_view text, std::string language = "");
    /// A typed literal. Throws std::invalid_argument when `datatype` is not valid_iri().
    static RdfTerm typed(std::string_view lexical, std::string datatype);
};

/// Mints the IRIs of the things a run describes, all under one base IRI.
class IriMinter {
public:
    /// Throws std::invalid_argument unless `base` is a valid absolute IRI that ends with '/' and
    /// has no '#' (sentence IRIs add a fragment).
    explicit IriMinter(std::string base);

    /// base + "entity/" + id.
    std::string entity(std::string_view id) const;
    /// base + "doc/" + id.
    std::string document(std::string_view doc_id) const;
    /// base + "doc/" + id + "#char=" + begin + "," + end (RFC 5147 style, code points).
    std::string sentence(std::string_view doc_id, std::size_t begin, std::size_t end) const;
    /// base + "doc/" + id + "/fact/" + n.
    std::string statement(std::string_view doc_id, std::size_t n) const;

private:
    std::string base_;
};

}  // namespace trame
