// Reading articles: finding the input files, checking and normalizing their text, and keeping the
// lines that belong to the article.
//
//     Reader reader(Boilerplate::load("ontology/boilerplate.tsv"));
//     std::vector<InputError> errors;
//     for (const std::string& path : reader.expand({"corpus/", "-"}, errors)) {
//         Document doc = reader.read(path);   // throws InputError
//         ...
//     }
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "reading/boilerplate.h"
#include "document/document.h"
#include "document/input_error.h"

namespace trame {

/// Turns input paths into Documents. A Reader checks that an input is text (UTF-8, no control
/// characters, not empty, at most kMaxBytes), normalizes it (no BOM, LF line ends, NFC), reads the
/// publication date from a date line near the top and keeps the other non-empty, non-boilerplate lines as
/// the document's paragraphs. It holds no state between documents.
class Reader {
public:
    /// Inputs larger than this (64 MiB) are refused.
    static constexpr std::size_t kMaxBytes = std::size_t{64} << 20;
    /// A date line is looked for among this many first lines of text (non-empty, not boilerplate).
    static constexpr std::size_t kDateLineWindow = 3;

    explicit Reader(Boilerplate boilerplate);

    /// The files to read, in order: files as given, the `*.txt` files under each directory
    /// (recursively, sorted by path), and "-" for stdin. A missing or unreadable path, or a directory
    /// without any `*.txt` file, adds an error to `errors` and the other inputs are still listed.
    std::vector<std::string> expand(const std::vector<std::string>& inputs, std::vector<InputError>& errors) const;

    /// Reads and parses the file `path` ("-" for stdin). Throws InputError naming `path`.
    Document read(const std::string& path) const;

    /// Parses the raw content `bytes` of the input `name`. Throws InputError naming `name` for
    /// too large, binary, non-UTF-8 or empty input (empty also when nothing but boilerplate is left).
    /// Document::id is left empty.
    Document parse(std::string name, std::string bytes) const;

private:
    /// A recognised date line: the ISO date and the byte offset in the line where text resumes
    /// ("date 2025-02 Le Kremlin ..." keeps "Le Kremlin ..." as a paragraph), or the line's size.
    struct DateLine {
        std::string date;
        std::size_t rest = 0;
    };
    std::optional<DateLine> date_line(std::string_view line) const;

    Boilerplate boilerplate_;
    std::unique_ptr<icu::RegexPattern> iso_date_;     ///< "date 2025-02-13", "Date : 2025-02"
    std::unique_ptr<icu::RegexPattern> french_date_;  ///< "Publié le jeudi 13 février 2025 à 10h30"
};

}  // namespace trame
