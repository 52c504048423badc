// Builds analysed sentences by hand for the tests of the stages after the analyser.
#pragma once

#include <sstream>
#include <string>
#include <vector>

#include "document/mention_builder.h"
#include "document/sentence.h"

namespace trame::testing {

/// A sentence from "form/lemma/UPOS/xpos[/FEATS]" items separated by spaces ("_" in a form stands
/// for a space; FEATS as in CoNLL-U: "Mood=Cnd|Number=Sing"). Offsets are consecutive code points, one space apart; the text is rebuilt from them.
inline Sentence make_sentence(const std::string& items) {
    Sentence sentence;
    std::istringstream in(items);
    std::string item;
    std::size_t offset = 0;
    while (in >> item) {
        std::vector<std::string> parts;
        std::istringstream fields(item);
        for (std::string part; std::getline(fields, part, '/');) parts.push_back(part);
        parts.resize(5);
        Token token;
        token.form = parts[0];
        for (char& c : token.form)
            if (c == '_') c = ' ';
        token.lemma = parts[1].empty() ? token.form : parts[1];
        token.upos = parts[2];
        token.xpos = parts[3].empty() ? "x" : parts[3];
        std::istringstream feats(parts[4]);
        for (std::string feat; std::getline(feats, feat, '|');) token.feats.push_back(feat);
        if (!sentence.text.empty()) {
            sentence.text += ' ';
            ++offset;
        }
        token.begin = offset;
        std::size_t length = 0;
        for (unsigned char c : token.form) length += (c & 0xC0) != 0x80;
        offset += length;
        token.end = offset;
        sentence.text += token.form;
        sentence.tokens.push_back(token);
    }
    sentence.end = offset;
    return sentence;
}

/// Gives the sentence a dependency tree: one "HEAD:DEPREL" item per token, HEAD counted from 1 as
/// in CoNLL-U (0 for the root): "2:det 3:nsubj 0:root".
inline void add_tree(Sentence& sentence, const std::string& arcs) {
    std::istringstream in(arcs);
    std::string arc;
    for (Token& token : sentence.tokens) {
        if (!(in >> arc)) break;
        const std::size_t colon = arc.find(':');
        token.head = std::stoi(arc.substr(0, colon)) - 1;
        token.deprel = arc.substr(colon + 1);
    }
}

/// Adds a mention over tokens [first, last) of the sentence.
inline void add_mention(Sentence& sentence, std::size_t first, std::size_t last, EntityType type,
                        bool demonym = false, const std::string& canonical = "") {
    std::string text;
    for (std::size_t i = first; i < last; ++i) text += (i > first ? " " : "") + sentence.tokens[i].form;
    Mention mention = named_mention(text, text, canonical.empty() ? text : canonical, type);
    mention.first = first;
    mention.last = last;
    mention.demonym = demonym;
    sentence.mentions.push_back(mention);
}

}  // namespace trame::testing
