#include "mentions/ner_features.h"

#include <array>
#include <map>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "document/utf8.h"

namespace trame {

namespace {

/// The longest gazetteer name looked for, in tokens (as the mention finder).
constexpr std::size_t kMaxNameTokens = 6;

/// The code points of `text`, each as its UTF-8 bytes.
std::vector<std::string> code_points(const std::string& text) {
    std::vector<std::string> out;
    int32_t i = 0;
    const int32_t n = static_cast<int32_t>(text.size());
    while (i < n) {
        const int32_t start = i;
        UChar32 c;
        U8_NEXT(text.data(), i, n, c);
        out.push_back(text.substr(start, i - start));
    }
    return out;
}

/// The first `n` code points of `cps` joined ("" when the word is shorter).
std::string prefix(const std::vector<std::string>& cps, std::size_t n) {
    if (cps.size() < n) return "";
    std::string out;
    for (std::size_t k = 0; k < n; ++k) out += cps[k];
    return out;
}

/// The last `n` code points of `cps` joined ("" when the word is shorter).
std::string suffix(const std::vector<std::string>& cps, std::size_t n) {
    if (cps.size() < n) return "";
    std::string out;
    for (std::size_t k = cps.size() - n; k < cps.size(); ++k) out += cps[k];
    return out;
}

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

/// The lower-cased form of token `k`, or a boundary marker outside the sentence.
std::string lower_at(const std::vector<std::string>& lower, long k) {
    if (k < 0) return "<s>";
    if (k >= static_cast<long>(lower.size())) return "</s>";
    return lower[k];
}

/// A neighbour's offset as written in feature names: "-2", "-1", "+1", "+2".
std::string offset_name(long d) { return (d > 0 ? "+" : "") + std::to_string(d); }

/// The first two Apertium tags of a token ("np.ant", "n.f", "vblex.pri").
std::string main_tags(const Token& t) {
    const std::size_t first = t.xpos.find('.');
    if (first == std::string::npos) return t.xpos;
    return t.xpos.substr(0, t.xpos.find('.', first + 1));
}

}  // namespace

std::uint64_t NerFeatures::hash(const std::string& feature) {
    std::uint64_t h = 14695981039346656037ull;
    for (unsigned char c : feature) {
        h ^= c;
        h *= 1099511628211ull;
    }
    return h;
}

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
            if (!span.has_upper) continue;
            if (const GazetteerEntry* entry = gazetteer_->lookup(span)) {
                best = last;
                found = entry;
            }
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

std::vector<std::vector<std::string>> NerFeatures::describe(const std::vector<Token>& tokens) const {
    const std::size_t n = tokens.size();
    std::vector<std::string> lower(n), shapes(n), upos(n);
    for (std::size_t k = 0; k < n; ++k) {
        lower[k] = fold_case(tokens[k].form);
        shapes[k] = short_shape(tokens[k].form);
        upos[k] = tokens[k].upos;
    }
    auto upos_at = [&](long k) -> std::string {
        if (k < 0) return "<s>";
        if (k >= static_cast<long>(n)) return "</s>";
        return upos[k];
    };
    auto shape_at = [&](long k) -> std::string {
        if (k < 0) return "<s>";
        if (k >= static_cast<long>(n)) return "</s>";
        return shapes[k];
    };
    const std::vector<std::string> gazetteer = gazetteer_marks(tokens);

    std::vector<std::vector<std::string>> out(n);
    std::size_t words_before = 0;  // tokens other than punctuation before the current one
    for (std::size_t k = 0; k < n; ++k) {
        const Token& t = tokens[k];
        const long i = static_cast<long>(k);
        std::vector<std::string>& f = out[k];
        const std::vector<std::string> cps = code_points(lower[k]);
        const bool cap = starts_upper(t.form);
        const bool first = words_before == 0;
        f.push_back("bias");
        f.push_back("w=" + t.form);
        f.push_back("l=" + lower[k]);
        for (std::size_t len = 1; len <= 4; ++len) {
            const std::string p = prefix(cps, len), s = suffix(cps, len);
            if (!p.empty()) f.push_back("p" + std::to_string(len) + "=" + p);
            if (!s.empty()) f.push_back("s" + std::to_string(len) + "=" + s);
        }
        f.push_back("shape=" + shape(t.form));
        f.push_back("sshape=" + shapes[k]);
        f.push_back(std::string("cap=") + (cap ? "1" : "0") + (first ? "|first" : ""));
        f.push_back("pos=" + std::to_string(std::min<std::size_t>(words_before, 3)) + (k + 1 == n ? "|end" : ""));
        f.push_back("lemma=" + fold_case(t.lemma));
        f.push_back("upos=" + t.upos);
        f.push_back("tags=" + main_tags(t));
        f.push_back("upos|cap=" + t.upos + (cap ? "|1" : "|0"));
        for (long d : {-2L, -1L, 1L, 2L}) f.push_back("l" + offset_name(d) + "=" + lower_at(lower, i + d));
        for (long d : {-1L, 1L}) {
            f.push_back("upos" + offset_name(d) + "=" + upos_at(i + d));
            f.push_back("sshape" + offset_name(d) + "=" + shape_at(i + d));
        }
        if (k > 0) f.push_back("lemma-1=" + fold_case(tokens[k - 1].lemma));
        if (k + 1 < n) f.push_back("lemma+1=" + fold_case(tokens[k + 1].lemma));
        // The nearest common noun before, within three tokens: "président", "ville", "groupe".
        for (std::size_t back = 1; back <= 3 && back <= k; ++back)
            if (tokens[k - back].upos == "NOUN" && !starts_upper(tokens[k - back].form)) {
                f.push_back("noun-before=" + fold_case(tokens[k - back].lemma));
                break;
            }
        if (k > 0) f.push_back("tags-1=" + main_tags(tokens[k - 1]));
        if (k + 1 < n) f.push_back("tags+1=" + main_tags(tokens[k + 1]));
        f.push_back("l-1|l=" + lower_at(lower, i - 1) + "|" + lower[k]);
        f.push_back("l|l+1=" + lower[k] + "|" + lower_at(lower, i + 1));
        f.push_back("upos-1|upos|upos+1=" + upos_at(i - 1) + "|" + t.upos + "|" + upos_at(i + 1));
        f.push_back("sshape-1|sshape|sshape+1=" + shape_at(i - 1) + "|" + shapes[k] + "|" + shape_at(i + 1));
        if (!gazetteer[k].empty()) f.push_back("gaz=" + gazetteer[k]);
        if (k > 0 && !gazetteer[k - 1].empty()) f.push_back("gaz-1=" + gazetteer[k - 1]);
        if (k + 1 < n && !gazetteer[k + 1].empty()) f.push_back("gaz+1=" + gazetteer[k + 1]);
        if (t.upos != "PUNCT") ++words_before;
    }
    return out;
}

std::vector<std::vector<std::uint64_t>> NerFeatures::extract(const std::vector<Token>& tokens) const {
    const std::vector<std::vector<std::string>> names = describe(tokens);
    std::vector<std::vector<std::uint64_t>> out(names.size());
    for (std::size_t k = 0; k < names.size(); ++k) {
        out[k].reserve(names[k].size());
        for (const std::string& name : names[k]) out[k].push_back(hash(name));
    }
    return out;
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
