// Tests of the anchor index that spares a sentence the patterns it cannot match.
#include <catch2/catch.hpp>

#include "rules/ontology.h"
#include "tests/ontology_fixture.h"
#include "rules/pattern_matcher.h"
#include "rules/rule_index.h"
#include "rules/rule_set.h"
#include "tests/token_builder.h"

using namespace trame;
using trame::testing::ontology;
using trame::testing::add_mention;
using trame::testing::make_sentence;

namespace {

/// A rule set with one rule per pattern line (rule i holds pattern line i).
RuleSet rules(const std::vector<std::string>& patterns) {
    std::string text;
    for (std::size_t i = 0; i < patterns.size(); ++i)
        text += "rule r" + std::to_string(i) + "\n  example: x\n  expect: x | x | x\n  " + patterns[i] +
                "\n  emit: s demands o\n\n";
    return RuleSet::from_text(text, ontology());
}

/// Per rule of `set`, whether its first pattern is a candidate for the sentence.
std::vector<bool> tried(const RuleSet& set, const Sentence& sentence) {
    const RuleIndex index(set.rules());
    const SentenceView view(sentence);
    const std::vector<bool> candidates = index.candidates(view);
    std::vector<bool> result;
    for (std::size_t r = 0; r < set.rules().size(); ++r) result.push_back(candidates[index.number(r, 0)]);
    return result;
}

// "Les Pays-Bas réclament la levée des sanctions ."
Sentence claim_sentence() {
    Sentence s = make_sentence(
        "Les/le/DET/det Pays-Bas/Pays-Bas/PROPN/np.top réclament/réclamer/VERB/vblex.pri.p3.pl "
        "la/le/DET/det levée/levée/NOUN/n des/de/ADP/pr+det sanctions/sanction/NOUN/n ././PUNCT/sent");
    add_mention(s, 1, 2, EntityType::Country);
    return s;
}

}  // namespace

TEST_CASE("rule_index: a pattern is tried only when the sentence holds its word") {
    const RuleSet set = rules({
        "match: (?<s>@Agent) (?<v>[lemma=réclamer]) (?<o>[form!=.]+)",   // present lemma
        "match: (?<s>@Agent) (?<v>[lemma=exiger]) (?<o>[form!=.]+)",     // absent lemma
        "match: (?<s>@Agent) [form=RÉCLAMENT] (?<o>[form!=.]+)",         // forms compare folded
        "match: (?<s>@Agent) [lemma=réclamer] (?<o>[lemma=embargo])",    // both words needed
    });
    CHECK(tried(set, claim_sentence()) == std::vector<bool>{true, false, true, false});
}

TEST_CASE("rule_index: optional, negated and alternative words anchor only when they must match") {
    const RuleSet set = rules({
        "match: (?<s>@Agent) [lemma=exiger]? (?<o>[form!=.]+)",                  // optional: always tried
        "match: (?<s>@Agent) [lemma!=exiger] (?<o>[form!=.]+)",                  // negated: always tried
        "match: (?<s>@Agent) ([lemma=exiger]|[lemma=réclamer]) (?<o>[form!=.]+)",  // one branch present
        "match: (?<s>@Agent) ([lemma=exiger]|[lemma=vouloir]) (?<o>[form!=.]+)",   // no branch present
        "match: (?<s>@Agent) ([lemma=exiger]|[upos=VERB]) (?<o>[form!=.]+)",       // a branch with no word
        "match: (?<s>@Agent) [lemma=exiger]{0,2} (?<o>[form!=.]+)",              // may repeat zero times
        "match: (?<s>@Agent) [lemma=exiger]{1,2} (?<o>[form!=.]+)",              // must occur
    });
    CHECK(tried(set, claim_sentence()) == std::vector<bool>{true, true, true, false, true, true, false});
}

TEST_CASE("rule_index: regular expressions anchor a pattern that has no word") {
    const RuleSet set = rules({
        "match: (?<s>@Agent) [lemma=/récl.*/] (?<o>[form!=.]+)",
        "match: (?<s>@Agent) [lemma=/exig.*/] (?<o>[form!=.]+)",
    });
    CHECK(tried(set, claim_sentence()) == std::vector<bool>{true, false});
}

TEST_CASE("rule_index: a tree pattern needs the words of its nodes, not those it must not have") {
    const RuleSet set = rules({
        "tree: (?<v>[lemma=réclamer]) >nsubj (?<s>@Agent) >obj (?<o>_)",
        "tree: (?<v>[lemma=réclamer]) >nsubj (?<s>@Agent) >obj (?<o>[lemma=embargo])",
        "tree: (?<v>[lemma=réclamer]) >nsubj (?<s>@Agent) !>obj [lemma=embargo] >obl (?<o>_)",
        "tree: (?<v>[upos=VERB]) >nsubj (?<s>@Agent) >obj (?<o>_)",
    });
    CHECK(tried(set, claim_sentence()) == std::vector<bool>{true, false, true, true});
    CHECK(RuleIndex(set.rules()).unanchored() == 1);
}

TEST_CASE("rule_index: the rule set gives the facts it gave trying every pattern") {
    const RuleSet set = rules({
        "match: (?<s>@Agent) (?<v>[lemma=réclamer]) (?<o>[form!=.]+)",
        "match: (?<s>@Agent) (?<v>[lemma=exiger]) (?<o>[form!=.]+)",
    });
    const Sentence s = claim_sentence();
    const std::vector<Fact> facts = set.apply(s);
    REQUIRE(facts.size() == 1);
    CHECK(facts[0].rule == "r0");
    CHECK(facts[0].object.text == "la levée des sanctions");
    CHECK(set.apply(set.rules()[0], s).size() == 1);
    CHECK(set.apply(set.rules()[1], s).empty());
}
