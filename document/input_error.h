// The error raised when an input (an article, a data file) cannot be used.
#pragma once

#include <stdexcept>
#include <string>
#include <utility>

namespace trame {

/// A problem with one input: the path it concerns (or "-" for stdin, or "file:line" for a data file)
/// and what is wrong with it. `what()` reads "PATH: message".
class InputError : public std::runtime_error {
public:
    InputError(std::string path, std::string message)
        : std::runtime_error(path + ": " + message), path_(std::move(path)), message_(std::move(message)) {}

    /// The path (or "-", or "file:line") the error is about.
    const std::string& path() const { return path_; }
    /// The message alone, without the path.
    const std::string& message() const { return message_; }

private:
    std::string path_;
    std::string message_;
};

}  // namespace trame
