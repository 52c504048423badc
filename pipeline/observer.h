// What a run of the pipeline tells its caller while it works.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace trame {

/// How far a run is: documents and sentences done, and bytes of input done out of the total
/// (bytes_total 0 when unknown, as for standard input).
struct RunCounts {
    std::size_t documents_done = 0;
    std::size_t documents_total = 0;
    std::size_t sentences = 0;
    std::uint64_t bytes_done = 0;
    std::uint64_t bytes_total = 0;
};

/// The caller's side of a run: the pipeline reports what happens to it (an input that cannot be
/// read, an article already in the graph, a line per document) and how far it is. The command line
/// draws them on standard error (cli::Console); a library caller may log them or ignore them.
class Observer {
public:
    virtual ~Observer() = default;
    /// Something the user should know ("FILE: not valid UTF-8 at byte 12").
    virtual void message(const std::string& text) = 0;
    /// A detail worth showing only on request (timings, a line per document).
    virtual void verbose(const std::string& text) = 0;
    virtual bool is_verbose() const = 0;
    /// The counts so far; called often, so it should be cheap.
    virtual void progress(const RunCounts& counts) = 0;
};

}  // namespace trame
