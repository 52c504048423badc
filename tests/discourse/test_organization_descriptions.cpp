// Tests of the resolution of "l'ONG", "l'organisation" to the organization named before.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "discourse/organization_descriptions.h"
#include "tests/token_builder.h"

using namespace trame;
using trame::testing::add_mention;
using trame::testing::make_sentence;

namespace {

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

/// "La Fondation Verte a publié un rapport ." with Fondation Verte as an organization.
Sentence report() {
    Sentence s = make_sentence(
        "La/le/DET/det.def.f.sg Fondation/Fondation/PROPN/np Verte/Verte/PROPN/np a/avoir/AUX/vbhaver.pri.p3.sg "
        "publié/publier/VERB/vblex.pp un/un/DET/det.ind.m.sg rapport/rapport/NOUN/n.m.sg ././PUNCT/sent");
    add_mention(s, 1, 3, EntityType::Organization, false, "Fondation Verte");
    return s;
}

/// "L' ONG dénonce les abus ." or "L' organisation …": the noun is token 1.
Sentence it_denounces(const std::string& noun) {
    return make_sentence("L'/le/DET/det.def.mf.sg " + noun + "/" + noun +
                         "/NOUN/n.f.sg dénonce/dénoncer/VERB/vblex.pri.p3.sg les/le/DET/det.def.mf.pl "
                         "abus/abus/NOUN/n.m.pl ././PUNCT/sent");
}

const Mention* description(const Sentence& sentence) {
    for (const Mention& m : sentence.mentions)
        if (m.description) return &m;
    return nullptr;
}

}  // namespace

TEST_CASE("organization_descriptions: l'ONG stands for the organization named in an earlier sentence") {
    Document doc = make_document({report(), it_denounces("ONG")});
    resolve_organization_descriptions(doc, 0);
    resolve_organization_descriptions(doc, 1);
    const Mention* m = description(doc.sentences[1]);
    REQUIRE(m != nullptr);
    CHECK(m->first == 1);
    CHECK(m->last == 2);
    CHECK(m->canonical == "Fondation Verte");
    CHECK(m->type == EntityType::Organization);
    CHECK(m->text == "ONG");
}

TEST_CASE("organization_descriptions: no organization named before, no mention") {
    Document doc = make_document({it_denounces("organisation")});
    resolve_organization_descriptions(doc, 0);
    CHECK(description(doc.sentences[0]) == nullptr);
}

TEST_CASE("organization_descriptions: a noun with a complement is a name, not a description") {
    // "L' organisation de Genève …": the complement makes it a name of its own.
    Sentence s = make_sentence(
        "L'/le/DET/det.def.mf.sg organisation/organisation/NOUN/n.f.sg de/de/ADP/pr "
        "Genève/Genève/PROPN/np.top dénonce/dénoncer/VERB/vblex.pri.p3.sg ././PUNCT/sent");
    Document doc = make_document({report(), s});
    resolve_organization_descriptions(doc, 1);
    CHECK(description(doc.sentences[1]) == nullptr);
}

TEST_CASE("organization_descriptions: too far back, no antecedent") {
    const Sentence blank = make_sentence("Rien/rien/PRON/prn ne/ne/ADV/adv bouge/bouger/VERB/vblex ././PUNCT/sent");
    Document doc = make_document({report(), blank, blank, blank, it_denounces("ONG")});
    resolve_organization_descriptions(doc, 4);
    CHECK(description(doc.sentences[4]) == nullptr);
}

TEST_CASE("organization_descriptions: the organization named most often wins over the latest") {
    // "La Fondation Verte a publié un rapport . … cite la Cour . L' ONG dénonce les abus ."
    Sentence cites = make_sentence(
        "Le/le/DET/det.def.m.sg rapport/rapport/NOUN/n.m.sg cite/citer/VERB/vblex.pri.p3.sg "
        "la/le/DET/det.def.f.sg Cour/Cour/PROPN/np ././PUNCT/sent");
    add_mention(cites, 4, 5, EntityType::Organization, false, "Cour");
    Document doc = make_document({report(), report(), cites, it_denounces("ONG")});
    resolve_organization_descriptions(doc, 3);
    const Mention* m = description(doc.sentences[3]);
    REQUIRE(m != nullptr);
    CHECK(m->canonical == "Fondation Verte");
}
