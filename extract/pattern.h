// A compiled token pattern: the regular expression over tokens that a rule matches.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "extract/token_test.h"

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

/// A compiled pattern and the names of its captures (index = capture number).
struct Pattern {
    PatternNode root;
    std::vector<std::string> capture_names;
    /// Capture number of `name`, or -1.
    int capture_index(const std::string& name) const {
        for (std::size_t i = 0; i < capture_names.size(); ++i)
            if (capture_names[i] == name) return static_cast<int>(i);
        return -1;
    }
};

}  // namespace trame
