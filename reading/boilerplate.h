// Recognising the lines of a news page that are not part of the article (credits, share buttons, ...).
//
//     Boilerplate boilerplate = Boilerplate::load("ontology/boilerplate.tsv");
//     if (boilerplate.is_boilerplate("Lire aussi : « La Russie est prête »")) { /* drop the line */ }
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <unicode/regex.h>

namespace trame {

/// One rule of the boilerplate file: an ICU regular expression that must match a whole trimmed line
/// (case-insensitively), a line it is meant to match, and the line of the file it comes from.
struct BoilerplatePattern {
    std::string regex;
    std::string example;
    std::size_t line = 0;
};

/// The set of boilerplate rules, compiled once. A line is boilerplate when, trimmed of surrounding
/// whitespace, one rule matches all of it. Lines longer than `kMaxLength` code points are never
/// boilerplate, so that a real paragraph cannot be dropped by a loose rule.
class Boilerplate {
public:
    static constexpr std::size_t kMaxLength = 300;

    /// Reads the rules of `path` (lines `REGEX<TAB>EXAMPLE`; blank lines and lines starting with '#'
    /// are ignored). Throws InputError naming "path" or "path:line" for an unreadable file, a line
    /// without a tab or a regex that does not compile.
    static Boilerplate load(const std::string& path);

    /// True when `line` (UTF-8) is boilerplate.
    bool is_boilerplate(std::string_view line) const;
    /// True when rule number `i` of `patterns()` alone matches `line` (same trimming, same length limit).
    bool matches(std::size_t i, std::string_view line) const;
    /// The rules, in file order.
    const std::vector<BoilerplatePattern>& patterns() const { return patterns_; }

private:
    Boilerplate(std::vector<BoilerplatePattern> patterns, std::vector<std::unique_ptr<icu::RegexPattern>> compiled,
                std::unique_ptr<icu::RegexPattern> any);

    std::vector<BoilerplatePattern> patterns_;
    std::vector<std::unique_ptr<icu::RegexPattern>> compiled_;  ///< One per rule, same order.
    std::unique_ptr<icu::RegexPattern> any_;                    ///< The alternation of every rule.
};

}  // namespace trame
