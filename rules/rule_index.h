// Which patterns of a rule set can match a sentence at all, found from their anchor words.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

#include "rules/rule.h"

namespace trame {

class SentenceView;

/// The anchors of every pattern of a rule set, indexed by word, so that a sentence is matched
/// only against the patterns it can satisfy (like the literal prefilter of a regular-expression
/// set). A pattern's anchor is a test on a word that any match must contain: a token test with
/// words ([lemma=rencontrer|recevoir]) or a regular expression on the lemma or form, taken from
/// a part of the pattern that cannot be skipped (not under `?`, `*` or `{0,n}`, not a negated
/// test); for an alternative, the anchors of every branch. A pattern with no such test (only
/// parts of speech, mentions or optional words) has no anchor and is always tried. Skipping is
/// exact: a pattern left out could not have matched.
class RuleIndex {
public:
    RuleIndex() = default;
    /// Indexes the patterns of `rules`; with `indexed`, those of the rules it rejects are never
    /// candidates (a RuleSet keeps one index for its fact rules, one for its name rules, ...).
    explicit RuleIndex(const std::vector<Rule>& rules, const std::function<bool(const Rule&)>& indexed = {});

    /// Per pattern (numbered rule by rule, pattern by pattern: see `number`), true when the
    /// sentence holds one of its anchors or it has none.
    std::vector<bool> candidates(const SentenceView& view) const;
    /// The number of pattern `pattern` of rule `rule` in `candidates`.
    std::size_t number(std::size_t rule, std::size_t pattern) const { return first_[rule] + pattern; }
    /// How many patterns have no anchor (always tried).
    std::size_t unanchored() const { return always_; }

private:
    /// One test that a match must pass somewhere: satisfied when a token's folded lemma or form is
    /// one of the words filed under it in `lemmas_` / `forms_`, or passes one of `brackets`.
    struct Group {
        std::vector<std::size_t> brackets;  ///< Indices into `brackets_`.
    };

    std::vector<std::size_t> first_;                 ///< Per rule, the number of its first pattern.
    std::vector<std::vector<std::size_t>> anchors_;  ///< Per pattern, the groups it needs (all of them).
    std::vector<Group> groups_;
    std::vector<TokenTests> brackets_;  ///< Brackets with a regular expression, run token by token.
    std::vector<bool> never_;           ///< Per pattern: left out of the index, never a candidate.
    std::unordered_map<std::string, std::vector<std::size_t>> lemmas_;  ///< Folded lemma -> groups.
    std::unordered_map<std::string, std::vector<std::size_t>> forms_;   ///< Folded form -> groups.
    std::size_t always_ = 0;  ///< Patterns without an anchor.
};

}  // namespace trame
