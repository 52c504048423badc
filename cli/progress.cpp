#include "cli/progress.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace trame::cli {

std::string format_duration(double seconds) {
    const long total = seconds < 0 ? 0 : std::lround(seconds);
    const long hours = total / 3600, minutes = total / 60 % 60, secs = total % 60;
    char text[32];
    if (hours > 0) std::snprintf(text, sizeof text, "%ld:%02ld:%02ld", hours, minutes, secs);
    else std::snprintf(text, sizeof text, "%ld:%02ld", minutes, secs);
    return text;
}

std::string format_progress(const RunCounts& counts, double seconds, std::size_t width) {
    std::string line = "trame: " + std::to_string(counts.documents_done) + "/" + std::to_string(counts.documents_total) +
                       (counts.documents_total == 1 ? " document, " : " documents, ") +
                       std::to_string(counts.sentences) + (counts.sentences == 1 ? " sentence" : " sentences");
    if (seconds >= 1) line += ", " + std::to_string(std::lround(counts.sentences / seconds)) + " sentences/s";
    if (counts.bytes_total > 0 && counts.bytes_done > 0) {
        const double done = std::min(1.0, double(counts.bytes_done) / double(counts.bytes_total));
        line += ", " + std::to_string(int(done * 100)) + "%";
        if (seconds >= 1 && done < 1) line += ", " + format_duration(seconds * (1 - done) / done) + " left";
    }
    if (line.size() > width) line.resize(width);
    return line;
}

Console::Console(std::ostream& out, bool progress, bool verbose, std::chrono::milliseconds interval,
                 std::size_t width)
    : out_(out), progress_enabled_(progress), verbose_(verbose), interval_(interval), width_(width) {}

void Console::message(const std::string& text) {
    clear();
    out_ << "trame: " << text << "\n";
    if (progress_enabled_ && !finished_ && counts_.documents_total > 0) draw();
    out_.flush();
}

void Console::verbose(const std::string& text) {
    if (verbose_) message(text);
}

void Console::progress(const RunCounts& counts) {
    counts_ = counts;
    if (!progress_enabled_ || finished_) return;
    const auto now = std::chrono::steady_clock::now();
    if (shown_ && now - drawn_at_ < interval_) return;
    draw();
    out_.flush();
}

void Console::finish() {
    clear();
    finished_ = true;
    out_.flush();
}

void Console::clear() {
    if (!shown_) return;
    out_ << "\r\033[K";  // to the start of the line, and erase it
    shown_ = false;
}

void Console::draw() {
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count();
    clear();
    // One column short of the width, so that the terminal never wraps the line.
    out_ << format_progress(counts_, seconds, width_ > 1 ? width_ - 1 : width_);
    shown_ = true;
    drawn_at_ = std::chrono::steady_clock::now();
}

std::size_t terminal_width() {
    winsize size{};
    if (::ioctl(STDERR_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) return size.ws_col;
    return 80;
}

}  // namespace trame::cli
