// The analysis stage: tokens, lemmas, parts of speech and morphology for every sentence.
#pragma once

#include <memory>
#include <string>

#include "document/document.h"

#ifndef TRAME_APERTIUM_DIR
#define TRAME_APERTIUM_DIR "/usr/share/apertium/apertium-fra-cat"
#endif

namespace trame {

/// The French morphological analyser and tagger, loaded once and applied to many documents.
///
/// It runs Apertium's French pipeline in-process: the lttoolbox analyser (fra-cat.automorf.bin,
/// like `lt-proc -w`), the CG-3 disambiguation grammar (fra-cat.rlx.bin, one window per
/// Sentence) and the HMM tagger (fra-cat.prob). It then repairs what the pipeline leaves out:
/// quotes and symbols kept as tokens, digit groups ("12 300") joined into one number, acronyms and
/// unknown capitalised words made proper nouns, '#' removed from multiword lemmas.
///
/// Not thread-safe: CG-3 and the HMM tagger keep global state. Use one Analyser per process (or
/// several in sequence) and run documents one after the other; for parallelism use processes.
///
///     trame::Analyser analyser;
///     analyser.analyse(doc);   // doc.sentences[i].tokens are now filled
class Analyser {
public:
    /// Loads fra-cat.automorf.bin, fra-cat.rlx.bin and fra-cat.prob from `apertium_dir`.
    /// Throws std::runtime_error naming the missing file and the Debian package (apertium-fra-cat)
    /// when a file is absent, or the failing library call when a file cannot be loaded.
    explicit Analyser(const std::string& apertium_dir = TRAME_APERTIUM_DIR);
    ~Analyser();
    Analyser(const Analyser&) = delete;
    Analyser& operator=(const Analyser&) = delete;

    /// Fills Sentence::tokens of every sentence of `doc`; the sentences must already have their
    /// text, begin and end (set by the segmenter). Tokens never cross a sentence boundary, and the
    /// document's code points [token.begin, token.end) are exactly token.form.
    /// Throws std::runtime_error when a library call fails.
    void analyse(Document& doc);

private:
    class Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace trame
