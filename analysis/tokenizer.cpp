#include "analysis/tokenizer.h"

#include <algorithm>
#include <fstream>
#include <stdexcept>
#include <utility>

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include "document/input_error.h"
#include "document/utf8.h"

namespace trame::analysis {
namespace {

// ---------------------------------------------------------------------------------------------
// Character classes

// ASCII goes by table, the rest by ICU's character properties.

/// White space, and the invisible characters that only separate (byte order mark, zero-width space).
bool is_space(char32_t c) {
    if (c < 0x80) return c == ' ' || (c >= '\t' && c <= '\r');
    return u_isUWhiteSpace(static_cast<UChar32>(c)) || c == 0xFEFF || c == 0x200B;
}

/// Invisible characters inside words: soft hyphen, zero-width joiners, word joiner.
bool is_word_joiner(char32_t c) { return c == 0xAD || c == 0x200C || c == 0x200D || c == 0x2060; }

bool is_newline(char32_t c) { return c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029 || c == 0x85; }

bool is_mark(char32_t c) {
    if (c < 0x300) return false;
    const int8_t type = u_charType(static_cast<UChar32>(c));
    return type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK || type == U_ENCLOSING_MARK;
}

bool is_letter(char32_t c) {
    if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    return u_isalpha(static_cast<UChar32>(c)) || is_mark(c);
}

bool is_digit(char32_t c) { return c < 0x80 ? c >= '0' && c <= '9' : u_isdigit(static_cast<UChar32>(c)); }

/// Letters, digits and combining marks: what words are made of.
bool is_word(char32_t c) { return is_letter(c) || is_digit(c); }

bool is_upper(char32_t c) { return c < 0x80 ? c >= 'A' && c <= 'Z' : u_isupper(static_cast<UChar32>(c)); }

bool is_lower(char32_t c) { return c < 0x80 ? c >= 'a' && c <= 'z' : u_islower(static_cast<UChar32>(c)); }

bool is_apostrophe(char32_t c) { return c == '\'' || c == 0x2019 || c == 0x02BC; }

bool is_hyphen(char32_t c) { return c == '-' || c == 0x2010 || c == 0x2011; }

/// Spaces that may separate the digit groups of a number ("12 300").
bool is_group_space(char32_t c) { return c == ' ' || c == 0xA0 || c == 0x202F || c == 0x2009; }

/// Closing quotes and brackets, which stay with the sentence they close.
bool is_closing(char32_t c) {
    const int8_t type = u_charType(static_cast<UChar32>(c));
    return type == U_END_PUNCTUATION || type == U_FINAL_PUNCTUATION;
}

bool is_opening(char32_t c) {
    const int8_t type = u_charType(static_cast<UChar32>(c));
    return type == U_START_PUNCTUATION || type == U_INITIAL_PUNCTUATION;
}

/// Characters of sentence-final punctuation tokens.
bool is_terminal(char32_t c) { return c == '.' || c == '!' || c == '?' || c == 0x2026; }

// ---------------------------------------------------------------------------------------------
// Lexicon files

/// The lines of a lexicon file without comments and blank lines, each with its line number.
std::vector<std::pair<std::size_t, std::string>> read_lines(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError(path, "cannot open the tokenizer word list");
    std::vector<std::pair<std::size_t, std::string>> lines;
    std::string line;
    for (std::size_t number = 1; std::getline(in, line); ++number) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        const std::size_t first = line.find_first_not_of(" \t");
        if (first == std::string::npos || line[first] == '#') continue;
        const std::size_t last = line.find_last_not_of(" \t");
        lines.emplace_back(number, line.substr(first, last - first + 1));
    }
    return lines;
}

/// `text` with ’ and ʼ written as '.
std::string straight_apostrophes(std::string text) {
    static const std::string curly = "\xE2\x80\x99", modifier = "\xCA\xBC";
    for (const std::string* from : {&curly, &modifier})
        for (std::size_t at = text.find(*from); at != std::string::npos; at = text.find(*from, at))
            text.replace(at, from->size(), "'");
    return text;
}

/// Splits `line` at tabs and spaces.
std::vector<std::string> fields(const std::string& line) {
    std::vector<std::string> out;
    std::size_t i = 0;
    while (i < line.size()) {
        while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
        std::size_t j = i;
        while (j < line.size() && line[j] != ' ' && line[j] != '\t') ++j;
        if (j > i) out.push_back(line.substr(i, j - i));
        i = j;
    }
    return out;
}

std::string where(const std::string& path, std::size_t line) { return path + ":" + std::to_string(line); }

// ---------------------------------------------------------------------------------------------
// Tokenizing

/// What a raw token is, for the sentence and multiword decisions.
enum class Kind {
    Word,               ///< letters, digits, a compound, an elided word, a clitic, a number
    Abbreviation,       ///< a word with its period that never ends a sentence ("M.", "H.")
    FinalAbbreviation,  ///< a word with its period that may end a sentence ("etc.")
    Initial,            ///< an initial or a dotted acronym ("H.", "U.S."), which ends a sentence
                        ///< only before a sentence opener ("… sous Mac OS X. Une version …")
    Punctuation,        ///< punctuation or a symbol
    Link,               ///< a URL or an e-mail address
};

struct RawToken {
    std::size_t begin;  // code points in the text
    std::size_t end;
    Kind kind;
};

/// The text as code points, with the byte offset of each (and of the end).
struct Text {
    std::string_view utf8;
    std::u32string cp;
    std::vector<std::size_t> byte;

    explicit Text(std::string_view text) : utf8(text) {
        cp.reserve(text.size());
        byte.reserve(text.size() + 1);
        const auto* data = reinterpret_cast<const uint8_t*>(text.data());
        const auto length = static_cast<int32_t>(text.size());
        for (int32_t i = 0; i < length;) {
            byte.push_back(static_cast<std::size_t>(i));
            UChar32 c;
            U8_NEXT(data, i, length, c);
            if (c < 0)
                throw std::invalid_argument("invalid UTF-8 at byte " + std::to_string(byte.back()));
            cp.push_back(static_cast<char32_t>(c));
        }
        byte.push_back(text.size());
    }

