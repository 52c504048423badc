#include "reading/reader.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <system_error>
#include <utility>

#include <unistd.h>

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "document/utf8.h"

namespace trame {
namespace fs = std::filesystem;
namespace {

// ---- Finding the input files ----

/// The last error of a system call, as text.
std::string system_error_text() { return std::error_code(errno, std::generic_category()).message(); }

/// Adds `path` to `files` when it can be read, else an error naming it.
void add_file(const std::string& path, std::vector<std::string>& files, std::vector<InputError>& errors) {
    if (::access(path.c_str(), R_OK) == 0)
        files.push_back(path);
    else
        errors.emplace_back(path, "cannot read: " + system_error_text());
}

/// Adds the readable `*.txt` files under `dir` (recursively, not following links to directories) to
/// `found`, and an error for each folder or file that cannot be read.
void walk(const fs::path& dir, std::vector<std::string>& found, std::vector<InputError>& errors) {
    std::error_code ec;
    fs::directory_iterator it(dir, ec);
    if (ec) {
        errors.emplace_back(dir.string(), "cannot read the directory: " + ec.message());
        return;
    }
    for (; it != fs::directory_iterator(); it.increment(ec)) {
        const fs::directory_entry& entry = *it;
        std::error_code type_ec;
        if (entry.is_directory(type_ec) && !entry.is_symlink(type_ec))
            walk(entry.path(), found, errors);
        else if (entry.path().extension() == ".txt" && entry.is_regular_file(type_ec))
            add_file(entry.path().string(), found, errors);
    }
    if (ec) errors.emplace_back(dir.string(), "cannot read the directory: " + ec.message());
}

/// Adds the `*.txt` files under `dir` to `files`, sorted by path.
void add_directory(const std::string& dir, std::vector<std::string>& files, std::vector<InputError>& errors) {
    std::vector<std::string> found;
    std::size_t errors_before = errors.size();
    walk(dir, found, errors);
    if (found.empty() && errors.size() == errors_before) errors.emplace_back(dir, "no .txt file in this directory");
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
}

// ---- Reading bytes ----

std::string too_large(std::size_t size) {
    return "larger than the " + std::to_string(Reader::kMaxBytes >> 20) + " MiB limit (" + std::to_string(size) +
           " bytes)";
}

/// All of `in`, refusing more than Reader::kMaxBytes.
std::string read_stream(std::istream& in, const std::string& path) {
    std::string bytes;
    char buffer[1 << 16];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
        bytes.append(buffer, static_cast<std::size_t>(in.gcount()));
        if (bytes.size() > Reader::kMaxBytes) throw InputError(path, too_large(bytes.size()) + " at least");
    }
    if (in.bad()) throw InputError(path, "read error");
    return bytes;
}

/// The content of the file `path`.
std::string read_file(const std::string& path) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) throw InputError(path, "is a directory");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError(path, "cannot read: " + system_error_text());
    std::uintmax_t size = fs::file_size(path, ec);
    if (!ec && size > Reader::kMaxBytes) throw InputError(path, too_large(size));
    return read_stream(in, path);
}

// ---- Checking and normalizing the text ----

/// Throws when `bytes` holds a C0 control character other than tab, line feed, carriage return and
/// form feed (NUL bytes and the like mean binary data, not text).
void check_not_binary(const std::string& name, const std::string& bytes) {
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(bytes[i]);
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
            char code[8];
            std::snprintf(code, sizeof code, "0x%02X", c);
            throw InputError(name, std::string("binary data (control byte ") + code + " at byte offset " +
                                       std::to_string(i) + ")");
        }
    }
}

/// Throws at the first ill-formed UTF-8 sequence (ICU rejects overlong forms, surrogates and
/// values above U+10FFFF).
void check_utf8(const std::string& name, const std::string& bytes) {
    const auto* s = reinterpret_cast<const uint8_t*>(bytes.data());
    const auto length = static_cast<int32_t>(bytes.size());
    for (int32_t i = 0; i < length;) {
        int32_t start = i;
        UChar32 c;
        U8_NEXT(s, i, length, c);
        if (c < 0) throw InputError(name, "invalid UTF-8 at byte offset " + std::to_string(start));
    }
}

/// `text` without its leading byte order marks (a file saved twice by some editors has two).
std::string strip_bom(std::string text) {
    constexpr std::string_view bom = "\xEF\xBB\xBF";
    std::size_t start = 0;
    while (std::string_view(text).substr(start, bom.size()) == bom) start += bom.size();
    text.erase(0, start);
    return text;
}

/// `text` with CRLF and lone CR line ends turned into LF.
std::string normalize_line_ends(std::string text) {
    if (text.find('\r') == std::string::npos) return text;
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '\r')
            out += text[i];
        else if (i + 1 == text.size() || text[i + 1] != '\n')
            out += '\n';
    }
    return out;
}

