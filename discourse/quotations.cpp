#include "discourse/quotations.h"

#include <string>

#include "document/utf8.h"

namespace trame {

namespace {

constexpr std::size_t kLongestQuotation = 5;  // sentences; past that an unclosed mark is a typo

enum class Mark { None, Open, Close, Either };

Mark mark_of(const Token& token) {
    if (token.form == "«" || token.form == "“") return Mark::Open;
    if (token.form == "»" || token.form == "”") return Mark::Close;
    if (token.form == "\"") return Mark::Either;
    return Mark::None;
}

/// Whether a quotation is still open after the sentence, given whether it was open before it.
bool open_after(const Sentence& sentence, bool open) {
    for (const Token& token : sentence.tokens) {
        const Mark mark = mark_of(token);
        if (mark == Mark::Open) open = true;
        else if (mark == Mark::Close) open = false;
        else if (mark == Mark::Either) open = !open;
    }
    return open;
}

/// The quoted words of a sentence inside a quotation: after its opening mark, before its closing
/// mark, or all of it; as an argument with document offsets.
Argument quoted_part(const Sentence& sentence, bool open_before) {
    std::size_t first = 0, last = sentence.tokens.size();
    if (!open_before)
        for (std::size_t i = 0; i < last; ++i)
            if (mark_of(sentence.tokens[i]) != Mark::None) {
                first = i + 1;
                break;
            }
    for (std::size_t i = first; i < last; ++i)
        if (mark_of(sentence.tokens[i]) != Mark::None) {
            last = i;
            break;
        }
    while (last > first && sentence.tokens[last - 1].upos == "PUNCT" && sentence.tokens[last - 1].form != "?" &&
           sentence.tokens[last - 1].form != "!")
        --last;
    Argument argument;
    if (first >= last) return argument;
    argument.begin = sentence.tokens[first].begin;
    argument.end = sentence.tokens[last - 1].end;
    const std::size_t from = utf8_byte_offset(sentence.text, argument.begin - sentence.begin);
    const std::size_t to = utf8_byte_offset(sentence.text, argument.end - sentence.begin);
    argument.text = sentence.text.substr(from, to - from);
    return argument;
}

const Fact* speaker_in(const std::vector<Fact>& facts, std::size_t first, std::size_t last) {
    for (const Fact& fact : facts)
        if (fact.predicate == "says" && fact.subject.is_entity() && fact.sentence >= first && fact.sentence <= last)
            return &fact;
    return nullptr;
}

bool has_says(const std::vector<Fact>& facts, std::size_t sentence, const Argument& speaker) {
    for (const Fact& fact : facts)
        if (fact.sentence == sentence && fact.predicate == "says" &&
            ((fact.subject.mention_sentence == speaker.mention_sentence && fact.subject.mention == speaker.mention) ||
             fact.subject.text == speaker.text))
            return true;
    return false;
}

}  // namespace

void attribute_quotations(const Document& doc, std::vector<Fact>& facts) {
    std::vector<Fact> added;
    const auto& sentences = doc.sentences;
    for (std::size_t first = 0; first < sentences.size(); ++first) {
        if (!open_after(sentences[first], false)) continue;
        std::size_t last = first + 1;  // the sentence that closes the quotation
        bool open = true;
        while (last < sentences.size() && last - first < kLongestQuotation && (open = open_after(sentences[last], true)))
            ++last;
        if (last >= sentences.size() || open) continue;
        const Fact* said = speaker_in(facts, first, last);
        if (!said) continue;
        for (std::size_t k = first; k <= last; ++k) {
            if (has_says(facts, k, said->subject)) continue;
            Fact fact = *said;
            fact.object = quoted_part(sentences[k], k != first);
            if (fact.object.text.empty()) continue;
            fact.sentence = k;
            fact.rule = "says-quotation-continued";
            fact.negated = false;
            fact.modality = Modality::Asserted;
            added.push_back(std::move(fact));
        }
        first = last;
    }
    facts.insert(facts.end(), added.begin(), added.end());
}

}  // namespace trame