    std::string slice(std::size_t begin, std::size_t end) const {
        return std::string(utf8.substr(byte[begin], byte[end] - byte[begin]));
    }

    /// Lower case (simple case mapping), ’ and ʼ as '.
    std::string key(std::size_t begin, std::size_t end) const {
        std::string out;
        out.reserve(byte[end] - byte[begin]);
        for (std::size_t i = begin; i < end; ++i) {
            const char32_t c = cp[i];
            if (c < 0x80) out += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
            else if (is_apostrophe(c)) out += '\'';
            else append_utf8(out, static_cast<char32_t>(u_tolower(static_cast<UChar32>(c))));
        }
        return out;
    }

    /// The code point index of byte offset `b` (which starts a code point).
    std::size_t code_point_at(std::size_t b) const {
        return static_cast<std::size_t>(std::lower_bound(byte.begin(), byte.end(), b) - byte.begin());
    }
};

/// Longer than any word of the lists looked up whole (apostrophe words, elisions, clitics, hyphen
/// words), so that very long words are not lower-cased again and again.
constexpr std::size_t kLongestListed = 40;

/// Splits one paragraph into raw tokens.
class Scanner {
public:
    Scanner(const Text& text, const TokenizerLexicon& lexicon, std::vector<RawToken>& out)
        : text_(text), cp_(text.cp), lexicon_(lexicon), out_(out) {}

    /// True when only white space follows `i` up to the paragraph's end, or white space and then a
    /// capital (possibly after opening quotes or brackets).
    bool ends_paragraph_or_before_capital(std::size_t i) const {
        while (i < paragraph_end_ && is_space(cp_[i])) ++i;
        while (i < paragraph_end_ && (is_opening(cp_[i]) || cp_[i] == '"')) ++i;
        return i == paragraph_end_ || is_upper(cp_[i]);
    }

    void scan(std::size_t begin, std::size_t end) {
        paragraph_end_ = end;
        std::size_t i = begin;
        while (i < end) {
            while (i < end && is_space(cp_[i])) ++i;
            std::size_t j = i;
            while (j < end && !is_space(cp_[j])) ++j;
            if (j > i) chunk(i, j);
            i = j;
        }
        join_digit_groups();
    }

private:
    void emit(std::size_t begin, std::size_t end, Kind kind) { out_.push_back({begin, end, kind}); }

    bool starts_with(std::size_t at, std::size_t end, const char* prefix) const {
        for (; *prefix; ++prefix, ++at)
            if (at >= end || static_cast<char32_t>(u_tolower(static_cast<UChar32>(cp_[at]))) !=
                                 static_cast<char32_t>(*prefix))
                return false;
        return true;
    }

    /// The end of a URL or e-mail address starting at `i` in the chunk [i, end), or i if none.
    /// A URL ("https://…", "www.…") runs to the end of the chunk; an e-mail address is
    /// local-part@domain with a dot in the domain. Trailing punctuation is left out.
    std::size_t link_end(std::size_t i, std::size_t end) const {
        std::size_t j = i;
        if (starts_with(i, end, "http://") || starts_with(i, end, "https://") || starts_with(i, end, "ftp://") ||
            starts_with(i, end, "www.")) {
            j = end;
        } else {
            std::size_t k = i;
            // a local part has at most 64 characters
            while (k < end && k - i <= 64 &&
                   (is_word(cp_[k]) || cp_[k] == '.' || cp_[k] == '_' || cp_[k] == '-' || cp_[k] == '+'))
                ++k;
            if (k == i || k + 1 >= end || cp_[k] != '@' || !is_word(cp_[k + 1])) return i;
            bool dot = false;
            for (j = k + 1; j < end && (is_word(cp_[j]) || cp_[j] == '.' || cp_[j] == '-'); ++j)
                dot |= cp_[j] == '.' && j + 1 < end && is_letter(cp_[j + 1]);
            if (!dot) return i;
        }
        while (j > i && (is_closing(cp_[j - 1]) || cp_[j - 1] == '.' || cp_[j - 1] == ',' || cp_[j - 1] == ';' ||
                         cp_[j - 1] == ':' || cp_[j - 1] == '!' || cp_[j - 1] == '?' || cp_[j - 1] == '"' ||
                         is_apostrophe(cp_[j - 1])))
            --j;
        return j;
    }

    /// One white-space-delimited chunk.
    void chunk(std::size_t i, std::size_t end) {
        while (i < end) {
            const char32_t c = cp_[i];
            if (const std::size_t link = is_word(c) ? link_end(i, end) : i; link > i) {
                emit(i, link, Kind::Link);
                i = link;
            } else if (is_apostrophe(c) && i + 2 <= end && (i + 2 == end || !is_letter(cp_[i + 2])) &&
                       (cp_[i + 1] == 's' || cp_[i + 1] == 'S' || cp_[i + 1] == 'n' || cp_[i + 1] == 'N') &&
                       (i == 0 || is_space(cp_[i - 1]))) {
                emit(i, i + 2, Kind::Word);  // English "'s" and "'n" written apart ("Farmer 's", "rock 'n roll")
                i += 2;
            } else if (is_word(c) || ((is_hyphen(c) || c == 0x2212) && i + 1 < end && is_digit(cp_[i + 1]) &&
                                      (i == 0 || is_space(cp_[i - 1]) || is_opening(cp_[i - 1])))) {
                i = word(i, end);
            } else if (c == 0xB0 && i + 1 < end && (cp_[i + 1] == 'C' || cp_[i + 1] == 'F') &&
                       (i + 2 == end || !is_letter(cp_[i + 2]))) {
                emit(i, i + 2, Kind::Punctuation);  // "°C"
                i += 2;
            } else if (is_terminal(c) || is_hyphen(c) || c == '*' || c == '=' || c == '_') {
                // runs: "...", "?!", "--"
                std::size_t j = i + 1;
                if (c == '!' || c == '?')
                    while (j < end && (cp_[j] == '!' || cp_[j] == '?')) ++j;
                else
                    while (j < end && cp_[j] == c) ++j;
                emit(i, j, Kind::Punctuation);
                i = j;
            } else {
                emit(i, i + 1, Kind::Punctuation);
                ++i;
            }
        }
    }