std::string to_nfc(const std::string& name, std::string text) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    if (U_SUCCESS(status) && nfc->isNormalizedUTF8(text, status) && U_SUCCESS(status)) return text;
    std::string out;
    icu::StringByteSink<std::string> sink(&out, static_cast<int32_t>(text.size()));
    if (U_SUCCESS(status)) nfc->normalizeUTF8(0, text, sink, nullptr, status);
    if (U_FAILURE(status)) throw InputError(name, std::string("cannot normalize to NFC: ") + u_errorName(status));
    return out;
}

// ---- Lines and code points ----

/// `text` without surrounding Unicode white space (no-break spaces included).
std::string_view trim(std::string_view text) {
    const auto* s = reinterpret_cast<const uint8_t*>(text.data());
    int32_t begin = 0;
    int32_t end = static_cast<int32_t>(text.size());
    while (begin < end) {
        int32_t next = begin;
        UChar32 c;
        U8_NEXT_UNSAFE(s, next, c);
        if (!u_isUWhiteSpace(c)) break;
        begin = next;
    }
    while (end > begin) {
        int32_t previous = end;
        UChar32 c;
        U8_PREV_UNSAFE(s, previous, c);
        if (!u_isUWhiteSpace(c)) break;
        end = previous;
    }
    return text.substr(static_cast<std::size_t>(begin), static_cast<std::size_t>(end - begin));
}

/// A non-empty line of the text, trimmed, and the code point where it starts in the text.
struct Line {
    std::string_view text;
    std::size_t begin = 0;

    TextSpan span() const { return {begin, begin + utf8_length(text)}; }
};

std::vector<Line> non_empty_lines(std::string_view text) {
    std::vector<Line> lines;
    std::size_t code_point = 0;  // index of text[start]
    for (std::size_t start = 0; start <= text.size();) {
        std::size_t stop = std::min(text.find('\n', start), text.size());
        std::string_view line = text.substr(start, stop - start);
        std::string_view content = trim(line);
        if (!content.empty())
            lines.push_back({content, code_point + utf8_length(line.substr(0, content.data() - line.data()))});
        code_point += utf8_length(line) + 1;
        start = stop + 1;
    }
    return lines;
}

// ---- Dates ----

/// "date 2025-02-13", "Date : 2025-02", optionally with a time; more text may follow on the line.
/// Digits are ASCII ([0-9], not ICU's \d, which also takes other scripts' digits, that std::stoi cannot read).
constexpr const char* kIsoDateLine =
    R"(date\s*:?\s*([0-9]{4})-([0-9]{2})(?:-([0-9]{2})(?:[T ][0-9]{2}:[0-9]{2}(?::[0-9]{2})?(?:Z|[+-][0-9]{2}:?[0-9]{2})?)?)?(?:\s+|$))";

/// A line that is only a French date, with an optional label and time: "Publié le jeudi 13 février
/// 2025 à 10h30", "Mis à jour le 14/02/2025", "8 novembre 2016, 13 h 10 UTC. –".
constexpr const char* kFrenchDateLine =
    R"((?:date\s*:?\s*)?)"
    R"((?:(?:publié|mis\s+à\s+jour|mise\s+à\s+jour|modifié)(?:\s+le)?\s+)?)"
    R"((?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?)"
    R"((?:([0-9]{1,2})(?:er)?\s+(janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre)\s+([0-9]{4}))"
    R"(|([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})))"
    R"((?:\s*(?:,|à)?\s*[0-9]{1,2}\s*(?:h|:)\s*(?:[0-9]{2})?(?:\s*(?:utc|gmt|cet|cest))?)?)"
    R"([\s.,;:|–—-]*)"
    R"((?:mise?\s+à\s+jour.*)?)";

/// True when the separators that end a date's match hold a dash ("27 mars 2019. – "): the mark
/// of a dateline, after which the article's first sentence follows on the same line.
bool ends_with_dash(const icu::UnicodeString& date) {
    for (int32_t i = date.length(); i > 0;) {
        const UChar32 c = date.char32At(i - 1);
        i -= U16_LENGTH(c);
        if (c == u'–' || c == u'—' || c == u'-') return true;
        if (!u_isUWhiteSpace(c) && c != u'.' && c != u',') return false;
    }
    return false;
}

std::unique_ptr<icu::RegexPattern> compile(const char* regex) {
    UParseError parse_error{};
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::RegexPattern> pattern(icu::RegexPattern::compile(
        icu::UnicodeString::fromUTF8(regex), UREGEX_CASE_INSENSITIVE, parse_error, status));
    if (U_FAILURE(status)) throw std::logic_error(std::string("bad built-in date regex: ") + u_errorName(status));
    return pattern;
}

/// The number in capture group `group`, 0 when the group did not take part in the match.
int group_number(icu::RegexMatcher& matcher, int group) {
    UErrorCode status = U_ZERO_ERROR;
    if (matcher.start(group, status) < 0) return 0;
    std::string digits;
    matcher.group(group, status).toUTF8String(digits);
    return std::stoi(digits);
}

