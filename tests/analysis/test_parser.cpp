// Tests of the arc-hybrid transition system, its dynamic oracle, projectivization and the parser
// trained on the tiny hand-written treebank.
#include <catch2/catch.hpp>

#include <fstream>
#include <functional>
#include <iterator>

#include "tests/temp_dir.h"
#include "analysis/parser.h"
#include "tests/analysis/tiny_treebank.h"

using namespace trame;
using ud::Transition;

namespace {

/// A random projective tree over n words (heads: -1 for the root).
std::vector<int> random_projective_tree(learn::Random& random, int n) {
    std::vector<int> heads(static_cast<std::size_t>(n), -2);
    std::function<void(int, int, int)> build = [&](int lo, int hi, int parent) {
        if (lo >= hi) return;
        int r = lo + static_cast<int>(random.below(static_cast<std::size_t>(hi - lo)));
        heads[static_cast<std::size_t>(r)] = parent;
        // Several children on each side: split the side into runs, each under r.
        int start = lo;
        while (start < r) {
            int end = start + 1 + static_cast<int>(random.below(static_cast<std::size_t>(r - start)));
            build(start, end, r);
            start = end;
        }
        start = r + 1;
        while (start < hi) {
            int end = start + 1 + static_cast<int>(random.below(static_cast<std::size_t>(hi - start)));
            build(start, end, r);
            start = end;
        }
    };
    build(0, n, -1);
    return heads;
}

/// Follows the oracle (a zero-cost transition at every step) and returns the heads it builds.
std::vector<int> follow_oracle(const std::vector<int>& heads, bool& always_zero) {
    const int n = static_cast<int>(heads.size());
    std::vector<int> gold;
    for (int h : heads) gold.push_back(h < 0 ? n : h);
    ud::ParseState st(heads.size());
    always_zero = true;
    while (!st.terminal()) {
        int best = -1, best_cost = 0;
        for (int t = 0; t < 3; ++t) {
            int c = st.cost(static_cast<Transition>(t), gold);
            if (best < 0 || c < best_cost) {
                best = t;
                best_cost = c;
            }
        }
        if (best_cost != 0) always_zero = false;
        st.apply(static_cast<Transition>(best), 0);
    }
    return st.head;
}

ud::Parser train_tiny() {
    ud::ParserOptions o;
    o.epochs = 15;
    o.transition_bits = 14;
    o.label_bits = 12;
    return ud::Parser::train(testing::tiny_treebank(), {}, o, nullptr);
}

}  // namespace

TEST_CASE("parser: the oracle rebuilds projective trees with zero-cost transitions") {
    learn::Random random(11);
    for (int k = 0; k < 300; ++k) {
        std::vector<int> heads = random_projective_tree(random, 1 + static_cast<int>(random.below(14)));
        REQUIRE(ud::is_single_rooted_tree(heads));
        bool zero = false;
        CHECK(follow_oracle(heads, zero) == heads);
        CHECK(zero);
    }
    for (const ud::Sentence& s : testing::tiny_treebank()) {
        std::vector<int> heads;
        for (const ud::Word& w : s.words) heads.push_back(w.head);
        bool zero = false;
        CHECK(follow_oracle(heads, zero) == heads);
    }
}

TEST_CASE("parser: only legal transitions, and exactly one root") {
    ud::ParseState st(2);
    CHECK(st.legal(Transition::shift));
    CHECK_FALSE(st.legal(Transition::left));
    CHECK_FALSE(st.legal(Transition::right));
    st.apply(Transition::shift, 0);
    st.apply(Transition::shift, 0);
    CHECK_FALSE(st.legal(Transition::shift));  // only the root is left in the buffer
    CHECK_FALSE(st.legal(Transition::left));   // two words on the stack: no root yet
    CHECK(st.legal(Transition::right));
}

TEST_CASE("parser: projectivize lifts crossing arcs") {
    // 0 <- 2, 1 -> 3 crosses 2's arc to 0 when 2 is headed by 1... a small crossing tree:
    // words 0..3; root 1; 0 <- 1; 2 <- 0 (crosses nothing but spans 1: 1 is not under 0); 3 <- 1.
    std::vector<int> heads = {1, -1, 0, 1};
    CHECK(ud::is_single_rooted_tree(heads));
    CHECK(ud::projectivize(heads) == 1);
    CHECK(heads == std::vector<int>{1, -1, 1, 1});
    std::vector<int> projective = {1, -1, 1};
    CHECK(ud::projectivize(projective) == 0);
    CHECK_FALSE(ud::is_single_rooted_tree({-1, -1}));
    CHECK_FALSE(ud::is_single_rooted_tree({1, 0, -1}));
}

TEST_CASE("parser: trained on a tiny treebank, it reproduces it") {
    ud::Parser p = train_tiny();
    for (const ud::Sentence& gold : testing::tiny_treebank()) {
        ud::Sentence s = gold;
        for (ud::Word& w : s.words) {
            w.head = -2;
            w.deprel = "_";
        }
        p.parse(s);
        for (std::size_t i = 0; i < s.words.size(); ++i) {
            INFO(gold.words[i].form);
            CHECK(s.words[i].head == gold.words[i].head);
            CHECK(s.words[i].deprel == gold.words[i].deprel);
        }
    }
}

TEST_CASE("parser: training twice gives the same bytes") {
    testing::TempDir dir("trame-parser");
    std::string a = (dir.path / "a.model").string(), b = (dir.path / "b.model").string();
    train_tiny().save(a);
    train_tiny().save(b);
    auto slurp = [](const std::string& path) {
        std::ifstream in(path, std::ios::binary);
        return std::string(std::istreambuf_iterator<char>(in), {});
    };
    CHECK(slurp(a) == slurp(b));
    CHECK(slurp(a).size() > 1000);
}

TEST_CASE("parser: the sentence-final full stop goes to the root word") {
    ud::Parser p = train_tiny();
    ud::Sentence s = testing::tiny_treebank()[2];  // "Marie dort."
    for (ud::Word& w : s.words) w.head = -2;
    p.parse(s);
    CHECK(s.words[2].head == 1);
    CHECK(s.words[2].deprel == "punct");
}

TEST_CASE("parser: saved and loaded, it parses the same; bad files are clear errors") {
    testing::TempDir dir("trame-parser");
    std::string path = (dir.path / "p.model").string();
    train_tiny().save(path);
    ud::Parser loaded = ud::Parser::load(path);
    ud::Sentence s = testing::tiny_treebank()[1];
    loaded.parse(s);
    CHECK(s.words[7].head == 2);
    CHECK(s.words[7].deprel == "obl:mod");
    CHECK_THROWS_WITH(ud::Parser::load(dir.write("x.model", "TRTAGGER")), (dir.path / "x.model").string() + ": not a trame parser model");
    CHECK_THROWS_AS(ud::Parser::load(dir.write("y.model", "TRPARSER\x01")), learn::ModelError);
}
