// Tests of join_unnamed_events: events named by a bare noun joined to the one event of the
// document the same noun names in full, on hand-analysed sentences written for these tests.
#include <catch2/catch.hpp>

#include <cstddef>
#include <sstream>
#include <string>
#include <vector>

#include "mentions/unnamed_events.h"

using namespace trame;

namespace {

/// A sentence of tokens written "form/lemma/UPOS" separated by spaces, with no mention yet.
Sentence analysed(const std::string& words) {
    Sentence sentence;
    std::istringstream in(words);
    for (std::string word; in >> word;) {
        const std::size_t a = word.find('/');
        const std::size_t b = word.find('/', a + 1);
        Token token;
        token.form = word.substr(0, a);
        token.lemma = word.substr(a + 1, b - a - 1);
        token.upos = word.substr(b + 1);
        sentence.tokens.push_back(token);
    }
    return sentence;
}

/// Adds a mention of `type` over tokens [first, last) of `sentence`, its text the tokens' forms.
Mention& mention(Sentence& sentence, std::size_t first, std::size_t last, EntityType type = EntityType::Event) {
    Mention m;
    m.first = first;
    m.last = last;
    for (std::size_t k = first; k < last; ++k) m.text += (k > first ? " " : "") + sentence.tokens[k].form;
    m.name = m.canonical = m.text;
    m.type = type;
    sentence.mentions.push_back(m);
    return sentence.mentions.back();
}

/// A document of `sentences`, numbered in order.
Document document(std::vector<Sentence> sentences) {
    Document doc;
    for (std::size_t i = 0; i < sentences.size(); ++i) sentences[i].index = i;
    doc.sentences = std::move(sentences);
    return doc;
}

// "Des rassemblements bruyants ont eu lieu à Rennes." (the bare event, with a plain adjective)
Sentence noisy_gatherings() {
    Sentence s = analysed("Des/un/DET rassemblements/rassemblement/NOUN bruyants/bruyant/ADJ ont/avoir/AUX eu/avoir/VERB "
                          "lieu/lieu/NOUN à/à/ADP Rennes/Rennes/PROPN ./././PUNCT");
    mention(s, 1, 3);
    mention(s, 7, 8, EntityType::Place);
    return s;
}

// "Des rassemblements anti-Dupont ont aussi eu lieu samedi." (the named event)
Sentence gatherings_against() {
    Sentence s = analysed("Des/un/DET rassemblements/rassemblement/NOUN anti-Dupont/anti-Dupont/PROPN ont/avoir/AUX "
                          "aussi/aussi/ADV eu/avoir/VERB lieu/lieu/NOUN samedi/samedi/NOUN ./././PUNCT");
    mention(s, 1, 3);
    return s;
}

}  // namespace

TEST_CASE("a bare event joins the one event of its noun the article names", "[unnamed_events]") {
    Document doc = document({noisy_gatherings(), gatherings_against()});
    join_unnamed_events(doc);
    CHECK(doc.sentences[0].mentions[0].canonical == "rassemblements anti-Dupont");
    CHECK(doc.sentences[0].mentions[0].text == "rassemblements bruyants");  // its text stays an alternative name
    CHECK(doc.sentences[0].mentions[1].canonical == "Rennes");
    CHECK(doc.sentences[1].mentions[0].canonical == "rassemblements anti-Dupont");
}

TEST_CASE("a bare event with two full events of its noun joins neither", "[unnamed_events]") {
    // "Des rassemblements pro-Martin ont répondu."
    Sentence other = analysed("Des/un/DET rassemblements/rassemblement/NOUN pro-Martin/pro-Martin/PROPN "
                              "ont/avoir/AUX répondu/répondre/VERB ./././PUNCT");
    mention(other, 1, 3);
    Document doc = document({noisy_gatherings(), gatherings_against(), other});
    join_unnamed_events(doc);
    CHECK(doc.sentences[0].mentions[0].canonical == "rassemblements bruyants");
    CHECK(doc.sentences[1].mentions[0].canonical == "rassemblements anti-Dupont");
    CHECK(doc.sentences[2].mentions[0].canonical == "rassemblements pro-Martin");
}

TEST_CASE("an event qualified by a place, a date or a demonym stays apart", "[unnamed_events]") {
    // "Les rassemblements de Nantes ont été interdits." — a complement qualifies the noun.
    Sentence place = analysed("Les/le/DET rassemblements/rassemblement/NOUN de/de/ADP Nantes/Nantes/PROPN "
                              "ont/avoir/AUX été/être/AUX interdits/interdire/VERB ./././PUNCT");
    mention(place, 1, 4);
    mention(place, 3, 4, EntityType::Place);
    // "Les rassemblements italiens ont été plus calmes." — a demonym is a mention of its country.
    Sentence demonym = analysed("Les/le/DET rassemblements/rassemblement/NOUN italiens/italien/ADJ ont/avoir/AUX "
                                "été/être/AUX plus/plus/ADV calmes/calme/ADJ ./././PUNCT");
    mention(demonym, 1, 3);
    mention(demonym, 2, 3, EntityType::Country).demonym = true;
    Document doc = document({place, gatherings_against(), demonym});
    join_unnamed_events(doc);
    CHECK(doc.sentences[0].mentions[0].canonical == "rassemblements de Nantes");
    CHECK(doc.sentences[2].mentions[0].canonical == "rassemblements italiens");
}

