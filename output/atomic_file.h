// An output file that appears complete or not at all.
#pragma once

#include <cstdio>
#include <string>

namespace trame {

/// A file being written: the bytes go to a temporary file next to the target (same directory,
/// unique hidden name), and commit() flushes, syncs and renames it over the target. Destroyed
/// without commit(), it removes the temporary file and leaves the target untouched. The path "-"
/// stands for standard output, written directly.
class AtomicFile {
public:
    /// Creates the temporary file. Throws std::runtime_error naming `path` when it cannot.
    explicit AtomicFile(std::string path);
    ~AtomicFile();
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    /// The stream to write to (the temporary file, or stdout for "-").
    std::FILE* stream() const { return stream_; }
    /// The target path as given.
    const std::string& path() const { return path_; }
    /// The temporary file's path (empty for stdout).
    const std::string& temp_path() const { return temp_path_; }
    /// Flushes, syncs and closes the temporary file and renames it over the target (for stdout:
    /// flushes it). Throws std::runtime_error naming the path on any write error (disk full...).
    void commit();

private:
    std::string path_;
    std::string temp_path_;
    std::FILE* stream_ = nullptr;
    bool committed_ = false;
};

}  // namespace trame
