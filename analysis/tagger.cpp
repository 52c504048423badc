#include "analysis/tagger.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <set>

#include "analysis/model_vocabulary.h"
#include "analysis/word_shape.h"
#include "document/utf8.h"

namespace trame::ud {

namespace {

constexpr learn::ModelFormat kFormat{{'T', 'R', 'T', 'A', 'G', 'G', 'E', 'R'}, 1, "tagger"};
const int kNumUpos = 17;

/// Spelling and lexicon values of one word, hashed once per sentence.
struct WordValues {
    std::uint64_t form, lower, shape, coarse, fine, first_upper;
    std::uint64_t pre[3], suf[5];
    std::uint32_t mask = 0;
    const MorphEntry* morph = nullptr;
    std::string lower_text;
};

}  // namespace

struct Tagger::Context {
    std::vector<WordValues> w;  // with two padding words on each side
    std::size_t n = 0;
    const WordValues& at(long i) const { return w[static_cast<std::size_t>(i + 2)]; }
};

namespace {

Tagger::Context make_context(const Sentence& s, const SentenceMorphology& morph) {
    Tagger::Context c;
    c.n = s.words.size();
    c.w.resize(c.n + 4);
    for (std::size_t k = 0; k < c.w.size(); ++k) {
        WordValues& v = c.w[k];
        if (k < 2 || k >= c.n + 2) {
            std::uint64_t pad = k < 2 ? kStart : kEnd;
            v.form = v.lower = v.shape = v.coarse = v.fine = v.first_upper = pad;
            for (auto& p : v.pre) p = pad;
            for (auto& p : v.suf) p = pad;
            continue;
        }
        const std::string& form = s.words[k - 2].form;
        v.lower_text = lower_latin(form);
        v.form = hash_string(form);
        v.lower = hash_string(v.lower_text);
        v.shape = hash_string(word_shape(form));
        v.first_upper = (starts_upper(form) ? 1 : 0) + (k == 2 ? 2 : 0);
        for (std::size_t p = 0; p < 3; ++p) v.pre[p] = hash_string(prefix_cp(v.lower_text, p + 1));
        for (std::size_t p = 0; p < 5; ++p) v.suf[p] = hash_string(suffix_cp(v.lower_text, p + 1));
        if (k - 2 < morph.size() && morph[k - 2]) {
            v.morph = morph[k - 2].get();
            v.mask = v.morph->upos_mask;
            v.coarse = v.morph->coarse;
            v.fine = v.morph->fine;
        } else {
            v.coarse = v.fine = hash_string("<unknown>|");
        }
    }
    return c;
}

std::uint64_t tag_value(const std::vector<int>& tags, long i) {
    if (i < 0) return kStart;
    return static_cast<std::uint64_t>(tags[static_cast<std::size_t>(i)]) + 11;
}

void upos_features(const Tagger::Context& c, long i, const std::vector<int>& tags, std::vector<std::uint64_t>& f) {
    f.clear();
    const WordValues& w = c.at(i);
    const WordValues& p1 = c.at(i - 1);
    const WordValues& p2 = c.at(i - 2);
    const WordValues& n1 = c.at(i + 1);
    const WordValues& n2 = c.at(i + 2);
    std::uint64_t t1 = tag_value(tags, i - 1), t2 = tag_value(tags, i - 2);
    f.push_back(feature(0, 0));
    f.push_back(feature(1, w.lower));
    f.push_back(feature(2, w.form));
    for (int p = 0; p < 3; ++p) f.push_back(feature(3 + p, w.pre[p]));
    for (int p = 0; p < 4; ++p) f.push_back(feature(6 + p, w.suf[p]));
    f.push_back(feature(10, w.shape, w.first_upper));
    f.push_back(feature(11, p1.lower));
    f.push_back(feature(12, n1.lower));
    f.push_back(feature(13, p2.lower));
    f.push_back(feature(14, n2.lower));
    f.push_back(feature(15, t1));
    f.push_back(feature(16, t1, t2));
    f.push_back(feature(17, t1, w.lower));
    f.push_back(feature(18, w.coarse));
    f.push_back(feature(19, w.fine));
    f.push_back(feature(20, n1.coarse));
    f.push_back(feature(21, n1.fine));
    f.push_back(feature(22, n2.coarse));
    f.push_back(feature(23, w.coarse, t1));
    f.push_back(feature(24, w.coarse, n1.coarse));
    f.push_back(feature(25, w.lower, n1.lower));
    f.push_back(feature(26, p1.lower, w.lower));
    f.push_back(feature(27, n1.suf[2]));
    f.push_back(feature(28, w.suf[2], t1));
    f.push_back(feature(29, t1, n1.coarse));
    f.push_back(feature(30, w.fine, p1.lower));
    f.push_back(feature(31, w.fine, n1.lower));
    f.push_back(feature(32, p1.suf[2]));
    f.push_back(feature(33, w.coarse, t1, n1.coarse));
    for (int u = 0; u < kNumUpos; ++u)
        if (w.mask & (1u << u)) f.push_back(feature(34, static_cast<std::uint64_t>(u)));
}

/// Candidates of a word compatible with a UPOS (AUX and VERB readings count for both).
std::vector<const MorphCandidate*> compatible(const WordValues& w, int upos) {
    std::vector<const MorphCandidate*> out;
    if (!w.morph) return out;
    for (const MorphCandidate& m : w.morph->candidates)
        if (m.upos_mask & (1u << upos)) out.push_back(&m);
    return out;
}

void feats_features(const Tagger::Context& c, long i, const std::vector<int>& upos, std::uint64_t prev_feats,
                    std::vector<std::uint64_t>& f) {
    f.clear();
    const WordValues& w = c.at(i);
    std::uint64_t u = tag_value(upos, i);
    std::uint64_t up = tag_value(upos, i - 1);
    std::uint64_t un = i + 1 < static_cast<long>(c.n) ? tag_value(upos, i + 1) : kEnd;
    f.push_back(feature(100, u));
    f.push_back(feature(101, u, w.lower));
    for (int p = 0; p < 4; ++p) f.push_back(feature(102 + p, u, w.suf[p]));
    f.push_back(feature(106, u, up));
    f.push_back(feature(107, u, un));
    f.push_back(feature(108, u, c.at(i - 1).lower));
    f.push_back(feature(109, u, c.at(i + 1).lower));
    f.push_back(feature(110, u, prev_feats));
    f.push_back(feature(111, u, w.fine));
    f.push_back(feature(112, u, w.shape));
    f.push_back(feature(113, u, up, c.at(i - 1).lower));
    std::vector<const MorphCandidate*> cands = compatible(w, upos[static_cast<std::size_t>(i)]);
    if (cands.empty()) f.push_back(feature(114, u));
    for (const MorphCandidate* m : cands) {
        std::string joined;
        for (const std::string& t : m->tags) {
            joined += t + ".";
            f.push_back(feature(115, u, hash_string(t)));
        }
        f.push_back(feature(116, u, hash_string(joined)));
    }
}

void lemma_features(const WordValues& w, int upos, const std::string& feats, std::vector<std::uint64_t>& f) {
    f.clear();
    std::uint64_t u = static_cast<std::uint64_t>(upos) + 11;
    f.push_back(feature(200, u));
    f.push_back(feature(201, u, w.lower));
    for (int p = 0; p < 5; ++p) f.push_back(feature(202 + p, u, w.suf[p]));
    f.push_back(feature(207, u, w.shape, w.first_upper));
    f.push_back(feature(208, u, hash_string(feats)));
    f.push_back(feature(209, u, w.suf[2], hash_string(feats)));
}

std::vector<std::pair<std::string, std::string>> split_feats(const std::string& feats) {
    std::vector<std::pair<std::string, std::string>> out;
    if (feats.empty() || feats == "_") return out;
    std::size_t start = 0;
    while (start <= feats.size()) {
        std::size_t bar = feats.find('|', start);
        if (bar == std::string::npos) bar = feats.size();
        std::string item = feats.substr(start, bar - start);
        std::size_t eq = item.find('=');
        if (eq != std::string::npos) out.emplace_back(item.substr(0, eq), item.substr(eq + 1));
        start = bar + 1;
    }
    return out;
}

/// Code points shared at the start of a and b, and the byte length of that prefix in a and b.
std::size_t common_prefix_bytes(const std::string& a, const std::string& b) {
    std::size_t i = 0;
    while (i < a.size() && i < b.size() && a[i] == b[i]) ++i;
    while (i > 0 && i < a.size() && (static_cast<unsigned char>(a[i]) & 0xC0) == 0x80) --i;
    return i;
}

}  // namespace

std::string Tagger::edit_class(const std::string& form, const std::string& lemma) {
    std::string best;
    std::size_t best_prefix = 0;
    for (int pass = 0; pass < 2; ++pass) {
        std::string base = pass == 0 ? form : lower_latin(form);
        std::size_t p = common_prefix_bytes(base, lemma);
        const std::size_t strip = utf8_length(std::string_view(base).substr(p));
        std::string cls = std::string(pass == 0 ? "C" : "L") + std::to_string(strip) + "|" + lemma.substr(p);
        if (pass == 0 || p > best_prefix) {
            best = cls;
            best_prefix = p;
        }
    }
    return best;
}

std::string Tagger::apply_edit(const std::string& form, const std::string& edit) {
    if (edit.size() < 3) return "";
    std::size_t bar = edit.find('|');
    if (bar == std::string::npos) return "";
    std::string base = edit[0] == 'L' ? lower_latin(form) : form;
    std::size_t strip = static_cast<std::size_t>(std::stoul(edit.substr(1, bar - 1)));
    const std::size_t length = utf8_length(base);
    if (strip >= length && !(strip == length && bar + 1 < edit.size())) return "";
    return prefix_cp(base, length - strip) + edit.substr(bar + 1);
}

// ---- inference ------------------------------------------------------------------------------

void Tagger::predict_upos(const Context& c, std::vector<int>& upos) const {
    upos.assign(c.n, 0);
    std::vector<std::uint64_t> f;
    std::vector<float> scores;
    for (std::size_t i = 0; i < c.n; ++i) {
        upos_features(c, static_cast<long>(i), upos, f);
        upos_.score(f, scores);
        upos[i] = static_cast<int>(Perceptron::best(scores));
    }
}

std::string Tagger::predict_feats(const Context& c, std::size_t i, const std::vector<int>& upos,
                                  std::uint64_t prev_feats) const {
    std::vector<std::uint64_t> f;
    feats_features(c, static_cast<long>(i), upos, prev_feats, f);
    std::vector<float> scores;
    feats_.score(f, scores);
    std::vector<std::pair<const std::string*, const std::string*>> chosen;  // name, value
    const std::vector<bool>& app = applicable_[static_cast<std::size_t>(upos[i])];
    for (std::size_t g = 0; g < group_names_.size(); ++g) {
        if (!app[g]) continue;
        std::size_t first = group_offset_[g], count = group_values_[g].size();
        std::size_t best = 0;
        for (std::size_t v = 1; v < count; ++v)
            if (scores[first + v] > scores[first + best]) best = v;
        if (best != 0) chosen.emplace_back(&group_names_[g], &group_values_[g][best]);
    }
    if (chosen.empty()) return "_";
    // Names in ASCII case-insensitive order ("Gender" before "Number" before "NumType"), without copying them.
    auto lower = [](char c) { return static_cast<unsigned char>(c >= 'A' && c <= 'Z' ? c + 32 : c); };
    std::sort(chosen.begin(), chosen.end(), [&](const auto& a, const auto& b) {
        return std::lexicographical_compare(a.first->begin(), a.first->end(), b.first->begin(), b.first->end(),
                                            [&](char x, char y) { return lower(x) < lower(y); });
    });
    std::string out;
    for (const auto& [name, value] : chosen) {
        if (!out.empty()) out += '|';
        out.append(*name).append(1, '=').append(*value);
    }
    return out;
}

void Tagger::tag(Sentence& sentence, const SentenceMorphology& morph) const {
    Context c = make_context(sentence, morph);
    std::vector<int> upos;
    predict_upos(c, upos);
    std::uint64_t prev_feats = kStart;
    std::vector<std::uint64_t> f;
    std::vector<float> scores;
    for (std::size_t i = 0; i < c.n; ++i) {
        Word& w = sentence.words[i];
        w.upos = upos_tags()[static_cast<std::size_t>(upos[i])];
        w.feats = predict_feats(c, i, upos, prev_feats);
        prev_feats = hash_string(w.feats);
        // Lemma: the one lttoolbox reading that fits the UPOS, else the best-scoring edit among
        // those readings, else the best applicable edit.
        const WordValues& v = c.at(static_cast<long>(i));
        std::vector<std::string> lemmas;
        for (const MorphCandidate* m : compatible(v, upos[i]))
            if (std::find(lemmas.begin(), lemmas.end(), m->lemma) == lemmas.end() &&
                m->lemma.find('#') == std::string::npos)
                lemmas.push_back(m->lemma);
        // Pronouns and determiners: the treebanks' lemmas ("lui" for "il") over lttoolbox's.
        if (w.upos == "PRON" || w.upos == "DET") lemmas.clear();
        if (lemmas.size() == 1) {
            w.lemma = lemmas[0];
            continue;
        }
        lemma_features(v, upos[i], w.feats, f);
        lemma_.score(f, scores);
        std::string chosen;
        float chosen_score = 0;
        for (std::size_t e = 0; e < edits_.size(); ++e) {
            if (!chosen.empty() && scores[e] <= chosen_score) continue;
            std::string lemma = apply_edit(w.form, edits_[e]);
            if (lemma.empty()) continue;
            if (!lemmas.empty() && std::find(lemmas.begin(), lemmas.end(), lemma) == lemmas.end()) continue;
            chosen = lemma;
            chosen_score = scores[e];
        }
        if (chosen.empty()) chosen = lemmas.empty() ? w.form : lemmas[0];
        w.lemma = chosen;
    }
}

// ---- training -------------------------------------------------------------------------------

struct TaggerTrainer {
    static void log_line(std::ostream* log, const std::string& line) {
        if (log) *log << line << std::endl;
    }

