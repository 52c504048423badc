#include "discourse/quotations.h"

#include "document/quote_marks.h"

#include <algorithm>
#include <string>

#include "discourse/mention_context.h"
#include "discourse/resolution_confidence.h"
#include "document/utf8.h"

namespace trame {

namespace {

constexpr std::size_t kLongestQuotation = 5;  // sentences; past that an unclosed mark is a typo

using Mark = QuoteMark;

/// The mark a token is for the outer quotation (a nested ‹ › is none).
Mark mark_of(const Token& token) {
    const Mark mark = quote_mark(token.form);
    return mark == Mark::Nested ? Mark::None : mark;
}

/// Whether a quotation is still open after the sentence, given whether it was open before it.
bool open_after(const Sentence& sentence, bool open) {
    for (const Token& token : sentence.tokens) {
        open = open_after_mark(mark_of(token), open);
    }
    return open;
}

/// The quoted words of a sentence inside a quotation: after its opening mark (the first from
/// token `from`), before its closing mark, or all of it; as an argument with document offsets.
Argument quoted_part(const Sentence& sentence, bool open_before, std::size_t start = 0) {
    std::size_t first = 0, last = sentence.tokens.size();
    if (!open_before)
        for (std::size_t i = start; i < last; ++i)
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

/// The index of a mention of the speaker in sentence `k`: the one the speaker's fact names when it
/// is of that sentence, else one added at the end of the sentence (an empty span after its last
/// token, marked resolution "quote-speaker"), so that the copied fact names a mention of its own
/// sentence.
int speaker_mention(Document& doc, const Fact& said, std::size_t k) {
    if (k == said.sentence) return said.subject.mention;
    Sentence& sentence = doc.sentences[k];
    const Sentence& source = doc.sentences[said.sentence];
    Mention mention = source.mentions[said.subject.mention];
    mention.first = mention.last = sentence.tokens.size();
    mention.pronoun = true;  // not a name written in this sentence
    mention.description = false;
    mention.resolution = "quote-speaker";
    mention.resolution_confidence = resolution_confidence::kQuoteSpeaker;
    for (std::size_t m = 0; m < sentence.mentions.size(); ++m)
        if (sentence.mentions[m].resolution == "quote-speaker" && sentence.mentions[m].canonical == mention.canonical)
            return static_cast<int>(m);
    sentence.mentions.push_back(std::move(mention));
    return static_cast<int>(sentence.mentions.size() - 1);
}

}  // namespace

void attribute_colon_quotations(Document& doc, std::vector<Fact>& facts) {
    std::vector<Fact> added;
    for (Sentence& sentence : doc.sentences) {
        const auto& tokens = sentence.tokens;
        std::size_t colon = 0;
        while (colon + 1 < tokens.size() && !(tokens[colon].form == ":" && (mark_of(tokens[colon + 1]) == Mark::Open ||
                                                                             mark_of(tokens[colon + 1]) == Mark::Either)))
            ++colon;
        if (colon + 1 >= tokens.size()) continue;
        const std::vector<bool> quoted = quoted_tokens(doc, sentence.index);
        int speaker = -1;
        bool several = false;
        for (std::size_t m = 0; m < sentence.mentions.size(); ++m) {
            const Mention& mention = sentence.mentions[m];
            if (mention.first >= mention.last || mention.last > colon || quoted[mention.first] || mention.demonym ||
                (mention.type != EntityType::Person && mention.type != EntityType::Organization) ||
                after_preposition(sentence, mention))
                continue;
            if (speaker >= 0) several = true;
            else speaker = static_cast<int>(m);
        }
        if (speaker < 0 || several) continue;  // nobody, or nobody in particular
        const bool said = std::any_of(facts.begin(), facts.end(), [&](const Fact& f) {
            return f.sentence == sentence.index && f.predicate == "says" && f.object.begin >= tokens[colon].end;
        });
        if (said) continue;
        Fact fact;
        const Mention& who = sentence.mentions[speaker];
        fact.subject = {speaker, who.text, tokens[who.first].begin, tokens[who.last - 1].end};
        fact.predicate = "says";
        fact.object = quoted_part(sentence, false, colon + 1);
        if (fact.object.text.empty()) continue;
        fact.confidence = 0.7;
        fact.rule = "says-colon-quotation";
        fact.resolution = "quote-speaker";
        fact.sentence = sentence.index;
        fact.subject.mention_sentence = sentence.index;
        added.push_back(std::move(fact));
    }
    facts.insert(facts.end(), added.begin(), added.end());
}

bool quotation_open_before(const Document& doc, std::size_t index) {
    // A quotation runs over at most kLongestQuotation sentences, so the sentences before those
    // cannot leave one open: reading from there keeps the cost constant in long documents.
    bool open = false;
    std::size_t length = 0;  // sentences the open quotation has run over
    for (std::size_t k = index > kLongestQuotation ? index - kLongestQuotation : 0; k < index && k < doc.sentences.size(); ++k) {
        open = open_after(doc.sentences[k], open);
        length = open ? length + 1 : 0;
        if (length >= kLongestQuotation) open = false, length = 0;  // an unclosed mark is a typo
    }
    return open;
}

void attribute_quotations(Document& doc, std::vector<Fact>& facts) {
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
        if (!said || static_cast<std::size_t>(said->subject.mention) >= sentences[said->sentence].mentions.size()) continue;
        for (std::size_t k = first; k <= last; ++k) {
            if (has_says(facts, k, said->subject)) continue;
            Fact fact = *said;
            fact.object = quoted_part(sentences[k], k != first);
            if (fact.object.text.empty()) continue;
            fact.sentence = k;
            fact.subject.mention = speaker_mention(doc, *said, k);
            fact.subject.mention_sentence = k;
            fact.rule = "says-quotation-continued";
            if (k != said->sentence) fact.resolution = "quote-continuation";
            fact.negated = false;
            fact.modality = Modality::Asserted;
            added.push_back(std::move(fact));
        }
        first = last;
    }
    facts.insert(facts.end(), added.begin(), added.end());
}

}  // namespace trame
