// Reading the line-based data files of ontology/ (lexicons, word lists, gazetteer tables).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "document/input_error.h"

namespace trame {

/// One data line of a word list or table: its line number, the line without its end of line and
/// surrounding blanks, and its fields (split on white space, or on tabs for a table, each column
/// without surrounding blanks).
struct DataLine {
    std::size_t number = 0;
    std::string text;
    std::vector<std::string> fields;
};

/// How a data file's lines split into fields.
enum class Fields { Words, Tabs };

/// The data lines of the file at `path`: blank lines and lines whose first non-blank character is
/// '#' are skipped, a final '\r' dropped. `what` says what the file is for, in the error when it
/// cannot be opened ("PATH: cannot open the tokenizer word list"). Throws InputError.
std::vector<DataLine> read_data_lines(const std::string& path, const std::string& what, Fields split = Fields::Words);

/// `text` without the spaces, tabs and carriage returns at its ends.
std::string_view trim_blanks(std::string_view text);

/// The error for a bad data line: "PATH:LINE: message".
InputError data_line_error(const std::string& path, const DataLine& line, const std::string& message);

}  // namespace trame
