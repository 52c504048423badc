// Tests of the recognizer's features on hand-analysed French sentences.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "mentions/ner_features.h"
#include "tests/token_builder.h"

using namespace trame;
using trame::testing::make_sentence;

namespace {

const Gazetteer& gazetteer() {
    static const Gazetteer instance = Gazetteer::load(std::string(TRAME_SOURCE_DIR) + "/ontology/gazetteer");
    return instance;
}

bool has(const std::vector<std::string>& features, const std::string& feature) {
    return std::find(features.begin(), features.end(), feature) != features.end();
}

}  // namespace

TEST_CASE("Word shapes", "[ner_features]") {
    CHECK(NerFeatures::shape("Ferrand") == "Xxxxx");
    CHECK(NerFeatures::short_shape("Ferrand") == "Xx");
    CHECK(NerFeatures::shape("2031-07") == "dddd-dd");
    CHECK(NerFeatures::short_shape("ONU") == "X");
    CHECK(NerFeatures::shape("Saint-Étienne") == "Xxxxx-Xxxxx");
    CHECK(NerFeatures::short_shape("l'") == "x'");
}

TEST_CASE("Features of a token: form, affixes, shape, position, analysis, neighbours", "[ner_features]") {
    const Sentence s = make_sentence(
        "Mme/Mme/NOUN/n.f.sg Odile/Odile/PROPN/np.ant.f.sg Ferrand/Ferrand/PROPN/np.unk "
        "dirige/diriger/VERB/vblex.pri.p3.sg une/un/DET/det.ind.f.sg entreprise/entreprise/NOUN/n.f.sg "
        "en/en/ADP/pr France/France/PROPN/np.top.f.sg ././PUNCT/sent");
    const NerFeatures features(&gazetteer());
    const auto f = features.describe(s.tokens);
    REQUIRE(f.size() == s.tokens.size());
    const std::vector<std::string>& ferrand = f[2];
    CHECK(has(ferrand, "w=Ferrand"));
    CHECK(has(ferrand, "l=ferrand"));
    CHECK(has(ferrand, "p2=fe"));
    CHECK(has(ferrand, "s3=and"));
    CHECK(has(ferrand, "shape=Xxxxx"));
    CHECK(has(ferrand, "cap=1"));
    CHECK(has(ferrand, "pos=2"));
    CHECK(has(ferrand, "upos=PROPN"));
    CHECK(has(ferrand, "tags=np.unk"));
    CHECK(has(ferrand, "l-1=odile"));
    CHECK(has(ferrand, "l+1=dirige"));
    CHECK(has(ferrand, "l-2=mme"));
    CHECK(has(ferrand, "tags-1=np.ant"));
    CHECK(has(f[0], "cap=1|first"));
    CHECK(has(f[0], "l-1=<s>"));
    CHECK(has(f[3], "lemma=diriger"));
    CHECK(has(f[8], "pos=3|end"));
    // The gazetteer knows France as a country, and it is next to "en".
    CHECK(has(f[7], "gaz=Country-U"));
    CHECK(has(f[6], "gaz+1=Country-U"));
    CHECK_FALSE(has(f[2], "gaz=Country-U"));
    // Without a gazetteer there is no gazetteer feature.
    const auto bare = NerFeatures(nullptr).describe(s.tokens);
    CHECK_FALSE(has(bare[7], "gaz=Country-U"));
}

TEST_CASE("Hashed features are the hashes of the described ones", "[ner_features]") {
    CHECK(NerFeatures::hash("") == 14695981039346656037ull);
    CHECK(NerFeatures::hash("w=Lyon") != NerFeatures::hash("w=lyon"));
    const Sentence s = make_sentence("Clara/Clara/PROPN/np.ant.f.sg chante/chanter/VERB/vblex.pri.p3.sg");
    const NerFeatures features(nullptr);
    const auto names = features.describe(s.tokens);
    const auto hashes = features.extract(s.tokens);
    REQUIRE(hashes.size() == 2);
    REQUIRE(hashes[1].size() == names[1].size());
    CHECK(hashes[1][3] == NerFeatures::hash(names[1][3]));
}

TEST_CASE("Document features carry the first pass's names across sentences", "[ner_features]") {
    const Sentence first = make_sentence("Odile/Odile/PROPN/np.ant.f.sg Ferrand/Ferrand/PROPN/np.unk parle/parler/VERB/vblex.pri.p3.sg");
    const Sentence second = make_sentence("Ferrand/Ferrand/PROPN/np.unk sourit/sourire/VERB/vblex.pri.p3.sg ././PUNCT/sent");
    const std::vector<const std::vector<Token>*> doc = {&first.tokens, &second.tokens};
    const std::vector<std::vector<TypedSpan>> first_pass = {{{0, 2, NerType::Person}}, {}};
    const auto f = NerFeatures::document_features(doc, first_pass);
    REQUIRE(f.size() == 2);
    REQUIRE(f[1].size() == 3);
    CHECK(has(f[1][0], "doc=Person"));
    CHECK(has(f[1][0], "first=O"));
    CHECK(has(f[0][1], "first=L-Person"));
    CHECK(has(f[0][0], "first-1=<s>"));
    CHECK_FALSE(has(f[1][1], "doc=Person"));  // a lower-case word takes no document feature
}
