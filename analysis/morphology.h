// lttoolbox candidate analyses of UD words, for the tagger's features and the lemmatizer: each
// word is looked up alone in apertium-fra-cat's analyser, and its readings are mapped to the
// UPOS they can stand for.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace trame::apertium {
class MorphAnalyser;
}

namespace trame::ud {

/// The 17 UD part-of-speech tags, in a fixed order (their index is the tagger's class).
const std::vector<std::string>& upos_tags();
/// Index of a UPOS in upos_tags(), or -1.
int upos_index(const std::string& upos);

/// One lttoolbox reading of a word: its lemma, its tags ("vblex", "pri", "p3", "sg") and the
/// UPOS it may stand for, as a bit set over upos_tags().
struct MorphCandidate {
    std::string lemma;
    std::vector<std::string> tags;
    std::uint32_t upos_mask = 0;
};

/// All readings of one word form, with the hashes the tagger uses as features.
struct MorphEntry {
    std::vector<MorphCandidate> candidates;  ///< Empty for a word lttoolbox does not know.
    std::uint32_t upos_mask = 0;             ///< Union of the candidates' masks.
    std::uint64_t coarse = 0;                ///< Hash of the sorted set of first tags ("n|vblex").
    std::uint64_t fine = 0;                  ///< Hash of the sorted set of full tag strings.
};

/// The UPOS bit set an Apertium part-of-speech tag may stand for (0 for an unknown tag).
std::uint32_t upos_mask_of_apertium(const std::string& first_tag);

/// Looks words up in an lttoolbox analyser. Results are memoized per form (the memo only saves
/// time: a form gets the same entry whenever it is looked up). Not safe to share between threads:
/// give each thread its own Morphology.
class Morphology {
public:
    /// Loads an .automorf.bin; throws std::runtime_error when it cannot.
    explicit Morphology(const std::string& automorf_path);
    ~Morphology();
    Morphology(const Morphology&) = delete;
    Morphology& operator=(const Morphology&) = delete;

    /// The entry of each form, in order.
    std::vector<std::shared_ptr<const MorphEntry>> lookup(const std::vector<std::string>& forms);

private:
    std::unique_ptr<apertium::MorphAnalyser> analyser_;
    std::unordered_map<std::string, std::shared_ptr<const MorphEntry>> memo_;
};

/// Builds an entry from readings (used by lookup, and by tests that need no lttoolbox).
MorphEntry make_entry(std::vector<MorphCandidate> candidates);

}  // namespace trame::ud