TEST_CASE("two events of one noun with different dates stay apart", "[unnamed_events]") {
    // "La grève du 3 mars a été suivie." / "La grève du 10 avril l'a été moins."
    Sentence march = analysed("La/le/DET grève/grève/NOUN du/de/ADP 3/3/NUM mars/mars/NOUN a/avoir/AUX été/être/AUX "
                              "suivie/suivre/VERB ./././PUNCT");
    mention(march, 1, 5);
    Sentence april = analysed("La/le/DET grève/grève/NOUN du/de/ADP 10/10/NUM avril/avril/NOUN l'/le/PRON a/avoir/AUX "
                              "été/être/AUX moins/moins/ADV ./././PUNCT");
    mention(april, 1, 5);
    // "Cette grève a coûté cher." — two full strikes: the bare one joins neither.
    Sentence bare = analysed("Cette/ce/DET grève/grève/NOUN a/avoir/AUX coûté/coûter/VERB cher/cher/ADV ./././PUNCT");
    mention(bare, 0, 2);
    Document doc = document({march, april, bare});
    join_unnamed_events(doc);
    CHECK(doc.sentences[0].mentions[0].canonical == "grève du 3 mars");
    CHECK(doc.sentences[1].mentions[0].canonical == "grève du 10 avril");
    CHECK(doc.sentences[2].mentions[0].canonical == "Cette grève");
}

TEST_CASE("a bare event's adjectives must be among the full event's", "[unnamed_events]") {
    // "L'élection législative de 2020 a été annulée."
    Sentence full = analysed("L'/le/DET élection/élection/NOUN législative/législatif/ADJ de/de/ADP 2020/2020/NUM "
                             "a/avoir/AUX été/être/AUX annulée/annuler/VERB ./././PUNCT");
    mention(full, 0, 5);
    // "L'élection présidentielle aura lieu en mai." — another election.
    Sentence other = analysed("L'/le/DET élection/élection/NOUN présidentielle/présidentiel/ADJ aura/avoir/AUX "
                              "lieu/lieu/NOUN en/en/ADP mai/mai/NOUN ./././PUNCT");
    mention(other, 0, 3);
    // "L'élection législative avait été contestée." — the same one.
    Sentence same = analysed("L'/le/DET élection/élection/NOUN législative/législatif/ADJ avait/avoir/AUX "
                             "été/être/AUX contestée/contester/VERB ./././PUNCT");
    mention(same, 0, 3);
    Document doc = document({full, other, same});
    join_unnamed_events(doc);
    CHECK(doc.sentences[1].mentions[0].canonical == "L' élection présidentielle");
    CHECK(doc.sentences[2].mentions[0].canonical == "L' élection législative de 2020");
}

TEST_CASE("only events of the same noun join, and what resolves to a bare event follows it", "[unnamed_events]") {
    // "Des grèves ont éclaté." — another noun: never joined to the gatherings.
    Sentence strikes = analysed("Des/un/DET grèves/grève/NOUN ont/avoir/AUX éclaté/éclater/VERB ./././PUNCT");
    mention(strikes, 1, 2);
    // "Ils ont dégénéré." — a pronoun resolved to the noisy gatherings.
    Sentence pronoun = analysed("Ils/il/PRON ont/avoir/AUX dégénéré/dégénérer/VERB ./././PUNCT");
    Mention& it = mention(pronoun, 0, 1);
    it.pronoun = true;
    it.resolution = "pronoun";
    it.canonical = "rassemblements bruyants";
    // "Le rassemblement de Dupont" as a person's organisation is not an event: left alone.
    Sentence party = analysed("Le/le/DET Rassemblement/rassemblement/NOUN a/avoir/AUX voté/voter/VERB ./././PUNCT");
    mention(party, 1, 2, EntityType::Organization);
    Document doc = document({strikes, noisy_gatherings(), pronoun, gatherings_against(), party});
    join_unnamed_events(doc);
    CHECK(doc.sentences[0].mentions[0].canonical == "grèves");
    CHECK(doc.sentences[1].mentions[0].canonical == "rassemblements anti-Dupont");
    CHECK(doc.sentences[2].mentions[0].canonical == "rassemblements anti-Dupont");
    CHECK(doc.sentences[4].mentions[0].canonical == "Rassemblement");
}

TEST_CASE("a complement without determiner classifies like an adjective", "[unnamed_events]") {
    // "Le référendum du 4 juin a été validé."
    Sentence dated = analysed("Le/le/DET référendum/référendum/NOUN du/de/ADP 4/4/NUM juin/juin/NOUN a/avoir/AUX "
                              "été/être/AUX validé/valider/VERB ./././PUNCT");
    mention(dated, 1, 5);
    // "Les autorités avaient annoncé un référendum d'autonomie." — the same one.
    Sentence kind = analysed("Les/le/DET autorités/autorité/NOUN avaient/avoir/AUX annoncé/annoncer/VERB un/un/DET "
                             "référendum/référendum/NOUN d'/de/ADP autonomie/autonomie/NOUN ./././PUNCT");
    mention(kind, 5, 8);
    // "Un référendum d'autonomie de ces trois îles est prévu." — a complement with a determiner qualifies.
    Sentence islands = analysed("Un/un/DET référendum/référendum/NOUN d'/de/ADP autonomie/autonomie/NOUN de/de/ADP "
                                "ces/ce/DET trois/trois/NUM îles/île/NOUN est/être/AUX prévu/prévoir/VERB ./././PUNCT");
    mention(islands, 1, 8);
    Document doc = document({dated, kind});
    join_unnamed_events(doc);
    CHECK(doc.sentences[1].mentions[0].canonical == "référendum du 4 juin");
    Document two = document({dated, kind, islands});
    join_unnamed_events(two);
    CHECK(two.sentences[1].mentions[0].canonical == "référendum d' autonomie");
    CHECK(two.sentences[2].mentions[0].canonical == "référendum d' autonomie de ces trois îles");
}
