// Tests of the discourse stage, run by the extractor on short texts written for them: each kind of
// resolution alone, and the cases where nothing must be resolved.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "discourse/discourse.h"
#include "tests/pipeline_fixture.h"

using namespace trame;

namespace {

/// A text run through every stage: the document and its facts.
struct Extracted {
    Document doc;
    std::vector<Fact> facts;
};

Extracted extract(const std::string& text) {
    auto& fixture = trame::testing::PipelineFixture::get();
    Extracted out;
    out.doc = fixture.extractor.reader().parse("essai.txt", text);
    out.doc.id = "essai";
    out.facts = fixture.extractor.extract_document(out.doc);
    return out;
}

/// The resolutions of sentence `sentence`, as "kind: surface -> antecedent".
std::vector<std::string> resolved_in(const Extracted& e, std::size_t sentence) {
    std::vector<std::string> out;
    for (const Resolution& r : resolutions(e.doc))
        if (r.sentence == sentence) out.push_back(r.kind + ": " + r.surface + " -> " + r.antecedent);
    return out;
}

/// The fact of `predicate` in sentence `sentence`, or null.
const Fact* fact_of(const Extracted& e, std::size_t sentence, const std::string& predicate) {
    for (const Fact& f : e.facts)
        if (f.sentence == sentence && f.predicate == predicate) return &f;
    return nullptr;
}

/// The canonical name of the entity a fact's subject stands for.
std::string subject_of(const Extracted& e, const Fact& f) {
    REQUIRE(f.subject.is_entity());
    return e.doc.sentences[f.sentence].mentions.at(static_cast<std::size_t>(f.subject.mention)).canonical;
}

}  // namespace

TEST_CASE("discourse: a quotation over two sentences gives the first one its speaker, as a mention of its own") {
    const Extracted e = extract("« Les comptes sont justes. Le calendrier sera tenu », a déclaré Pierre Lambert.\n");
    const Fact* first = fact_of(e, 0, "says");
    REQUIRE(first);
    CHECK(first->object.text == "Les comptes sont justes");
    CHECK(first->resolution == "quote-continuation");
    CHECK(subject_of(e, *first) == "Pierre Lambert");
    CHECK(resolved_in(e, 0) == std::vector<std::string>{"quote-speaker: Pierre Lambert -> Pierre Lambert"});
    const Fact* second = fact_of(e, 1, "says");
    REQUIRE(second);
    CHECK(second->resolution.empty());  // the sentence names its speaker
}

TEST_CASE("discourse: a bare title stands for the one holder the article gave it") {
    const Extracted e = extract(
        "Le porte-parole du gouvernement polonais, Marek Zielinski, a démenti. Le porte-parole a ajouté que rien "
        "n'était décidé.\n");
    CHECK(resolved_in(e, 1) ==
          std::vector<std::string>{"title: porte-parole -> Marek Zielinski", "title: polonais -> Pologne"});
    const Fact* says = fact_of(e, 1, "says");
    REQUIRE(says);
    CHECK(says->resolution == "title");
    CHECK(subject_of(e, *says) == "Marek Zielinski");
    // The bare title states the role again, towards the organization the article gave it.
    const Fact* role = fact_of(e, 1, "spokespersonOf");
    REQUIRE(role);
    CHECK(role->resolution == "title");
    CHECK(role->object.text == "Pologne");
    CHECK(e.doc.sentences[1].mentions.at(static_cast<std::size_t>(role->object.mention)).canonical == "Pologne");
}

TEST_CASE("discourse: a role description with its country stands for the holder the article named") {
    const Extracted e = extract(
        "Le ministre portugais de la Culture, Rui Costa, a inauguré le musée. Le ministre portugais de la Culture "
        "affirme que les travaux sont finis.\n");
    CHECK(resolved_in(e, 1) == std::vector<std::string>{"title: ministre portugais -> Rui Costa"});
    const Fact* says = fact_of(e, 1, "says");
    REQUIRE(says);
    CHECK(subject_of(e, *says) == "Rui Costa");
}

TEST_CASE("discourse: a bare 'le président' is the one leader of a country, and nobody when there are two") {
    const Extracted one = extract(
        "Le président brésilien Paulo Moreira a reçu les syndicats. Le président réclame une réforme des retraites.\n");
    const Fact* demands = fact_of(one, 1, "demands");
    REQUIRE(demands);
    CHECK(subject_of(one, *demands) == "Paulo Moreira");
    CHECK(demands->resolution == "title");

    const Extracted two = extract(
        "Le président brésilien Paulo Moreira a reçu le président chilien Tomás Ruiz. Le président réclame une "
        "réforme des retraites.\n");
    CHECK(resolved_in(two, 1).empty());
}

