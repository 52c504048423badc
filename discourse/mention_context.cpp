#include "discourse/mention_context.h"

#include "document/quote_marks.h"

#include "discourse/quotations.h"

namespace trame {

bool after_preposition(const Sentence& sentence, const Mention& m) {
    std::size_t i = std::min(m.first, sentence.tokens.size());
    while (i > 0 && sentence.tokens[i - 1].upos == "DET") --i;
    return i > 0 && sentence.tokens[i - 1].upos == "ADP";
}

bool known_woman(const Sentence& sentence, const Mention& m) {
    if (m.title == "Mme" || m.title == "Madame" || m.title == "Mlle") return true;
    if (m.first >= m.last || m.first >= sentence.tokens.size()) return false;
    const Token& first = sentence.tokens[m.first];
    return first.has_tag("f") && !first.has_tag("m") && !first.has_tag("mf");
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
