// The error raised for a broken rule file.
#pragma once

#include <stdexcept>
#include <string>

namespace trame {

/// A rule file that cannot be compiled: the message reads "FILE:LINE:COLUMN: what is wrong".
class RuleError : public std::runtime_error {
public:
    RuleError(const std::string& file, int line, int column, const std::string& message)
        : std::runtime_error(file + ":" + std::to_string(line) + ":" + std::to_string(column) + ": " + message) {}
};

}  // namespace trame