TEST_CASE("discourse: a title beside 'élu' gives a hypothetical role, beside 'ancien' nobody") {
    const Extracted elected = extract(
        "Le président chilien Tomás Ruiz a reçu les syndicats. Le président chilien élu a promis des réformes.\n");
    const Fact* role = fact_of(elected, 1, "leaderOf");
    REQUIRE(role);
    CHECK(role->modality == Modality::Hypothetical);
    CHECK(role->resolution == "title");

    const Extracted former = extract(
        "Le président chilien Tomás Ruiz a reçu les syndicats. L'ancien président chilien a critiqué les réformes.\n");
    CHECK(resolved_in(former, 1).empty());
    CHECK(fact_of(former, 1, "leaderOf") == nullptr);
}

TEST_CASE("discourse: 'le président élu' followed by another country's adjective is not the leader named") {
    const Extracted e = extract(
        "Le président brésilien Paulo Moreira a reçu les syndicats. Le président élu américain a ensuite annoncé une "
        "réforme.\n");
    CHECK(resolved_in(e, 1).empty());
}

TEST_CASE("discourse: an indefinite description ('un président argentin') is anyone, not the leader named") {
    const Extracted e = extract(
        "Le président argentin Javier Milei a parlé. C'est la première fois qu'un président argentin perd ce vote.\n");
    CHECK(resolved_in(e, 1).empty());
    CHECK(fact_of(e, 1, "leaderOf") == nullptr);
}

TEST_CASE("discourse: 'les deux dirigeants' give a fact to each of the two leaders named before") {
    const Extracted e = extract(
        "Le président chilien Gabriel Boric a appelé le président argentin Javier Milei. Les deux dirigeants "
        "ont annoncé qu'un accord serait signé en mai.\n");
    std::vector<std::string> speakers;
    for (const Fact& f : e.facts)
        if (f.sentence == 1 && f.predicate == "says") {
            speakers.push_back(subject_of(e, f));
            CHECK(f.resolution == "definite");
        }
    std::sort(speakers.begin(), speakers.end());
    CHECK(speakers == std::vector<std::string>{"Gabriel Boric", "Javier Milei"});
}

TEST_CASE("discourse: a title right before a name states that person's role, from the article") {
    // The role the article gave the person named.
    const Extracted known = extract(
        "Le président chilien Tomás Ruiz a reçu les syndicats. Le président Ruiz a ensuite signé la loi.\n");
    const Fact* role = fact_of(known, 1, "leaderOf");
    REQUIRE(role);
    CHECK(subject_of(known, *role) == "Ruiz");  // the surname; the reduce joins it to the full name
    CHECK(known.doc.sentences[1].mentions.at(static_cast<std::size_t>(role->object.mention)).canonical == "Chili");
    CHECK(role->resolution == "title");

    // Else the country the article is about, for each person the title names.
    const Extracted focus = extract(
        "Le Pérou a adopté une nouvelle constitution. Le Pérou organisera des élections en mai. Les anciens "
        "présidents Alberto Campos et Luis Herrera ont critiqué le texte.\n");
    std::vector<std::string> leaders;
    for (const Fact& f : focus.facts)
        if (f.sentence == 2 && f.predicate == "leaderOf")
            leaders.push_back(subject_of(focus, f) + " / " +
                              focus.doc.sentences[2].mentions.at(static_cast<std::size_t>(f.object.mention)).canonical);
    CHECK(leaders == std::vector<std::string>{"Alberto Campos / Pérou", "Luis Herrera / Pérou"});
}

TEST_CASE("discourse: a person elected president, with no country, leads the country a headline opens with") {
    const Extracted e = extract("Pérou : Alberto Campos élu président\n\nLe scrutin a été calme.\n");
    const Fact* role = fact_of(e, 0, "leaderOf");
    REQUIRE(role);
    CHECK(subject_of(e, *role) == "Alberto Campos");
    CHECK(e.doc.sentences[0].mentions.at(static_cast<std::size_t>(role->object.mention)).canonical == "Pérou");
    CHECK(role->modality == Modality::Hypothetical);  // elected, not yet in office

    // No country before the colon, none in focus: nobody to lead.
    const Extracted none = extract("Alberto Campos élu président\n\nLe scrutin a été calme.\n");
    CHECK(fact_of(none, 0, "leaderOf") == nullptr);
}

TEST_CASE("discourse: a title before a name gives no role when the country in focus has its leader already") {
    const Extracted e = extract(
        "Le président chilien Tomás Ruiz a reçu les syndicats. Le Chili a voté la réforme. Le président Marco "
        "Silva a salué le vote.\n");
    CHECK(fact_of(e, 2, "leaderOf") == nullptr);
}

