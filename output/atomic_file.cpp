#include "output/atomic_file.h"

#include <atomic>
#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace trame {

namespace {

std::runtime_error file_error(const std::string& what, const std::string& path, int error) {
    return std::runtime_error(what + " " + path + ": " + (error ? std::strerror(error) : "write error"));
}

/// The folder part of `path` with its trailing '/' ("" for a bare name, "/" for "/name").
std::string folder_prefix(const std::string& path) {
    const std::size_t slash = path.rfind('/');
    return slash == std::string::npos ? "" : path.substr(0, slash + 1);
}

/// The folder `path` is in, to name in messages and to stat ("." for a bare name).
std::string folder_of(const std::string& path) {
    const std::string prefix = folder_prefix(path);
    if (prefix.empty()) return ".";
    return prefix.size() == 1 ? prefix : prefix.substr(0, prefix.size() - 1);
}

/// A hidden name in the folder of `path`, unique to this process and call: "dir/.name.PID.N.tmp".
std::string temp_name(const std::string& path) {
    static std::atomic<unsigned long> counter{0};
    const std::string dir = folder_prefix(path);
    return dir + "." + path.substr(dir.size()) + "." + std::to_string(::getpid()) + "." +
           std::to_string(counter++) + ".tmp";
}

/// `path` with the symlinks it ends with followed, up to the file (or the missing name) they
/// lead to. A relative link is read from the link's own folder. Throws after 40 links.
std::string follow_links(const std::string& path) {
    std::string current = path;
    for (int hops = 0; hops < 40; ++hops) {
        struct stat st {};
        if (::lstat(current.c_str(), &st) != 0 || !S_ISLNK(st.st_mode)) return current;
        std::vector<char> buffer(st.st_size > 0 ? static_cast<std::size_t>(st.st_size) + 1 : 4096);
        ssize_t n;
        while ((n = ::readlink(current.c_str(), buffer.data(), buffer.size())) == static_cast<ssize_t>(buffer.size()))
            buffer.resize(buffer.size() * 2);
        if (n < 0) throw file_error("cannot read the symbolic link", current, errno);
        const std::string link(buffer.data(), static_cast<std::size_t>(n));
        current = !link.empty() && link[0] == '/' ? link : folder_prefix(current) + link;
    }
    throw file_error("cannot write", path, ELOOP);
}

}  // namespace

void check_output_path(const std::string& path) {
    if (path == "-") return;
    if (path.empty()) throw std::runtime_error("the output path is empty");
    // What the path leads to, as the kernel resolves it (/dev/stdout to a pipe included).
    struct stat st {};
    if (::stat(path.c_str(), &st) == 0) {
        if (S_ISDIR(st.st_mode)) throw std::runtime_error("cannot write " + path + ": it is a directory");
        if (S_ISBLK(st.st_mode))
            throw std::runtime_error("cannot write " + path +
                                     ": it is a block device (trame writes to files, FIFOs and character devices)");
        if (S_ISSOCK(st.st_mode)) throw std::runtime_error("cannot write " + path + ": it is a socket");
        if (!S_ISREG(st.st_mode)) return;  // a FIFO or a character device, written through
    } else if (errno != ENOENT && errno != ENOTDIR) {
        throw file_error("cannot write", path, errno);
    }
    const std::string target = follow_links(path);
    const std::string shown = target == path ? path : path + " (-> " + target + ")";
    if (!target.empty() && target.back() == '/') throw std::runtime_error("cannot write " + shown + ": not a file path");
    // A regular file or a new one: the temporary file goes in its folder.
    const std::string folder = folder_of(target);
    struct stat folder_st {};
    if (::stat(folder.c_str(), &folder_st) != 0) {
        if (errno == ENOENT) throw std::runtime_error("cannot write " + shown + ": the folder " + folder + " does not exist");
        throw file_error("cannot write " + shown + ": folder", folder, errno);
    }
    if (!S_ISDIR(folder_st.st_mode)) throw std::runtime_error("cannot write " + shown + ": " + folder + " is not a directory");
    if (::access(folder.c_str(), W_OK | X_OK) != 0)
        throw file_error("cannot write " + shown + ": cannot create a file in the folder", folder, errno);
}

AtomicFile::AtomicFile(std::string path) : path_(std::move(path)) {
    if (path_ == "-") {
        stream_ = stdout;
        return;
    }
    check_output_path(path_);
    struct stat st {};
    if (::stat(path_.c_str(), &st) == 0 && !S_ISREG(st.st_mode)) {  // a FIFO or a character device
        const int fd = ::open(path_.c_str(), O_WRONLY | O_CLOEXEC | O_NOCTTY);
        if (fd < 0) throw file_error("cannot open", path_, errno);
        stream_ = ::fdopen(fd, "wb");
        if (!stream_) {
            const int error = errno;
            ::close(fd);
            throw file_error("cannot open a stream for", path_, error);
        }
        return;
    }
    target_ = follow_links(path_);
    if (::stat(target_.c_str(), &st) == 0) {
        existed_ = true;
        mode_ = st.st_mode & 07777;
        owner_ = st.st_uid;
        group_ = st.st_gid;
    }
    int fd = -1;
    do {
        temp_path_ = temp_name(target_);
        // 0666 lets the umask decide the permissions of a new file, as for any file the user creates.
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
    if (committed_ || !stream_ || stream_ == stdout) return;
    std::fclose(stream_);
    if (!temp_path_.empty()) ::unlink(temp_path_.c_str());
}

void AtomicFile::commit() {
    if (committed_) throw std::logic_error("AtomicFile::commit called twice for " + path_);
    errno = 0;
    if (stream_ == stdout) {
        committed_ = true;
        if (std::fflush(stdout) != 0 || std::ferror(stdout)) throw file_error("cannot write", "standard output", errno);
        return;
    }
    if (temp_path_.empty()) {  // written through: nothing to sync or rename
        const bool written = std::fflush(stream_) == 0 && !std::ferror(stream_);
        int error = errno;
        const bool closed = std::fclose(stream_) == 0;
        if (!closed && written) error = errno;
        committed_ = true;
        if (!written || !closed) throw file_error("cannot write", path_, error);
        return;
    }
    const int fd = ::fileno(stream_);
    bool written = std::fflush(stream_) == 0 && !std::ferror(stream_);
    // The replaced file's owner first (as root only: chown clears the set-id bits), then its mode.
    // An owner that cannot be given back (a file system without owners) is no reason to fail.
    if (written && existed_ && ::geteuid() == 0) (void)::fchown(fd, owner_, group_);
    if (written && existed_) written = ::fchmod(fd, mode_) == 0;
    written = written && ::fsync(fd) == 0;
    int error = errno;
    const bool closed = std::fclose(stream_) == 0;
    if (!closed && written) error = errno;
    committed_ = true;  // the stream is closed whatever happens next
    if (!written || !closed) {
        ::unlink(temp_path_.c_str());
        throw file_error("cannot write", path_, error);
    }
    if (::rename(temp_path_.c_str(), target_.c_str()) != 0) {
        error = errno;
        ::unlink(temp_path_.c_str());
        throw file_error("cannot rename the temporary file over", target_, error);
    }
}

}  // namespace trame
