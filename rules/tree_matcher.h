// Finds where a tree pattern matches in a parsed sentence.
#pragma once

#include <vector>

#include "rules/pattern.h"
#include "rules/pattern_matcher.h"

namespace trame {

/// Every match of the tree pattern `pattern.tree` in the sentence: each word that passes the root
/// node's tests and has the relations the pattern asks for. Argument handling is the same for
/// every rule (rules/dependency_tree.h): a relation to a subject (`>nsubj`) also finds the
/// subject a clause takes from above, every relation finds the words coordinated to its target
/// (one match each) and the antecedent of a relative pronoun, and an @-node is the head of a
/// mention or the noun ("le président") whose apposition or name is that mention. Captures give
/// token ranges as in token patterns, so facts are built from them the same way: a mention, the
/// trigger word for a capture named "v", else the phrase the word heads without the other
/// captures that hang from it. Bounded: at most a few hundred matches per root word.
std::vector<PatternMatch> find_tree_matches(const Pattern& pattern, const SentenceView& view);

}  // namespace trame
