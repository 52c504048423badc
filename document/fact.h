// A fact found by a rule in one sentence.
#pragma once

#include <cstddef>
#include <cstdint>
#include <ostream>
#include <string>

namespace trame {

/// How the text presents a fact: as true, or as wanted, planned, possible, conditional or future.
enum class Modality { Asserted, Hypothetical };

inline const char* to_string(Modality m) { return m == Modality::Asserted ? "asserted" : "hypothetical"; }

/// One end of a fact: an entity (by its mention: index `mention` in sentence `mention_sentence` of
/// the document) or a phrase.
struct Argument {
    int mention = -1;           ///< Index into Sentence::mentions, or -1 for a literal phrase.
    std::string text;           ///< The mention's text, or the phrase.
    std::size_t begin = 0;      ///< First code point of the argument in the document.
    std::size_t end = 0;        ///< One past its last code point.
    bool event = false;         ///< A phrase naming an event ("l'offensive en Ukraine") to become an Event entity.
    std::size_t mention_sentence = 0;  ///< Index of the sentence that holds the mention (so far always
                                       ///< the fact's own: a copied speaker gets a mention there).
    bool is_entity() const { return mention >= 0; }
};

/// A raw fact: subject, predicate, object, polarity and modality, the rule that made it and the
/// sentence it comes from. `predicate` is a core local name ("demands") or "open:" + a French lemma.
struct Fact {
    Argument subject;
    std::string predicate;
    Argument object;
    bool negated = false;
    Modality modality = Modality::Asserted;
    double confidence = 0.5;    ///< In [0, 1]; set by the rule.
    std::string rule;           ///< Identifier of the rule that produced the fact.
    std::size_t sentence = 0;   ///< Index of the sentence in its document.
    std::string resolution;     ///< The discourse resolution that gave an argument ("pronoun", "quote-continuation"…), else empty.
};

inline std::ostream& operator<<(std::ostream& out, const Fact& f) {
    out << '(' << f.subject.text << ", " << (f.negated ? "NOT " : "") << f.predicate << ", \"" << f.object.text
        << "\"";
    if (f.modality == Modality::Hypothetical) out << ", hypothetical";
    return out << ')';
}

}  // namespace trame
