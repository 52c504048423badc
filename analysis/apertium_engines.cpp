#include "analysis/apertium_engines.h"


#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <stdexcept>

#include <unicode/ustdio.h>

#include <lttoolbox/fst_processor.h>
#include <lttoolbox/input_file.h>

namespace trame::apertium {

namespace {

std::runtime_error failure(const std::string& what) {
    return std::runtime_error("analyser: " + what);
}

std::runtime_error system_failure(const std::string& what) {
    return failure(what + ": " + std::strerror(errno));
}

/// Owns a FILE* and closes it.
struct FileCloser {
    void operator()(FILE* f) const { std::fclose(f); }
};
using FilePtr = std::unique_ptr<FILE, FileCloser>;

FilePtr open_file(const std::string& path) {
    FilePtr f(std::fopen(path.c_str(), "rb"));
    if (!f) throw system_failure("cannot open " + path);
    return f;
}

/// An in-memory output file that ICU can write UTF-8 to; text() closes it and returns the bytes.
class MemoryOutput {
public:
    MemoryOutput() {
        file_ = open_memstream(&buffer_, &size_);
        if (!file_) throw system_failure("open_memstream");
        ufile_ = u_finit(file_, nullptr, "UTF-8");
        if (!ufile_) {
            std::fclose(file_);
            std::free(buffer_);
            throw failure("u_finit failed");
        }
    }
    ~MemoryOutput() {
        close();
        std::free(buffer_);
    }
    MemoryOutput(const MemoryOutput&) = delete;
    MemoryOutput& operator=(const MemoryOutput&) = delete;

    UFILE* ufile() { return ufile_; }
    std::string text() {
        close();
        return std::string(buffer_, size_);
    }

private:
    void close() {
        if (ufile_) u_fclose(ufile_);  // flushes, but leaves file_ open
        if (file_) std::fclose(file_);
        ufile_ = nullptr;
        file_ = nullptr;
    }

    char* buffer_ = nullptr;
    std::size_t size_ = 0;
    FILE* file_ = nullptr;
    UFILE* ufile_ = nullptr;
};

}  // namespace

// ---- lttoolbox ----------------------------------------------------------------------------

MorphAnalyser::MorphAnalyser(const std::string& path) : fst_(std::make_unique<FSTProcessor>()) {
    FilePtr f = open_file(path);
    fst_->load(f.get());
    fst_->setDictionaryCaseMode(true);
    fst_->initAnalysis();
    if (!fst_->valid()) throw failure("invalid lttoolbox transducer " + path);
}

MorphAnalyser::~MorphAnalyser() = default;

std::vector<std::string> MorphAnalyser::analyse(const std::vector<std::string>& escaped_chunks) {
    std::string input;
    for (const std::string& chunk : escaped_chunks) {
        input += chunk;
        input += "\n";  // lttoolbox 3.7.1 drops a word that touches '\0' or the end of input
        input += '\0';
    }
    FILE* in = fmemopen(input.data(), input.size(), "rb");
    if (!in) throw system_failure("fmemopen");
    InputFile input_file;
    input_file.wrap(in);  // closes `in`
    MemoryOutput output;
    fst_->setNullFlush(true);  // the null-flush analysis resets the flag, so set it every call
    fst_->analysis(input_file, output.ufile());
    std::string text = output.text();

    std::vector<std::string> streams;
    std::size_t start = 0;
    while (streams.size() < escaped_chunks.size()) {
        std::size_t nul = text.find('\0', start);
        if (nul == std::string::npos) throw failure("lttoolbox returned fewer chunks than it was given");
        streams.push_back(text.substr(start, nul - start));
        start = nul + 1;
    }
    return streams;
}

}  // namespace trame::apertium