TEST_CASE("discourse: 'elle' stands for a woman named before, never for a man") {
    const Extracted woman = extract(
        "Mme Sophie Marchand a rencontré les syndicats. Elle a demandé un nouveau budget pour les écoles.\n");
    CHECK(resolved_in(woman, 1) == std::vector<std::string>{"pronoun: Elle -> Sophie Marchand"});
    const Fact* demands = fact_of(woman, 1, "demands");
    REQUIRE(demands);
    CHECK(demands->resolution == "pronoun");

    const Extracted man = extract("Paul Renard a salué les élus. Elle a réclamé une enquête.\n");
    CHECK(resolved_in(man, 1).empty());
}

TEST_CASE("discourse: impersonal 'il' stands for nobody") {
    const Extracted e = extract(
        "Paul Renard a quitté son poste. Il faut rappeler que la loi a changé. Il y a eu des manifestations. "
        "Il s'agit d'une première.\n");
    for (std::size_t s = 1; s < e.doc.sentences.size(); ++s) CHECK(resolved_in(e, s).empty());
}

TEST_CASE("discourse: a pronoun after a quotation does not stand for a person named inside it") {
    const Extracted e = extract(
        "« Jean Vidal ment. Nous irons au tribunal », a affirmé Mme Claire Dubois. Il a ajouté que la plainte était "
        "prête.\n");
    CHECK(resolved_in(e, 2).empty());
}

TEST_CASE("discourse: 'ce dernier' stands for the entity named last, of the matching gender") {
    const Extracted e = extract("Le ministre Paul Renard a salué Jean Vidal. Ce dernier a réclamé une enquête sur les dépenses.\n");
    CHECK(resolved_in(e, 1) == std::vector<std::string>{"demonstrative: Ce dernier -> Jean Vidal"});
    const Fact* demands = fact_of(e, 1, "demands");
    REQUIRE(demands);
    CHECK(demands->resolution == "demonstrative");

    const Extracted mismatch = extract("Paul Renard a salué les élus. Cette dernière a réclamé une enquête.\n");
    CHECK(resolved_in(mismatch, 1).empty());
}

TEST_CASE("discourse: 'le pays' stands for the country in focus, 'l'organisation' for the last one named") {
    const Extracted country = extract(
        "Le Portugal a signé lundi un accord commercial. Le pays exige aussi la levée des taxes sur le liège.\n");
    CHECK(resolved_in(country, 1) == std::vector<std::string>{"definite: pays -> Portugal"});
    const Fact* demands = fact_of(country, 1, "demands");
    REQUIRE(demands);
    CHECK(demands->resolution == "definite");

    const Extracted organization = extract(
        "L'Organisation mondiale de la santé a publié un rapport mardi. L'organisation réclame davantage de moyens.\n");
    REQUIRE(resolved_in(organization, 1).size() == 1);
    CHECK(resolved_in(organization, 1)[0].rfind("definite: organisation -> ", 0) == 0);
}

TEST_CASE("discourse: no definite description is resolved when two countries are as salient, or it is qualified") {
    const Extracted tie = extract("La Grèce et la Turquie ont signé un accord. Le pays exige des garanties.\n");
    CHECK(resolved_in(tie, 1).empty());
    const Extracted qualified = extract("Le Portugal a signé un accord. Le pays voisin exige des garanties.\n");
    CHECK(resolved_in(qualified, 1).empty());
    const Extracted capital = extract("Le Portugal a signé un accord. Madrid dit que le pays exige des garanties.\n");
    CHECK(resolved_in(capital, 1).empty());
}

TEST_CASE("discourse: 'elle' stands for a feminine country named before it in the sentence, not in the one before") {
    const Extracted same = extract("La Norvège a annoncé qu'elle réclame une enquête sur la pêche.\n");
    CHECK(resolved_in(same, 0) == std::vector<std::string>{"pronoun: elle -> Norvège"});
    const Extracted across = extract("La Norvège a fermé ses ports. Elle réclame une enquête sur la pêche.\n");
    CHECK(resolved_in(across, 1).empty());
}

TEST_CASE("discourse: a quotation after a colon is said by the one subject named before it") {
    const Extracted e = extract(
        "Paul Renard, venu en voisin, a conclu la réunion par ces mots : « Nous reviendrons l'an prochain. »\n");
    const Fact* says = fact_of(e, 0, "says");
    REQUIRE(says);
    CHECK(subject_of(e, *says) == "Paul Renard");
    CHECK(says->object.text == "Nous reviendrons l'an prochain");
    CHECK(says->resolution == "quote-speaker");

    // Two people, or only one after a preposition: nobody in particular says it.
    CHECK(fact_of(extract("Paul Renard et Jean Vidal ont conclu la réunion par ces mots : « Nous reviendrons. »\n"), 0,
                  "says") == nullptr);
    CHECK(fact_of(extract("À Lyon, les habitants de la ville de Paul Renard ont crié : « Démission ! »\n"), 0, "says") ==
          nullptr);
}
