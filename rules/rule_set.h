// Every extraction rule, compiled once and applied to each sentence.
#pragma once

#include <string>
#include <vector>

#include "document/description.h"
#include "document/fact.h"
#include "rules/rule.h"
#include "rules/rule_index.h"
#include "document/sentence.h"

namespace trame {

class Ontology;
class SentenceView;

/// The compiled rules of a run. Like RE2::Set: load and check every rule file before any text is
/// read, then match each sentence against all of them. A rule that does not match gives nothing;
/// only a broken rule file is an error.
class RuleSet {
public:
    /// Compiles every `*.rules` file of `dir`, in name order (throws RuleError with file:line:column).
    static RuleSet load(const std::string& dir, const Ontology& ontology);
    /// Compiles rules given as text (for tests).
    static RuleSet from_text(const std::string& text, const Ontology& ontology);

    const std::vector<Rule>& rules() const { return rules_; }
    /// The facts every rule finds in the sentence, without duplicates (the most confident kept).
    std::vector<Fact> apply(const Sentence& sentence) const;
    /// The facts one rule finds in the sentence.
    std::vector<Fact> apply(const Rule& rule, const Sentence& sentence) const;
    /// The role descriptions that the description rules (`refer:`) find in the sentence.
    std::vector<Description> describe(const Sentence& sentence) const;
    /// Adds the mentions that the name rules (`name:`) find in the sentence ("le sommet du G20");
    /// a found name replaces the untyped names inside it ("Rossiya" inside "Rossiya-1").
    void name(Sentence& sentence) const;

private:
    /// Takes the compiled rules; patterns with the same word sets come to share one
    /// RuleLexicon, so that a sentence's tree is built once for all of them (SentenceView::tree),
    /// and the regular expressions of a token-pattern bracket are tried after its other tests.
    RuleSet(std::vector<Rule> rules, const Ontology& ontology);
    /// The facts of one rule; with `candidates` (RuleIndex::candidates of the sentence), only its
    /// patterns that can match are tried, `rule` being its number in `rules_`.
    std::vector<Fact> apply(const Rule& rule, const SentenceView& view, const std::vector<bool>* candidates = nullptr,
                            std::size_t rule_number = 0) const;
    /// True when pattern `pattern` of rule number `rule` is worth trying (no `candidates`: all are).
    bool tried(const std::vector<bool>* candidates, std::size_t rule, std::size_t pattern) const {
        return !candidates || (*candidates)[fact_index_.number(rule, pattern)];
    }
    std::vector<Rule> rules_;
    RuleIndex fact_index_;         ///< The anchors of the patterns of the rules that emit facts,
    RuleIndex name_index_;         ///< of the name rules,
    RuleIndex description_index_;  ///< and of the description rules.
    const Ontology* ontology_;
};

}  // namespace trame
