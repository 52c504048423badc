// Tests of the country given to a state institution named without one.
#include <catch2/catch.hpp>

#include <string>
#include <utility>
#include <vector>

#include "discourse/institution_country.h"
#include "mentions/gazetteer.h"
#include "tests/token_builder.h"

using namespace trame;
using trame::testing::add_mention;
using trame::testing::make_sentence;

namespace {

const Gazetteer& gazetteer() {
    static const Gazetteer instance = Gazetteer::load(std::string(TRAME_SOURCE_DIR) + "/ontology/gazetteer");
    return instance;
}

/// The project's discourse lexicon (state institutions, country articles).
const DiscourseLexicon& lexicon() {
    static const DiscourseLexicon instance = DiscourseLexicon::load(std::string(TRAME_SOURCE_DIR) + "/ontology/lexicons");
    return instance;
}

Document make_document(std::vector<Sentence> sentences) {
    Document doc;
    doc.name = "essai.txt";
    doc.id = "essai";
    for (std::size_t i = 0; i < sentences.size(); ++i) {
        sentences[i].index = i;
        doc.sentences.push_back(std::move(sentences[i]));
    }
    return doc;
}

/// "Le Sénat a voté la loi ." with "Sénat" as an organization.
Sentence senate_votes() {
    Sentence s = make_sentence(
        "Le/le/DET/det.def.m.sg Sénat/Sénat/PROPN/np a/avoir/AUX/vbhaver.pri.p3.sg voté/voter/VERB/vblex.pp "
        "la/le/DET/det.def.f.sg loi/loi/NOUN/n.f.sg ././PUNCT/sent");
    add_mention(s, 1, 2, EntityType::Organization, false, "Sénat");
    return s;
}

/// "Le Pérou et le Chili discutent ." or a sentence naming the given country once.
Sentence names_country(const std::string& country) {
    Sentence s = make_sentence("Le/le/DET/det.def.m.sg " + country + "/" + country +
                               "/PROPN/np.top discute/discuter/VERB/vblex.pri.p3.sg ././PUNCT/sent");
    add_mention(s, 1, 2, EntityType::Country, false, country);
    return s;
}

}  // namespace

TEST_CASE("institution_country: a Senate takes the country the document names most") {
    Document doc = make_document({names_country("Pérou"), names_country("Chili"), names_country("Chili"), senate_votes()});
    qualify_institutions(doc, gazetteer(), lexicon());
    CHECK(doc.sentences[3].mentions[0].canonical == "Sénat chilien");
    // The country mentions themselves are left as they are.
    CHECK(doc.sentences[0].mentions[0].canonical == "Pérou");
}

TEST_CASE("institution_country: a demonym right after the institution gives its country") {
    // "Le Sénat italien a voté ." in a document about Chile.
    Sentence s = make_sentence(
        "Le/le/DET/det.def.m.sg Sénat/Sénat/PROPN/np italien/italien/ADJ/adj.m.sg a/avoir/AUX/vbhaver.pri.p3.sg "
        "voté/voter/VERB/vblex.pp ././PUNCT/sent");
    add_mention(s, 1, 2, EntityType::Organization, false, "Sénat");
    add_mention(s, 2, 3, EntityType::Country, true, "Italie");
    Document doc = make_document({names_country("Chili"), s});
    qualify_institutions(doc, gazetteer(), lexicon());
    CHECK(doc.sentences[1].mentions[0].canonical == "Sénat italien");
}

TEST_CASE("institution_country: without a country, or for another organization, nothing changes") {
    Document alone = make_document({senate_votes()});
    qualify_institutions(alone, gazetteer(), lexicon());
    CHECK(alone.sentences[0].mentions[0].canonical == "Sénat");
    Sentence other = senate_votes();
    other.mentions[0].canonical = "Croix-Rouge";
    Document doc = make_document({names_country("Chili"), other});
    qualify_institutions(doc, gazetteer(), lexicon());
    CHECK(doc.sentences[1].mentions[0].canonical == "Croix-Rouge");
}

TEST_CASE("institution_country: the adjective of nationality agrees with the institution") {
    // "L' armée a voté ." (feminine), "Les législatives ont eu lieu ." (feminine plural).
    Sentence army = make_sentence(
        "L'/le/DET/det.def.mf.sg armée/armée/NOUN/n.f.sg a/avoir/AUX/vbhaver.pri.p3.sg voté/voter/VERB/vblex.pp "
        "././PUNCT/sent");
    add_mention(army, 1, 2, EntityType::Organization, false, "armée");
    Sentence vote = make_sentence(
        "Les/le/DET/det.def.mf.pl législatives/législatif/ADJ/adj.f.pl ont/avoir/AUX/vbhaver.pri.p3.pl "
        "eu/avoir/VERB/vblex.pp lieu/lieu/NOUN/n.m.sg ././PUNCT/sent");
    add_mention(vote, 1, 2, EntityType::Event, false, "législatives");
    Document doc = make_document({names_country("Turquie"), army, vote});
    qualify_institutions(doc, gazetteer(), lexicon());
    CHECK(doc.sentences[1].mentions[0].canonical == "armée turque");
    CHECK(doc.sentences[2].mentions[0].canonical == "législatives turques");
}

TEST_CASE("institution_country: a country without an adjective gives its name with its article") {
    for (const auto& [country, name] : std::vector<std::pair<std::string, std::string>>{
             {"Narnia", "Sénat du Narnia"}, {"Oz", "Sénat de l'Oz"}}) {
        Document doc = make_document({names_country(country), senate_votes()});
        qualify_institutions(doc, gazetteer(), lexicon());
        CHECK(doc.sentences[1].mentions[0].canonical == name);
    }
}
