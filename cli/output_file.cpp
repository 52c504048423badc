#include "cli/output_file.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <stdexcept>

namespace trame::cli {

namespace {

std::runtime_error write_error(const std::string& path, int error) {
    return std::runtime_error("cannot write " + output_name(path) + ": " +
                              (error ? std::strerror(error) : "input/output error"));
}

}  // namespace

std::string output_name(const std::string& path) { return path == "-" ? "standard output" : path; }

void write_bytes(AtomicFile& file, std::string_view bytes) {
    errno = 0;
    if (std::fwrite(bytes.data(), 1, bytes.size(), file.stream()) != bytes.size() || std::ferror(file.stream()))
        throw write_error(file.path(), errno);
}

void write_output(const std::string& path, std::string_view bytes) {
    AtomicFile file(path);
    write_bytes(file, bytes);
    file.commit();
}

void check_output(const std::string& path) {
    check_output_path(path);
}

void close_standard_output() {
    errno = 0;
    const bool failed = std::ferror(stdout) != 0;
    if (std::fclose(stdout) != 0 || failed) {
        if (errno == EBADF && !failed) return;  // closed before trame started: nothing was written to it
        throw write_error("-", errno);
    }
}

}  // namespace trame::cli