    /// Trains one model epoch by epoch; `pass(model, sentence, learn)` runs one sentence and returns
    /// (correct, total). Keeps the averaged weights of the best dev epoch.
    template <class Pass>
    static Perceptron epochs(Perceptron model, const std::vector<std::size_t>& order_in, std::size_t dev_count,
                             int max_epochs, std::uint64_t seed, const std::string& name, std::ostream* log, Pass pass) {
        std::vector<std::size_t> order = order_in;
        learn::Random random(seed);
        Perceptron best;
        double best_score = -1;
        for (int e = 1; e <= max_epochs; ++e) {
            random.shuffle(order);
            std::size_t ok = 0, total = 0;
            for (std::size_t s : order) {
                auto [a, b] = pass(model, s, true, false);
                ok += a;
                total += b;
            }
            Perceptron averaged = model;
            averaged.average();
            double score;
            if (dev_count) {
                std::size_t dok = 0, dtotal = 0;
                for (std::size_t s = 0; s < dev_count; ++s) {
                    auto [a, b] = pass(averaged, s, false, true);
                    dok += a;
                    dtotal += b;
                }
                score = 100.0 * dok / std::max<std::size_t>(dtotal, 1);
            } else {
                score = e;  // no dev set: the last epoch
            }
            log_line(log, name + " epoch " + std::to_string(e) + ": train " +
                              std::to_string(100.0 * ok / std::max<std::size_t>(total, 1)) + " dev " + std::to_string(score));
            if (score > best_score) {
                best_score = score;
                best = std::move(averaged);
            }
        }
        return best;
    }
};

Tagger Tagger::train(const std::vector<Sentence>& train, const std::vector<SentenceMorphology>& train_morph,
                     const std::vector<Sentence>& dev, const std::vector<SentenceMorphology>& dev_morph,
                     const TaggerOptions& options, std::ostream* log) {
    Tagger t;
    // FEATS inventory and which names each UPOS takes.
    std::map<std::string, std::set<std::string>> values;
    std::map<std::pair<int, std::string>, std::size_t> seen;
    std::vector<std::size_t> upos_count(kNumUpos, 0);
    std::map<std::string, std::size_t> edit_count;
    for (const Sentence& s : train)
        for (const Word& w : s.words) {
            int u = upos_index(w.upos);
            if (u < 0) continue;
            ++upos_count[static_cast<std::size_t>(u)];
            for (const auto& [name, value] : split_feats(w.feats)) {
                values[name].insert(value);
                ++seen[{u, name}];
            }
            ++edit_count[edit_class(w.form, w.lemma)];
        }
    for (const auto& [name, vals] : values) {
        t.group_offset_.push_back(t.group_values_.empty() ? 0 : t.group_offset_.back() + t.group_values_.back().size());
        t.group_names_.push_back(name);
        std::vector<std::string> v = {"<none>"};
        v.insert(v.end(), vals.begin(), vals.end());
        t.group_values_.push_back(v);
    }
    std::size_t feat_classes = t.group_values_.empty() ? 1 : t.group_offset_.back() + t.group_values_.back().size();
    t.applicable_.assign(kNumUpos, std::vector<bool>(t.group_names_.size(), false));
    for (int u = 0; u < kNumUpos; ++u)
        for (std::size_t g = 0; g < t.group_names_.size(); ++g) {
            auto it = seen.find({u, t.group_names_[g]});
            std::size_t n = it == seen.end() ? 0 : it->second;
            t.applicable_[static_cast<std::size_t>(u)][g] = n >= 3 && n * 200 >= upos_count[static_cast<std::size_t>(u)];
        }
    std::vector<std::pair<std::size_t, std::string>> edits;
    for (const auto& [e, n] : edit_count)
        if (static_cast<int>(n) >= options.min_edit_count) edits.emplace_back(n, e);
    std::stable_sort(edits.begin(), edits.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    for (const auto& [n, e] : edits) t.edits_.push_back(e);
    if (t.edits_.empty()) t.edits_.push_back("C0|");
    std::map<std::string, std::size_t> edit_index;
    for (std::size_t e = 0; e < t.edits_.size(); ++e) edit_index[t.edits_[e]] = e;
    if (log)
        *log << "tagger: " << train.size() << " sentences, " << t.group_names_.size() << " feature names, "
             << feat_classes << " feature classes, " << t.edits_.size() << " lemma edits" << std::endl;

    std::vector<Context> train_ctx, dev_ctx;
    for (std::size_t s = 0; s < train.size(); ++s) train_ctx.push_back(make_context(train[s], train_morph[s]));
    for (std::size_t s = 0; s < dev.size(); ++s) dev_ctx.push_back(make_context(dev[s], dev_morph[s]));
    std::vector<std::vector<int>> train_gold(train.size()), dev_gold(dev.size());
    auto gold_tags = [](const Sentence& s) {
        std::vector<int> g;
        for (const Word& w : s.words) g.push_back(std::max(0, upos_index(w.upos)));
        return g;
    };
    for (std::size_t s = 0; s < train.size(); ++s) train_gold[s] = gold_tags(train[s]);
    for (std::size_t s = 0; s < dev.size(); ++s) dev_gold[s] = gold_tags(dev[s]);
    std::vector<std::size_t> order(train.size());
    for (std::size_t s = 0; s < order.size(); ++s) order[s] = s;

    // UPOS.
    t.upos_ = TaggerTrainer::epochs(
        Perceptron(kNumUpos, options.upos_bits), order, dev.size(), options.epochs, options.seed, "upos", log,
        [&](Perceptron& m, std::size_t s, bool learn, bool on_dev) -> std::pair<std::size_t, std::size_t> {
            const Context& c = on_dev ? dev_ctx[s] : train_ctx[s];
            const std::vector<int>& gold = on_dev ? dev_gold[s] : train_gold[s];
            std::vector<int> tags(c.n, 0);
            std::vector<std::uint64_t> f;
            std::vector<float> scores;
            std::size_t ok = 0;
            for (std::size_t i = 0; i < c.n; ++i) {
                upos_features(c, static_cast<long>(i), tags, f);
                m.score(f, scores);
                std::size_t guess = Perceptron::best(scores);
                if (learn) {
                    m.update(f, static_cast<std::size_t>(gold[i]), guess);
                    m.tick();
                }
                ok += guess == static_cast<std::size_t>(gold[i]);
                tags[i] = static_cast<int>(guess);
            }
            return {ok, c.n};
        });

    // FEATS, from gold UPOS; the previous word's FEATS as predicted.
    auto gold_classes = [&](const Word& w) {
        std::vector<std::size_t> cls(t.group_names_.size(), 0);
        for (const auto& [name, value] : split_feats(w.feats)) {
            auto g = std::find(t.group_names_.begin(), t.group_names_.end(), name);
            if (g == t.group_names_.end()) continue;
            std::size_t gi = static_cast<std::size_t>(g - t.group_names_.begin());
            auto v = std::find(t.group_values_[gi].begin(), t.group_values_[gi].end(), value);
            if (v != t.group_values_[gi].end()) cls[gi] = static_cast<std::size_t>(v - t.group_values_[gi].begin());
        }
        return cls;
    };
    std::vector<std::vector<std::vector<std::size_t>>> train_fc(train.size()), dev_fc(dev.size());
    for (std::size_t s = 0; s < train.size(); ++s)
        for (const Word& w : train[s].words) train_fc[s].push_back(gold_classes(w));
    for (std::size_t s = 0; s < dev.size(); ++s)
        for (const Word& w : dev[s].words) dev_fc[s].push_back(gold_classes(w));
    t.feats_ = TaggerTrainer::epochs(
        Perceptron(feat_classes, options.feats_bits), order, dev.size(), options.epochs, options.seed + 1, "feats", log,
        [&](Perceptron& m, std::size_t s, bool learn, bool on_dev) -> std::pair<std::size_t, std::size_t> {
            const Context& c = on_dev ? dev_ctx[s] : train_ctx[s];
            const std::vector<int>& gold = on_dev ? dev_gold[s] : train_gold[s];
            const auto& fc = on_dev ? dev_fc[s] : train_fc[s];
            std::vector<std::uint64_t> f;
            std::vector<float> scores;
            std::uint64_t prev = kStart;
            std::size_t ok = 0;
            for (std::size_t i = 0; i < c.n; ++i) {
                feats_features(c, static_cast<long>(i), gold, prev, f);
                m.score(f, scores);
                bool all = true;
                std::string predicted;
                const std::vector<bool>& app = t.applicable_[static_cast<std::size_t>(gold[i])];
                for (std::size_t g = 0; g < t.group_names_.size(); ++g) {
                    std::size_t first = t.group_offset_[g], count = t.group_values_[g].size();
                    std::size_t best = 0;
                    if (app[g])
                        for (std::size_t v = 1; v < count; ++v)
                            if (scores[first + v] > scores[first + best]) best = v;
                    if (best != fc[i][g]) all = false;
                    if (learn && app[g]) m.update(f, first + fc[i][g], first + best);
                    if (best) predicted += t.group_names_[g] + "=" + t.group_values_[g][best] + "|";
                }
                if (learn) m.tick();
                ok += all;
                prev = hash_string(predicted);
            }
            return {ok, c.n};
        });

    // Lemma edits, from gold UPOS and FEATS.
    std::vector<std::vector<std::size_t>> train_edit(train.size()), dev_edit(dev.size());
    auto edits_of = [&](const Sentence& s) {
        std::vector<std::size_t> e;
        for (const Word& w : s.words) {
            auto it = edit_index.find(edit_class(w.form, w.lemma));
            e.push_back(it == edit_index.end() ? t.edits_.size() : it->second);
        }
        return e;
    };
    for (std::size_t s = 0; s < train.size(); ++s) train_edit[s] = edits_of(train[s]);
    for (std::size_t s = 0; s < dev.size(); ++s) dev_edit[s] = edits_of(dev[s]);
    t.lemma_ = TaggerTrainer::epochs(
        Perceptron(t.edits_.size(), options.lemma_bits), order, dev.size(), options.epochs, options.seed + 2,
        "lemma", log,
        [&](Perceptron& m, std::size_t s, bool learn, bool on_dev) -> std::pair<std::size_t, std::size_t> {
            const Context& c = on_dev ? dev_ctx[s] : train_ctx[s];
            const std::vector<int>& gold = on_dev ? dev_gold[s] : train_gold[s];
            const auto& ge = on_dev ? dev_edit[s] : train_edit[s];
            const Sentence& sent = on_dev ? dev[s] : train[s];
            std::vector<std::uint64_t> f;
            std::vector<float> scores;
            std::size_t ok = 0;
            for (std::size_t i = 0; i < c.n; ++i) {
                lemma_features(c.at(static_cast<long>(i)), gold[i], sent.words[i].feats, f);
                m.score(f, scores);
                std::size_t guess = Perceptron::best(scores);
                ok += guess == ge[i];
                if (learn && ge[i] < t.edits_.size()) {
                    // A margin of 1: also learn from a right guess that barely won.
                    std::size_t rival = guess;
                    if (guess == ge[i]) {
                        rival = ge[i] == 0 ? 1 : 0;
                        for (std::size_t k = 0; k < scores.size(); ++k)
                            if (k != ge[i] && scores[k] > scores[rival]) rival = k;
                        if (rival >= scores.size() || scores[ge[i]] - scores[rival] >= 1.0f) rival = ge[i];
                    }
                    m.update(f, ge[i], rival);
                    m.tick();
                }
            }
            return {ok, c.n};
        });
    return t;
}

// ---- files ------------------------------------------------------------------------------------

void Tagger::save(const std::string& path) const {
    learn::save_model(path, kFormat, [&](std::ostream& out) {
        learn::write_strings(out, group_names_);
        for (const auto& v : group_values_) learn::write_strings(out, v);
        for (const auto& row : applicable_) {
            std::string bits;
            for (bool b : row) bits += b ? '1' : '0';
            learn::write_string(out, bits);
        }
        learn::write_strings(out, edits_);
        learn::save_perceptrons(out, {{"upos", &upos_}, {"feats", &feats_}, {"lemma", &lemma_}});
    });
}

Tagger Tagger::load(const std::string& path) {
    std::ifstream in = learn::open_model(path, kFormat);
    Tagger t;
    t.group_names_ = learn::read_strings(in, path);
    std::size_t offset = 0;
    for (std::size_t g = 0; g < t.group_names_.size(); ++g) {
        t.group_values_.push_back(learn::read_strings(in, path));
        if (t.group_values_.back().empty()) throw learn::ModelError(path + ": corrupt feature inventory");
        t.group_offset_.push_back(offset);
        offset += t.group_values_.back().size();
    }
    for (int u = 0; u < kNumUpos; ++u) {
        std::string bits = learn::read_string(in, path);
        if (bits.size() != t.group_names_.size()) throw learn::ModelError(path + ": corrupt feature table");
        std::vector<bool> row;
        for (char b : bits) row.push_back(b == '1');
        t.applicable_.push_back(row);
    }
    t.edits_ = learn::read_strings(in, path);
    learn::load_perceptrons(in, path, {{"upos", &t.upos_}, {"feats", &t.feats_}, {"lemma", &t.lemma_}});
    if (t.upos_.classes() != static_cast<std::size_t>(kNumUpos) || t.feats_.classes() != std::max<std::size_t>(offset, 1) ||
        t.lemma_.classes() != t.edits_.size())
        throw learn::ModelError(path + ": model sizes do not match the inventories");
    learn::expect_model_end(in, path, kFormat);
    return t;
}

}  // namespace trame::ud
