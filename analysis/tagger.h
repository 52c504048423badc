// The tagger and lemmatizer: UPOS (greedy left to right), UD FEATS (one choice per feature name
// the UPOS allows) and LEMMA (an lttoolbox reading that fits the UPOS, else a learned suffix edit;
// pronouns and determiners always take the learned edit, as the treebanks lemmatize "il" as
// "lui"), each an averaged perceptron over hashed features.
#pragma once

#include <cstdint>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "analysis/morphology.h"
#include "analysis/ud.h"
#include "learn/perceptron.h"

namespace trame::ud {

/// Sizes and schedule of tagger training.
struct TaggerOptions {
    unsigned upos_bits = 18;   ///< log2 of the UPOS model's feature slots.
    unsigned feats_bits = 15;  ///< log2 of the FEATS model's feature slots.
    unsigned lemma_bits = 13;  ///< log2 of the lemma-edit model's feature slots.
    int epochs = 10;           ///< At most this many passes; the best on the dev set is kept.
    std::uint64_t seed = 1;    ///< Shuffling seed.
    int min_edit_count = 2;    ///< Lemma edits seen fewer times are not classes.
};

/// Morphology entries of each word of each sentence, in order.
using SentenceMorphology = std::vector<std::shared_ptr<const MorphEntry>>;

/// A trained tagger. Inference is const and keeps no state between sentences.
class Tagger {
public:
    /// Trains on `train` (gold UPOS, FEATS, LEMMA), picking epochs on `dev` when it is not empty.
    /// `log` (may be null) receives one line per epoch.
    static Tagger train(const std::vector<Sentence>& train, const std::vector<SentenceMorphology>& train_morph,
                        const std::vector<Sentence>& dev, const std::vector<SentenceMorphology>& dev_morph,
                        const TaggerOptions& options, std::ostream* log);

    /// Sets upos, feats and lemma of every word from the forms (and `morph`, one entry per word).
    void tag(Sentence& sentence, const SentenceMorphology& morph) const;

    void save(const std::string& path) const;
    /// Throws learn::ModelError naming the file when it is missing, truncated or not a tagger.
    static Tagger load(const std::string& path);

    /// The lemma edit class turning `form` into `lemma` ("L2|er": lower-case, drop 2 code points,
    /// add "er"), and its application ("" when it does not apply).
    static std::string edit_class(const std::string& form, const std::string& lemma);
    static std::string apply_edit(const std::string& form, const std::string& edit);

    struct Context;  // per-sentence feature values (internal)

private:
    void predict_upos(const Context& c, std::vector<int>& upos) const;
    std::string predict_feats(const Context& c, std::size_t i, const std::vector<int>& upos, std::uint64_t prev_feats) const;

    learn::Perceptron upos_;
    learn::Perceptron feats_;
    learn::Perceptron lemma_;
    std::vector<std::string> group_names_;                 ///< Feature names ("Gender").
    std::vector<std::vector<std::string>> group_values_;   ///< Values per name; [0] is "none".
    std::vector<std::size_t> group_offset_;                ///< First class of each name.
    std::vector<std::vector<bool>> applicable_;            ///< [upos][group].
    std::vector<std::string> edits_;                       ///< Lemma edit classes.

    friend struct TaggerTrainer;
};

}  // namespace trame::ud
