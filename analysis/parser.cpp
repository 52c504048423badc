#include "analysis/parser.h"

#include <algorithm>
#include <fstream>
#include <map>

#include "analysis/word_shape.h"

namespace trame::ud {

using learn::feature;
using learn::hash_string;
using learn::Perceptron;

namespace {

constexpr char kMagic[8] = {'T', 'R', 'P', 'A', 'R', 'S', 'E', 'R'};
constexpr std::uint32_t kVersion = 1;
const std::uint64_t kNoWord = hash_string("<no word>");
const std::uint64_t kRootWord = hash_string("<root>");
const std::uint64_t kNoLabel = hash_string("<no label>");
constexpr int kIllegal = 1 << 20;

/// Hashed values of one word.
struct WordValues {
    std::uint64_t lower, upos, feats, lemma, suffix;
};

std::uint64_t bucket(int d) {
    if (d < 0) d = -d;
    return static_cast<std::uint64_t>(d <= 5 ? d : d <= 8 ? 6 : d <= 12 ? 7 : 8);
}

}  // namespace

struct Parser::Context {
    std::vector<WordValues> w;  // n words, then the root, then "no word"
    std::size_t n = 0;
    const WordValues& at(int i) const { return i < 0 ? w[n + 1] : w[static_cast<std::size_t>(i)]; }
};

namespace {

Parser::Context make_context(const Sentence& s) {
    Parser::Context c;
    c.n = s.words.size();
    c.w.reserve(c.n + 2);
    for (const Word& word : s.words) {
        std::string lower = lower_latin(word.form);
        c.w.push_back({hash_string(lower), hash_string(word.upos), hash_string(word.feats), hash_string(word.lemma),
                       hash_string(suffix_cp(lower, 3))});
    }
    c.w.push_back({kRootWord, kRootWord, kRootWord, kRootWord, kRootWord});
    c.w.push_back({kNoWord, kNoWord, kNoWord, kNoWord, kNoWord});
    return c;
}

std::uint64_t label_value(const ParseState& st, int word) {
    if (word < 0) return kNoLabel;
    return static_cast<std::uint64_t>(st.label[static_cast<std::size_t>(word)]) + 101;
}

int child(const std::vector<int>& v, int word) { return word < 0 || word >= static_cast<int>(v.size()) ? -1 : v[static_cast<std::size_t>(word)]; }

/// The transition features: the feature templates of the parser, all in one place.
void transition_features(const Parser::Context& c, const ParseState& st, std::vector<std::uint64_t>& f) {
    f.clear();
    const int n = static_cast<int>(c.n);
    const std::size_t depth = st.stack.size();
    int s0 = depth > 0 ? st.stack[depth - 1] : -1;
    int s1 = depth > 1 ? st.stack[depth - 2] : -1;
    int s2 = depth > 2 ? st.stack[depth - 3] : -1;
    int b0 = st.buffer;  // n is the root
    int b1 = b0 + 1 <= n ? b0 + 1 : -1;
    int b2 = b0 + 2 <= n ? b0 + 2 : -1;
    if (b1 > n) b1 = -1;
    const WordValues& S0 = c.at(s0);
    const WordValues& S1 = c.at(s1);
    const WordValues& S2 = c.at(s2);
    const WordValues& B0 = c.at(b0);
    const WordValues& B1 = c.at(b1);
    const WordValues& B2 = c.at(b2);
    int s0l = child(st.left1, s0), s0r = child(st.right1, s0), s0l2 = child(st.left2, s0), s0r2 = child(st.right2, s0);
    int s1l = child(st.left1, s1), s1r = child(st.right1, s1);
    int b0l = b0 < n ? child(st.left1, b0) : -1, b0l2 = b0 < n ? child(st.left2, b0) : -1;
    const WordValues& S0L = c.at(s0l);
    const WordValues& S0R = c.at(s0r);
    const WordValues& S1R = c.at(s1r);
    const WordValues& B0L = c.at(b0l);
    std::uint64_t d0 = s0 >= 0 ? bucket(b0 - s0) : 99;
    std::uint64_t d1 = s1 >= 0 ? bucket(s0 - s1) : 99;
    std::uint64_t s0vl = s0 >= 0 ? static_cast<std::uint64_t>(st.left_count[static_cast<std::size_t>(s0)]) : 99;
    std::uint64_t s0vr = s0 >= 0 ? static_cast<std::uint64_t>(st.right_count[static_cast<std::size_t>(s0)]) : 99;
    std::uint64_t b0vl = b0 < n ? static_cast<std::uint64_t>(st.left_count[static_cast<std::size_t>(b0)]) : 99;
    std::uint64_t root_near = (b0 == n ? 1 : 0) + (depth > 3 ? 6 : depth * 2);

    // Single words: S0, S1, B0 and B1 each by form, by tag and by both (templates 1 to 12).
    f.push_back(feature(0, 0));
    int id = 1;
    for (const WordValues* w : {&S0, &S1, &B0, &B1}) {
        f.push_back(feature(id++, w->lower));
        f.push_back(feature(id++, w->upos));
        f.push_back(feature(id++, w->lower, w->upos));
    }
    f.push_back(feature(13, B2.upos));
    f.push_back(feature(14, S2.upos));
    f.push_back(feature(15, S0.upos, S0.feats));
    f.push_back(feature(16, B0.upos, B0.feats));
    f.push_back(feature(17, S1.upos, S1.feats));
    f.push_back(feature(18, S0.lemma));
    f.push_back(feature(19, B0.lemma));
    // Pairs.
    f.push_back(feature(20, S0.lower, S0.upos, B0.lower ^ (B0.upos * 31)));
    f.push_back(feature(21, S0.lower, S0.upos, B0.lower));
    f.push_back(feature(22, S0.lower, B0.lower, B0.upos));
    f.push_back(feature(23, S0.lower, S0.upos, B0.upos));
    f.push_back(feature(24, S0.upos, B0.lower, B0.upos));
    f.push_back(feature(25, S0.lower, B0.lower));
    f.push_back(feature(26, S0.upos, B0.upos));
    f.push_back(feature(27, B0.upos, B1.upos));
    f.push_back(feature(28, S1.upos, S0.upos));
    f.push_back(feature(29, S1.lower, S0.lower));
    f.push_back(feature(30, S1.lower, S0.upos));
    f.push_back(feature(31, S1.upos, S0.lower));
    f.push_back(feature(32, S1.lemma, S0.lemma));
    f.push_back(feature(33, S0.lemma, B0.lemma));
    // Triples.
    f.push_back(feature(40, B0.upos, B1.upos, B2.upos));
    f.push_back(feature(41, S0.upos, B0.upos, B1.upos));
    f.push_back(feature(42, S1.upos, S0.upos, B0.upos));
    f.push_back(feature(43, S2.upos, S1.upos, S0.upos));
    f.push_back(feature(44, S0.upos, S0L.upos, B0.upos));
    f.push_back(feature(45, S0.upos, S0R.upos, B0.upos));
    f.push_back(feature(46, S0.upos, B0.upos, B0L.upos));
    f.push_back(feature(47, S1.upos, S1R.upos, S0.upos));
    f.push_back(feature(48, S1.upos, S0.upos, S0R.upos));
    f.push_back(feature(49, S1.upos, S0.upos, S0L.upos));
    f.push_back(feature(50, S0.upos, B0.upos, B0.feats));
    f.push_back(feature(51, S0.upos, S0.feats, B0.upos));
    f.push_back(feature(52, S1.upos, S0.upos, S0.feats));
    f.push_back(feature(53, S1.upos, S1.feats, S0.upos));
    f.push_back(feature(54, S1.upos, S0.upos, B1.upos));
    // Distance.
    f.push_back(feature(60, S0.lower, d0));
    f.push_back(feature(61, S0.upos, d0));
    f.push_back(feature(62, B0.lower, d0));
    f.push_back(feature(63, B0.upos, d0));
    f.push_back(feature(64, S0.upos, B0.upos, d0));
    f.push_back(feature(65, S1.upos, S0.upos, d1));
    f.push_back(feature(66, S1.lower, S0.lower, d1));
    // Valency.
    f.push_back(feature(70, S0.lower, s0vr));
    f.push_back(feature(71, S0.upos, s0vr));
    f.push_back(feature(72, S0.lower, s0vl));
    f.push_back(feature(73, S0.upos, s0vl));
    f.push_back(feature(74, B0.lower, b0vl));
    f.push_back(feature(75, B0.upos, b0vl));
    // Children and their labels.
    f.push_back(feature(80, S0L.lower));
    f.push_back(feature(81, S0L.upos));
    f.push_back(feature(82, label_value(st, s0l)));
    f.push_back(feature(83, S0R.lower));
    f.push_back(feature(84, S0R.upos));
    f.push_back(feature(85, label_value(st, s0r)));
    f.push_back(feature(86, B0L.lower));
    f.push_back(feature(87, B0L.upos));
    f.push_back(feature(88, label_value(st, b0l)));
    f.push_back(feature(89, S0.upos, label_value(st, s0l), label_value(st, s0l2)));
    f.push_back(feature(90, S0.upos, label_value(st, s0r), label_value(st, s0r2)));
    f.push_back(feature(91, B0.upos, label_value(st, b0l), label_value(st, b0l2)));
    f.push_back(feature(92, S1.upos, label_value(st, s1l), label_value(st, s1r)));
    f.push_back(feature(93, S0.upos, S0.lower, label_value(st, s0l)));
    f.push_back(feature(94, S0.upos, S0.lower, label_value(st, s0r)));
    // The words beside s0 and before b0 in the sentence (a comma, a conjunction).
    const WordValues& S0N = c.at(s0 >= 0 && s0 + 1 < n ? s0 + 1 : -1);
    const WordValues& B0P = c.at(b0 > 0 ? b0 - 1 : -1);
    f.push_back(feature(120, S0N.lower, S0.upos));
    f.push_back(feature(121, B0P.lower, B0.upos));
    f.push_back(feature(122, S0N.lower, S0.upos, B0.upos));
    f.push_back(feature(123, B0P.lower, S0.upos, B0.upos));
    f.push_back(feature(124, S0.lower, B0.lower, S1.upos));
    f.push_back(feature(125, S1.upos, S0.upos, B0.lower));
    // Where the root is.
    f.push_back(feature(95, root_near, S0.upos));
    f.push_back(feature(96, root_near, S0.upos, S1.upos));
}

void label_features(const Parser::Context& c, const ParseState& st, int dep, int head, std::vector<std::uint64_t>& f) {
    f.clear();
    const int n = static_cast<int>(c.n);
    const WordValues& D = c.at(dep);
    const WordValues& H = head < 0 ? c.w[c.n] : c.at(head);
    std::uint64_t dir = head < 0 ? 2 : head > dep ? 1 : 0;
    std::uint64_t dist = head < 0 ? 99 : bucket(head - dep);
    int dl = child(st.left1, dep), dr = child(st.right1, dep);
    int hl = head >= 0 ? child(st.left1, head) : -1;
    const WordValues& P = c.at(dep > 0 ? dep - 1 : -1);
    const WordValues& N = c.at(dep + 1 < n ? dep + 1 : -1);
    f.push_back(feature(200, dir));
    f.push_back(feature(201, D.lower, dir));
    f.push_back(feature(202, D.upos, dir));
    f.push_back(feature(203, H.lower, dir));
    f.push_back(feature(204, H.upos, dir));
    f.push_back(feature(205, D.upos, H.upos, dir));
    f.push_back(feature(206, D.lower, H.upos, dir));
    f.push_back(feature(207, D.upos, H.lower, dir));
    f.push_back(feature(208, D.lower, H.lower, dir));
    f.push_back(feature(209, D.upos, H.upos, dist));
    f.push_back(feature(210, D.upos, D.feats, dir));
    f.push_back(feature(211, H.upos, H.feats, D.upos));
    f.push_back(feature(212, D.upos, label_value(st, dl), label_value(st, dr)));
    f.push_back(feature(213, D.upos, c.at(dl).lower));
    f.push_back(feature(214, D.upos, c.at(dr).upos));
    f.push_back(feature(215, H.upos, label_value(st, hl), dir));
    f.push_back(feature(216, D.upos, P.upos, H.upos));
    f.push_back(feature(217, D.upos, N.upos, H.upos));
    f.push_back(feature(218, D.lemma, H.lemma));
    f.push_back(feature(219, D.upos, H.lemma, dir));
    f.push_back(feature(220, D.lemma, H.upos, dir));
    f.push_back(feature(221, D.upos, c.at(dl).upos, H.upos));
    f.push_back(feature(222, D.suffix, D.upos, H.upos));
    std::uint64_t dchildren = dep >= 0 ? static_cast<std::uint64_t>(st.left_count[static_cast<std::size_t>(dep)] * 8 +
                                                                    st.right_count[static_cast<std::size_t>(dep)])
                                       : 0;
    f.push_back(feature(223, D.upos, std::min<std::uint64_t>(dchildren, 40)));
    // What the head already has (a subject, an object...) and what the dependent holds.
    std::uint64_t head_has = head >= 0 ? st.child_labels[static_cast<std::size_t>(head)] : 0;
    std::uint64_t dep_has = st.child_labels[static_cast<std::size_t>(dep)];
    f.push_back(feature(224, H.upos, head_has, dir));
    f.push_back(feature(225, D.upos, dep_has));
    f.push_back(feature(226, D.upos, dep_has, H.upos));
    f.push_back(feature(227, D.upos, c.at(dl).lemma, H.upos));
    f.push_back(feature(228, D.lower, c.at(dl).lemma, dir));
}

}  // namespace

// ---- transition system ------------------------------------------------------------------------

ParseState::ParseState(std::size_t words)
    : n(words), head(words, -2), label(words, -1), left1(words, -1), left2(words, -1), right1(words, -1),
      right2(words, -1), left_count(words, 0), right_count(words, 0), child_labels(words, 0) {
    stack.reserve(words);
}

bool ParseState::legal(Transition t) const {
    switch (t) {
        case Transition::shift: return buffer < static_cast<int>(n);
        case Transition::left: return !stack.empty() && (buffer < static_cast<int>(n) || stack.size() == 1);
        case Transition::right: return stack.size() >= 2;
    }
    return false;
}

void ParseState::apply(Transition t, int lab) {
    if (t == Transition::shift) {
        stack.push_back(buffer++);
        return;
    }
    int dep = stack.back();
    stack.pop_back();
    int h = t == Transition::left ? (buffer == static_cast<int>(n) ? -1 : buffer) : stack.back();
    auto d = static_cast<std::size_t>(dep);
    head[d] = h;
    label[d] = lab;
    if (h < 0) return;
    auto hh = static_cast<std::size_t>(h);
    if (lab >= 0 && lab < 64) child_labels[hh] |= std::uint64_t{1} << lab;
    if (dep < h) {
        // Left dependents arrive right to left in arc-hybrid (LEFT attaches the nearest first).
        left2[hh] = left1[hh];
        left1[hh] = dep;
        ++left_count[hh];
    } else {
        right2[hh] = right1[hh];
        right1[hh] = dep;
        ++right_count[hh];
    }
}

int ParseState::cost(Transition t, const std::vector<int>& gold) const {
    if (!legal(t)) return kIllegal;
    const int nn = static_cast<int>(n);
    int c = 0;
    if (t == Transition::shift) {
        int b = buffer;
        for (std::size_t k = 0; k < stack.size(); ++k) {
            int s = stack[k];
            if (gold[static_cast<std::size_t>(s)] == b) ++c;
            if (gold[static_cast<std::size_t>(b)] == s && k + 1 != stack.size()) ++c;
        }
        return c;
    }
    int s0 = stack.back();
    int s1 = stack.size() > 1 ? stack[stack.size() - 2] : -1;
    int h = gold[static_cast<std::size_t>(s0)];
    for (int k = buffer; k < nn; ++k)
        if (gold[static_cast<std::size_t>(k)] == s0) ++c;
    if (t == Transition::left) {
        if (h != buffer && (h == s1 || h > buffer)) ++c;
    } else {
        if (h >= buffer) ++c;
    }
    return c;
}

// ---- projectivity -----------------------------------------------------------------------------

bool is_single_rooted_tree(const std::vector<int>& heads) {
    const int n = static_cast<int>(heads.size());
    int roots = 0;
    for (int h : heads) {
        if (h == -1) ++roots;
        else if (h < 0 || h >= n) return false;
    }
    if (roots != 1) return false;
    for (int i = 0; i < n; ++i) {
        int k = i, steps = 0;
        while (k >= 0 && steps <= n) {
            k = heads[static_cast<std::size_t>(k)];
            ++steps;
        }
        if (steps > n) return false;
    }
    return true;
}

namespace {

bool dominates(const std::vector<int>& heads, int h, int k) {
    while (k >= 0) {
        if (k == h) return true;
        k = heads[static_cast<std::size_t>(k)];
    }
    return false;
}

bool arc_projective(const std::vector<int>& heads, int d) {
    int h = heads[static_cast<std::size_t>(d)];
    if (h < 0) return true;
    int lo = std::min(h, d), hi = std::max(h, d);
    for (int k = lo + 1; k < hi; ++k)
        if (!dominates(heads, h, k)) return false;
    return true;
}

}  // namespace

std::size_t projectivize(std::vector<int>& heads) {
    std::size_t lifts = 0;
    for (;;) {
        int pick = -1, span = 0;
        for (int d = 0; d < static_cast<int>(heads.size()); ++d) {
            int h = heads[static_cast<std::size_t>(d)];
            if (h < 0 || arc_projective(heads, d)) continue;
            int s = std::abs(h - d);
            if (pick < 0 || s < span) {
                pick = d;
                span = s;
            }
        }
        if (pick < 0) return lifts;
        heads[static_cast<std::size_t>(pick)] = heads[static_cast<std::size_t>(heads[static_cast<std::size_t>(pick)])];
        ++lifts;
    }
}

// ---- inference ------------------------------------------------------------------------------

void Parser::run(const Context& c, ParseState& st) const {
    std::vector<std::uint64_t> f, lf;
    std::vector<float> scores, lscores;
    std::vector<bool> allowed(label_names_.size(), true);
    if (!allowed.empty()) allowed[static_cast<std::size_t>(root_label_)] = false;
    while (!st.terminal()) {
        transition_features(c, st, f);
        transitions_.score(f, scores);
        int best = -1;
        for (int t = 0; t < 3; ++t)
            if (st.legal(static_cast<Transition>(t)) && (best < 0 || scores[static_cast<std::size_t>(t)] > scores[static_cast<std::size_t>(best)]))
                best = t;
        auto tr = static_cast<Transition>(best);
        int lab = -1;
        if (tr != Transition::shift) {
            int dep = st.stack.back();
            int h = tr == Transition::left ? (st.buffer == static_cast<int>(st.n) ? -1 : st.buffer) : st.stack[st.stack.size() - 2];
            if (h < 0) {
                lab = root_label_;
            } else {
                label_features(c, st, dep, h, lf);
                labels_.score(lf, lscores);
                lab = static_cast<int>(Perceptron::best(lscores, allowed));
            }
        }
        st.apply(tr, lab);
    }
}

void Parser::parse(Sentence& sentence) const {
    if (sentence.words.empty()) return;
    Context c = make_context(sentence);
    ParseState st(sentence.words.size());
    run(c, st);
    // A greedy arc-hybrid parser often hangs the final full stop on the last open word; in UD
    // French it goes to the root word (98% of the training sentences), so put it there.
    const std::size_t last = sentence.words.size() - 1;
    const std::string& end = sentence.words[last].form;
    if (sentence.words[last].upos == "PUNCT" && st.head[last] >= 0 &&
        (end == "." || end == "!" || end == "?" || end == "..." || end == "\u2026")) {
        for (std::size_t i = 0; i < last; ++i)
            if (st.head[i] == -1) {
                st.head[last] = static_cast<int>(i);
                auto punct = std::find(label_names_.begin(), label_names_.end(), "punct");
                if (punct != label_names_.end()) st.label[last] = static_cast<int>(punct - label_names_.begin());
            }
    }
    for (std::size_t i = 0; i < sentence.words.size(); ++i) {
        sentence.words[i].head = st.head[i];
        sentence.words[i].deprel = label_names_[static_cast<std::size_t>(st.label[i])];
    }
}

// ---- training -------------------------------------------------------------------------------

struct ParserTrainer {
    struct Example {
        Parser::Context context;
        std::vector<int> gold_head;   // n for the root
        std::vector<int> gold_label;
    };
};

Parser Parser::train(const std::vector<Sentence>& train, const std::vector<Sentence>& dev, const ParserOptions& options,
                     std::ostream* log) {
    Parser p;
    std::map<std::string, int> label_index;
    for (const Sentence& s : train)
        for (const Word& w : s.words) label_index.emplace(w.deprel, 0);
    label_index.emplace("root", 0);
    for (auto& [name, index] : label_index) {
        index = static_cast<int>(p.label_names_.size());
        p.label_names_.push_back(name);
    }
    p.root_label_ = label_index["root"];

    std::vector<ParserTrainer::Example> examples;
    std::size_t skipped = 0, lifted = 0;
    for (const Sentence& s : train) {
        std::vector<int> heads;
        for (const Word& w : s.words) heads.push_back(w.head);
        if (!is_single_rooted_tree(heads)) {
            ++skipped;
            continue;
        }
        lifted += projectivize(heads);
        ParserTrainer::Example e{make_context(s), {}, {}};
        for (std::size_t i = 0; i < heads.size(); ++i) {
            e.gold_head.push_back(heads[i] < 0 ? static_cast<int>(heads.size()) : heads[i]);
            e.gold_label.push_back(label_index[s.words[i].deprel]);
        }
        examples.push_back(std::move(e));
    }
    if (log)
        *log << "parser: " << examples.size() << " sentences (" << skipped << " skipped, " << lifted
             << " arcs lifted), " << p.label_names_.size() << " labels" << std::endl;

    Perceptron trans(3, options.transition_bits), labels(p.label_names_.size(), options.label_bits);
    std::vector<std::size_t> order(examples.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    learn::Random random(options.seed);
    double best_las = -1;
    std::vector<std::uint64_t> f, lf;
    std::vector<float> scores, lscores;
    for (int epoch = 1; epoch <= options.epochs; ++epoch) {
        random.shuffle(order);
        std::size_t correct = 0, total = 0;
        for (std::size_t idx : order) {
            const ParserTrainer::Example& e = examples[idx];
            ParseState st(e.context.n);
            while (!st.terminal()) {
                transition_features(e.context, st, f);
                trans.score(f, scores);
                int costs[3];
                int min_cost = kIllegal;
                for (int t = 0; t < 3; ++t) {
                    costs[t] = st.cost(static_cast<Transition>(t), e.gold_head);
                    min_cost = std::min(min_cost, costs[t]);
                }
                int pred = -1, gold = -1;
                for (int t = 0; t < 3; ++t) {
                    auto ts = static_cast<std::size_t>(t);
                    if (costs[t] >= kIllegal) continue;
                    if (pred < 0 || scores[ts] > scores[static_cast<std::size_t>(pred)]) pred = t;
                    if (costs[t] == min_cost && (gold < 0 || scores[ts] > scores[static_cast<std::size_t>(gold)])) gold = t;
                }
                if (costs[pred] > min_cost) trans.update(f, static_cast<std::size_t>(gold), static_cast<std::size_t>(pred));
                trans.tick();
                int next = gold;
                if (costs[pred] == min_cost || (epoch > 1 && static_cast<double>(random.next() % 1000000) / 1e6 < options.explore))
                    next = pred;
                auto tr = static_cast<Transition>(next);
                int lab = -1;
                if (tr != Transition::shift) {
                    int dep = st.stack.back();
                    int h = tr == Transition::left ? (st.buffer == static_cast<int>(st.n) ? -1 : st.buffer) : st.stack[st.stack.size() - 2];
                    int gold_h = e.gold_head[static_cast<std::size_t>(dep)];
                    bool right_head = (h < 0 ? static_cast<int>(st.n) : h) == gold_h;
                    if (h < 0) {
                        lab = p.root_label_;
                    } else {
                        label_features(e.context, st, dep, h, lf);
                        labels.score(lf, lscores);
                        lab = static_cast<int>(Perceptron::best(lscores));
                        if (right_head) {
                            labels.update(lf, static_cast<std::size_t>(e.gold_label[static_cast<std::size_t>(dep)]), static_cast<std::size_t>(lab));
                            labels.tick();
                            lab = e.gold_label[static_cast<std::size_t>(dep)];
                        }
                    }
                    correct += right_head;
                    ++total;
                }
                st.apply(tr, lab);
            }
        }
        Parser candidate;
        candidate.label_names_ = p.label_names_;
        candidate.root_label_ = p.root_label_;
        candidate.transitions_ = trans;
        candidate.transitions_.average();
        candidate.labels_ = labels;
        candidate.labels_.average();
        double las = epoch;
        std::size_t uas_ok = 0, las_ok = 0, words = 0;
        if (!dev.empty()) {
            for (const Sentence& s : dev) {
                Sentence parsed = s;
                candidate.parse(parsed);
                for (std::size_t i = 0; i < s.words.size(); ++i) {
                    ++words;
                    if (parsed.words[i].head != s.words[i].head) continue;
                    ++uas_ok;
                    auto universal = [](const std::string& r) { return r.substr(0, r.find(':')); };
                    las_ok += universal(parsed.words[i].deprel) == universal(s.words[i].deprel);
                }
            }
            las = 100.0 * las_ok / std::max<std::size_t>(words, 1);
        }
        if (log)
            *log << "parser epoch " << epoch << ": train heads " << 100.0 * correct / std::max<std::size_t>(total, 1)
                 << " dev UAS " << 100.0 * uas_ok / std::max<std::size_t>(words, 1) << " LAS " << las << std::endl;
        if (las > best_las) {
            best_las = las;
            p.transitions_ = std::move(candidate.transitions_);
            p.labels_ = std::move(candidate.labels_);
        }
    }
    return p;
}

// ---- files ------------------------------------------------------------------------------------

void Parser::save(const std::string& path) const {
    std::ofstream out(path, std::ios::binary);
    if (!out) throw learn::ModelError(path + ": cannot write");
    out.write(kMagic, sizeof kMagic);
    learn::write_u32(out, kVersion);
    learn::write_strings(out, label_names_);
    learn::write_u32(out, static_cast<std::uint32_t>(root_label_));
    transitions_.save(out, "transitions");
    labels_.save(out, "labels");
    if (!out) throw learn::ModelError(path + ": write failed");
}

Parser Parser::load(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw learn::ModelError(path + ": cannot open parser model");
    char magic[sizeof kMagic];
    if (!in.read(magic, sizeof magic)) throw learn::ModelError(path + ": truncated model file");
    if (!std::equal(magic, magic + sizeof magic, kMagic)) throw learn::ModelError(path + ": not a trame parser model");
    std::uint32_t version = learn::read_u32(in, path);
    if (version != kVersion) throw learn::ModelError(path + ": parser model version " + std::to_string(version) + ", expected " + std::to_string(kVersion));
    Parser p;
    p.label_names_ = learn::read_strings(in, path);
    p.root_label_ = static_cast<int>(learn::read_u32(in, path));
    if (p.label_names_.empty() || p.root_label_ >= static_cast<int>(p.label_names_.size()))
        throw learn::ModelError(path + ": corrupt label inventory");
    p.transitions_ = Perceptron::load(in, "transitions", path);
    p.labels_ = Perceptron::load(in, "labels", path);
    if (p.transitions_.classes() != 3 || p.labels_.classes() != p.label_names_.size())
        throw learn::ModelError(path + ": model sizes do not match the label inventory");
    if (in.peek() != std::char_traits<char>::eof()) throw learn::ModelError(path + ": trailing bytes after the parser model");
    return p;
}

}  // namespace trame::ud