    /// True when [begin, end) (a word followed by a period) is a dotted acronym or initials with
    /// letters of at most two characters between the periods ("U.S", "J.-C", "R.E.M").
    bool dotted_acronym(std::size_t begin, std::size_t end) const {
        std::size_t run = 0;
        bool dot = false;
        for (std::size_t k = begin; k < end; ++k) {
            const char32_t c = cp_[k];
            if (c == '.') {
                if (run == 0) return false;
                run = 0;
                dot = true;
            } else if (is_hyphen(c)) {
                if (k == begin || cp_[k - 1] != '.') return false;
            } else if (is_letter(c)) {
                if (++run > 2) return false;
            } else {
                return false;
            }
        }
        return dot && run > 0;
    }

    /// The kind of the word [begin, end) followed by a period, when the period belongs to it.
    bool abbreviation(std::size_t begin, std::size_t end, Kind& kind) const {
        const std::string with_period = text_.slice(begin, end + 1);
        if (lexicon_.abbreviations.count(with_period)) {
            kind = lexicon_.final_abbreviations.count(with_period) ? Kind::FinalAbbreviation : Kind::Abbreviation;
            return true;
        }
        const std::string lower = text_.key(begin, end + 1);
        if (lower != with_period && lexicon_.abbreviations.count(lower)) {
            kind = lexicon_.final_abbreviations.count(lower) ? Kind::FinalAbbreviation : Kind::Abbreviation;
            return true;
        }
        if ((end - begin == 1 && is_upper(cp_[begin])) || dotted_acronym(begin, end)) {
            kind = Kind::Initial;
            return true;
        }
        return false;
    }

    /// A word starting at `i`: letters and digits joined by hyphens, apostrophes, inner periods
    /// (acronyms, domain names, "3.5") and decimal commas; then split into elided words, the
    /// word and its hyphenated clitics. Returns where it ends.
    std::size_t word(std::size_t i, std::size_t end) {
        std::size_t j = i + 1;
        for (;;) {
            while (j < end && (is_word(cp_[j]) || (is_word_joiner(cp_[j]) && j + 1 < end && is_word(cp_[j + 1])))) ++j;
            if (j + 1 >= end) break;
            const char32_t c = cp_[j], next = cp_[j + 1], previous = cp_[j - 1];
            if (is_hyphen(c) && is_word(next) && previous != '.') {
                ++j;
            } else if (c == '.' && is_hyphen(next) && j + 2 < end && is_upper(cp_[j + 2]) && is_upper(previous) &&
                       (j == i + 1 || cp_[j - 2] == '.')) {
                j += 2;  // "J.-C"
            } else if (is_apostrophe(c) && is_letter(previous) && is_letter(next)) {
                ++j;
            } else if (c == '.' && is_word(next) && is_word(previous) && !(is_lower(previous) && is_upper(next))) {
                ++j;
            } else if (c == '.' && is_upper(next) && is_upper(previous)) {
                ++j;  // "U.S"
            } else if ((c == ',' || c == '/') && is_digit(previous) && is_digit(next)) {
                ++j;
            } else if (c == '&' && is_upper(previous) && is_upper(next)) {
                ++j;
            } else if (c == '(' && is_letter(previous) && optional_ending(j, end)) {
                j = optional_ending(j, end);  // "AUTRE(S)", "élu(e)s"
            } else {
                break;
            }
        }
        if (j < end && cp_[j] == 0xB0 && j == i + 1 && (cp_[i] == 'n' || cp_[i] == 'N')) ++j;  // "n°"
        Kind kind = Kind::Word;
        if (j < end && cp_[j] == '.' && !(j + 1 < end && cp_[j + 1] == '.') && abbreviation(i, j, kind)) {
            if (kind == Kind::FinalAbbreviation && ends_paragraph_or_before_capital(j + 1)) {
                // "… etc. Puis": the period ends the sentence and is a token of its own
                emit(i, j, Kind::Word);
                emit(j, j + 1, Kind::Punctuation);
            } else {
                emit(i, j + 1, kind);
            }
            return j + 1;
        }
        if (j < end && is_apostrophe(cp_[j]) && lexicon_.elisions.count(text_.key(i, j + 1))) ++j;  // "jusqu' "
        if (split_unit(i, j)) return j;
        split(i, j);
        return j;
    }

    /// Emits a number glued to a unit as three tokens or two ("20h30" -> "20" "h" "30", "160km"
    /// -> "160" "km"), the units being those of units.txt; false when [begin, end) is not one.
    bool split_unit(std::size_t begin, std::size_t end) {
        std::size_t d = begin;
        while (d < end && is_digit(cp_[d])) ++d;
        if (d == begin || d == end) return false;
        std::size_t u = d;
        while (u < end && is_letter(cp_[u])) ++u;
        std::size_t n = u;
        while (n < end && is_digit(cp_[n])) ++n;
        if (n != end || u == d || !lexicon_.units.count(text_.slice(d, u))) return false;
        emit(begin, d, Kind::Word);
        emit(d, u, Kind::Word);
        if (u < end) emit(u, end, Kind::Word);
        return true;
    }

    /// The end of an optional ending in brackets starting at `j` ("(s)", "(e)", "(es)"), 0 if none.
    std::size_t optional_ending(std::size_t j, std::size_t end) const {
        std::size_t k = j + 1;
        while (k < end && k < j + 4 && is_letter(cp_[k])) ++k;
        if (k == j + 1 || k >= end || cp_[k] != ')') return 0;
        return k + 1;
    }

