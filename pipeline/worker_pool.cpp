#include "pipeline/worker_pool.h"

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>
#include <stdexcept>
#include <string>

namespace trame {

namespace {

/// A temporary file that is removed when it goes.
struct TempFile {
    std::string path;
    int fd = -1;
    TempFile() {
        path = (std::filesystem::temp_directory_path() / "trame-worker-XXXXXX").string();
        fd = ::mkstemp(path.data());
        if (fd < 0) throw std::runtime_error("cannot create a temporary file for a worker: " + std::string(std::strerror(errno)));
    }
    ~TempFile() {
        if (fd >= 0) ::close(fd);
        ::unlink(path.c_str());
    }
    TempFile(const TempFile&) = delete;
    TempFile& operator=(const TempFile&) = delete;
};

/// The child's work: its share of the documents into `file`. Never returns.
[[noreturn]] void run_child(std::vector<Document>& docs, std::size_t first, std::size_t step, int fd,
                            const std::function<std::vector<Fact>(Document&)>& process) {
    int status = 0;
    try {
        std::FILE* out = ::fdopen(fd, "wb");
        if (!out) throw std::runtime_error("cannot open a worker's temporary file");
        for (std::size_t i = first; i < docs.size(); i += step) {
            const std::vector<Fact> facts = process(docs[i]);
            const std::string line = part_record(docs[i], facts);
            if (std::fwrite(line.data(), 1, line.size(), out) != line.size()) throw std::runtime_error("cannot write a worker's temporary file");
        }
        if (std::fclose(out) != 0) throw std::runtime_error("cannot write a worker's temporary file");
    } catch (const std::exception& error) {
        std::fprintf(stderr, "trame: worker %zu: %s\n", first + 1, error.what());
        status = 1;
    }
    std::fflush(stderr);
    ::_exit(status);  // no exit handlers, no flush of the parent's buffers
}

}  // namespace

std::vector<PartRecord> process_in_workers(std::vector<Document>& docs, std::size_t workers,
                                           const std::function<std::vector<Fact>(Document&)>& process) {
    std::vector<PartRecord> records(docs.size());
    if (workers <= 1 || docs.size() <= 1) {
        for (std::size_t i = 0; i < docs.size(); ++i) {
            records[i].facts = process(docs[i]);
            for (const Sentence& sentence : docs[i].sentences) records[i].tokens += sentence.tokens.size();
            records[i].doc = std::move(docs[i]);
        }
        docs.clear();
        return records;
    }
    workers = std::min(workers, docs.size());
    std::vector<std::unique_ptr<TempFile>> files;
    for (std::size_t k = 0; k < workers; ++k) files.push_back(std::make_unique<TempFile>());
    std::fflush(nullptr);  // what the parent holds back must not be written twice
    std::vector<pid_t> children;
    std::string failure;
    for (std::size_t k = 0; k < workers; ++k) {
        const pid_t pid = ::fork();
        if (pid == 0) run_child(docs, k, workers, files[k]->fd, process);
        if (pid < 0) {
            failure = "cannot start a worker process: " + std::string(std::strerror(errno));
            break;
        }
        children.push_back(pid);
    }
    for (const pid_t pid : children) {
        int status = 0;
        while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
        if (failure.empty() && !(WIFEXITED(status) && WEXITSTATUS(status) == 0))
            failure = WIFSIGNALED(status) ? "a worker process was killed by signal " + std::to_string(WTERMSIG(status))
                                          : "a worker process failed";
    }
    if (!failure.empty()) throw std::runtime_error(failure);
    for (std::size_t k = 0; k < workers; ++k) {
        std::ifstream in(files[k]->path, std::ios::binary);
        PartReader reader(in, files[k]->path);
        std::size_t i = k;
        for (PartRecord record; reader.next(record); i += workers) {
            if (i >= records.size()) throw std::runtime_error(files[k]->path + ": more records than documents");
            records[i] = std::move(record);
        }
        if (i < records.size()) throw std::runtime_error(files[k]->path + ": a worker's records end early");
    }
    docs.clear();
    return records;
}

}  // namespace trame
