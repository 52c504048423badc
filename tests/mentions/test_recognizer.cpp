// Tests of the committed recognizer model on sentences written for the tests, and of the
// two-pass training on a tiny synthetic set.
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <string>

#include "mentions/recognizer.h"
#include "tests/pipeline_fixture.h"
#include "tests/temp_dir.h"
#include "tests/token_builder.h"

using namespace trame;

namespace {

const Gazetteer& gazetteer() {
    static const Gazetteer instance = Gazetteer::load(std::string(TRAME_SOURCE_DIR) + "/ontology/gazetteer");
    return instance;
}

const std::string kModel = TRAME_SOURCE_DIR "/ontology/models/ner.model";

/// The names the committed model finds in `text`, as "Type:text".
std::vector<std::string> names_in(const std::string& text) {
    static const Recognizer recognizer = Recognizer::load(kModel, &gazetteer());
    Document doc = trame::testing::PipelineFixture::get().prepare(text);
    DocumentTokens tokens;
    for (const Sentence& s : doc.sentences) tokens.push_back(&s.tokens);
    const auto names = recognizer.recognise(tokens);
    std::vector<std::string> out;
    for (std::size_t s = 0; s < names.size(); ++s)
        for (const TypedSpan& span : names[s]) {
            const Sentence& sentence = doc.sentences[s];
            std::string words;
            for (std::size_t k = span.first; k < span.last; ++k)
                words += (k > span.first && sentence.tokens[k - 1].end != sentence.tokens[k].begin ? " " : "") +
                         sentence.tokens[k].form;
            out.push_back(std::string(to_string(span.type)) + ":" + words);
        }
    return out;
}

bool contains(const std::vector<std::string>& names, const std::string& name) {
    return std::find(names.begin(), names.end(), name) != names.end();
}

}  // namespace

TEST_CASE("The committed model finds names in new sentences", "[recognizer]") {
    const auto names = names_in(
        "Le ministre Karim Belhadj a inauguré mardi un nouvel hôpital à Tlemcen. "
        "Belhadj a ensuite rencontré les dirigeants de la Banque mondiale à Alger.");
    INFO(Catch::Detail::stringify(names));
    CHECK(contains(names, "Person:Karim Belhadj"));
    CHECK(contains(names, "Location:Tlemcen"));
    CHECK(contains(names, "Person:Belhadj"));
    CHECK(contains(names, "Organization:Banque mondiale"));
    CHECK(contains(names, "Location:Alger"));
    CHECK_FALSE(contains(names, "Person:Le ministre"));
}

TEST_CASE("The model file is checked when loaded", "[recognizer]") {
    trame::testing::TempDir dir("trame-recognizer");
    save_models((dir.path / "one.model").string(), {NerModel(4, NerFeatures::kVersion)});
    CHECK_THROWS_WITH(Recognizer::load((dir.path / "one.model").string(), &gazetteer()),
                      Catch::Contains("one.model") && Catch::Contains("two models"));
    save_models((dir.path / "old.model").string(), {NerModel(4, 0), NerModel(4, 0)});
    CHECK_THROWS_WITH(Recognizer::load((dir.path / "old.model").string(), &gazetteer()),
                      Catch::Contains("old.model") && Catch::Contains("features version 0"));
}

TEST_CASE("Two-pass training learns a tiny synthetic set", "[recognizer]") {
    using trame::testing::make_sentence;
    const std::vector<Sentence> sentences = {
        make_sentence("Inès/Inès/PROPN/np.ant.f.sg Moreau/Moreau/PROPN/np.unk habite/habiter/VERB/vblex.pri.p3.sg Nantes/Nantes/PROPN/np.top"),
        make_sentence("Moreau/Moreau/PROPN/np.unk dirige/diriger/VERB/vblex.pri.p3.sg la/le/DET/det.def.f.sg Caisse/caisse/NOUN/n.f.sg Verte/vert/ADJ/adj.f.sg"),
        make_sentence("Paul/Paul/PROPN/np.ant.m.sg Roux/Roux/PROPN/np.unk visite/visiter/VERB/vblex.pri.p3.sg Brest/Brest/PROPN/np.top"),
        make_sentence("Roux/Roux/PROPN/np.unk quitte/quitter/VERB/vblex.pri.p3.sg la/le/DET/det.def.f.sg Caisse/caisse/NOUN/n.f.sg Verte/vert/ADJ/adj.f.sg"),
    };
    const NerType per = NerType::Person, loc = NerType::Location, org = NerType::Organization;
    std::vector<TrainingDocument> documents(2);
    documents[0].sentences = {&sentences[0].tokens, &sentences[1].tokens};
    documents[0].names = {{{0, 2, per}, {3, 4, loc}}, {{0, 1, per}, {3, 5, org}}};
    documents[1].sentences = {&sentences[2].tokens, &sentences[3].tokens};
    documents[1].names = {{{0, 2, per}, {3, 4, loc}}, {{0, 1, per}, {3, 5, org}}};
    const Recognizer recognizer(train_recognizer(documents, nullptr, PerceptronOptions{12, 10, 3}, 2), nullptr);
    for (const TrainingDocument& doc : documents) CHECK(recognizer.recognise(doc.sentences) == doc.names);
}

TEST_CASE("recognizer: a name running on over 'à' and a capital is cut into the name and a place") {
    const std::vector<Token> tokens = trame::testing::make_sentence(
        "la/le/DET/det Cour/cour/NOUN/n suprême/suprême/ADJ/adj à/à/ADP/pr Lima/Lima/PROPN/np.top "
        "et/et/CCONJ/cnjcoo Air/Air/PROPN/np.al à/à/ADP/pr bord/bord/NOUN/n").tokens;
    const std::vector<TypedSpan> spans = {{1, 5, NerType::Organization}, {6, 9, NerType::Product}};
    const std::vector<TypedSpan> cut = split_at_place(tokens, spans);
    REQUIRE(cut.size() == 3);
    CHECK(cut[0] == TypedSpan{1, 3, NerType::Organization});
    CHECK(cut[1] == TypedSpan{4, 5, NerType::Location});
    CHECK(cut[2] == TypedSpan{6, 9, NerType::Product});  // "à bord": no capital after "à"
}