    /// Emits the word [begin, end), cut into its elided words, itself and its clitics.
    void split(std::size_t begin, std::size_t end) {
        // elided words: "l'", "qu'", "jusqu'"
        while (end - begin > kLongestListed || !lexicon_.apostrophe_words.count(text_.key(begin, end))) {
            std::size_t k = begin;
            while (k < end && !is_apostrophe(cp_[k])) ++k;
            if (k + 1 >= end || k + 1 - begin > kLongestListed || !lexicon_.elisions.count(text_.key(begin, k + 1))) break;
            emit(begin, k + 1, Kind::Word);
            begin = k + 1;
        }
        // hyphenated clitics, last first: "dit" "-il", "a" "-t-il", "allez" "-vous" "-en"
        std::vector<std::pair<std::size_t, std::size_t>> clitics;
        for (bool found = true; found && clitics.size() < 3;) {
            found = false;
            const std::string whole = text_.key(end - begin > kLongestListed ? end - kLongestListed : begin, end);
            if (end - begin <= kLongestListed && lexicon_.hyphen_words.count(whole)) break;
            for (const std::string& clitic : lexicon_.clitics) {
                if (whole.size() <= clitic.size() ||
                    whole.compare(whole.size() - clitic.size(), clitic.size(), clitic) != 0)
                    continue;
                const std::size_t length = utf8_length(clitic);
                const std::size_t at = end - length;
                if (at <= begin || !is_word(cp_[at - 1]) || !consistent_case(begin, at, end)) continue;
                clitics.emplace_back(at, end);
                end = at;
                found = true;
                break;
            }
        }
        emit(begin, end, Kind::Word);
        for (auto it = clitics.rbegin(); it != clitics.rend(); ++it) emit(it->first, it->second, Kind::Word);
    }

    /// A clitic [at, end) is split off only when written in lower case, or in capitals after a
    /// word in capitals ("DIT-IL"): not from names such as "Jean-Le Gall".
    bool consistent_case(std::size_t begin, std::size_t at, std::size_t end) const {
        bool upper = false, lower = false;
        for (std::size_t k = at; k < end; ++k) upper |= is_upper(cp_[k]), lower |= is_lower(cp_[k]);
        if (!upper) return true;
        if (lower) return false;
        for (std::size_t k = begin; k < at; ++k)
            if (is_lower(cp_[k])) return false;
        return true;
    }

    bool all_digits(const RawToken& t, std::size_t max_digits) const {
        std::size_t begin = t.begin;
        if (begin < t.end && (is_hyphen(cp_[begin]) || cp_[begin] == 0x2212)) ++begin;
        if (t.end == begin || t.end - begin > max_digits) return false;
        for (std::size_t k = begin; k < t.end; ++k)
            if (!is_digit(cp_[k])) return false;
        return true;
    }

    /// True for a group of exactly three digits, possibly followed by a decimal part (",5").
    bool three_digit_group(const RawToken& t) const {
        if (t.kind != Kind::Word || t.end - t.begin < 3) return false;
        for (std::size_t k = t.begin; k < t.begin + 3; ++k)
            if (!is_digit(cp_[k])) return false;
        if (t.end == t.begin + 3) return true;
        if (cp_[t.begin + 3] != ',' || t.end == t.begin + 4) return false;
        for (std::size_t k = t.begin + 4; k < t.end; ++k)
            if (!is_digit(cp_[k])) return false;
        return true;
    }

    /// Joins numbers written in groups of three digits separated by one space ("12 300", "1 000 000").
    void join_digit_groups() {
        std::vector<RawToken> joined;
        joined.reserve(out_.size());
        for (std::size_t k = 0; k < out_.size(); ++k) {
            RawToken t = out_[k];
            if (t.kind == Kind::Word && all_digits(t, 3)) {
                while (k + 1 < out_.size() && out_[k + 1].begin == t.end + 1 && is_group_space(cp_[t.end]) &&
                       three_digit_group(out_[k + 1])) {
                    const bool decimal = out_[k + 1].end - out_[k + 1].begin > 3;
                    t.end = out_[++k].end;
                    if (decimal) break;
                }
            }
            joined.push_back(t);
        }
        out_.swap(joined);
    }

