// What trame tells the user on standard error while it works: diagnostics, verbose lines, and
// on a terminal a progress line that never shares a line with them.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <ostream>
#include <string>

#include "pipeline/observer.h"

namespace trame::cli {


/// A duration as a clock shows it: "0:07", "12:30", "1:02:03" (rounded to the second).
std::string format_duration(double seconds);

/// The progress line after `seconds` of work, cut to `width` columns (counted in code points):
///   "trame: 2/10 documents, 1234 sentences, 85 sentences/s, 42%, 0:13 left"
/// The rate appears after one second of work; the percentage and the time left when the total
/// size is known and some of it is done.
std::string format_progress(const RunCounts& counts, double seconds, std::size_t width);

/// Standard error of a run: every message goes through it, so that the progress line (drawn
/// only when enabled: stderr is a terminal and -q was not given) is cleared before a message
/// and drawn again after it. Redraws at most every `interval` (0: on every update).
class Console : public Observer {
public:
    Console(std::ostream& out, bool progress, bool verbose,
            std::chrono::milliseconds interval = std::chrono::milliseconds(200), std::size_t width = 80);

    /// "trame: MESSAGE" on a line of its own.
    void message(const std::string& text) override;
    /// A message shown only with -v.
    void verbose(const std::string& text) override;
    bool is_verbose() const override { return verbose_; }
    /// Records the counts and redraws the progress line if enabled and due.
    void progress(const RunCounts& counts) override;
    /// Clears the progress line for good (before the summary, or at the end of the run).
    void finish();

private:
    void clear();
    void draw();

    std::ostream& out_;
    bool progress_enabled_;
    bool verbose_;
    std::chrono::milliseconds interval_;
    std::size_t width_;
    std::chrono::steady_clock::time_point started_ = std::chrono::steady_clock::now();
    std::chrono::steady_clock::time_point drawn_at_{};
    RunCounts counts_;
    bool shown_ = false;     ///< A progress line is on the screen.
    bool finished_ = false;
};

/// The width of the terminal standard error is, or 80 when it is not one.
std::size_t terminal_width();

}  // namespace trame::cli
