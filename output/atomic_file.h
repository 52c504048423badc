// An output file that appears complete or not at all, and never harms what its path names.
#pragma once

#include <sys/types.h>

#include <cstdio>
#include <string>

namespace trame {

/// Throws std::runtime_error with a message naming `path` when it cannot be an output file: a
/// directory, a path whose folder does not exist or is not a folder, a symlink loop, a block
/// device or a socket. "-" (standard output), a regular file, a FIFO, a character device and a
/// path that does not exist yet in an existing folder pass. Meant to be called before any work,
/// so that a wrong -o fails at once; AtomicFile checks the same.
void check_output_path(const std::string& path);

/// A file being written, by what its path names:
/// - a regular file or a new path: the bytes go to a temporary file in the same folder (unique
///   hidden name), and commit() flushes, syncs and renames it over the target, with the mode (and,
///   when run as root, the owner and group) of the file it replaces. Destroyed without commit(),
///   it removes the temporary file and leaves the target untouched.
/// - a symlink (or a chain of them, dangling or not): the same for the file it points to, with the
///   temporary file in that file's folder; the link stays.
/// - "-" (standard output), a FIFO or a character device (/dev/null, a terminal): written
///   through, never replaced; commit() flushes and reports a write error.
class AtomicFile {
public:
    /// Opens the output (a FIFO blocks until it has a reader, as for any writer). Throws
    /// std::runtime_error naming `path` when it cannot (see check_output_path).
    explicit AtomicFile(std::string path);
    ~AtomicFile();
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    /// The stream to write to (the temporary file, the device or FIFO, or stdout for "-").
    std::FILE* stream() const { return stream_; }
    /// The target path as given.
    const std::string& path() const { return path_; }
    /// The temporary file's path (empty when written through).
    const std::string& temp_path() const { return temp_path_; }
    /// Flushes and closes what was written: for a temporary file, syncs it, gives it the replaced
    /// file's mode (and owner) and renames it over the target. Throws std::runtime_error naming
    /// the path on any write error (disk full...).
    void commit();

private:
    std::string path_;
    std::string target_;     // the file replaced: path_ with its symlinks followed
    std::string temp_path_;  // empty when written through
    std::FILE* stream_ = nullptr;
    bool existed_ = false;  // target_ was a regular file: its mode and owner are kept
    mode_t mode_ = 0;
    uid_t owner_ = 0;
    gid_t group_ = 0;
    bool committed_ = false;
};

}  // namespace trame
