// Sentences in Universal Dependencies terms: surface tokens, the syntactic words they split into,
// and the ten CoNLL-U columns of each word. The tokenizer, tagger, parser, CoNLL-U reader and
// writer and the UD scorer all speak these types.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace trame::ud {

/// One syntactic word (a CoNLL-U line with an integer ID). Ids are implicit: word i of a sentence
/// has ID i + 1; `head` is the index of the governing word, -1 for the root, -2 before parsing.
struct Word {
    std::string form;    ///< FORM: the word ("de", "le" for the token "du").
    std::string lemma;   ///< LEMMA, "_" when unknown.
    std::string upos;    ///< UPOS, "_" when untagged.
    std::string xpos;    ///< XPOS, "_" when absent.
    std::string feats;   ///< FEATS as in CoNLL-U ("Gender=Masc|Number=Sing"), "_" when none.
    int head = -2;       ///< HEAD as a word index; -1 is the root; -2 means not parsed.
    std::string deprel;  ///< DEPREL ("nsubj", "obl:agent"), "_" when not parsed.
    std::string misc;    ///< MISC, "_" when empty.
};

/// One surface token: a range of words, more than one for a multiword token ("du" = de + le,
/// "auquel" = à + lequel). Offsets are code points in the source text, when known.
struct Token {
    std::string form;           ///< The token as written ("du", "-t-il", "12 300").
    std::size_t first_word = 0; ///< Index of its first word in Sentence::words.
    std::size_t word_count = 1; ///< Number of words; > 1 for a multiword token.
    std::size_t begin = 0;      ///< First code point in the source text.
    std::size_t end = 0;        ///< One past the last code point.
    bool space_after = true;    ///< False when SpaceAfter=No.
};

/// A sentence: its text, its tokens and its words, with the comment lines of a CoNLL-U block.
struct Sentence {
    std::vector<std::string> comments;  ///< "# sent_id = …", "# text = …" without the "# ".
    std::string text;                   ///< The sentence text, when known.
    std::vector<Token> tokens;          ///< Surface tokens, in order.
    std::vector<Word> words;            ///< Syntactic words, in order.
};

}  // namespace trame::ud
