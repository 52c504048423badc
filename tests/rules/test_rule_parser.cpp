// Tests of the rule language: compilation and its errors.
#include <catch2/catch.hpp>

#include "rules/ontology.h"
#include "tests/ontology_fixture.h"
#include "rules/rule_error.h"
#include "rules/rule_set.h"

using namespace trame;
using trame::testing::ontology;

namespace {

std::string error_of(const std::string& text) {
    try {
        RuleSet::from_text(text, ontology());
    } catch (const RuleError& e) {
        return e.what();
    }
    return "";
}

const char* const kValid = R"(set SAY
  déclarer affirmer
macro VG
  [upos=AUX]*
rule says-that
  example: Le ministre a déclaré que tout allait bien.
  expect: ministre | says | tout allait bien
  match: (?<s>@Agent) VG (?<v>[lemma=$SAY]) [lemma=que] (?<o>_+)
  emit: s says o
  confidence: 0.8
)";

}  // namespace

TEST_CASE("rule_parser: a valid rule compiles with its parts") {
    const RuleSet rules = RuleSet::from_text(kValid, ontology());
    REQUIRE(rules.rules().size() == 1);
    const Rule& rule = rules.rules()[0];
    CHECK(rule.id == "says-that");
    CHECK(rule.line == 5);
    CHECK(rule.confidence == Approx(0.8));
    REQUIRE(rule.patterns.size() == 1);
    CHECK(rule.patterns[0].capture_names == std::vector<std::string>{"s", "v", "o"});
    REQUIRE(rule.emits.size() == 1);
    CHECK(rule.emits[0].predicate == "says");
}

TEST_CASE("rule_parser: errors give file, line and column") {
    CHECK(error_of("rule r\n  example: x\n  expect: a | says | b\n  match: (?<s>@Agent) [lemma=dire\n  emit: s says s\n") ==
          "<text>:4:34: expected ']' or '&'");
    CHECK(error_of("rule r\n  example: x\n  expect: a | b | c\n  match: (?<s>@Agent) [lemma=$NOPE]\n  emit: s says s\n") ==
          "<text>:4:35: unknown set '$NOPE'");
    CHECK(error_of("rule r\n  example: x\n  expect: a | b | c\n  match: (?<s>@Agnt)\n  emit: s says s\n") ==
          "<text>:4:20: unknown mention type '@Agnt'");
    CHECK(error_of("rule r\n  example: x\n  expect: a | b | c\n  match: (?<s>@Agent) [colour=red]\n  emit: s says s\n") ==
          "<text>:4:24: unknown field 'colour' (form, lemma, upos, tag, deprel, mention, case)");
    CHECK(error_of("rule r\n  example: x\n  expect: a | b | c\n  match: (?<s>@Agent)\n  emit: s likes s\n") ==
          "<text>:5:9: the ontology has no predicate 'likes'");
    CHECK(error_of("rule r\n  example: x\n  expect: a | b | c\n  match: (?<s>@Agent)\n  emit: s says o\n") ==
          "<text>:5:9: no capture named 'o' in every pattern");
    CHECK(error_of("rule r\n  example: x\n  expect: a | b | c\n  match: (?<s>@Agent) [lemma=/(/]\n  emit: s says s\n")
              .rfind("<text>:4:", 0) == 0);
    CHECK(error_of("rule r\n  example: x\n  match: (?<s>@Agent) MISSING\n  emit: s says s\n") ==
          "<text>:3:23: unknown macro 'MISSING'");
    CHECK(error_of("rules r\n") == "<text>:1:1: expected 'set', 'macro' or 'rule', found 'rules'");
    CHECK(error_of("  indented\n") == "<text>:1:1: indented line outside a block");
    CHECK(error_of(std::string(kValid) + std::string(kValid).substr(std::string(kValid).find("rule"))) ==
          "<text>:11:6: rule 'says-that' defined twice");
    CHECK(error_of("rule r\n  example: x\n  expect: a | b | c\n  match: (?<s>@Agent)\n  emit: s says s\n  confidence: 2\n") ==
          "<text>:6:15: confidence must be a number in [0, 1]");
    CHECK(error_of("rule r\n  example: x\n  expect: a | b | c\n  emit: s says s\n") == "<text>:1:1: rule 'r' has no 'match:' or 'tree:'");
}

TEST_CASE("rule_parser: tree patterns compile, and their errors have file:line:column") {
    CHECK(error_of("rule r\n  example: x\n  expect: a | b | c\n  tree: (?<v>[lemma=dire]) >nsubj (?<s>@Agent) >ccomp (?<o>_)\n"
                   "  emit: s says o\n") == "");
    CHECK(error_of("rule r\n  example: x\n  expect: a | b | c\n  tree: (?<v>[lemma=dire]) >Nsubj (?<s>@Agent)\n  emit: s says s\n") ==
          "<text>:4:29: expected a dependency label (nsubj, obl:agent, obl:*, *)");
    CHECK(error_of("rule r\n  example: x\n  expect: a | b | c\n  tree: (?<v>[lemma=dire]) nsubj (?<s>@Agent)\n  emit: s says s\n") ==
          "<text>:4:28: expected a relation ('>LABEL', '!>LABEL', '<LABEL' or '>>')");
    CHECK(error_of("rule r\n  example: x\n  expect: a | b | c\n  tree: (?<s>@Agent) >obl:a*b _\n  emit: s says s\n") ==
          "<text>:4:23: expected a dependency label (nsubj, obl:agent, obl:*, *)");
    CHECK(error_of("rule r\n  example: x\n  expect: a | b | c\n  tree: (?<s>@Agent) >nsubj AGENTS\n  emit: s says s\n") ==
          "<text>:4:29: unexpected character 'A' (a tree pattern has no macros or repetitions)");
    CHECK(error_of("rule r\n  example: x\n  expect: a | b | c\n  tree: (?<s>@Agent >nsubj _\n  emit: s says s\n") ==
          "<text>:4:29: expected ')'");
}

TEST_CASE("rule_parser: every rule file of the project compiles") {
    const RuleSet rules = RuleSet::load(TRAME_SOURCE_DIR "/ontology/rules", ontology());
    CHECK(rules.rules().size() > 40);
    for (const Rule& rule : rules.rules()) {
        INFO(rule.file << ":" << rule.line << " " << rule.id);
        REQUIRE(!rule.examples.empty());
        for (const RuleExample& example : rule.examples) {
            CHECK(!example.sentence.empty());
            CHECK(!example.expect.empty());
        }
    }
}

TEST_CASE("rule_parser: a name rule gives a type or a subclass the ontology declares") {
    const char* const meeting = R"(rule name-summit
  example: Le sommet de Rome a eu lieu.
  expect: sommet de Rome | names | Event
  match: (?<n>[lemma=sommet] [lemma=de] @Place)
  name: n Meeting
)";
    const RuleSet rules = RuleSet::from_text(meeting, ontology());
    REQUIRE(rules.rules().size() == 1);
    REQUIRE(rules.rules()[0].namings.size() == 1);
    CHECK(rules.rules()[0].namings[0].type == EntityType::Event);
    CHECK(rules.rules()[0].namings[0].subclass == "Meeting");
    std::string unknown = meeting;
    unknown.replace(unknown.find("n Meeting"), 9, "n Sommet");
    CHECK(error_of(unknown).rfind("<text>:5:9: expected 'CAPTURE TYPE'", 0) == 0);
}
