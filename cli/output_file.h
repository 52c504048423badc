// Writing the output of a command whole, and saying what really happened when it cannot be.
#pragma once

#include <string>
#include <string_view>

#include "output/atomic_file.h"

namespace trame::cli {

/// How messages name an output path: "standard output" for "-", else the path.
std::string output_name(const std::string& path);

/// Writes `bytes` to `file`. Throws std::runtime_error "cannot write NAME: REASON" (REASON from
/// errno, e.g. "No space left on device") when the stream refuses them.
void write_bytes(AtomicFile& file, std::string_view bytes);

/// Writes `bytes` to `path` ("-": standard output) whole or not at all, as write_bytes says.
void write_output(const std::string& path, std::string_view bytes);

/// Fails, before any work is done, when `path` cannot be written: its folder is missing or not
/// writable (a temporary file cannot be made beside it). Throws std::runtime_error naming it.
void check_output(const std::string& path);

/// Closes standard output, as the last thing trame does, so that a write error that stdio held
/// back (a full disk) is seen. Throws std::runtime_error "cannot write standard output: REASON".
void close_standard_output();

}  // namespace trame::cli