int month_number(icu::UnicodeString name) {
    static const std::pair<const char*, int> months[] = {
        {"janvier", 1}, {"février", 2},   {"fevrier", 2},    {"mars", 3},     {"avril", 4},
        {"mai", 5},     {"juin", 6},      {"juillet", 7},    {"août", 8},     {"aout", 8},
        {"septembre", 9}, {"octobre", 10}, {"novembre", 11}, {"décembre", 12}, {"decembre", 12}};
    std::string lower;
    name.toLower().toUTF8String(lower);
    for (const auto& [month, number] : months)
        if (lower == month) return number;
    return 0;
}

bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

/// "2025-02-13" (or "2025-02" when `day` is 0), or nothing for an impossible date.
std::optional<std::string> iso_date(int year, int month, int day) {
    static const int days_in_month[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12) return std::nullopt;
    int last_day = days_in_month[month - 1] + (month == 2 && is_leap_year(year) ? 1 : 0);
    if (day < 0 || day > last_day) return std::nullopt;
    char text[32];
    if (day == 0)
        std::snprintf(text, sizeof text, "%04d-%02d", year, month);
    else
        std::snprintf(text, sizeof text, "%04d-%02d-%02d", year, month, day);
    return std::string(text);
}

}  // namespace

Reader::Reader(Boilerplate boilerplate)
    : boilerplate_(std::move(boilerplate)), iso_date_(compile(kIsoDateLine)), french_date_(compile(kFrenchDateLine)) {}

std::vector<std::string> Reader::expand(const std::vector<std::string>& inputs,
                                        std::vector<InputError>& errors) const {
    std::vector<std::string> files;
    for (const std::string& input : inputs) {
        std::error_code ec;
        if (input == "-")
            files.push_back(input);
        else if (!fs::exists(input, ec))
            errors.emplace_back(input, ec ? "cannot read: " + ec.message() : "no such file or directory");
        else if (fs::is_directory(input, ec))
            add_directory(input, files, errors);
        else
            add_file(input, files, errors);
    }
    return files;
}

Document Reader::read(const std::string& path) const {
    return parse(path, path == "-" ? read_stream(std::cin, path) : read_file(path));
}

Document Reader::parse(std::string name, std::string bytes) const {
    if (bytes.size() > kMaxBytes) throw InputError(name, too_large(bytes.size()));
    if (bytes.empty()) throw InputError(name, "empty file");
    check_not_binary(name, bytes);
    check_utf8(name, bytes);
    Document doc;
    doc.text = to_nfc(name, normalize_line_ends(strip_bom(std::move(bytes))));
    doc.name = std::move(name);
    std::vector<Line> lines = non_empty_lines(doc.text);
    if (lines.empty()) throw InputError(doc.name, "empty file (only white space)");
    std::size_t seen = 0;  // lines of text so far (non-empty, not boilerplate)
    for (const Line& line : lines) {
        std::optional<DateLine> date = seen < kDateLineWindow ? date_line(line.text) : std::nullopt;
        if (date) {
            ++seen;
            if (!doc.date) doc.date = date->date;
            if (date->rest < line.text.size())
                doc.paragraphs.push_back(
                    Line{line.text.substr(date->rest), line.begin + utf8_length(line.text.substr(0, date->rest))}
                        .span());
        } else if (!boilerplate_.is_boilerplate(line.text)) {
            ++seen;
            doc.paragraphs.push_back(line.span());
        }
    }
    if (doc.paragraphs.empty()) throw InputError(doc.name, "no article text (only boilerplate or a date)");
    return doc;
}

std::optional<Reader::DateLine> Reader::date_line(std::string_view line) const {
    icu::UnicodeString text = icu::UnicodeString::fromUTF8(icu::StringPiece(line.data(), line.size()));
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::RegexMatcher> iso(iso_date_->matcher(text, status));
    if (U_SUCCESS(status) && iso->lookingAt(status)) {
        std::optional<std::string> date = iso_date(group_number(*iso, 1), group_number(*iso, 2), group_number(*iso, 3));
        std::string prefix;
        text.tempSubString(0, iso->end(status)).toUTF8String(prefix);
        if (date) return DateLine{*date, prefix.size()};
    }
    std::unique_ptr<icu::RegexMatcher> french(french_date_->matcher(text, status));
    if (U_FAILURE(status)) return std::nullopt;
    std::size_t rest = line.size();
    if (!french->matches(status)) {
        // A dateline that runs on into the first sentence: "27 mars 2019. – Le ministre …".
        if (!french->lookingAt(status) || !ends_with_dash(text.tempSubString(0, french->end(status)))) return std::nullopt;
        std::string prefix;
        text.tempSubString(0, french->end(status)).toUTF8String(prefix);
        rest = prefix.size();
    }
    std::optional<std::string> date =
        french->start(1, status) >= 0
            ? iso_date(group_number(*french, 3), month_number(french->group(2, status)), group_number(*french, 1))
            : iso_date(group_number(*french, 6), group_number(*french, 5), group_number(*french, 4));
    if (!date) return std::nullopt;
    return DateLine{*date, rest};
}

}  // namespace trame
