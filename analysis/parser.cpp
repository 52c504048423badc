#include "analysis/parser.h"

#include <algorithm>
#include <fstream>
#include <map>

#include "analysis/model_vocabulary.h"
#include "analysis/word_shape.h"

namespace trame::ud {

namespace {

constexpr learn::ModelFormat kFormat{{'T', 'R', 'P', 'A', 'R', 'S', 'E', 'R'}, 1, "parser"};
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

// ---- feature templates ---------------------------------------------------------------------
// The feature templates of the parser, all in one place: each names the atoms (hashed values) it
// combines. The atoms of a word slot are its five values (lower-cased form, tag, features, lemma,
// suffix); the numbers (distances, valencies, labels) follow them.

constexpr int kFields = 5;
constexpr std::uint8_t lower(int slot) { return static_cast<std::uint8_t>(1 + slot * kFields); }
constexpr std::uint8_t upos(int slot) { return static_cast<std::uint8_t>(lower(slot) + 1); }
constexpr std::uint8_t feats(int slot) { return static_cast<std::uint8_t>(lower(slot) + 2); }
constexpr std::uint8_t lemma(int slot) { return static_cast<std::uint8_t>(lower(slot) + 3); }
constexpr std::uint8_t suffix(int slot) { return static_cast<std::uint8_t>(lower(slot) + 4); }

/// Puts the five values of word `w` at the atoms of `slot`.
void put_word(std::uint64_t* atoms, int slot, const WordValues& w) {
    std::uint64_t* a = atoms + lower(slot);
    a[0] = w.lower;
    a[1] = w.upos;
    a[2] = w.feats;
    a[3] = w.lemma;
    a[4] = w.suffix;
}

/// The atoms of a transition: the top three stack words, the first three buffer words, some of
/// their children and neighbours, then numbers.
namespace transition {
enum Slot { S0, S1, S2, B0, B1, B2, S0L, S0R, S1R, B0L, S0N, B0P, kSlots };
enum Number : std::uint8_t {
    Zero = 1 + kSlots * kFields, B0LowerUpos, DistanceS0B0, DistanceS1S0, S0LeftCount, S0RightCount, B0LeftCount,
    RootNear, LabelS0L, LabelS0R, LabelS0L2, LabelS0R2, LabelB0L, LabelB0L2, LabelS1L, LabelS1R, kAtoms
};
constexpr learn::FeatureTemplate kTemplates[] = {
    // Single words: S0, S1, B0 and B1 each by form, by tag and by both (templates 1 to 12).
    {0, {Zero}}, {1, {lower(S0)}}, {2, {upos(S0)}}, {3, {lower(S0), upos(S0)}},
    {4, {lower(S1)}}, {5, {upos(S1)}}, {6, {lower(S1), upos(S1)}},
    {7, {lower(B0)}}, {8, {upos(B0)}}, {9, {lower(B0), upos(B0)}},
    {10, {lower(B1)}}, {11, {upos(B1)}}, {12, {lower(B1), upos(B1)}}, {13, {upos(B2)}}, {14, {upos(S2)}},
    {15, {upos(S0), feats(S0)}}, {16, {upos(B0), feats(B0)}}, {17, {upos(S1), feats(S1)}}, {18, {lemma(S0)}},
    {19, {lemma(B0)}},
    // Pairs.
    {20, {lower(S0), upos(S0), B0LowerUpos}}, {21, {lower(S0), upos(S0), lower(B0)}},
    {22, {lower(S0), lower(B0), upos(B0)}}, {23, {lower(S0), upos(S0), upos(B0)}},
    {24, {upos(S0), lower(B0), upos(B0)}}, {25, {lower(S0), lower(B0)}}, {26, {upos(S0), upos(B0)}},
    {27, {upos(B0), upos(B1)}}, {28, {upos(S1), upos(S0)}}, {29, {lower(S1), lower(S0)}},
    {30, {lower(S1), upos(S0)}}, {31, {upos(S1), lower(S0)}}, {32, {lemma(S1), lemma(S0)}},
    {33, {lemma(S0), lemma(B0)}},
    // Triples.
    {40, {upos(B0), upos(B1), upos(B2)}}, {41, {upos(S0), upos(B0), upos(B1)}},
    {42, {upos(S1), upos(S0), upos(B0)}}, {43, {upos(S2), upos(S1), upos(S0)}},
    {44, {upos(S0), upos(S0L), upos(B0)}}, {45, {upos(S0), upos(S0R), upos(B0)}},
    {46, {upos(S0), upos(B0), upos(B0L)}}, {47, {upos(S1), upos(S1R), upos(S0)}},
    {48, {upos(S1), upos(S0), upos(S0R)}}, {49, {upos(S1), upos(S0), upos(S0L)}},
    {50, {upos(S0), upos(B0), feats(B0)}}, {51, {upos(S0), feats(S0), upos(B0)}},
    {52, {upos(S1), upos(S0), feats(S0)}}, {53, {upos(S1), feats(S1), upos(S0)}},
    {54, {upos(S1), upos(S0), upos(B1)}},
    // Distance.
    {60, {lower(S0), DistanceS0B0}}, {61, {upos(S0), DistanceS0B0}}, {62, {lower(B0), DistanceS0B0}},
    {63, {upos(B0), DistanceS0B0}}, {64, {upos(S0), upos(B0), DistanceS0B0}},
    {65, {upos(S1), upos(S0), DistanceS1S0}}, {66, {lower(S1), lower(S0), DistanceS1S0}},
    // Valency.
    {70, {lower(S0), S0RightCount}}, {71, {upos(S0), S0RightCount}}, {72, {lower(S0), S0LeftCount}},
    {73, {upos(S0), S0LeftCount}}, {74, {lower(B0), B0LeftCount}}, {75, {upos(B0), B0LeftCount}},
    // Children and their labels.
    {80, {lower(S0L)}}, {81, {upos(S0L)}}, {82, {LabelS0L}}, {83, {lower(S0R)}}, {84, {upos(S0R)}},
    {85, {LabelS0R}}, {86, {lower(B0L)}}, {87, {upos(B0L)}}, {88, {LabelB0L}},
    {89, {upos(S0), LabelS0L, LabelS0L2}}, {90, {upos(S0), LabelS0R, LabelS0R2}},
    {91, {upos(B0), LabelB0L, LabelB0L2}}, {92, {upos(S1), LabelS1L, LabelS1R}},
    {93, {upos(S0), lower(S0), LabelS0L}}, {94, {upos(S0), lower(S0), LabelS0R}},
    // The words beside s0 and before b0 in the sentence (a comma, a conjunction).
    {120, {lower(S0N), upos(S0)}}, {121, {lower(B0P), upos(B0)}}, {122, {lower(S0N), upos(S0), upos(B0)}},
    {123, {lower(B0P), upos(S0), upos(B0)}}, {124, {lower(S0), lower(B0), upos(S1)}},
    {125, {upos(S1), upos(S0), lower(B0)}},
    // Where the root is.
    {95, {RootNear, upos(S0)}}, {96, {RootNear, upos(S0), upos(S1)}},
};
}  // namespace transition

/// The atoms of a labelling: the dependent, its head, its neighbours and children, then numbers.
namespace labelling {
enum Slot { D, H, P, N, DL, DR, kSlots };
enum Number : std::uint8_t {
    Direction = 1 + kSlots * kFields, Distance, LabelDL, LabelDR, LabelHL, DepChildren, HeadChildLabels,
    DepChildLabels, kAtoms
};
constexpr learn::FeatureTemplate kTemplates[] = {
    {200, {Direction}}, {201, {lower(D), Direction}}, {202, {upos(D), Direction}}, {203, {lower(H), Direction}},
    {204, {upos(H), Direction}}, {205, {upos(D), upos(H), Direction}}, {206, {lower(D), upos(H), Direction}},
    {207, {upos(D), lower(H), Direction}}, {208, {lower(D), lower(H), Direction}},
    {209, {upos(D), upos(H), Distance}}, {210, {upos(D), feats(D), Direction}},
    {211, {upos(H), feats(H), upos(D)}}, {212, {upos(D), LabelDL, LabelDR}}, {213, {upos(D), lower(DL)}},
    {214, {upos(D), upos(DR)}}, {215, {upos(H), LabelHL, Direction}}, {216, {upos(D), upos(P), upos(H)}},
    {217, {upos(D), upos(N), upos(H)}}, {218, {lemma(D), lemma(H)}}, {219, {upos(D), lemma(H), Direction}},
    {220, {lemma(D), upos(H), Direction}}, {221, {upos(D), upos(DL), upos(H)}},
    {222, {suffix(D), upos(D), upos(H)}}, {223, {upos(D), DepChildren}},
    // What the head already has (a subject, an object...) and what the dependent holds.
    {224, {upos(H), HeadChildLabels, Direction}}, {225, {upos(D), DepChildLabels}},
    {226, {upos(D), DepChildLabels, upos(H)}}, {227, {upos(D), lemma(DL), upos(H)}},
    {228, {lower(D), lemma(DL), Direction}},
};
}  // namespace labelling

void transition_features(const Parser::Context& c, const ParseState& st, std::vector<std::uint64_t>& f) {
    using namespace transition;
    const int n = static_cast<int>(c.n);
    const std::size_t depth = st.stack.size();
    int s0 = depth > 0 ? st.stack[depth - 1] : -1;
    int s1 = depth > 1 ? st.stack[depth - 2] : -1;
    int s2 = depth > 2 ? st.stack[depth - 3] : -1;
    int b0 = st.buffer;  // n is the root
    int b1 = b0 + 1 <= n ? b0 + 1 : -1;
    int b2 = b0 + 2 <= n ? b0 + 2 : -1;
    if (b1 > n) b1 = -1;
    int s0l = child(st.left1, s0), s0r = child(st.right1, s0), s0l2 = child(st.left2, s0), s0r2 = child(st.right2, s0);
    int s1l = child(st.left1, s1), s1r = child(st.right1, s1);
    int b0l = b0 < n ? child(st.left1, b0) : -1, b0l2 = b0 < n ? child(st.left2, b0) : -1;
    int s0n = s0 >= 0 && s0 + 1 < n ? s0 + 1 : -1;  // the words beside s0 and before b0 (a comma, a conjunction)
    int b0p = b0 > 0 ? b0 - 1 : -1;
    std::uint64_t a[kAtoms] = {};
    const int words[kSlots] = {s0, s1, s2, b0, b1, b2, s0l, s0r, s1r, b0l, s0n, b0p};
    for (int slot = 0; slot < kSlots; ++slot) put_word(a, slot, c.at(words[slot]));
    a[B0LowerUpos] = a[lower(B0)] ^ (a[upos(B0)] * 31);
    a[DistanceS0B0] = s0 >= 0 ? bucket(b0 - s0) : 99;
    a[DistanceS1S0] = s1 >= 0 ? bucket(s0 - s1) : 99;
    a[S0LeftCount] = s0 >= 0 ? static_cast<std::uint64_t>(st.left_count[static_cast<std::size_t>(s0)]) : 99;
    a[S0RightCount] = s0 >= 0 ? static_cast<std::uint64_t>(st.right_count[static_cast<std::size_t>(s0)]) : 99;
    a[B0LeftCount] = b0 < n ? static_cast<std::uint64_t>(st.left_count[static_cast<std::size_t>(b0)]) : 99;
    a[RootNear] = (b0 == n ? 1 : 0) + (depth > 3 ? 6 : depth * 2);
    const int labelled[] = {s0l, s0r, s0l2, s0r2, b0l, b0l2, s1l, s1r};
    for (int k = 0; k < 8; ++k) a[LabelS0L + k] = label_value(st, labelled[k]);
    learn::template_features(kTemplates, a, f);
}

void label_features(const Parser::Context& c, const ParseState& st, int dep, int head, std::vector<std::uint64_t>& f) {
    using namespace labelling;
    const int n = static_cast<int>(c.n);
    int dl = child(st.left1, dep), dr = child(st.right1, dep);
    int hl = head >= 0 ? child(st.left1, head) : -1;
    std::uint64_t a[kAtoms] = {};
    put_word(a, D, c.at(dep));
    put_word(a, H, head < 0 ? c.w[c.n] : c.at(head));
    put_word(a, P, c.at(dep > 0 ? dep - 1 : -1));
    put_word(a, N, c.at(dep + 1 < n ? dep + 1 : -1));
    put_word(a, DL, c.at(dl));
    put_word(a, DR, c.at(dr));
    a[Direction] = head < 0 ? 2 : head > dep ? 1 : 0;
    a[Distance] = head < 0 ? 99 : bucket(head - dep);
    a[LabelDL] = label_value(st, dl);
    a[LabelDR] = label_value(st, dr);
    a[LabelHL] = label_value(st, hl);
    std::uint64_t children = dep >= 0 ? static_cast<std::uint64_t>(st.left_count[static_cast<std::size_t>(dep)] * 8 +
                                                                   st.right_count[static_cast<std::size_t>(dep)])
                                      : 0;
    a[DepChildren] = std::min<std::uint64_t>(children, 40);
    a[HeadChildLabels] = head >= 0 ? st.child_labels[static_cast<std::size_t>(head)] : 0;
    a[DepChildLabels] = st.child_labels[static_cast<std::size_t>(dep)];
    learn::template_features(kTemplates, a, f);
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
    int h = arc_head(t);
    stack.pop_back();
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
            int dep = st.stack.back(), h = st.arc_head(tr);
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
                    int dep = st.stack.back(), h = st.arc_head(tr);
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
    learn::save_model(path, kFormat, [&](std::ostream& out) {
        learn::write_strings(out, label_names_);
        learn::write_u32(out, static_cast<std::uint32_t>(root_label_));
        learn::save_perceptrons(out, {{"transitions", &transitions_}, {"labels", &labels_}});
    });
}

Parser Parser::load(const std::string& path) {
    std::ifstream in = learn::open_model(path, kFormat);
    Parser p;
    p.label_names_ = learn::read_strings(in, path);
    p.root_label_ = static_cast<int>(learn::read_u32(in, path));
    if (p.label_names_.empty() || p.root_label_ >= static_cast<int>(p.label_names_.size()))
        throw learn::ModelError(path + ": corrupt label inventory");
    learn::load_perceptrons(in, path, {{"transitions", &p.transitions_}, {"labels", &p.labels_}});
    if (p.transitions_.classes() != 3 || p.labels_.classes() != p.label_names_.size())
        throw learn::ModelError(path + ": model sizes do not match the label inventory");
    learn::expect_model_end(in, path, kFormat);
    return p;
}

}  // namespace trame::ud
