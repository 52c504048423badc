// Running a program (the built trame, serdi) from the tests: its exit status, stdout and stderr.
//
//     const trame::testing::RunResult r = trame::testing::run_trame({"extract", "-q", "in.txt"});
//     CHECK(r.status == 0);
#pragma once

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <string>
#include <vector>

namespace trame::testing {

/// What a finished process left: its exit status (128 + the signal number when killed), and
/// everything it wrote to stdout and stderr.
struct RunResult {
    int status = -1;
    std::string out;
    std::string err;
};

namespace detail {

/// An unlinked-on-destruction temporary file, opened for reading and writing.
class TempFile {
public:
    TempFile() : fd_(::mkstemp(path_)) {
        if (fd_ < 0) throw std::runtime_error("cannot create a temporary file");
    }
    ~TempFile() {
        ::close(fd_);
        ::unlink(path_);
    }
    TempFile(const TempFile&) = delete;
    TempFile& operator=(const TempFile&) = delete;

    int fd() const { return fd_; }
    std::string read() const {
        std::ifstream in(path_, std::ios::binary);
        return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    void write(const std::string& bytes) const {
        if (::write(fd_, bytes.data(), bytes.size()) != static_cast<ssize_t>(bytes.size()) ||
            ::lseek(fd_, 0, SEEK_SET) != 0)
            throw std::runtime_error("cannot write a temporary file");
    }

private:
    char path_[32] = "/tmp/trame-run-XXXXXX";
    int fd_;
};

}  // namespace detail

/// Runs `argv` (argv[0] is looked up in PATH when it has no '/'), feeding it `input` on stdin, and
/// waits for it. stdout and stderr go to temporary files, so a chatty child never blocks.
inline RunResult run(const std::vector<std::string>& argv, const std::string& input = "") {
    detail::TempFile in, out, err;
    in.write(input);
    std::vector<char*> args;
    for (const std::string& arg : argv) args.push_back(const_cast<char*>(arg.c_str()));
    args.push_back(nullptr);
    std::fflush(nullptr);
    const pid_t pid = ::fork();
    if (pid < 0) throw std::runtime_error("fork failed");
    if (pid == 0) {
        if (::dup2(in.fd(), STDIN_FILENO) < 0 || ::dup2(out.fd(), STDOUT_FILENO) < 0 ||
            ::dup2(err.fd(), STDERR_FILENO) < 0)
            ::_exit(126);
        ::execvp(args[0], args.data());
        ::_exit(127);
    }
    int raw = 0;
    while (::waitpid(pid, &raw, 0) < 0)
        if (errno != EINTR) throw std::runtime_error("waitpid failed");
    RunResult result;
    result.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : 128 + WTERMSIG(raw);
    result.out = out.read();
    result.err = err.read();
    return result;
}

/// Runs the trame binary built alongside the tests with `args`.
inline RunResult run_trame(std::vector<std::string> args, const std::string& input = "") {
    args.insert(args.begin(), TRAME_BINARY);
    return run(args, input);
}

}  // namespace trame::testing
