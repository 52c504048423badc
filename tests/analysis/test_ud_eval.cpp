// Tests of the UD scorer (gold tokenization).
#include <catch2/catch.hpp>

#include "analysis/ud_eval.h"
#include "tests/analysis/tiny_treebank.h"

using namespace trame;

TEST_CASE("ud_eval: identical files score 100") {
    auto gold = testing::tiny_treebank();
    ud::UdScores s = ud::evaluate(gold, gold);
    CHECK(s.words == 18);
    CHECK(s.percent(s.las) == 100.0);
    CHECK(s.percent(s.ufeats) == 100.0);
}

TEST_CASE("ud_eval: each column counts apart; LAS uses the universal relation") {
    auto gold = testing::tiny_treebank();
    auto sys = gold;
    sys[1].words[7].deprel = "obl:arg";  // same universal relation: LAS keeps it
    sys[0].words[1].head = 4;            // wrong head: UAS and LAS lose it
    sys[0].words[0].upos = "PRON";
    sys[0].words[0].feats = "PronType=Art|Number=Sing|Gender=Masc|Definite=Def";  // same set, other order
    sys[2].words[1].lemma = "dort";
    ud::UdScores s = ud::evaluate(gold, sys);
    CHECK(s.upos == 17);
    CHECK(s.ufeats == 18);
    CHECK(s.lemmas == 17);
    CHECK(s.uas == 17);
    CHECK(s.las == 17);
    sys[1].words[7].deprel = "nmod";
    CHECK(ud::evaluate(gold, sys).las == 16);
    CHECK(ud::universal_relation("obl:mod") == "obl");
}

TEST_CASE("ud_eval: different words are an error") {
    auto gold = testing::tiny_treebank();
    auto sys = gold;
    sys[2].words[0].form = "Paul";
    CHECK_THROWS_WITH(ud::evaluate(gold, sys), "sentence 3, word 1: gold 'Marie', system 'Paul'");
    sys.pop_back();
    CHECK_THROWS_AS(ud::evaluate(gold, sys), ud::EvalError);
}
