// Tests of the tagger and lemmatizer, trained on the tiny hand-written treebank.
#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>

#include "tests/temp_dir.h"
#include "analysis/tagger.h"
#include "tests/analysis/tiny_treebank.h"

using namespace trame;

namespace {

ud::Tagger train_tiny() {
    std::vector<ud::Sentence> train = testing::tiny_treebank();
    std::vector<ud::SentenceMorphology> morph(train.size());  // no lttoolbox readings
    ud::TaggerOptions o;
    o.epochs = 15;
    o.min_edit_count = 1;
    o.upos_bits = o.feats_bits = o.lemma_bits = 12;
    return ud::Tagger::train(train, morph, {}, {}, o, nullptr);
}

std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

}  // namespace

TEST_CASE("tagger: lemma edit classes") {
    CHECK(ud::Tagger::edit_class("mange", "manger") == "C0|r");
    CHECK(ud::Tagger::edit_class("Les", "le") == "L1|");
    CHECK(ud::Tagger::edit_class("Marie", "Marie") == "C0|");
    CHECK(ud::Tagger::edit_class("étés", "été") == "C1|");
    CHECK(ud::Tagger::edit_class("Été", "été") == "L0|");
    CHECK(ud::Tagger::apply_edit("finissent", "C5|r") == "finir");
    CHECK(ud::Tagger::apply_edit("Élus", "L1|") == "élu");
    CHECK(ud::Tagger::apply_edit("a", "C3|x") == "");
}

TEST_CASE("tagger: trained on a tiny treebank, it reproduces it") {
    ud::Tagger t = train_tiny();
    for (const ud::Sentence& gold : testing::tiny_treebank()) {
        ud::Sentence s = testing::blank_copy(gold);
        t.tag(s, {});
        for (std::size_t i = 0; i < s.words.size(); ++i) {
            INFO(gold.words[i].form);
            CHECK(s.words[i].upos == gold.words[i].upos);
            CHECK(s.words[i].feats == gold.words[i].feats);
            CHECK(s.words[i].lemma == gold.words[i].lemma);
        }
    }
}

TEST_CASE("tagger: training twice gives the same bytes, and a saved model tags the same") {
    testing::TempDir dir("trame-tagger");
    train_tiny().save((dir.path / "a.model").string());
    train_tiny().save((dir.path / "b.model").string());
    CHECK(slurp((dir.path / "a.model").string()) == slurp((dir.path / "b.model").string()));
    ud::Tagger loaded = ud::Tagger::load((dir.path / "a.model").string());
    ud::Tagger fresh = train_tiny();
    for (const ud::Sentence& gold : testing::tiny_treebank()) {
        ud::Sentence a = testing::blank_copy(gold), b = testing::blank_copy(gold);
        loaded.tag(a, {});
        fresh.tag(b, {});
        for (std::size_t i = 0; i < a.words.size(); ++i) CHECK(a.words[i].upos == b.words[i].upos);
    }
}

TEST_CASE("tagger: a missing or wrong model file is a clear error") {
    testing::TempDir dir("trame-tagger");
    CHECK_THROWS_WITH(ud::Tagger::load((dir.path / "none.model").string()),
                      (dir.path / "none.model").string() + ": cannot open tagger model");
    std::string junk = dir.write("junk.model", "this is not a model");
    CHECK_THROWS_WITH(ud::Tagger::load(junk), junk + ": not a trame tagger model");
    std::string good = (dir.path / "t.model").string();
    train_tiny().save(good);
    std::string bytes = slurp(good);
    std::string cut = dir.write("cut.model", bytes.substr(0, bytes.size() - 100));
    CHECK_THROWS_AS(ud::Tagger::load(cut), learn::ModelError);
}
