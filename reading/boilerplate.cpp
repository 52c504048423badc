#include "reading/boilerplate.h"

#include <fstream>
#include <utility>

#include <unicode/uchar.h>

#include "document/input_error.h"

namespace trame {
namespace {

/// Compiles one case-insensitive rule; `where` ("file:line") names it in the error.
std::unique_ptr<icu::RegexPattern> compile(const std::string& regex, const std::string& where) {
    UParseError parse_error{};
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::RegexPattern> pattern(icu::RegexPattern::compile(
        icu::UnicodeString::fromUTF8(regex), UREGEX_CASE_INSENSITIVE, parse_error, status));
    if (U_FAILURE(status))
        throw InputError(where, "invalid regular expression /" + regex + "/ (" + u_errorName(status) +
                                    " at column " + std::to_string(parse_error.offset + 1) + ")");
    return pattern;
}

/// `line` as UTF-16, without surrounding Unicode white space (no-break spaces included).
icu::UnicodeString trimmed(std::string_view line) {
    icu::UnicodeString text = icu::UnicodeString::fromUTF8(icu::StringPiece(line.data(), line.size()));
    int32_t begin = 0;
    int32_t end = text.length();
    while (begin < end && u_isUWhiteSpace(text.char32At(begin))) begin = text.moveIndex32(begin, 1);
    while (end > begin && u_isUWhiteSpace(text.char32At(end - 1))) end = text.moveIndex32(end, -1);
    text.retainBetween(begin, end);
    return text;
}

/// True when `pattern` matches the whole of `line` (trimmed, at most Boilerplate::kMaxLength code points).
bool matches_line(const icu::RegexPattern& pattern, std::string_view line) {
    icu::UnicodeString text = trimmed(line);
    if (text.isEmpty() || static_cast<std::size_t>(text.countChar32()) > Boilerplate::kMaxLength) return false;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::RegexMatcher> matcher(pattern.matcher(text, status));
    return U_SUCCESS(status) && matcher->matches(status) && U_SUCCESS(status);
}

}  // namespace

Boilerplate::Boilerplate(std::vector<BoilerplatePattern> patterns,
                         std::vector<std::unique_ptr<icu::RegexPattern>> compiled,
                         std::unique_ptr<icu::RegexPattern> any)
    : patterns_(std::move(patterns)), compiled_(std::move(compiled)), any_(std::move(any)) {}

Boilerplate Boilerplate::load(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError(path, "cannot open the boilerplate rules");
    std::vector<BoilerplatePattern> patterns;
    std::vector<std::unique_ptr<icu::RegexPattern>> compiled;
    std::string alternation;
    std::string text;
    for (std::size_t number = 1; std::getline(in, text); ++number) {
        if (!text.empty() && text.back() == '\r') text.pop_back();
        if (text.empty() || text[0] == '#') continue;
        std::string where = path + ":" + std::to_string(number);
        std::size_t tab = text.find('\t');
        if (tab == std::string::npos || tab == 0 || tab + 1 == text.size())
            throw InputError(where, "expected REGEX<TAB>EXAMPLE");
        BoilerplatePattern pattern{text.substr(0, tab), text.substr(tab + 1), number};
        compiled.push_back(compile(pattern.regex, where));
        alternation += (alternation.empty() ? "(?:" : "|(?:") + pattern.regex + ")";
        patterns.push_back(std::move(pattern));
    }
    if (in.bad()) throw InputError(path, "read error");
    std::unique_ptr<icu::RegexPattern> any = compile(alternation.empty() ? "(?!)" : alternation, path);
    return Boilerplate(std::move(patterns), std::move(compiled), std::move(any));
}

bool Boilerplate::is_boilerplate(std::string_view line) const { return matches_line(*any_, line); }

bool Boilerplate::matches(std::size_t i, std::string_view line) const { return matches_line(*compiled_.at(i), line); }

}  // namespace trame