    std::size_t paragraph_end_ = 0;
    const Text& text_;
    const std::u32string& cp_;
    const TokenizerLexicon& lexicon_;
    std::vector<RawToken>& out_;
};

// ---------------------------------------------------------------------------------------------
// Multiword tokens: "des"

bool ends_with(const std::string& s, const char* suffix) {
    const std::size_t n = std::char_traits<char>::length(suffix);
    return s.size() >= n && s.compare(s.size() - n, n, suffix) == 0;
}

/// True when a word, by its ending, is most likely a verb form that takes a direct object
/// (infinitive in -er/-ir, imperfect, third person plural), so that "des" after it is the article.
bool looks_like_verb(const std::string& w) {
    if (w.size() < 4) return false;
    if (ends_with(w, "ier")) {
        return ends_with(w, "fier") || ends_with(w, "plier") || ends_with(w, "dier") || ends_with(w, "précier") ||
               ends_with(w, "ocier") || ends_with(w, "mercier") || ends_with(w, "gocier") || ends_with(w, "lier");
    }
    if (ends_with(w, "er")) return true;
    if (ends_with(w, "ir") && !ends_with(w, "oir")) return true;
    if (ends_with(w, "ait") || ends_with(w, "aient") || ends_with(w, "ez") || ends_with(w, "end")) return true;
    if (ends_with(w, "uire") || ends_with(w, "ttre") || ends_with(w, "ndre") || ends_with(w, "crire")) return true;
    // present participles ("présentant"; the nouns in -ant are listed in des_contexts.txt)
    if (ends_with(w, "ant")) return true;
    // adverbs in -ment made from an adjective ("uniquement", "directement", "aisément"), not the
    // nouns (those in -ément are listed)
    if (ends_with(w, "quement") || ends_with(w, "alement") || ends_with(w, "ivement") || ends_with(w, "ellement") ||
        ends_with(w, "ièrement") || ends_with(w, "eusement") || ends_with(w, "amment") || ends_with(w, "emment") ||
        ends_with(w, "ablement") || ends_with(w, "iblement") || ends_with(w, "ètement") || ends_with(w, "ctement") ||
        ends_with(w, "ément"))
        return true;
    if (ends_with(w, "ent"))  // third person plural, not the nouns and adjectives in -ent, -ment
        return ends_with(w, "ssent") || ends_with(w, "isent") || ends_with(w, "uent") || ends_with(w, "nnent") ||
               ends_with(w, "vrent") || ends_with(w, "frent") || ends_with(w, "èrent") || ends_with(w, "sentent") ||
               ends_with(w, "ettent") || ends_with(w, "ivent") || ends_with(w, "ndent") || ends_with(w, "ortent") ||
               ends_with(w, "estent") || ends_with(w, "ouvent") || ends_with(w, "ngent") || ends_with(w, "osent") ||
               ends_with(w, "usent");
    return false;
}

/// A sentence's tokens while its words are built: forms, lower-case keys and kinds.
struct Pending {
    std::vector<std::string> keys;
    std::vector<Kind> kinds;
    std::vector<int> des;  // per token: 1 contraction, 0 article, -1 not "des"/"du"/"au"/"aux"
};

bool is_number(const std::string& key) {
    return !key.empty() && std::all_of(key.begin(), key.end(), [](char c) {
        return (c >= '0' && c <= '9') || c == ' ' || c == ',' || c == '.';
    }) && key.front() >= '0' && key.front() <= '9';
}

/// Whether "des" at token `k` is "de les" (true) or the indefinite article (false).
bool des_is_contraction(const Pending& s, std::size_t k, const TokenizerLexicon& lexicon, const Text& text,
                        const RawToken& previous_token) {
    if (k == 0) return false;
    const std::string& p = s.keys[k - 1];
    if (lexicon.des_contraction_after.count(p)) return true;
    if (lexicon.des_article_after.count(p)) return false;
    if (s.kinds[k - 1] == Kind::Punctuation || p == "et" || p == "ou" || p == "ni" || p == "puis") {
        if (p == "%" || p == "\xE2\x80\xB0") return true;
        if (p != "," && p != "et" && p != "ou" && p != "ni" && p != "puis" && p != "-" && p != "/") return false;
        // coordination: "des X et des Y", "du X, des Y"
        for (std::size_t m = k - 1; m-- > 0 && k - m <= 12;) {
            if (s.des[m] >= 0) return s.des[m] == 1;
            if (s.keys[m] == "." || s.keys[m] == ";" || s.keys[m] == ":") break;
        }
        return false;
    }
    if (is_number(p)) return true;
    if (k >= 2 && is_upper(text.cp[previous_token.begin])) return true;  // a name
    for (const std::string& stem : lexicon.de_verb_stems)
        if (p.size() > stem.size() && p.compare(0, stem.size(), stem) == 0) return true;
    if (looks_like_verb(p)) return false;
    // a word after a subject or object clitic is a verb ("il présente des", "qui offre des"), and
    // a participle after a form of "avoir" is a compound tense ("a publié des", "ont déjà reçu des")
    if (k >= 2 && lexicon.verb_after.count(s.keys[k - 2])) return false;
    if (ends_with(p, "é") || ends_with(p, "i") || ends_with(p, "u") || ends_with(p, "is") || ends_with(p, "it") ||
        ends_with(p, "ert") || ends_with(p, "int")) {
        for (std::size_t m = k - 1; m-- > 0 && k - m <= 3;)
            if (lexicon.auxiliaries.count(s.keys[m])) return false;
    }
    return true;
}

/// True when token `t` is a word of at least `min_letters` letters, all capitals.
bool all_capitals(const Text& text, const RawToken& t, std::size_t min_letters) {
    if (t.kind != Kind::Word) return false;
    std::size_t letters = 0;
    for (std::size_t i = t.begin; i < t.end; ++i) {
        if (is_lower(text.cp[i])) return false;
        letters += is_upper(text.cp[i]);
    }
    return letters >= min_letters;
}

/// True when token `k` (not the first) is a capitalized sentence opener ("Le", "Dans") followed by
/// a lower-case word or a number, after a lower-case word, a word in capitals, a number or a
/// closing bracket that no title may follow: a sentence starting after an unpunctuated headline.
bool opens_sentence(const Text& text, const std::vector<RawToken>& tokens, std::size_t k, const TokenizerLexicon& lexicon) {
    if (k == 0 || k + 1 >= tokens.size()) return false;
    const RawToken& t = tokens[k];
    const RawToken& before = tokens[k - 1];
    const RawToken& after = tokens[k + 1];
    if (t.kind != Kind::Word || !is_upper(text.cp[t.begin]) || (t.end - t.begin > 1 && is_upper(text.cp[t.begin + 1])))
        return false;
    const char32_t a = text.cp[after.begin];
    if (!(is_lower(a) || is_digit(a)) || after.kind != Kind::Word) return false;
    const char32_t last = text.cp[before.end - 1];
    if (!(before.kind == Kind::Word && (is_lower(last) || is_digit(last) || all_capitals(text, before, 2))) && last != ')')
        return false;
    if (!lexicon.sentence_openers.count(text.key(t.begin, t.end))) return false;
    return !lexicon.no_opener_after.count(text.key(before.begin, before.end));
}

/// Number of tokens before token `k` in its sentence, given the sentence ends found so far
/// (counted up to 4).
std::size_t tokens_since_end(const std::vector<bool>& ends, std::size_t k) {
    std::size_t n = 0;
    while (n < k && n <= 3 && !ends[k - n - 1]) ++n;
    return n;
}

/// True when a heading in capitals of at least two words ends before token `k`, which starts a
/// capitalized word in lower case ("DONNÉES CLINIQUES Indications thérapeutiques").
bool ends_heading(const Text& text, const std::vector<RawToken>& tokens, std::size_t k) {
    if (k < 2 || tokens[k].kind != Kind::Word || !is_upper(text.cp[tokens[k].begin]) ||
        tokens[k].end - tokens[k].begin < 2 || !is_lower(text.cp[tokens[k].begin + 1]))
        return false;
    return all_capitals(text, tokens[k - 1], 2) && all_capitals(text, tokens[k - 2], 1);
}

/// The text [begin, end) with each line break (CR LF, LF, CR, U+0085, U+2028, U+2029) made one
/// space, so that it fits a "# text =" line.
std::string one_line(const Text& text, std::size_t begin, std::size_t end) {
    std::string out;
    std::size_t from = begin;
    for (std::size_t i = begin; i < end; ++i) {
        if (!is_newline(text.cp[i])) continue;
        out += text.slice(from, i);
        out += ' ';
        if (text.cp[i] == '\r' && i + 1 < end && text.cp[i + 1] == '\n') ++i;
        from = i + 1;
    }
    out += text.slice(from, end);
    return out;
}

/// `word` with its first letter (or all of it) in capitals.
std::string capitalized(const std::string& word, bool all) {
    std::u32string cps = utf8_decode(word);
    for (std::size_t k = 0; k < cps.size() && (all || k == 0); ++k)
        cps[k] = static_cast<char32_t>(u_toupper(static_cast<UChar32>(cps[k])));
    return utf8_encode(cps);
}

ud::Word plain_word(std::string form) {
    ud::Word w;
    w.form = std::move(form);
    w.lemma = w.upos = w.xpos = w.feats = w.deprel = w.misc = "_";
    return w;
}

}  // namespace

