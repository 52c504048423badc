// A role description found in a sentence.
#pragma once

#include <cstddef>
#include <string>

namespace trame {

/// Tokens [first, last) of a sentence that describe a person by a role rather than a name ("le
/// porte-parole du Kremlin", "le président américain"): whoever holds `predicate` towards the
/// entity whose mention spans tokens [object_first, object_last) — or towards anyone when that
/// span is empty.
struct Description {
    std::size_t first = 0;
    std::size_t last = 0;
    std::string predicate;
    std::size_t object_first = 0;
    std::size_t object_last = 0;
    std::string rule;  ///< The rule that found it.
    double confidence = 0.6;  ///< That rule's confidence, for the role fact the description states.
};

}  // namespace trame
