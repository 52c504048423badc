#include "mentions/ner_features.h"

#include <array>
#include <map>
#include <string_view>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "document/utf8.h"

namespace trame {

namespace {

constexpr std::uint64_t kFnvOffset = 14695981039346656037ull;

/// The 64-bit FNV-1a hash `h` of some bytes, carried on over `more`.
std::uint64_t fnv1a(std::uint64_t h, std::string_view more) {
    for (unsigned char c : more) {
        h ^= c;
        h *= 1099511628211ull;
    }
    return h;
}

/// The longest gazetteer name looked for, in tokens (as the mention finder).
constexpr std::size_t kMaxNameTokens = 6;

/// The shape class of a code point: 'X', 'x', 'd', or 0 for "itself".
char shape_class(UChar32 c) {
    if (u_isUUppercase(c)) return 'X';
    if (u_isULowercase(c) || u_isalpha(c)) return 'x';
    if (u_isdigit(c)) return 'd';
    return 0;
}

std::string shape_of(const std::string& form, std::size_t max_run) {
    std::string out;
    int32_t i = 0;
    const int32_t n = static_cast<int32_t>(form.size());
    char last = 1;
    std::size_t run = 0;
    while (i < n) {
        const int32_t start = i;
        UChar32 c;
        U8_NEXT(form.data(), i, n, c);
        const char cls = c < 0 ? '?' : shape_class(c);
        if (cls == 0) {
            out.append(form, start, i - start);
            last = 1;
            run = 0;
            continue;
        }
        run = cls == last ? run + 1 : 1;
        last = cls;
        if (run <= max_run) out += cls;
    }
    return out;
}

/// The first two Apertium tags of a token ("np.ant", "n.f", "vblex.pri").
std::string main_tags(const Token& t) {
    const std::size_t first = t.xpos.find('.');
    if (first == std::string::npos) return t.xpos;
    return t.xpos.substr(0, t.xpos.find('.', first + 1));
}

}  // namespace

std::uint64_t NerFeatures::hash(const std::string& feature) { return fnv1a(kFnvOffset, feature); }

std::string NerFeatures::shape(const std::string& form) { return shape_of(form, 4); }
std::string NerFeatures::short_shape(const std::string& form) { return shape_of(form, 1); }

std::vector<std::string> NerFeatures::gazetteer_marks(const std::vector<Token>& tokens) const {
    std::vector<std::string> marks(tokens.size());
    if (!gazetteer_) return marks;
    std::vector<NameKey> keys;
    keys.reserve(tokens.size());
    for (const Token& t : tokens) keys.push_back(Gazetteer::key(t.form));
    NameKey span;
    for (std::size_t i = 0; i < tokens.size();) {
        std::size_t best = i;
        const GazetteerEntry* found = nullptr;
        span.clear();
        for (std::size_t last = i + 1; last <= tokens.size() && last - i <= kMaxNameTokens; ++last) {
            span.append(keys[last - 1]);
            if (span.has_upper)
                if (const GazetteerEntry* entry = gazetteer_->lookup(span)) {
                    best = last;
                    found = entry;
                }
            // No longer name begins here: only a token with an empty key ("-") can still extend it.
            if (!gazetteer_->longer_name_starts(span) && (last == tokens.size() || !keys[last].folded.empty())) break;
        }
        if (!found) {
            if (tokens[i].upos == "ADJ" && gazetteer_->lookup_demonym(keys[i])) marks[i] = "demonym";
            ++i;
            continue;
        }
        const std::string type = to_string(found->type);
        if (best == i + 1) {
            marks[i] = type + "-U";
        } else {
            marks[i] = type + "-B";
            for (std::size_t k = i + 1; k + 1 < best; ++k) marks[k] = type + "-I";
            marks[best - 1] = type + "-L";
        }
        i = best;
    }
    return marks;
}

namespace {

/// What the features of a sentence are read from, computed once per token: the folded form and
/// lemma, the shapes, the main tags, the capitalisation, and where the folded form's first four
/// code points end (for prefixes and suffixes).
struct TokenFacts {
    std::string lower;
    std::string lemma;
    std::string shape;
    std::string short_shape;
    std::string tags;
    bool cap = false;
    std::size_t code_points = 0;
    std::array<std::size_t, 5> prefix_end{};  ///< Byte end of the first 0..4 code points of `lower`.
    std::array<std::size_t, 5> suffix_start{};  ///< Byte start of the last 0..4 code points.
};

TokenFacts facts_of(const Token& t) {
    TokenFacts f;
    f.lower = fold_case(t.form);
    f.lemma = fold_case(t.lemma);
    f.shape = NerFeatures::shape(t.form);
    f.short_shape = NerFeatures::short_shape(t.form);
    f.tags = main_tags(t);
    f.cap = starts_upper(t.form);
    std::vector<std::size_t> starts;  // byte start of each code point
    int32_t i = 0;
    const int32_t n = static_cast<int32_t>(f.lower.size());
    while (i < n) {
        starts.push_back(static_cast<std::size_t>(i));
        UChar32 c;
        U8_NEXT(f.lower.data(), i, n, c);
    }
    f.code_points = starts.size();
    for (std::size_t len = 0; len <= 4 && len <= starts.size(); ++len) {
        f.prefix_end[len] = len < starts.size() ? starts[len] : f.lower.size();
        f.suffix_start[len] = len == 0 ? f.lower.size() : starts[starts.size() - len];
    }
    return f;
}

constexpr const char* kPrefixNames[] = {"", "p1=", "p2=", "p3=", "p4="};
constexpr const char* kSuffixNames[] = {"", "s1=", "s2=", "s3=", "s4="};
constexpr const char* kPositions[] = {"0", "1", "2", "3"};

/// Hands every feature of every token of a sentence to `sink`, in order: sink.token(k) before
/// the features of token k, then sink.add({parts...}) once per feature, its name being the
/// concatenation of the parts. describe() and extract() are two sinks of this one list.
template <class Sink>
void generate(const std::vector<Token>& tokens, const std::vector<std::string>& gazetteer, Sink& sink) {
    const std::size_t n = tokens.size();
    std::vector<TokenFacts> facts;
    facts.reserve(n);
    for (const Token& t : tokens) facts.push_back(facts_of(t));
    const std::string_view kStart = "<s>", kEnd = "</s>";
    const auto lower_at = [&](long k) -> std::string_view {
        if (k < 0) return kStart;
        if (k >= static_cast<long>(n)) return kEnd;
        return facts[k].lower;
    };
    const auto upos_at = [&](long k) -> std::string_view {
        if (k < 0) return kStart;
        if (k >= static_cast<long>(n)) return kEnd;
        return tokens[k].upos;
    };
    const auto shape_at = [&](long k) -> std::string_view {
        if (k < 0) return kStart;
        if (k >= static_cast<long>(n)) return kEnd;
        return facts[k].short_shape;
    };
    std::size_t words_before = 0;  // tokens other than punctuation before the current one
    for (std::size_t k = 0; k < n; ++k) {
        const Token& t = tokens[k];
        const TokenFacts& f = facts[k];
        const long i = static_cast<long>(k);
        const bool first = words_before == 0;
        sink.token(k);
        sink.add({"bias"});
        sink.add({"w=", t.form});
        sink.add({"l=", f.lower});
        const std::string_view lower = f.lower;
        for (std::size_t len = 1; len <= 4; ++len) {
            if (f.code_points < len) continue;
            sink.add({kPrefixNames[len], lower.substr(0, f.prefix_end[len])});
            sink.add({kSuffixNames[len], lower.substr(f.suffix_start[len])});
        }
        sink.add({"shape=", f.shape});
        sink.add({"sshape=", f.short_shape});
        sink.add({"cap=", f.cap ? "1" : "0", first ? "|first" : ""});
        sink.add({"pos=", kPositions[std::min<std::size_t>(words_before, 3)], k + 1 == n ? "|end" : ""});
        sink.add({"lemma=", f.lemma});
        sink.add({"upos=", t.upos});
        sink.add({"tags=", f.tags});
        sink.add({"upos|cap=", t.upos, f.cap ? "|1" : "|0"});
        sink.add({"l-2=", lower_at(i - 2)});
        sink.add({"l-1=", lower_at(i - 1)});
        sink.add({"l+1=", lower_at(i + 1)});
        sink.add({"l+2=", lower_at(i + 2)});
        sink.add({"upos-1=", upos_at(i - 1)});
        sink.add({"sshape-1=", shape_at(i - 1)});
        sink.add({"upos+1=", upos_at(i + 1)});
        sink.add({"sshape+1=", shape_at(i + 1)});
        if (k > 0) sink.add({"lemma-1=", facts[k - 1].lemma});
        if (k + 1 < n) sink.add({"lemma+1=", facts[k + 1].lemma});
        // The nearest common noun before, within three tokens: "président", "ville", "groupe".
        for (std::size_t back = 1; back <= 3 && back <= k; ++back)
            if (tokens[k - back].upos == "NOUN" && !facts[k - back].cap) {
                sink.add({"noun-before=", facts[k - back].lemma});
                break;
            }
        if (k > 0) sink.add({"tags-1=", facts[k - 1].tags});
        if (k + 1 < n) sink.add({"tags+1=", facts[k + 1].tags});
        sink.add({"l-1|l=", lower_at(i - 1), "|", lower});
        sink.add({"l|l+1=", lower, "|", lower_at(i + 1)});
        sink.add({"upos-1|upos|upos+1=", upos_at(i - 1), "|", t.upos, "|", upos_at(i + 1)});
        sink.add({"sshape-1|sshape|sshape+1=", shape_at(i - 1), "|", f.short_shape, "|", shape_at(i + 1)});
        if (!gazetteer[k].empty()) sink.add({"gaz=", gazetteer[k]});
        if (k > 0 && !gazetteer[k - 1].empty()) sink.add({"gaz-1=", gazetteer[k - 1]});
        if (k + 1 < n && !gazetteer[k + 1].empty()) sink.add({"gaz+1=", gazetteer[k + 1]});
        if (t.upos != "PUNCT") ++words_before;
    }
}

using Parts = std::initializer_list<std::string_view>;

/// Keeps each feature as its readable name.
struct NameSink {
    std::vector<std::vector<std::string>> out;
    void token(std::size_t k) { current = &out[k]; }
    void add(Parts parts) {
        std::string name;
        for (std::string_view part : parts) name += part;
        current->push_back(std::move(name));
    }
    std::vector<std::string>* current = nullptr;
};

/// Keeps each feature as the FNV-1a hash of its name, hashed part after part without building it.
struct HashSink {
    std::vector<std::vector<std::uint64_t>> out;
    void token(std::size_t k) {
        current = &out[k];
        current->reserve(48);
    }
    void add(Parts parts) {
        std::uint64_t h = kFnvOffset;
        for (std::string_view part : parts) h = fnv1a(h, part);
        current->push_back(h);
    }
    std::vector<std::uint64_t>* current = nullptr;
};

}  // namespace

std::vector<std::vector<std::string>> NerFeatures::describe(const std::vector<Token>& tokens) const {
    NameSink sink{std::vector<std::vector<std::string>>(tokens.size())};
    generate(tokens, gazetteer_marks(tokens), sink);
    return std::move(sink.out);
}

std::vector<std::vector<std::uint64_t>> NerFeatures::extract(const std::vector<Token>& tokens) const {
    HashSink sink{std::vector<std::vector<std::uint64_t>>(tokens.size())};
    generate(tokens, gazetteer_marks(tokens), sink);
    return std::move(sink.out);
}

std::vector<std::vector<std::vector<std::string>>> NerFeatures::document_features(
    const std::vector<const std::vector<Token>*>& sentences, const std::vector<std::vector<TypedSpan>>& first_pass) {
    // Votes of the first pass for each capitalised word: how many names of each type hold it.
    std::map<std::string, std::array<std::size_t, kNerTypes>> votes;
    for (std::size_t s = 0; s < sentences.size(); ++s)
        for (const TypedSpan& span : first_pass[s])
            for (std::size_t k = span.first; k < span.last; ++k) {
                const std::string& form = (*sentences[s])[k].form;
                if (!starts_upper(form)) continue;
                auto& count = votes.try_emplace(form, std::array<std::size_t, kNerTypes>{}).first->second;
                ++count[static_cast<std::size_t>(span.type)];
            }
    std::vector<std::vector<std::vector<std::string>>> out(sentences.size());
    for (std::size_t s = 0; s < sentences.size(); ++s) {
        const std::vector<Token>& tokens = *sentences[s];
        const std::vector<int> labels = bilou::encode(first_pass[s], tokens.size());
        auto label_at = [&](long k) -> std::string {
            if (k < 0) return "<s>";
            if (k >= static_cast<long>(labels.size())) return "</s>";
            return bilou::name(labels[k]);
        };
        out[s].resize(tokens.size());
        for (std::size_t k = 0; k < tokens.size(); ++k) {
            std::vector<std::string>& f = out[s][k];
            const long i = static_cast<long>(k);
            f.push_back("first=" + label_at(i));
            f.push_back("first-1=" + label_at(i - 1));
            f.push_back("first+1=" + label_at(i + 1));
            f.push_back("first-1|first|first+1=" + label_at(i - 1) + "|" + label_at(i) + "|" + label_at(i + 1));
            if (!starts_upper(tokens[k].form)) continue;
            const auto found = votes.find(tokens[k].form);
            if (found == votes.end()) {
                f.push_back("doc=none");
                continue;
            }
            std::size_t best = 0;
            for (std::size_t t = 1; t < kNerTypes; ++t)
                if (found->second[t] > found->second[best]) best = t;
            f.push_back(std::string("doc=") + to_string(static_cast<NerType>(best)));
            f.push_back(std::string("doc|first=") + to_string(static_cast<NerType>(best)) + "|" + label_at(i));
        }
    }
    return out;
}

}  // namespace trame
