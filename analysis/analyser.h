// The analysis stage: tokens, syntactic words, lemmas, parts of speech, morphology and the
// dependency tree of every sentence, from the UD tokenizer and the trained tagger and parser.
#pragma once

#include <memory>
#include <string>

#include "analysis/ud.h"
#include "document/document.h"

#ifndef TRAME_APERTIUM_DIR
#define TRAME_APERTIUM_DIR "/usr/share/apertium/apertium-fra-cat"
#endif

namespace trame {

/// The French analyser, loaded once and applied to many documents: each sentence the segmenter
/// made is cut into UD tokens and words (analysis/tokenizer), whose lemma, UPOS, FEATS, head and
/// relation come from the trained tagger and parser (analysis/syntax); lttoolbox
/// (fra-cat.automorf.bin) gives the morphology candidates, and XPOS is the tag chain of the
/// lttoolbox reading that agrees with the chosen UPOS and lemma (see Token). Sentence::tokens are
/// the surface tokens ("du" is one token) and Sentence::words the syntactic words ("de", "le").
///
/// A sentence's analysis depends on its text alone: nothing is kept between sentences or
/// documents (the lttoolbox memo is keyed by form and gives the same entry every time).
/// Not thread-safe (ICU iterator, lttoolbox memo): give each thread its own Analyser.
///
///     trame::Analyser analyser(TRAME_DATA_DIR);
///     analyser.analyse(doc);   // doc.sentences[i].tokens and .words are now filled
class Analyser {
public:
    /// Loads DATA/lexicons (tokenizer lists), DATA/models/{tagger,parser}.model and the lttoolbox
    /// analyser `automorf_path`; throws naming the file that is missing or broken.
    explicit Analyser(const std::string& data_dir,
                      const std::string& automorf_path = TRAME_APERTIUM_DIR "/fra-cat.automorf.bin");
    ~Analyser();
    Analyser(const Analyser&) = delete;
    Analyser& operator=(const Analyser&) = delete;

    /// Fills Sentence::tokens and Sentence::words of every sentence of `doc`; the sentences must
    /// already have their text, begin and end (set by the segmenter). Tokens never cross a
    /// sentence boundary, and the document's code points [token.begin, token.end) are exactly
    /// token.form.
    void analyse(Document& doc);

    /// Analyses one sentence (its text and begin must be set).
    void analyse(Sentence& sentence);

    /// Tags and parses the words of a sentence as given (a CoNLL-U sentence read with
    /// ud::read_conllu): LEMMA, UPOS, XPOS, FEATS, HEAD and DEPREL are set as `analyse` sets
    /// them, whatever they held; the forms, tokens, comments and MISC stay.
    void analyse_words(ud::Sentence& sentence);

private:
    class Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace trame
