// Tests of output/atomic_file: a regular file is replaced whole or not at all, keeping its mode
// (and, as root, its owner); a symlink's target is replaced, the link kept; anything that is not
// a regular file (a FIFO, a character device) is written through, never replaced; a directory or
// a missing folder is refused before any work.
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <future>
#include <string>

#include "output/atomic_file.h"
#include "tests/cli_runner.h"
#include "tests/temp_dir.h"

using trame::AtomicFile;
using trame::check_output_path;
using trame::testing::read_file;
using trame::testing::TempDir;
namespace fs = std::filesystem;

namespace {

std::size_t entries(const TempDir& dir) {
    std::size_t n = 0;
    for ([[maybe_unused]] const auto& entry : fs::recursive_directory_iterator(dir.path)) ++n;
    return n;
}

/// Writes `bytes` to `path` through an AtomicFile and commits (a write error shows at commit()).
void write_and_commit(const std::string& path, const std::string& bytes) {
    AtomicFile file(path);
    std::fwrite(bytes.data(), 1, bytes.size(), file.stream());
    file.commit();
}

struct stat lstat_of(const std::string& path) {
    struct stat st {};
    REQUIRE(::lstat(path.c_str(), &st) == 0);
    return st;
}

/// Everything read from the FIFO `path` by a thread, until its writer closes it. The thread opens
/// the FIFO through a second (hard) link made first, so that a writer that replaced `path` instead
/// of writing into it cannot leave it blocked: after `timeout` the FIFO is opened and closed for
/// writing through that link, and what was read by then (nothing) is returned.
class FifoReader {
public:
    explicit FifoReader(const std::string& path) : keep_(path + ".keep") {
        REQUIRE(::link(path.c_str(), keep_.c_str()) == 0);
        received_ = std::async(std::launch::async, [keep = keep_] {
            std::string bytes;
            const int fd = ::open(keep.c_str(), O_RDONLY | O_CLOEXEC);
            if (fd < 0) return bytes;
            char buffer[4096];
            for (ssize_t n; (n = ::read(fd, buffer, sizeof buffer)) > 0;) bytes.append(buffer, n);
            ::close(fd);
            return bytes;
        });
    }
    ~FifoReader() { unblock(); }

