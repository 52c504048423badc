// One sentence of a document, with its tokens and mentions.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "document/mention.h"
#include "document/token.h"

namespace trame {

/// A sentence (or headline) of a document: its exact text, its place in the document in code
/// points, its analysed tokens and the entity mentions found in them.
struct Sentence {
    std::size_t index = 0;          ///< Position of the sentence in its document, from 0.
    std::size_t begin = 0;          ///< First code point of the sentence in the document.
    std::size_t end = 0;            ///< One past its last code point.
    std::string text;               ///< The sentence text exactly as in the document (UTF-8, NFC).
    bool headline = false;          ///< True for a title line without final punctuation.
    std::vector<Token> tokens;      ///< Analysed tokens, in order, offsets inside [begin, end).
    std::vector<SyntacticWord> words;  ///< The UD words of the tokens (Token::first_word, word_count).
    std::vector<Mention> mentions;  ///< Entity mentions, ordered by first token.
};

}  // namespace trame
