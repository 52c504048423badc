// One analysed word of a sentence.
#pragma once

#include <algorithm>
#include <cstddef>
#include <ostream>
#include <string>
#include <vector>

namespace trame {

/// A surface token as the analyser leaves it: its form, lemma, part of speech and morphology, its
/// place in the dependency tree, and where it stands in the document. The fields follow the
/// CoNLL-U columns. A token that is several UD syntactic words ("du" = de + le, "auquel" = à +
/// lequel) takes lemma and UPOS from its first word, FEATS from all its words, and the head and
/// relation of the word that governs the others; its words are in Sentence::words.
struct Token {
    std::string form;               ///< FORM: the text as written in the document (NFC).
    std::string lemma;              ///< LEMMA: dictionary form; proper nouns keep their case.
    std::string upos;               ///< UPOS: NOUN PROPN VERB AUX ADJ ADV ADP DET PRON CCONJ SCONJ NUM PUNCT SYM X
    /// XPOS: the tags of the lttoolbox (apertium-fra-cat) reading that agrees with the chosen UPOS
    /// and lemma, dot-joined ("np.ant.m.sg", "vblex.pri.p3.sg"); the readings of the words of a
    /// multiword token are joined by '+'. "unk" for a word lttoolbox does not know, empty when no
    /// reading agrees. The mention finder reads its semantic tags: ant (first name), cog
    /// (surname), top (place), al (other name), acr (acronym), unk (unknown word).
    std::string xpos;
    std::vector<std::string> feats; ///< FEATS: UD features, one "Name=Value" each ("VerbForm=Inf", "Mood=Cnd").
    int head = -1;                  ///< HEAD: index of the governing token in the sentence, -1 for the root or unparsed.
    std::string deprel;             ///< DEPREL: dependency relation, empty when unparsed.
    std::size_t begin = 0;          ///< First code point of the token in the document.
    std::size_t end = 0;            ///< One past the last code point of the token in the document.
    std::size_t first_word = 0;     ///< Index of its first syntactic word in Sentence::words.
    std::size_t word_count = 1;     ///< Number of its syntactic words (> 1 for "du", "auquel").

    /// The lttoolbox part of speech (first tag of `xpos`: "n", "np", "vblex", "pr", ...).
    std::string pos() const { return xpos.substr(0, xpos.find_first_of(".+")); }
    /// True when `tag` is one of the token's lttoolbox tags (in `xpos`) or UD features ("Gender=Fem").
    bool has_tag(const std::string& tag) const {
        if (std::find(feats.begin(), feats.end(), tag) != feats.end()) return true;
        for (std::size_t start = 0; start <= xpos.size();) {
            const std::size_t stop = std::min(xpos.find_first_of(".+", start), xpos.size());
            if (xpos.compare(start, stop - start, tag) == 0) return true;
            start = stop + 1;
        }
        return false;
    }
};

/// One UD syntactic word of a sentence (a CoNLL-U line with an integer ID), for the words of
/// multiword tokens and for writing CoNLL-U; `head` is a word index, -1 for the root.
struct SyntacticWord {
    std::string form;
    std::string lemma;
    std::string upos;
    std::string xpos;
    std::string feats;   ///< FEATS as in CoNLL-U ("Gender=Masc|Number=Sing"), "_" when none.
    int head = -1;
    std::string deprel;
};

inline std::ostream& operator<<(std::ostream& out, const Token& t) {
    return out << t.form << '/' << t.lemma << '/' << t.upos << '/' << t.xpos;
}

}  // namespace trame
