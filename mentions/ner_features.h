// The features the named-entity recognizer reads from an analysed sentence.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "mentions/gazetteer.h"
#include "document/token.h"
#include "mentions/bilou.h"

namespace trame {

/// Turns the tokens of a sentence, as trame's analyser gives them, into the features of each
/// token: its form, lower-cased form, prefixes and suffixes, word shape, capitalization, position
/// in the sentence, lemma, UPOS and Apertium tags, the same for its neighbours, the nearest
/// common noun before it ("président", "ville"), and whether a
/// gazetteer name (with its type) or an adjective of nationality covers it. Each feature is a
/// string "kind=value"; the recognizer uses their 64-bit hashes.
///
/// kVersion changes whenever the features change, so that a model trained on other features is
/// refused rather than read wrongly.
class NerFeatures {
public:
    static constexpr std::uint32_t kVersion = 3;

    /// Features without a gazetteer when `gazetteer` is null; it must outlive this object.
    explicit NerFeatures(const Gazetteer* gazetteer) : gazetteer_(gazetteer) {}

    /// The features of each token of `tokens`, as readable strings.
    std::vector<std::vector<std::string>> describe(const std::vector<Token>& tokens) const;
    /// The hashed features of each token of `tokens` (hash() of each string of describe()).
    std::vector<std::vector<std::uint64_t>> extract(const std::vector<Token>& tokens) const;

    /// The features of the second, document-wide pass, for each token of each sentence of a
    /// document, from the names `first_pass` found in it: the token's first-pass label and its
    /// neighbours', and, for a capitalised word, the type the first pass gave most often to the
    /// names holding the same word anywhere in the document ("doc=Person"), or "doc=none".
    static std::vector<std::vector<std::vector<std::string>>> document_features(
        const std::vector<const std::vector<Token>*>& sentences, const std::vector<std::vector<TypedSpan>>& first_pass);

    /// The 64-bit FNV-1a hash of `feature`, the same on every platform.
    static std::uint64_t hash(const std::string& feature);

    /// The word shape of `form`: upper-case letters as X, lower-case as x, digits as d, other
    /// characters as themselves, at most 4 of a kind in a row ("Xxxx", "dddd-dd", "X.X.").
    static std::string shape(const std::string& form);
    /// The shape with each run of a kind collapsed to one character ("Xx", "d-d", "X.X.").
    static std::string short_shape(const std::string& form);

private:
    /// For each token, "Type-Part" of the gazetteer name covering it ("Country-B"), or "".
    std::vector<std::string> gazetteer_marks(const std::vector<Token>& tokens) const;

    const Gazetteer* gazetteer_;
};

}  // namespace trame
