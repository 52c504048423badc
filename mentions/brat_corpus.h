// Reading a named-entity corpus in BRAT standoff format (WiNER-fr) and aligning its annotations
// with the tokens of trame's analyser.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "document/document.h"
#include "mentions/bilou.h"

namespace trame {

/// One entity annotation of a BRAT `.ann` file: `T<n> TAB <Type> <begin> <end> TAB <text>`, with
/// code point offsets into the matching `.txt`.
struct BratEntity {
    std::string id;
    std::string type;
    std::size_t begin = 0;
    std::size_t end = 0;
    std::string text;
};

/// Reads the entity lines of a `.ann` file (other kinds of line, such as attributes or notes,
/// are skipped). Throws std::runtime_error naming "path:line" for a malformed entity line and the
/// file when it cannot be read. A discontinuous entity ("0 5;9 12") is read as its outer bounds
/// and marked by a type ending in "/discontinuous", which no NerType has.
std::vector<BratEntity> read_brat_entities(const std::string& path);

/// What became of a document's annotations when they were aligned with its tokens.
struct AlignmentCounts {
    std::size_t annotations = 0;     ///< Entity annotations read.
    std::size_t other_types = 0;     ///< Of another type than the five NerTypes (Date, Hour) — left out.
    std::size_t nested = 0;          ///< Inside (or crossing) a longer annotation of a kept type — left out.
    std::size_t kept = 0;            ///< Outermost annotations of the five types.
    std::size_t aligned = 0;         ///< Kept ones whose bounds are token bounds within one sentence.
    std::size_t not_on_tokens = 0;   ///< Kept ones whose begin or end falls inside a token.
    std::size_t across_sentences = 0;///< Kept ones that start and end in different sentences.
    std::size_t outside_text = 0;    ///< Kept ones outside every analysed sentence (dropped lines).

    AlignmentCounts& operator+=(const AlignmentCounts& other);
};

/// A typed span of a document in code points.
struct TypedTextSpan {
    std::size_t begin = 0;
    std::size_t end = 0;
    NerType type = NerType::Person;

    bool operator<(const TypedTextSpan& other) const;
    bool operator==(const TypedTextSpan& other) const {
        return begin == other.begin && end == other.end && type == other.type;
    }
};

/// The annotations a recognizer learns from `entities`: those of the five NerTypes, the
/// outermost where they nest (an Organization holding a Location keeps the Organization; of
/// two crossing ones the earlier, then longer, is kept), sorted. Adds to `counts`.
std::vector<TypedTextSpan> outermost_entities(const std::vector<BratEntity>& entities, AlignmentCounts& counts);

/// The gold spans of each sentence of the analysed `doc`, as token ranges, for the annotations
/// `spans` (from outermost_entities). Annotations that do not fall on token bounds of one sentence
/// are counted in `counts` and left out.
std::vector<std::vector<TypedSpan>> align_to_tokens(const Document& doc, const std::vector<TypedTextSpan>& spans,
                                                    AlignmentCounts& counts);

/// The code point span of the tokens [span.first, span.last) of `sentence`.
TypedTextSpan text_span(const Sentence& sentence, const TypedSpan& span);

}  // namespace trame
