// A compiled pattern: the regular expression over tokens, or the tree pattern over the dependency
// parse, that a rule matches.
#pragma once

#include <memory>
#include <string>
#include <unordered_set>
#include <vector>

#include "rules/token_test.h"
#include "rules/rule_lexicon.h"

namespace trame {

/// One node of a compiled pattern. Patterns are trees: sequences and alternatives of token
/// tests, whole mentions (@Person), named captures and repetitions, like a regular expression
/// whose letters are tokens.
struct PatternNode {
    enum class Kind {
        Token,      ///< One token satisfying `tests`.
        Mention,    ///< A whole entity mention starting here, of one of `mention_types`.
        Sequence,   ///< `children` one after the other.
        Choice,     ///< One of `children`, tried in order.
        Repeat,     ///< `children[0]` between `min` and `max` times, greedy unless `lazy`.
        Capture,    ///< `children[0]`, remembered as capture number `capture`.
        Start,      ///< Matches at the first token of the sentence only.
        End,        ///< Matches after the last token only.
    };
    Kind kind = Kind::Sequence;
    TokenTests tests;
    std::vector<std::string> mention_types;  ///< "Person", ..., "Agent", "Entity", "Demonym", "Any".
    std::vector<PatternNode> children;
    int min = 1;
    int max = 1;                             ///< -1 for unbounded.
    bool lazy = false;
    int capture = -1;
};

struct TreeNode;

/// How a tree-pattern node relates to the node it hangs from.
struct TreeRelation {
    enum class Kind {
        Child,       ///< `>LABEL node`: a dependent with one of `labels`, with argument handling.
        Descendant,  ///< `>> node`: any word below.
        NoChild,     ///< `!>LABEL node`: no dependent with one of `labels` matches the node.
        Head,        ///< `<LABEL node`: the word's head, the word hanging from it by one of `labels`.
    };
    Kind kind = Kind::Child;
    std::vector<std::string> labels;  ///< "nsubj", "obl:agent", "obl:*" (obl and its subtypes), "*".
    std::shared_ptr<TreeNode> node;
};

/// One node of a tree pattern: a word passing `tests` (or, with `mention_types`, the head of a
/// whole mention of one of those types), and the relations the word must have to other nodes.
/// A capture stands for the mention, for the word alone when it is named "v" (the trigger), else
/// for the phrase the word heads.
struct TreeNode {
    TokenTests tests;
    std::vector<std::string> mention_types;  ///< Empty: a word test; else @-types as in token patterns.
    int capture = -1;
    std::vector<TreeRelation> relations;
};

/// A compiled pattern and the names of its captures (index = capture number). A token pattern
/// (`match:`) uses `root`; a tree pattern (`tree:`, over the dependency parse) uses `tree`.
struct Pattern {
    PatternNode root;
    std::shared_ptr<const TreeNode> tree;
    std::shared_ptr<const RuleLexicon> lexicon;  ///< The word sets known when the pattern was read.
    std::vector<std::string> capture_names;
    /// Capture number of `name`, or -1.
    int capture_index(const std::string& name) const {
        for (std::size_t i = 0; i < capture_names.size(); ++i)
            if (capture_names[i] == name) return static_cast<int>(i);
        return -1;
    }
};

}  // namespace trame
