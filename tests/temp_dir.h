// A scratch directory for the tests that write files, and reading a file back whole.
//
//     trame::testing::TempDir dir("trame-cli");
//     const std::string input = dir.write("in.txt", "Un texte.\n");
//     CHECK(trame::testing::read_file(dir / "out.ttl") == expected);
#pragma once

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <string>
#include <system_error>

namespace trame::testing {

/// A fresh, uniquely named directory under the system temp folder ("<prefix>-XXXXXX", made by
/// mkdtemp), removed with all its content when the object goes out of scope.
struct TempDir {
    std::filesystem::path path;

    explicit TempDir(const std::string& prefix = "trame-test") {
        std::string pattern = (std::filesystem::temp_directory_path() / (prefix + "-XXXXXX")).string();
        if (!mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed for " + pattern);
        path = pattern;
    }
    ~TempDir() {
        std::error_code ignored;
        std::filesystem::remove_all(path, ignored);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    /// Writes `bytes` as they are to the file `name` of the directory (creating the folders a
    /// relative name such as "sub/a.txt" goes through) and returns the file's path.
    std::string write(const std::string& name, const std::string& bytes) const {
        const std::filesystem::path file = path / name;
        std::filesystem::create_directories(file.parent_path());
        std::ofstream(file, std::ios::binary) << bytes;
        return file.string();
    }

    /// The path of the entry `name` of the directory (which need not exist).
    std::string operator/(const std::string& name) const { return (path / name).string(); }
};

/// The whole content of the file at `path`; throws std::runtime_error naming `path` when it
/// cannot be opened.
inline std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path.string());
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

}  // namespace trame::testing