    std::string received(std::chrono::seconds timeout = std::chrono::seconds(10)) {
        if (received_.wait_for(timeout) != std::future_status::ready) unblock();
        return received_.get();
    }

private:
    void unblock() {
        if (!received_.valid()) return;
        if (received_.wait_for(std::chrono::seconds(0)) == std::future_status::ready) return;
        const int fd = ::open(keep_.c_str(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
        if (fd >= 0) ::close(fd);
        received_.wait();
    }

    std::string keep_;
    std::future<std::string> received_;
};

}  // namespace

TEST_CASE("atomic_file: a regular file is replaced only on commit, from a temporary file beside it") {
    TempDir dir("trame-atomic");
    const std::string path = dir / "cible.txt";
    std::ofstream(path) << "ancien";
    {
        AtomicFile file(path);
        std::fputs("nouveau", file.stream());
        CHECK(fs::path(file.temp_path()).parent_path() == dir.path);
    }
    CHECK(read_file(path) == "ancien");
    write_and_commit(path, "nouveau");
    CHECK(read_file(path) == "nouveau");
    CHECK(entries(dir) == 1);
}

TEST_CASE("atomic_file: a path it cannot create is named in the error; - is standard output") {
    CHECK_THROWS_WITH(AtomicFile("/nonexistent-trame-dir/out.ttl"), Catch::Contains("/nonexistent-trame-dir/out.ttl"));
    CHECK(AtomicFile("-").stream() == stdout);
}

TEST_CASE("atomic_file: a FIFO is written through to its reader, never replaced") {
    TempDir dir("trame-atomic");
    const std::string path = dir / "tube";
    REQUIRE(::mkfifo(path.c_str(), 0600) == 0);
    FifoReader reader(path);
    // More than a pipe holds (64 KiB): the writer streams while the reader reads.
    std::string bytes;
    for (int i = 0; bytes.size() < 300000; ++i) bytes += "ligne " + std::to_string(i) + " du graphe\n";
    write_and_commit(path, bytes);
    const std::string received = reader.received();
    CHECK(received.size() == bytes.size());
    CHECK((received == bytes));  // (not expanded: 300 kB)
    CHECK(S_ISFIFO(lstat_of(path).st_mode));
    CHECK(entries(dir) == 2);  // the FIFO and its second link: no temporary file left
}

TEST_CASE("atomic_file: a link to a pipe, as /dev/stdout often is, is written through") {
    TempDir dir("trame-atomic");
    int ends[2];
    REQUIRE(::pipe(ends) == 0);
    const std::string link = dir / "stdout";
    fs::create_symlink("/proc/self/fd/" + std::to_string(ends[1]), link);
    write_and_commit(link, "dans le tuyau");
    ::close(ends[1]);
    std::string received;
    char buffer[64];
    for (ssize_t n; (n = ::read(ends[0], buffer, sizeof buffer)) > 0;) received.append(buffer, n);
    ::close(ends[0]);
    CHECK(received == "dans le tuyau");
    CHECK(fs::is_symlink(link));
    CHECK(entries(dir) == 1);
}

TEST_CASE("atomic_file: a symlink is kept and its target replaced, with the temporary file in the target's folder") {
    TempDir dir("trame-atomic");
    const std::string target = dir.write("donnees/graphe.ttl", "ancien");
    const std::string link = dir / "lien.ttl";
    fs::create_symlink("donnees/graphe.ttl", link);
    {
        AtomicFile file(link);
        std::fputs("nouveau", file.stream());
        CHECK(fs::path(file.temp_path()).parent_path() == dir.path / "donnees");
        file.commit();
    }
    CHECK(fs::is_symlink(link));
    CHECK(fs::read_symlink(link) == "donnees/graphe.ttl");
    CHECK(read_file(target) == "nouveau");
    CHECK(entries(dir) == 3);  // the folder, its file and the link

    SECTION("a chain of links and a dangling link") {
        const std::string second = dir / "lien2.ttl";
        fs::create_symlink("lien.ttl", second);
        write_and_commit(second, "encore");
        CHECK(fs::is_symlink(second));
        CHECK(fs::is_symlink(link));
        CHECK(read_file(target) == "encore");

        const std::string dangling = dir / "pendant.ttl";
        fs::create_symlink("donnees/nouveau.ttl", dangling);
        write_and_commit(dangling, "cree");
        CHECK(fs::is_symlink(dangling));
        CHECK(read_file(dir / "donnees/nouveau.ttl") == "cree");
    }
}

TEST_CASE("atomic_file: a replaced file keeps its mode, and as root its owner") {
    TempDir dir("trame-atomic");
    const std::string path = dir.write("secret.ttl", "ancien");
    for (const mode_t mode : {mode_t(0600), mode_t(0640), mode_t(0444)}) {
        REQUIRE(::chmod(path.c_str(), mode) == 0);
        write_and_commit(path, "nouveau");
        CHECK((lstat_of(path).st_mode & 07777) == mode);
        CHECK(read_file(path) == "nouveau");
    }
    if (::geteuid() == 0) {
        REQUIRE(::chown(path.c_str(), 1234, 5678) == 0);
        REQUIRE(::chmod(path.c_str(), 0640) == 0);
        write_and_commit(path, "autre");
        const struct stat st = lstat_of(path);
        CHECK(st.st_uid == 1234u);
        CHECK(st.st_gid == 5678u);
        CHECK((st.st_mode & 07777) == 0640);
    }
}

TEST_CASE("atomic_file: a character device is written through, never replaced (root only: mknod)") {
    if (::geteuid() != 0) {
        WARN("not root: mknod is not allowed, the character device case is skipped");
        return;
    }
    TempDir dir("trame-atomic");
    const std::string null = dir / "null";
    REQUIRE(::mknod(null.c_str(), S_IFCHR | 0666, makedev(1, 3)) == 0);
    write_and_commit(null, "rien ne reste\n");
    CHECK(S_ISCHR(lstat_of(null).st_mode));
    CHECK(lstat_of(null).st_rdev == makedev(1, 3));

    // /dev/full: the write error is reported, and the device stays.
    const std::string full = dir / "full";
    REQUIRE(::mknod(full.c_str(), S_IFCHR | 0666, makedev(1, 7)) == 0);
    CHECK_THROWS_WITH(write_and_commit(full, "plein\n"), Catch::Contains(full) && Catch::Contains("No space left on device"));
    CHECK(S_ISCHR(lstat_of(full).st_mode));
    CHECK(entries(dir) == 2);
}

TEST_CASE("atomic_file: a directory or a missing folder is refused before any work") {
    TempDir dir("trame-atomic");
    fs::create_directory(dir / "dossier");
    CHECK_THROWS_WITH(check_output_path(dir / "dossier"), Catch::Contains("dossier") && Catch::Contains("is a directory"));
    CHECK_THROWS_WITH(AtomicFile(dir / "dossier"), Catch::Contains("is a directory"));
    CHECK_THROWS_WITH(check_output_path(dir / "absent/graphe.ttl"),
                      Catch::Contains("absent") && Catch::Contains("does not exist"));
    const std::string file = dir.write("fichier", "x");
    CHECK_THROWS_WITH(check_output_path(file + "/graphe.ttl"), Catch::Contains("not a directory"));
    CHECK_NOTHROW(check_output_path(dir / "nouveau.ttl"));
    CHECK_NOTHROW(check_output_path(file));
    CHECK_NOTHROW(check_output_path("-"));
    CHECK(entries(dir) == 2);
}

TEST_CASE("atomic_file: the CLI refuses a directory as -o before reading anything, and writes through a device") {
    TempDir dir("trame-atomic");
    fs::create_directory(dir / "dossier");
    const std::string input = dir.write("article.txt", "La ministre Claire Fontaine a rencontré le maire de Lyon.\n");
    // A missing input would be reported if the documents were read first: only the output is.
    const trame::testing::RunResult refused =
        trame::testing::run_trame({"extract", "-q", "-o", dir / "dossier", dir / "absent.txt"});
    CHECK(refused.status == 1);
    CHECK_THAT(refused.err, Catch::Contains("dossier: it is a directory"));
    CHECK_THAT(refused.err, !Catch::Contains("absent.txt"));
    const trame::testing::RunResult no_folder =
        trame::testing::run_trame({"export", "-o", dir / "absent/graphe.dot", dir / "absent.ttl"});
    CHECK(no_folder.status == 1);
    CHECK_THAT(no_folder.err, Catch::Contains("does not exist") && !Catch::Contains("absent.ttl"));

    if (::geteuid() != 0) return;  // mknod needs root
    const std::string null = dir / "null";
    REQUIRE(::mknod(null.c_str(), S_IFCHR | 0666, makedev(1, 3)) == 0);
    const trame::testing::RunResult written = trame::testing::run_trame({"extract", "-q", "-o", null, input});
    CHECK(written.status == 0);
    CHECK(written.err.empty());
    CHECK(S_ISCHR(lstat_of(null).st_mode));
}
