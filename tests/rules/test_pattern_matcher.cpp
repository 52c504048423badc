// Tests of pattern matching over hand-analysed sentences.
#include <catch2/catch.hpp>

#include "rules/ontology.h"
#include "tests/ontology_fixture.h"
#include "rules/pattern_matcher.h"
#include "rules/rule_set.h"
#include "tests/token_builder.h"

using namespace trame;
using trame::testing::ontology;
using trame::testing::add_mention;
using trame::testing::make_sentence;

namespace {

std::vector<Fact> run(const std::string& rule_body, const Sentence& sentence) {
    const std::string text = "rule r\n  example: x\n  expect: x | x | x\n" + rule_body;
    return RuleSet::from_text(text, ontology()).apply(sentence);
}

// "La Grèce et Chypre exigent le retrait des troupes ."
Sentence demand_sentence() {
    Sentence s = make_sentence(
        "La/le/DET/det Grèce/Grèce/PROPN/np.top et/et/CCONJ/cnjcoo Chypre/Chypre/PROPN/np.top "
        "exigent/exiger/VERB/vblex.pri.p3.pl le/le/DET/det retrait/retrait/NOUN/n "
        "des/de/ADP/pr+det troupes/troupe/NOUN/n ././PUNCT/sent");
    add_mention(s, 1, 2, EntityType::Country);
    add_mention(s, 3, 4, EntityType::Country);
    return s;
}

}  // namespace

TEST_CASE("pattern_matcher: coordinated subjects give one fact each, the object is a phrase") {
    const auto facts = run(
        "  match: (?<s>@Agent ([lemma=et] @Agent)*) (?<v>[lemma=exiger]) (?<o>[form!=.]+)\n  emit: s demands o\n",
        demand_sentence());
    REQUIRE(facts.size() == 2);
    CHECK(facts[0].subject.text == "Grèce");
    CHECK(facts[1].subject.text == "Chypre");
    CHECK(facts[0].object.text == "le retrait des troupes");
    CHECK(!facts[0].object.is_entity());
    CHECK(facts[0].subject.begin == 3);
    CHECK(facts[0].subject.end == 8);
}

TEST_CASE("pattern_matcher: a capture used on both sides gives symmetric pairs") {
    const auto facts = run("  match: (?<s>@Agent [lemma=et] @Agent)\n  emit: s meets s\n", demand_sentence());
    REQUIRE(facts.size() == 1);
    CHECK(facts[0].subject.text == "Grèce");
    CHECK(facts[0].object.text == "Chypre");
}

TEST_CASE("pattern_matcher: repetition is greedy, lazy with '?', and bounded") {
    const Sentence s = demand_sentence();
    const SentenceView view(s);
    RuleSet greedy = RuleSet::from_text("rule r\n  example: x\n  expect: x\n  match: (?<s>@Agent) (?<o>_+)\n  emit: s says o\n", ontology());
    CHECK(greedy.apply(s).at(0).object.text == "et Chypre exigent le retrait des troupes");  // final '.' trimmed
    RuleSet lazy = RuleSet::from_text(
        "rule r\n  example: x\n  expect: x\n  match: (?<s>@Agent) [lemma=et] (?<o>_+?)\n  emit: s says o\n", ontology());
    CHECK(lazy.apply(s).at(0).object.text == "Chypre");
    RuleSet bounded = RuleSet::from_text("rule r\n  example: x\n  expect: x\n  match: (?<s>@Country) (?<o>_{2})\n  emit: s says o\n", ontology());
    CHECK(bounded.apply(s).at(0).object.text == "et Chypre");
}

TEST_CASE("pattern_matcher: token tests on form, lemma, upos, tag, mention, regex and negation") {
    const Sentence s = demand_sentence();
    const auto count = [&](const std::string& pattern) {
        const std::string text = "rule r\n  example: x\n  expect: x\n  match: (?<s>@Agent) (?<o>" + pattern +
                                 ")\n  emit: s says o\n";
        return RuleSet::from_text(text, ontology()).apply(s).size();
    };
    CHECK(count("[form=ET] [mention=Country]") == 1);  // forms compare case-folded
    CHECK(count("[lemma=exiger & tag=pri]") == 1);
    CHECK(count("[lemma=exiger & tag=cni]") == 0);
    CHECK(count("[upos=CCONJ] [mention=Country]") == 1);
    CHECK(count("[lemma=/ex.*/]") == 1);
    CHECK(count("[lemma!=exiger & upos=VERB]") == 0);
    CHECK(count("[] [] $") == 0);
    CHECK(count("[lemma=le] [lemma=retrait]") == 0);  // not right after a mention
}

TEST_CASE("pattern_matcher: @-types") {
    Mention person;
    person.type = EntityType::Person;
    CHECK(mention_has_type(person, {"Agent"}));
    CHECK(mention_has_type(person, {"Entity"}));
    CHECK(!mention_has_type(person, {"Place", "Country"}));
    Mention demonym;
    demonym.type = EntityType::Country;
    demonym.demonym = true;
    CHECK(!mention_has_type(demonym, {"Agent"}));
    CHECK(!mention_has_type(demonym, {"Country"}));
    CHECK(mention_has_type(demonym, {"Demonym"}));
    CHECK(mention_has_type(demonym, {"Any"}));
    // A pronoun resolved to a person is an agent but no @Person; one resolved to an organization
    // ("l'organisation", "elle") is still an @Organization.
    Mention il = person;
    il.pronoun = true;
    CHECK(mention_has_type(il, {"Agent"}));
    CHECK(!mention_has_type(il, {"Person"}));
    Mention organisation;
    organisation.type = EntityType::Organization;
    organisation.pronoun = true;
    CHECK(mention_has_type(organisation, {"Organization"}));
    CHECK(mention_has_type(organisation, {"Agent"}));
}

TEST_CASE("pattern_matcher: a runaway pattern stops instead of hanging") {
    std::string items;
    for (int i = 0; i < 60; ++i) items += "mot/mot/NOUN/n ";
    const Sentence s = make_sentence(items);
    const SentenceView view(s);
    const RuleSet rules = RuleSet::from_text(
        "rule r\n  example: x\n  expect: x\n  match: (?<s>(_* _*)* [lemma=absent])\n  emit: s says s\n", ontology());
    CHECK(rules.apply(s).empty());
}

TEST_CASE("pattern_matcher: a deprel test reads the token's relation (the words of a fixed expression)") {
    // "Chypre exige à nouveau le retrait ."
    Sentence s = make_sentence(
        "Chypre/Chypre/PROPN/np.top exige/exiger/VERB/vblex à/à/ADP/pr nouveau/nouveau/ADJ/adj "
        "le/le/DET/det retrait/retrait/NOUN/n ././PUNCT/sent");
    const char* relations[] = {"nsubj", "root", "advmod", "fixed", "det", "obj", "punct"};
    for (std::size_t i = 0; i < s.tokens.size(); ++i) s.tokens[i].deprel = relations[i];
    add_mention(s, 0, 1, EntityType::Country);
    const std::string emit = "\n  emit: s demands o\n";
    CHECK(run("  match: (?<s>@Agent) [lemma=exiger] ([deprel=advmod] [deprel=fixed]+)? (?<o>[upos=DET] [upos=NOUN])" + emit, s)
              .at(0).object.text == "le retrait");
    CHECK(run("  match: (?<s>@Agent) [lemma=exiger] [deprel!=advmod] (?<o>_)" + emit, s).empty());
}
