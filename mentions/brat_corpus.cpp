#include "mentions/brat_corpus.h"

#include <algorithm>
#include <fstream>
#include <stdexcept>
#include <tuple>

namespace trame {

namespace {

std::size_t parse_offset(const std::string& text, const std::string& where) {
    if (text.empty() || text.find_first_not_of("0123456789") != std::string::npos)
        throw std::runtime_error(where + ": offset '" + text + "' is not a number");
    return static_cast<std::size_t>(std::stoull(text));
}

}  // namespace

AlignmentCounts& AlignmentCounts::operator+=(const AlignmentCounts& other) {
    annotations += other.annotations;
    other_types += other.other_types;
    nested += other.nested;
    kept += other.kept;
    aligned += other.aligned;
    not_on_tokens += other.not_on_tokens;
    across_sentences += other.across_sentences;
    outside_text += other.outside_text;
    return *this;
}

bool TypedTextSpan::operator<(const TypedTextSpan& other) const {
    return std::make_tuple(begin, end, static_cast<int>(type)) <
           std::make_tuple(other.begin, other.end, static_cast<int>(other.type));
}

std::vector<BratEntity> read_brat_entities(const std::string& path) {
    std::ifstream in(path);
    if (!in) throw std::runtime_error(path + ": cannot read the annotation file");
    std::vector<BratEntity> entities;
    std::string line;
    for (std::size_t number = 1; std::getline(in, line); ++number) {
        if (line.empty() || line[0] != 'T') continue;
        const std::string where = path + ":" + std::to_string(number);
        const std::size_t tab1 = line.find('\t');
        const std::size_t tab2 = tab1 == std::string::npos ? tab1 : line.find('\t', tab1 + 1);
        if (tab2 == std::string::npos) throw std::runtime_error(where + ": expected 'T<n> TAB <type> <begin> <end> TAB <text>'");
        BratEntity e;
        e.id = line.substr(0, tab1);
        e.text = line.substr(tab2 + 1);
        const std::string middle = line.substr(tab1 + 1, tab2 - tab1 - 1);
        const std::size_t space = middle.find(' ');
        if (space == std::string::npos) throw std::runtime_error(where + ": expected '<type> <begin> <end>'");
        e.type = middle.substr(0, space);
        std::string offsets = middle.substr(space + 1);
        if (offsets.find(';') != std::string::npos) {
            e.type += "/discontinuous";
            const std::string first = offsets.substr(0, offsets.find(';'));
            const std::string last = offsets.substr(offsets.rfind(';') + 1);
            offsets = first.substr(0, first.find(' ')) + " " + last.substr(last.find(' ') + 1);
        }
        const std::size_t gap = offsets.find(' ');
        if (gap == std::string::npos) throw std::runtime_error(where + ": expected '<begin> <end>'");
        e.begin = parse_offset(offsets.substr(0, gap), where);
        e.end = parse_offset(offsets.substr(gap + 1), where);
        if (e.end <= e.begin) throw std::runtime_error(where + ": the entity ends before it begins");
        entities.push_back(std::move(e));
    }
    return entities;
}

std::vector<TypedTextSpan> outermost_entities(const std::vector<BratEntity>& entities, AlignmentCounts& counts) {
    std::vector<TypedTextSpan> candidates;
    for (const BratEntity& e : entities) {
        ++counts.annotations;
        if (const auto type = ner_type_from_string(e.type))
            candidates.push_back(TypedTextSpan{e.begin, e.end, *type});
        else
            ++counts.other_types;
    }
    // Earlier first, and of two starting together the longer first.
    std::sort(candidates.begin(), candidates.end(), [](const TypedTextSpan& a, const TypedTextSpan& b) {
        if (a.begin != b.begin) return a.begin < b.begin;
        if (a.end != b.end) return a.end > b.end;
        return a.type < b.type;
    });
    std::vector<TypedTextSpan> kept;
    for (const TypedTextSpan& span : candidates) {
        if (!kept.empty() && span.begin < kept.back().end) {
            ++counts.nested;
            continue;
        }
        kept.push_back(span);
    }
    counts.kept += kept.size();
    return kept;
}

std::vector<std::vector<TypedSpan>> align_to_tokens(const Document& doc, const std::vector<TypedTextSpan>& spans,
                                                    AlignmentCounts& counts) {
    std::vector<std::vector<TypedSpan>> out(doc.sentences.size());
    for (const TypedTextSpan& span : spans) {
        const auto holds = [](std::size_t at) {
            return [at](const Sentence& s) { return !s.tokens.empty() && s.tokens.front().begin <= at && at < s.tokens.back().end; };
        };
        const auto first_sentence = std::find_if(doc.sentences.begin(), doc.sentences.end(), holds(span.begin));
        const auto last_sentence = std::find_if(doc.sentences.begin(), doc.sentences.end(), holds(span.end - 1));
        if (first_sentence == doc.sentences.end() && last_sentence == doc.sentences.end()) {
            ++counts.outside_text;
            continue;
        }
        if (first_sentence != last_sentence) {
            ++counts.across_sentences;
            continue;
        }
        const std::vector<Token>& tokens = first_sentence->tokens;
        constexpr std::size_t kNone = static_cast<std::size_t>(-1);
        std::size_t first = kNone, last = kNone;
        for (std::size_t k = 0; k < tokens.size(); ++k) {
            if (tokens[k].begin == span.begin) first = k;
            if (tokens[k].end == span.end) last = k + 1;
        }
        if (first == kNone || last == kNone || last <= first) {
            ++counts.not_on_tokens;
            continue;
        }
        ++counts.aligned;
        out[static_cast<std::size_t>(first_sentence - doc.sentences.begin())].push_back(TypedSpan{first, last, span.type});
    }
    return out;
}

TypedTextSpan text_span(const Sentence& sentence, const TypedSpan& span) {
    return TypedTextSpan{sentence.tokens[span.first].begin, sentence.tokens[span.last - 1].end, span.type};
}

}  // namespace trame
