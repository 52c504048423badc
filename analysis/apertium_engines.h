// Thin in-process wrappers over the three Apertium stages: lttoolbox, CG-3 and the HMM tagger.
// Internal to the analyser: the library headers stay in apertium_engines.cpp.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "analysis/apertium_stream.h"

class FSTProcessor;
class HMM;
namespace Apertium {
class TaggerFlags;
}

namespace trame::apertium {

/// The lttoolbox morphological analyser in dictionary case mode (`lt-proc -w -z`).
class MorphAnalyser {
public:
    /// Loads an .automorf.bin file; throws std::runtime_error when it cannot.
    explicit MorphAnalyser(const std::string& path);
    ~MorphAnalyser();
    /// Analyses escaped chunks in one call; returns the output stream of each chunk, in order.
    std::vector<std::string> analyse(const std::vector<std::string>& escaped_chunks);

private:
    std::unique_ptr<FSTProcessor> fst_;
};

/// The CG-3 disambiguation grammar, applied to one window of lexical units at a time the way
/// cg-proc does (a sub-reading per '+' part, `<<<` on the last cohort).
class ConstraintGrammar {
public:
    /// Loads a compiled .rlx.bin grammar; throws std::runtime_error when it cannot.
    explicit ConstraintGrammar(const std::string& path);
    ~ConstraintGrammar();
    ConstraintGrammar(const ConstraintGrammar&) = delete;
    ConstraintGrammar& operator=(const ConstraintGrammar&) = delete;
    /// Removes from units [first, last) the analyses the grammar discards.
    void disambiguate(std::vector<LexicalUnit>& units, std::size_t first, std::size_t last);

private:
    void* tag(const std::string& text);
    void add_tag(void* reading, const std::string& text);
    void add_part(void* reading, const AnalysisPart& part);
    void* make_reading(void* cohort, const std::string& analysis, bool window_end);

    void* grammar_ = nullptr;
    void* applicator_ = nullptr;
    std::unordered_map<std::string, void*> tags_;
};

/// The Apertium HMM part-of-speech tagger (`apertium-tagger -g -p`).
class HmmTagger {
public:
    /// Loads a .prob file; throws std::runtime_error when it cannot.
    explicit HmmTagger(const std::string& path);
    ~HmmTagger();
    /// Tags a stream of units ("^sf/a1/a2$ ^sf/a$ ...") and returns the output stream, one
    /// "^sf/analysis$" per unit. The last unit must be unambiguous, or the tagger holds it back.
    std::string tag(const std::string& stream);

private:
    std::unique_ptr<Apertium::TaggerFlags> flags_;
    std::unique_ptr<HMM> hmm_;
};

}  // namespace trame::apertium
