// One input article.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "document/sentence.h"

namespace trame {

/// A span of a document's text, in code points, [begin, end).
struct TextSpan {
    std::size_t begin = 0;
    std::size_t end = 0;
};

/// An input article: where it came from, its NFC text, the publication date when known, the
/// paragraphs kept after boilerplate removal, and (after segmentation) its sentences.
struct Document {
    std::string name;                   ///< The path as given on the command line, or "-" for stdin.
    std::string id;                     ///< Unique slug of the document within the run (used in IRIs).
    std::string text;                   ///< The whole text, UTF-8, NFC-normalized.
    std::optional<std::string> date;    ///< Publication date, ISO 8601 ("2025-02" or "2025-02-13").
    std::optional<std::string> identifier;  ///< The identifier the user gave it (extract --id).
    std::vector<TextSpan> paragraphs;   ///< Non-empty, non-boilerplate lines, in code points.
    std::vector<Sentence> sentences;    ///< Filled by the segmenter, then analysed in place.
};

}  // namespace trame
