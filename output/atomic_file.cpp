#include "output/atomic_file.h"

#include <atomic>
#include <cerrno>
#include <cstring>
#include <stdexcept>

#include <fcntl.h>
#include <unistd.h>

namespace trame {

namespace {

std::runtime_error file_error(const std::string& what, const std::string& path, int error) {
    return std::runtime_error(what + " " + path + ": " + (error ? std::strerror(error) : "write error"));
}

/// A hidden name in the directory of `path`, unique to this process and call: "dir/.name.PID.N.tmp".
std::string temp_name(const std::string& path) {
    static std::atomic<unsigned long> counter{0};
    const std::size_t slash = path.rfind('/');
    const std::string dir = slash == std::string::npos ? "" : path.substr(0, slash + 1);
    const std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
    return dir + "." + name + "." + std::to_string(::getpid()) + "." + std::to_string(counter++) + ".tmp";
}

}  // namespace

AtomicFile::AtomicFile(std::string path) : path_(std::move(path)) {
    if (path_ == "-") {
        stream_ = stdout;
        return;
    }
    if (path_.empty() || path_.back() == '/') throw std::runtime_error("not a file path: \"" + path_ + "\"");
    int fd = -1;
    do {
        temp_path_ = temp_name(path_);
        // 0666 lets the umask decide the permissions, as for any file the user creates.
        fd = ::open(temp_path_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    } while (fd < 0 && errno == EEXIST);
    if (fd < 0) throw file_error("cannot create a temporary file for", path_, errno);
    stream_ = ::fdopen(fd, "wb");
    if (!stream_) {
        const int error = errno;
        ::close(fd);
        ::unlink(temp_path_.c_str());
        throw file_error("cannot open a stream for", path_, error);
    }
}

AtomicFile::~AtomicFile() {
    if (committed_ || temp_path_.empty()) return;
    std::fclose(stream_);
    ::unlink(temp_path_.c_str());
}

void AtomicFile::commit() {
    if (committed_) throw std::logic_error("AtomicFile::commit called twice for " + path_);
    errno = 0;
    if (temp_path_.empty()) {
        if (std::fflush(stdout) != 0 || std::ferror(stdout)) throw file_error("cannot write", "standard output", errno);
        committed_ = true;
        return;
    }
    const bool written = std::fflush(stream_) == 0 && !std::ferror(stream_) && ::fsync(::fileno(stream_)) == 0;
    int error = errno;
    const bool closed = std::fclose(stream_) == 0;
    if (!closed && written) error = errno;
    committed_ = true;  // the stream is closed whatever happens next
    if (!written || !closed) {
        ::unlink(temp_path_.c_str());
        throw file_error("cannot write", path_, error);
    }
    if (::rename(temp_path_.c_str(), path_.c_str()) != 0) {
        error = errno;
        ::unlink(temp_path_.c_str());
        throw file_error("cannot rename the temporary file over", path_, error);
    }
}

}  // namespace trame
