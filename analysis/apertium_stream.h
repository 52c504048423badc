// The Apertium stream format ("^surface/lemma<tag><tag>/...$"): escaping and parsing.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace trame::apertium {

/// One lexical unit of an Apertium stream: the surface form as written, its analyses as the
/// stream spells them (still escaped, "de<pr>+le<det><def><m><sg>", "*Witkoff" when unknown),
/// and where the surface stands in its sentence text (bytes, set once aligned).
struct LexicalUnit {
    std::string surface;                 ///< Unescaped surface form.
    std::vector<std::string> analyses;   ///< Escaped analyses, in stream order.
    std::size_t begin = 0;               ///< First byte of the surface in the sentence text.
    std::size_t end = 0;                 ///< One past its last byte.
};

/// One '+'-separated part of an analysis: "le<det><def><m><sg>" gives lemma "le" and tags
/// det, def, m, sg. The lemma is unescaped and keeps a multiword queue's '#' ("viser# à").
struct AnalysisPart {
    std::string lemma;
    std::vector<std::string> tags;
};

/// Puts a backslash before ^ $ / < > [ ] { } \ @ as apertium-destxt does; NUL becomes a space.
std::string escape(const std::string& text);

/// Removes the backslashes of an escaped string.
std::string unescape(const std::string& text);

/// The lexical units of a stream, in order; blanks between them are skipped.
std::vector<LexicalUnit> parse_stream(const std::string& stream);

/// Splits an escaped analysis into its parts. An unknown word ("*Witkoff") is one part with
/// lemma "*Witkoff" and no tags.
std::vector<AnalysisPart> split_analysis(const std::string& analysis);

/// True for the analysis lt-proc gives an unknown word ("*Witkoff").
bool is_unknown(const std::string& analysis);

/// "^surface/a1/a2$" for a unit (surface escaped, analyses as they are).
std::string format_unit(const std::string& surface, const std::vector<std::string>& analyses);

}  // namespace trame::apertium
