// One analysed word of a sentence.
#pragma once

#include <algorithm>
#include <cstddef>
#include <ostream>
#include <string>
#include <vector>

namespace trame {

/// A token as the analyser leaves it: its surface form, lemma, part of speech and morphology, and
/// where it stands in the document. The fields follow the CoNLL-U columns so that a dependency
/// parser can fill `head` and `deprel` later and tree rules can join the token rules.
struct Token {
    std::string form;               ///< FORM: the text as written in the document (NFC).
    std::string lemma;              ///< LEMMA: dictionary form; proper nouns keep their case.
    std::string upos;               ///< UPOS: NOUN PROPN VERB AUX ADJ ADV ADP DET PRON CCONJ SCONJ NUM PUNCT SYM X
    std::string xpos;               ///< XPOS: the Apertium tag chain, dot-joined ("vblex.pri.p3.sg").
    std::vector<std::string> feats; ///< FEATS: the Apertium tags after the first one ("pri", "p3", "sg").
    int head = -1;                  ///< HEAD: index of the governing token in the sentence, -1 when unparsed.
    std::string deprel;             ///< DEPREL: dependency relation, empty when unparsed.
    std::size_t begin = 0;          ///< First code point of the token in the document.
    std::size_t end = 0;            ///< One past the last code point of the token in the document.

    /// The Apertium part of speech (first tag of `xpos`: "n", "np", "vblex", "pr", ...).
    std::string pos() const { return xpos.substr(0, xpos.find('.')); }
    /// True when `tag` is one of the token's Apertium tags (first tag or feature).
    bool has_tag(const std::string& tag) const {
        return pos() == tag || std::find(feats.begin(), feats.end(), tag) != feats.end();
    }
};

inline std::ostream& operator<<(std::ostream& out, const Token& t) {
    return out << t.form << '/' << t.lemma << '/' << t.upos << '/' << t.xpos;
}

}  // namespace trame
