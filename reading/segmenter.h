// Splitting a document's paragraphs into sentences.
//
//     Segmenter segmenter;
//     segmenter.segment(doc);   // fills doc.sentences from doc.paragraphs
#pragma once

#include <cstddef>
#include <memory>

#include <unicode/brkiter.h>

#include "document/document.h"

namespace trame {

/// The sentence splitter: ICU's sentence rules for French with the CLDR abbreviation list ("M.",
/// "MM." do not end a sentence), each paragraph being a hard boundary. A break before a lower-case
/// letter (« Prêts ! » a-t-il dit) is undone, and a sentence longer than kMaxLength code points is cut
/// at its last white space before the limit (or at the limit when a single word is longer).
/// The ICU iterator is built once; a Segmenter must therefore not be used by two threads at once.
class Segmenter {
public:
    static constexpr std::size_t kMaxLength = 2000;

    Segmenter();

    /// Replaces doc.sentences with the sentences of doc.paragraphs, in order, numbered from 0, with
    /// their code point spans in doc.text and their trimmed text. The last sentence of a paragraph
    /// without final punctuation (. ! ? …, possibly followed by closing quotes or brackets) is a headline.
    void segment(Document& doc) const;

private:
    std::unique_ptr<icu::BreakIterator> breaker_;
};

}  // namespace trame
