#include "discourse/mention_context.h"

#include <algorithm>

#include "document/quote_marks.h"

#include "discourse/quotations.h"

namespace trame {

bool after_preposition(const Sentence& sentence, const Mention& m) {
    const std::vector<Token>& tokens = sentence.tokens;
    std::size_t i = std::min(m.first, tokens.size());
    while (i > 0 && tokens[i - 1].upos == "DET") --i;
    // A name set beside a common noun that governs it ("par la chaîne X", "selon le quotidien X")
    // is governed by what governs the noun.
    if (i == m.first && i > 0 && tokens[i - 1].upos == "NOUN") {
        for (std::size_t t = m.first; t < std::min(m.last, tokens.size()); ++t)
            if (tokens[t].head == static_cast<int>(i - 1)) {
                --i;
                while (i > 0 && tokens[i - 1].upos == "DET") --i;
                break;
            }
    }
    return i > 0 && tokens[i - 1].upos == "ADP";
}

const Mention* mention_covering(const Sentence& sentence, std::size_t token) {
    for (const Mention& m : sentence.mentions)
        if (m.first <= token && token < m.last) return &m;
    return nullptr;
}

void add_mentions(Sentence& sentence, const std::vector<Mention>& added) {
    if (added.empty()) return;
    sentence.mentions.insert(sentence.mentions.end(), added.begin(), added.end());
    std::stable_sort(sentence.mentions.begin(), sentence.mentions.end(),
                     [](const Mention& a, const Mention& b) { return a.first < b.first; });
}

Mention resolved_mention(const Sentence& sentence, const Mention& antecedent, std::size_t first, std::size_t last,
                         const std::string& kind, double confidence) {
    Mention mention = antecedent;
    mention.first = first;
    mention.last = last;
    mention.text.clear();
    for (std::size_t k = first; k < last; ++k) mention.text += (k > first ? " " : "") + sentence.tokens[k].form;
    mention.title.clear();
    mention.demonym = false;
    mention.pronoun = true;  // "l'organisation", "ce dernier" name nobody: no label for the entity
    mention.description = false;
    mention.resolution = kind;
    mention.resolution_confidence = confidence;
    return mention;
}

bool known_woman(const Sentence& sentence, const Mention& m) {
    if (m.title == "Mme" || m.title == "Madame" || m.title == "Mlle") return true;
    if (m.first >= m.last || m.first >= sentence.tokens.size()) return false;
    const Token& first = sentence.tokens[m.first];
    return first.has_tag("f") && !first.has_tag("m") && !first.has_tag("mf");
}

bool verbless(const Sentence& sentence) {
    return std::none_of(sentence.tokens.begin(), sentence.tokens.end(),
                        [](const Token& t) { return t.upos == "VERB" || t.upos == "AUX"; });
}

std::vector<bool> quoted_tokens(const Document& doc, std::size_t index) {
    const Sentence& sentence = doc.sentences[index];
    std::vector<bool> quoted(sentence.tokens.size(), false);
    bool inside = quotation_open_before(doc, index);
    for (std::size_t i = 0; i < sentence.tokens.size(); ++i) {
        const QuoteMark mark = quote_mark(sentence.tokens[i].form);
        if (mark == QuoteMark::None || mark == QuoteMark::Nested) quoted[i] = inside;
        else inside = open_after_mark(mark, inside);
    }
    return quoted;
}

}  // namespace trame
