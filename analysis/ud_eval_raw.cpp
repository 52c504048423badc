#include "analysis/ud_eval_raw.h"

#include <algorithm>
#include <set>
#include <stdexcept>
#include <string>
#include <utility>

#include <unicode/uchar.h>

#include "document/utf8.h"

namespace trame::ud {
namespace {

/// Half-open span over the text without white space, in code points.
using Span = std::pair<std::size_t, std::size_t>;

/// One word of one side, laid over the text without white space.
struct FlatWord {
    Span span;               // the span of its token
    bool multiword = false;  // part of a multiword token
    std::u32string lower;    // lower-cased form
    const Word* word = nullptr;
    long head = -1;          // global index of its head, -1 for the root, -2 when not parsed
};

/// One side: its characters (no white space), token spans, sentence spans and words.
struct Flat {
    std::u32string chars;
    std::vector<Span> tokens;
    std::vector<Span> sentences;
    std::vector<FlatWord> words;
};

std::u32string decode(const std::string& text) {
    try {
        return utf8_decode(text);
    } catch (const std::invalid_argument&) {
        throw std::invalid_argument("invalid UTF-8 in the form \"" + text + "\"");
    }
}

std::u32string lower(const std::u32string& text) {
    std::u32string out = text;
    for (char32_t& c : out) c = static_cast<char32_t>(u_tolower(static_cast<UChar32>(c)));
    return out;
}

std::u32string without_space(const std::u32string& text) {
    std::u32string out;
    for (char32_t c : text)
        if (!u_isUWhiteSpace(static_cast<UChar32>(c))) out.push_back(c);
    return out;
}

Flat flatten(const std::vector<Sentence>& sentences, const char* side) {
    Flat flat;
    for (std::size_t s = 0; s < sentences.size(); ++s) {
        const Sentence& sentence = sentences[s];
        const std::size_t offset = flat.words.size();
        const std::size_t sentence_start = flat.chars.size();
        std::size_t next_word = 0;
        for (const Token& token : sentence.tokens) {
            if (token.first_word != next_word || token.word_count == 0 ||
                token.first_word + token.word_count > sentence.words.size())
                throw std::invalid_argument(std::string(side) + " sentence " + std::to_string(s + 1) +
                                            ": token \"" + token.form + "\" does not cover the next words");
            const std::size_t start = flat.chars.size();
            flat.chars += without_space(decode(token.form));
            const Span span{start, flat.chars.size()};
            if (span.first == span.second) continue;  // a token of white space only spells nothing
            flat.tokens.push_back(span);
            for (std::size_t w = token.first_word; w < token.first_word + token.word_count; ++w) {
                const Word& word = sentence.words[w];
                FlatWord fw;
                fw.span = span;
                fw.multiword = token.word_count > 1;
                fw.lower = lower(decode(word.form));
                fw.word = &word;
                if (word.head >= 0 && static_cast<std::size_t>(word.head) >= sentence.words.size())
                    throw std::invalid_argument(std::string(side) + " sentence " + std::to_string(s + 1) +
                                                ": the head of word " + std::to_string(w + 1) + " is out of the sentence");
                fw.head = word.head >= 0 ? static_cast<long>(offset + static_cast<std::size_t>(word.head)) : word.head;
                flat.words.push_back(std::move(fw));
            }
            next_word = token.first_word + token.word_count;
        }
        if (next_word != sentence.words.size())
            throw std::invalid_argument(std::string(side) + " sentence " + std::to_string(s + 1) +
                                        ": some words belong to no token");
        if (flat.chars.size() > sentence_start) flat.sentences.emplace_back(sentence_start, flat.chars.size());
    }
    return flat;
}

std::string encode(const std::u32string& text) {
    return utf8_encode(text);
}

/// Number of spans present in both sorted lists.
Score match_spans(const std::vector<Span>& gold, const std::vector<Span>& system) {
    Score score;
    score.gold = gold.size();
    score.system = system.size();
    std::size_t g = 0, s = 0;
    while (g < gold.size() && s < system.size()) {
        if (gold[g] == system[s]) {
            ++score.correct, ++g, ++s;
        } else if (gold[g] < system[s]) {
            ++g;
        } else {
            ++s;
        }
    }
    return score;
}

/// Aligns the words gold[g0, g1) with system[s0, s1) by the longest common subsequence of their
/// lower-cased forms; records the pairs in `alignment` (gold index -> system index).
void align_lcs(const Flat& gold, std::size_t g0, std::size_t g1, const Flat& system, std::size_t s0, std::size_t s1,
               std::vector<long>& alignment) {
    const std::size_t n = g1 - g0, m = s1 - s0;
    std::vector<std::size_t> table((n + 1) * (m + 1), 0);
    auto at = [&](std::size_t i, std::size_t j) -> std::size_t& { return table[i * (m + 1) + j]; };
    for (std::size_t i = n; i-- > 0;)
        for (std::size_t j = m; j-- > 0;)
            at(i, j) = gold.words[g0 + i].lower == system.words[s0 + j].lower ? at(i + 1, j + 1) + 1
                                                                                : std::max(at(i + 1, j), at(i, j + 1));
    for (std::size_t i = 0, j = 0; i < n && j < m;) {
        if (gold.words[g0 + i].lower == system.words[s0 + j].lower) {
            alignment[g0 + i] = static_cast<long>(s0 + j);
            ++i, ++j;
        } else if (at(i + 1, j) >= at(i, j + 1)) {
            ++i;
        } else {
            ++j;
        }
    }
}

/// The system word aligned to each gold word, -1 when none.
std::vector<long> align_words(const Flat& gold, const Flat& system) {
    std::vector<long> alignment(gold.words.size(), -1);
    std::size_t g = 0, s = 0;
    const std::size_t G = gold.words.size(), S = system.words.size();
    while (g < G && s < S) {
        const FlatWord& gw = gold.words[g];
        const FlatWord& sw = system.words[s];
        if (gw.multiword || sw.multiword) {
            // the stretch of overlapping tokens around the multiword token(s)
            std::size_t end = std::max(gw.multiword ? gw.span.second : 0, sw.multiword ? sw.span.second : 0);
            std::size_t g1 = g, s1 = s;
            for (bool grown = true; grown;) {
                grown = false;
                while (g1 < G && gold.words[g1].span.first < end) {
                    if (gold.words[g1].span.second > end) end = gold.words[g1].span.second, grown = true;
                    ++g1;
                }
                while (s1 < S && system.words[s1].span.first < end) {
                    if (system.words[s1].span.second > end) end = system.words[s1].span.second, grown = true;
                    ++s1;
                }
            }
            align_lcs(gold, g, g1, system, s, s1, alignment);
            g = g1, s = s1;
        } else if (gw.span == sw.span) {
            alignment[g] = static_cast<long>(s);
            ++g, ++s;
        } else if (gw.span.second < sw.span.second || (gw.span.second == sw.span.second && gw.span.first < sw.span.first)) {
            ++g;
        } else {
            ++s;
        }
    }
    return alignment;
}

/// FEATS restricted to the universal features, in order.
std::string universal_features(const std::string& feats) {
    static const std::set<std::string> universal = {
        "PronType", "NumType", "Poss",   "Reflex", "Foreign", "Abbr",     "Typo",      "Gender",
        "Animacy",  "NounClass", "Number", "Case",  "Definite", "Degree", "VerbForm", "Mood",
        "Tense",    "Aspect",  "Voice",  "Evident", "Polarity", "Person", "Polite",   "Clusivity"};
    if (feats == "_" || feats.empty()) return "_";
    std::string out;
    std::size_t i = 0;
    while (i <= feats.size()) {
        std::size_t j = feats.find('|', i);
        if (j == std::string::npos) j = feats.size();
        const std::string feature = feats.substr(i, j - i);
        const std::size_t eq = feature.find('=');
        if (eq != std::string::npos && universal.count(feature.substr(0, eq))) {
            if (!out.empty()) out += '|';
            out += feature;
        }
        i = j + 1;
    }
    return out.empty() ? "_" : out;
}

std::string universal_relation(const std::string& deprel) { return deprel.substr(0, deprel.find(':')); }

}  // namespace

RawEvaluation evaluate_raw(const std::vector<Sentence>& gold_sentences, const std::vector<Sentence>& system_sentences) {
    const Flat gold = flatten(gold_sentences, "gold");
    const Flat system = flatten(system_sentences, "system");
    if (gold.chars != system.chars) {
        std::size_t i = 0;
        while (i < gold.chars.size() && i < system.chars.size() && gold.chars[i] == system.chars[i]) ++i;
        auto context = [&](const std::u32string& chars) {
            const std::size_t from = i > 20 ? i - 20 : 0;
            return "\"" + encode(chars.substr(from, 40)) + "\"";
        };
        throw std::invalid_argument("the gold and system texts differ at character " + std::to_string(i) +
                                    " (white space removed): gold " + context(gold.chars) + ", system " +
                                    context(system.chars));
    }
    RawEvaluation e;
    e.tokens = match_spans(gold.tokens, system.tokens);
    e.sentences = match_spans(gold.sentences, system.sentences);
    const std::vector<long> alignment = align_words(gold, system);
    for (Score* score : {&e.words, &e.upos, &e.ufeats, &e.lemmas, &e.uas, &e.las}) {
        score->gold = gold.words.size();
        score->system = system.words.size();
    }
    for (std::size_t g = 0; g < gold.words.size(); ++g) {
        if (alignment[g] < 0) continue;
        const FlatWord& gw = gold.words[g];
        const FlatWord& sw = system.words[static_cast<std::size_t>(alignment[g])];
        ++e.words.correct;
        if (gw.word->upos == sw.word->upos) ++e.upos.correct;
        if (universal_features(gw.word->feats) == universal_features(sw.word->feats)) ++e.ufeats.correct;
        if (gw.word->lemma == sw.word->lemma) ++e.lemmas.correct;
        const bool same_head = gw.head == -1 ? sw.head == -1
                               : gw.head >= 0 ? alignment[static_cast<std::size_t>(gw.head)] >= 0 &&
                                                    alignment[static_cast<std::size_t>(gw.head)] == sw.head
                                              : false;
        if (same_head) {
            ++e.uas.correct;
            if (universal_relation(gw.word->deprel) == universal_relation(sw.word->deprel)) ++e.las.correct;
        }
    }
    return e;
}

}  // namespace trame::ud
