// One condition on one token, as written between brackets in a rule: [lemma=exiger|réclamer & upos=VERB].
#pragma once

#include <memory>
#include <regex>
#include <string>
#include <unordered_set>
#include <vector>

namespace trame {

/// What a token test looks at.
enum class TokenField { Form, Lemma, Upos, Tag, Deprel, Mention, Case };

/// A test of one field of a token against a set of words or a regular expression; `negated`
/// inverts it. Words are compared case-folded; `Tag` is true when the token has one of the tags;
/// `Mention` is true when the token lies inside a mention of one of the named types ("any" for any);
/// `Deprel` is the token's dependency relation ("fixed", "advmod"; "[deprel=fixed]" is a word of a
/// fixed expression such as "à nouveau");
/// `Case` is "upper" or "lower", the case of the token's first letter ("Affaires" in "ministère des
/// Affaires étrangères").
struct TokenTest {
    TokenField field = TokenField::Form;
    bool negated = false;
    std::unordered_set<std::string> words;      ///< Case-folded alternatives.
    std::shared_ptr<const std::regex> regex;    ///< Set instead of `words` for /regex/ values.
    /// For `Tag` tests: each alternative of `words` split at its commas once, when the rule is read
    /// ("n,pl" gives {"n", "pl"}); the token must have all tags of one alternative.
    std::vector<std::vector<std::string>> tag_sets;
};

/// The conjunction of tests written in one pair of brackets; empty brackets match any token.
using TokenTests = std::vector<TokenTest>;

}  // namespace trame
