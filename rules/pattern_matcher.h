// Finds where a compiled pattern matches in a sentence.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

#include "rules/dependency_tree.h"
#include "rules/pattern.h"
#include "document/sentence.h"

namespace trame {

/// One place where a pattern matched: the token range, the range of each capture ([-1, -1) when
/// the capture took no part), and the mentions consumed by @-atoms, in order.
struct PatternMatch {
    std::size_t first = 0;
    std::size_t last = 0;
    std::vector<std::pair<int, int>> captures;
    std::vector<std::size_t> mentions;
    int anchor = -1;  ///< For a tree pattern, the word its root matched (the trigger by default).
};

/// A sentence prepared for matching: case-folded forms and lemmas, for every token the mention it
/// belongs to, and its dependency tree, built when a tree pattern first asks for it. Built once
/// per sentence and shared by every rule.
class SentenceView {
public:
    explicit SentenceView(const Sentence& sentence);
    const Sentence& sentence() const { return sentence_; }
    std::size_t size() const { return sentence_.tokens.size(); }
    const std::string& form(std::size_t i) const { return forms_[i]; }
    const std::string& lemma(std::size_t i) const { return lemmas_[i]; }
    /// Index of the mention covering token i, or -1.
    int mention_at(std::size_t i) const { return covering_[i]; }
    /// Index of the mention starting at token i, or -1.
    int mention_starting_at(std::size_t i) const { return starting_[i]; }
    /// The dependency tree of the sentence read with these word sets (see DependencyTree), built
    /// on the first call for them and kept while the view lives.
    const DependencyTree& tree(const RuleLexicon* lexicon) const;

private:
    const Sentence& sentence_;
    std::vector<std::string> forms_;
    std::vector<std::string> lemmas_;
    std::vector<int> covering_;
    std::vector<int> starting_;
    /// The trees built so far, by the subject-control set they were built with.
    mutable std::vector<std::pair<const RuleLexicon*, std::unique_ptr<const DependencyTree>>> trees_;
};

/// True when the mention fits one of the @-types of a pattern ("Person", "Agent", "Entity", ...).
/// A pronoun resolved to a person is an @Agent, @Entity or @Any, never a @Person: a title or a role
/// noun introduces a name, not "il". One resolved to an organization, country or place ("elle",
/// "l'organisation") is also of its type.
bool mention_has_type(const Mention& mention, const std::vector<std::string>& types);

/// True when token i passes every test (an empty list passes).
bool passes(const TokenTests& tests, const SentenceView& view, std::size_t i);

/// Every match of `pattern` in the sentence (a tree pattern: see rules/tree_matcher.h): at each start token, the first match in priority
/// order (greedy repetitions longest first, alternatives left to right). Matching is bounded: a
/// pattern that backtracks too much at one start gives no match there instead of running away.
std::vector<PatternMatch> find_matches(const Pattern& pattern, const SentenceView& view);

}  // namespace trame
