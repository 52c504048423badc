// Tests of the plural pronoun resolver, run by the extractor on short texts written for them:
// what "ils", "elles" and "eux" stand for, and the cases where nothing must be resolved.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "discourse/discourse.h"
#include "tests/pipeline_fixture.h"

using namespace trame;

namespace {

/// The plural-pronoun resolutions of a text, as "sentence: surface -> antecedent".
std::vector<std::string> plural_resolutions(const std::string& text) {
    Document doc = trame::testing::PipelineFixture::get().prepare(text);
    std::vector<std::string> out;
    for (const Resolution& r : resolutions(doc))
        if (r.kind == "plural-pronoun") out.push_back(std::to_string(r.sentence) + ": " + r.surface + " -> " + r.antecedent);
    return out;
}

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("plural_pronoun_resolver: ils stands for the plural country of the sentence before") {
    CHECK(plural_resolutions("Les États-Unis ont condamné l'attaque du convoi. Ils demandent une enquête indépendante.\n") ==
          Lines{"1: Ils -> États-Unis"});
}

TEST_CASE("plural_pronoun_resolver: a plural noun with an organization as complement stands for it") {
    CHECK(plural_resolutions("Les dirigeants du Hamas ont rejeté l'offre égyptienne. Ils exigent un cessez-le-feu immédiat.\n") ==
          Lines{"1: Ils -> Hamas"});
}

TEST_CASE("plural_pronoun_resolver: within one sentence, the group named before the pronoun") {
    CHECK(plural_resolutions("Les syndicalistes de la CGT ont manifesté devant l'usine, et ils ont promis de revenir.\n") ==
          Lines{"0: ils -> CGT"});
}

TEST_CASE("plural_pronoun_resolver: elles after selon stands for a feminine group") {
    CHECK(plural_resolutions("Les Nations unies ont publié un rapport. Selon elles, la famine menace la région.\n") ==
          Lines{"1: elles -> ONU"});
}

TEST_CASE("plural_pronoun_resolver: a topic that names no group stops the search") {
    CHECK(plural_resolutions("Les États-Unis ont protesté. Les prix du blé ont augmenté en mars. Ils devraient baisser cet été.\n")
              .empty());
}

TEST_CASE("plural_pronoun_resolver: elles never stands for a masculine group") {
    CHECK(plural_resolutions("Les États-Unis ont protesté auprès de Pékin. Elles ont été entendues.\n").empty());
}

TEST_CASE("plural_pronoun_resolver: a man and a woman named together are 'ils', one mention for each") {
    CHECK(plural_resolutions("Jean Dupont et Marie Lambert sont arrivés lundi à Lyon. Ils ont rencontré le maire.\n") ==
          Lines{"1: Ils -> Jean Dupont", "1: Ils -> Marie Lambert"});
    // Persons named apart, not as one coordinated subject, are no antecedent.
    CHECK(plural_resolutions("Jean Dupont a reçu Marie Lambert lundi à Lyon. Ils ont rencontré le maire.\n").empty());
}

TEST_CASE("plural_pronoun_resolver: a name after a preposition is no topic") {
    CHECK(plural_resolutions("La police a enquêté sur les Talibans. Ils ont été relâchés.\n").empty());
}

TEST_CASE("plural_pronoun_resolver: pronouns inside quotation marks are the speaker's, and a quotation is skipped") {
    CHECK(plural_resolutions("Les Talibans ont pris la ville de Kunduz. « Ils mentent », a répondu le gouverneur. "
                             "Ils contrôlent désormais la route du nord.\n") == Lines{"2: Ils -> Talibans"});
}

TEST_CASE("plural_pronoun_resolver: a resolved pronoun gives its facts a resolution") {
    auto& fixture = trame::testing::PipelineFixture::get();
    Document again = fixture.extractor.reader().parse("example.txt",
        "Les États-Unis ont condamné l'attaque du convoi. Ils demandent une enquête indépendante.\n");
    again.id = "example";
    const std::vector<Fact> facts = fixture.extractor.extract_document(again);
    bool found = false;
    for (const Fact& f : facts)
        if (f.sentence == 1 && f.predicate == "demands") {
            found = true;
            CHECK(f.resolution == "plural-pronoun");
            CHECK(again.sentences[1].mentions.at(static_cast<std::size_t>(f.subject.mention)).canonical == "États-Unis");
        }
    CHECK(found);
}

TEST_CASE("plural_pronoun_resolver: when every plural noun follows a preposition, people of an organization are the topic") {
    CHECK(plural_resolutions("Le retard s'explique par la colère des militants de la CGT. Ils refusent la réforme.\n") ==
          Lines{"1: Ils -> CGT"});
}

TEST_CASE("plural_pronoun_resolver: names after a preposition are no topic, and the search goes on before them") {
    CHECK(plural_resolutions("Les Talibans ont pris la ville. Le quartier est peuplé de Pachtounes et de Tadjiks. "
                             "Ils contrôlent la route du nord.\n") == Lines{"2: Ils -> Talibans"});
}

TEST_CASE("plural_pronoun_resolver: ils after two persons coordinated as the subject stands for both") {
    CHECK(plural_resolutions("Gabriel Boric et Javier Milei se sont parlé lundi. Ils ont annoncé un accord sur le gaz.\n") ==
          Lines{"1: Ils -> Gabriel Boric", "1: Ils -> Javier Milei"});
    // "elles" only for two women known as such.
    CHECK(plural_resolutions("Gabriel Boric et Javier Milei se sont parlé lundi. Elles ont annoncé un accord.\n").empty());
}