// ---------------------------------------------------------------------------------------------

TokenizerLexicon TokenizerLexicon::load(const std::string& folder) {
    TokenizerLexicon lexicon;
    {
        const std::string path = folder + "/abbreviations.txt";
        for (const auto& [number, line] : read_lines(path)) {
            const std::vector<std::string> f = fields(line);
            if (f.size() > 2 || f[0].size() < 2 || f[0].back() != '.' || (f.size() == 2 && f[1] != "final"))
                throw InputError(where(path, number), "expected an abbreviation ending with '.', optionally followed by \"final\"");
            lexicon.abbreviations.insert(f[0]);
            if (f.size() == 2) lexicon.final_abbreviations.insert(f[0]);
        }
    }
    for (const auto& [number, line] : read_lines(folder + "/elisions.txt")) {
        const std::string form = straight_apostrophes(line);
        if (form.size() < 2 || form.back() != '\'' || form.find(' ') != std::string::npos)
            throw InputError(where(folder + "/elisions.txt", number), "expected an elided form ending with an apostrophe");
        lexicon.elisions.insert(form);
    }
    for (const auto& [number, line] : read_lines(folder + "/apostrophe_words.txt")) {
        const std::string form = straight_apostrophes(line);
        if (form.find('\'') == std::string::npos || form.find(' ') != std::string::npos)
            throw InputError(where(folder + "/apostrophe_words.txt", number), "expected one word with an apostrophe");
        lexicon.apostrophe_words.insert(form);
    }
    for (const auto& [number, line] : read_lines(folder + "/contractions.txt")) {
        std::vector<std::string> f = fields(line);
        if (f.size() < 3)
            throw InputError(where(folder + "/contractions.txt", number), "expected a contraction and its words");
        std::string form = f[0];
        f.erase(f.begin());
        lexicon.contractions[form] = std::move(f);
    }
    for (const auto& [number, line] : read_lines(folder + "/hyphen_clitics.txt")) {
        const std::vector<std::string> f = fields(line);
        if (f.size() == 2 && f[0] == "=") {
            lexicon.hyphen_words.insert(f[1]);
        } else if (f.size() == 1 && f[0].size() >= 2 && f[0][0] == '-') {
            lexicon.clitics.push_back(f[0]);
        } else {
            throw InputError(where(folder + "/hyphen_clitics.txt", number),
                             "expected a clitic starting with '-', or '= word'");
        }
    }
    std::stable_sort(lexicon.clitics.begin(), lexicon.clitics.end(),
                     [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
    for (const auto& [number, line] : read_lines(folder + "/des_contexts.txt")) {
        const std::vector<std::string> f = fields(line);
        if (f.size() == 2 && f[0] == "de-verb") {
            lexicon.de_verb_stems.push_back(f[1]);
            continue;
        }
        if (f.size() != 2 || (f[0] != "article" && f[0] != "contraction" && f[0] != "verb-after" && f[0] != "auxiliary"))
            throw InputError(where(folder + "/des_contexts.txt", number),
                             "expected 'article WORD', 'contraction WORD', 'verb-after WORD', 'auxiliary WORD' or "
                             "'de-verb STEM'");
        auto& set = f[0] == "article"       ? lexicon.des_article_after
                    : f[0] == "contraction" ? lexicon.des_contraction_after
                    : f[0] == "verb-after"  ? lexicon.verb_after
                                            : lexicon.auxiliaries;
        set.insert(straight_apostrophes(f[1]));
    }
    for (const auto& [number, line] : read_lines(folder + "/units.txt")) {
        if (line.find_first_of(" \t") != std::string::npos)
            throw InputError(where(folder + "/units.txt", number), "expected one unit symbol");
        lexicon.units.insert(line);
    }
    for (const auto& [number, line] : read_lines(folder + "/sentence_openers.txt")) {
        const std::vector<std::string> f = fields(line);
        if (f.size() != 2 || (f[0] != "opener" && f[0] != "not-after"))
            throw InputError(where(folder + "/sentence_openers.txt", number), "expected 'opener WORD' or 'not-after WORD'");
        (f[0] == "opener" ? lexicon.sentence_openers : lexicon.no_opener_after).insert(straight_apostrophes(f[1]));
    }
    if (!lexicon.contractions.count("des"))
        throw InputError(folder + "/contractions.txt", "the contraction \"des\" is missing");
    return lexicon;
}

Tokenizer::Tokenizer(TokenizerLexicon lexicon, bool line_breaks_end_sentences)
    : lexicon_(std::move(lexicon)), line_breaks_(line_breaks_end_sentences) {
    UErrorCode status = U_ZERO_ERROR;
    breaker_.reset(icu::BreakIterator::createSentenceInstance(icu::Locale("fr"), status));
    if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU sentence iterator: ") + u_errorName(status));
}

Tokenizer::~Tokenizer() = default;
Tokenizer::Tokenizer(Tokenizer&&) noexcept = default;
Tokenizer& Tokenizer::operator=(Tokenizer&&) noexcept = default;

Tokenizer Tokenizer::load(const std::string& folder, bool line_breaks_end_sentences) {
    return Tokenizer(TokenizerLexicon::load(folder), line_breaks_end_sentences);
}

namespace {

/// The paragraphs of `text`: spans of code points separated by lines of white space only.
std::vector<std::pair<std::size_t, std::size_t>> paragraphs(const Text& text) {
    const std::u32string& cp = text.cp;
    std::vector<std::pair<std::size_t, std::size_t>> out;
    std::size_t begin = 0, line_start = 0;
    bool line_blank = true;
    for (std::size_t i = 0; i <= cp.size(); ++i) {
        if (i == cp.size() || cp[i] == '\n') {
            if (line_blank && line_start > begin) {
                out.emplace_back(begin, line_start);
                begin = i;
            }
            line_start = i + 1;
            line_blank = true;
        } else if (!is_space(cp[i])) {
            line_blank = false;
        }
    }
    out.emplace_back(begin, cp.size());
    return out;
}

/// Decides after which tokens of a paragraph a sentence ends: after final punctuation (and the
/// closing quotes and brackets that follow it) where ICU sees a boundary and the text does not go
/// on in lower case, at line breaks, after headings and before sentence openers; a sentence is
/// never longer than Tokenizer::kMaxSentenceTokens.
struct SentenceEnds {
    const Text& text;
    const std::vector<RawToken>& tokens;
    const TokenizerLexicon& lexicon;
    const std::vector<bool>& candidates;  // ICU's boundaries, per code point from `begin`
    std::size_t begin;                    // the paragraph's first code point
    bool line_breaks;                     // a line break ends a sentence

    /// True when a line break lies between code points `from` and `to`.
    bool line_break_between(std::size_t from, std::size_t to) const {
        for (std::size_t i = from; i < to && line_breaks; ++i)
            if (is_newline(text.cp[i])) return true;
        return false;
    }

    /// True when ICU has a boundary between code points `from` and `to` (both included).
    bool icu_boundary_between(std::size_t from, std::size_t to) const {
        for (std::size_t i = from; i <= to; ++i)
            if (candidates[i - begin]) return true;
        return false;
    }

    /// True when token `k` may end a sentence: final punctuation, "etc.", a semicolon before a
    /// capital (as the treebanks cut them), a colon after a one- or two-word heading before an
    /// opener, an initial before an opener ("… sous Mac OS X. Une version …").
    bool final_token(std::size_t k, const std::vector<bool>& ends) const {
        const std::u32string& cp = text.cp;
        const RawToken& t = tokens[k];
        const RawToken& after = tokens[k + 1];
        const bool capital_next = after.kind == Kind::Word && is_upper(cp[after.begin]);
        const bool opener_next = capital_next && k + 2 < tokens.size() && is_lower(cp[tokens[k + 2].begin]) &&
                                 lexicon.sentence_openers.count(text.key(after.begin, after.end));
        if (t.kind == Kind::FinalAbbreviation) return true;
        if (t.kind == Kind::Initial) return opener_next;
        if (t.kind != Kind::Punctuation) return false;
        const char32_t c = cp[t.begin];
        return is_terminal(c) || (c == ';' && capital_next) || (c == ':' && opener_next && tokens_since_end(ends, k) <= 2);
    }

    /// A sentence of punctuation only ("–" alone on its line after a dateline) joins the
    /// sentence before it, or the one after it when it comes first.
    void attach_punctuation_only(std::vector<bool>& ends) const {
        std::size_t first = 0;
        for (std::size_t k = 0; k < tokens.size(); ++k) {
            if (!ends[k]) continue;
            bool punctuation_only = true;
            for (std::size_t m = first; m <= k && punctuation_only; ++m)
                punctuation_only = tokens[m].kind == Kind::Punctuation;
            if (punctuation_only && first > 0) {
                ends[first - 1] = false;
            } else if (punctuation_only && k + 1 < tokens.size()) {
                ends[k] = false;
                continue;  // the next sentence starts at `first`
            }
            first = k + 1;
        }
    }

    std::vector<bool> find() const {
        const std::u32string& cp = text.cp;
        std::vector<bool> ends(tokens.size(), false);
        std::size_t open_quotes = 0;  // straight double quotes seen, to tell opening from closing
        for (std::size_t k = 0; k + 1 < tokens.size(); ++k) {
            const RawToken& t = tokens[k];
            if (t.end - t.begin == 1 && cp[t.begin] == '"') ++open_quotes;
            if (!final_token(k, ends)) {
                // a line break inside the paragraph ends a sentence, and so does a headline
                if (line_break_between(t.end, tokens[k + 1].begin) || opens_sentence(text, tokens, k + 1, lexicon) ||
                    ends_heading(text, tokens, k + 1))
                    ends[k] = true;
                continue;
            }
            if (cp[t.begin] == ';' || cp[t.begin] == ':' || t.kind == Kind::Initial) {
                ends[k] = true;  // final_token checked what follows
                continue;
            }
            // closing quotes and brackets stay with the sentence
            std::size_t m = k;
            while (m + 1 < tokens.size() && tokens[m + 1].kind == Kind::Punctuation) {
                const RawToken& q = tokens[m + 1];
                const char32_t c = cp[q.begin];
                if (c == '"') {
                    // closing when attached to what it closes, opening when attached to what follows
                    const bool space_before = is_space(cp[q.begin - 1]);
                    const bool space_after = q.end == cp.size() || is_space(cp[q.end]);
                    const bool closing = space_before == space_after ? open_quotes % 2 == 1 : !space_before;
                    if (!closing) break;
                    ++open_quotes;
                } else if (!is_closing(c) && !is_terminal(c)) {
                    break;
                }
                ++m;
            }
            if (m + 1 >= tokens.size()) break;
            const RawToken& next = tokens[m + 1];
            const char32_t n = cp[next.begin];
            const bool goes_on = is_lower(n) || n == ',' || n == ';' || n == ':' || is_closing(n) ||
                                 (is_terminal(n) && next.kind == Kind::Punctuation);
            // ICU keeps the sentence going up to the next letter when it is lower case; a number
            // ("1er") or a dash opening a list item ("- si vous …") starts a sentence all the same
            const bool ellipsis = cp[t.begin] == 0x2026 || t.end - t.begin > 1;
            const bool item = is_digit(n) || ((is_hyphen(n) || n == 0x2013 || n == 0x2014) && next.end - next.begin == 1);
            if (line_break_between(tokens[m].end, next.begin) ||
                (!goes_on && (ellipsis || item || icu_boundary_between(t.end, next.begin))))
                ends[m] = true;
            k = m;
        }
        ends.back() = true;
        attach_punctuation_only(ends);
        // a run of text without any sentence end is cut every kMaxSentenceTokens tokens
        for (std::size_t k = 0, length = 0; k < ends.size(); ++k) {
            if (ends[k]) length = 0;
            else if (++length == Tokenizer::kMaxSentenceTokens) ends[k] = true, length = 0;
        }
        return ends;
    }
};

/// The sentence of tokens [first, last): its tokens, its words (contractions expanded, "des"
/// by its context) and its text.
ud::Sentence build_sentence(const Text& text, const std::vector<RawToken>& tokens, std::size_t first,
                            std::size_t last, const TokenizerLexicon& lexicon) {
    const std::u32string& cp = text.cp;
    ud::Sentence sentence;
    Pending pending;
    for (std::size_t m = first; m < last; ++m) {
        const RawToken& t = tokens[m];
        ud::Token token;
        token.form = text.slice(t.begin, t.end);
        token.begin = t.begin;
        token.end = t.end;
        token.space_after = t.end == cp.size() || is_space(cp[t.end]);
        token.first_word = sentence.words.size();
        std::string key = text.key(t.begin, t.end);
        const auto contraction = t.kind == Kind::Word ? lexicon.contractions.find(key) : lexicon.contractions.end();
        const bool is_des = key == "des";
        pending.keys.push_back(std::move(key));
        pending.kinds.push_back(t.kind);
        pending.des.push_back(-1);
        if (contraction == lexicon.contractions.end()) {
            sentence.words.push_back(plain_word(token.form));
        } else {
            const bool split =
                !is_des || des_is_contraction(pending, pending.keys.size() - 1, lexicon, text, m > first ? tokens[m - 1] : t);
            pending.des.back() = split ? 1 : 0;
            if (split) {
                const bool all_caps = t.end - t.begin > 1 && is_upper(cp[t.begin]) && is_upper(cp[t.begin + 1]);
                const bool capital = is_upper(cp[t.begin]);
                const std::vector<std::string>& parts = contraction->second;
                for (std::size_t w = 0; w < parts.size(); ++w)
                    sentence.words.push_back(
                        plain_word(all_caps || (capital && w == 0) ? capitalized(parts[w], all_caps) : parts[w]));
                token.word_count = parts.size();
            } else {
                sentence.words.push_back(plain_word(token.form));
            }
        }
        sentence.tokens.push_back(std::move(token));
    }
    sentence.text = one_line(text, tokens[first].begin, tokens[last - 1].end);
    return sentence;
}

}  // namespace

std::vector<ud::Sentence> Tokenizer::tokenize(std::string_view input) const {
    const Text text(input);
    std::vector<ud::Sentence> sentences;
    std::vector<RawToken> tokens;
    UText utext = UTEXT_INITIALIZER;
    for (const auto& [begin, end] : paragraphs(text)) {
        tokens.clear();
        Scanner(text, lexicon_, tokens).scan(begin, end);
        if (tokens.empty()) continue;

        // ICU's sentence candidates, as code point offsets from the paragraph's start
        std::vector<bool> candidates(end - begin + 1, false);
        UErrorCode status = U_ZERO_ERROR;
        const std::size_t first_byte = text.byte[begin];
        utext_openUTF8(&utext, input.data() + first_byte, static_cast<int64_t>(text.byte[end] - first_byte), &status);
        breaker_->setText(&utext, status);
        if (U_FAILURE(status)) {
            utext_close(&utext);
            throw std::runtime_error(std::string("ICU sentence iterator: ") + u_errorName(status));
        }
        for (int32_t b = breaker_->next(); b != icu::BreakIterator::DONE; b = breaker_->next())
            candidates[text.code_point_at(first_byte + static_cast<std::size_t>(b)) - begin] = true;

        const SentenceEnds finder{text, tokens, lexicon_, candidates, begin, line_breaks_};
        const std::vector<bool> ends = finder.find();
        std::size_t first = 0;
        for (std::size_t k = 0; k < tokens.size(); ++k) {
            if (!ends[k]) continue;
            sentences.push_back(build_sentence(text, tokens, first, k + 1, lexicon_));
            first = k + 1;
        }
    }
    utext_close(&utext);
    return sentences;
}

}  // namespace trame::analysis
