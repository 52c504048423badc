// The time each stage of a command took, for -v.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdio>
#include <ctime>
#include <string>
#include <vector>

namespace trame {

/// Wall time per stage: lap("name") closes the stage that started at the previous lap (or at
/// construction); text() lists them: "data 0.41 s, documents 1.20 s, writing 0.03 s".
class StageTimer {
public:
    void lap(const std::string& stage) {
        const auto now = std::chrono::steady_clock::now();
        char seconds[32];
        std::snprintf(seconds, sizeof seconds, "%.2f s", std::chrono::duration<double>(now - last_).count());
        text_ += (text_.empty() ? "" : ", ") + stage + " " + seconds;
        last_ = now;
    }
    const std::string& text() const { return text_; }

private:
    std::chrono::steady_clock::time_point last_ = std::chrono::steady_clock::now();
    std::string text_;
};

/// CPU time of this thread per stage, summed over many calls (the stages of extract_document,
/// sentence by sentence): restart() starts a measure, lap(stage) adds the CPU time since the
/// previous restart() or lap() to `stage` (an index into the names given at construction).
class StageCpu {
public:
    explicit StageCpu(std::vector<std::string> names) : names_(std::move(names)), seconds_(names_.size(), 0.0) {}
    void restart() { last_ = now(); }
    void lap(std::size_t stage) {
        const double t = now();
        seconds_[stage] += t - last_;
        last_ = t;
    }
    /// "segmenting 0.01 s, analysis 5.10 s, ...; per 1000 sentences: segmenting 2 ms, analysis 980 ms, ..."
    std::string text(std::size_t sentences) const {
        std::string total, per;
        char buffer[64];
        for (std::size_t i = 0; i < names_.size(); ++i) {
            std::snprintf(buffer, sizeof buffer, "%s %.2f s", names_[i].c_str(), seconds_[i]);
            total += (i ? ", " : "") + std::string(buffer);
            std::snprintf(buffer, sizeof buffer, "%s %.1f ms", names_[i].c_str(),
                          sentences ? seconds_[i] * 1e6 / static_cast<double>(sentences) : 0.0);
            per += (i ? ", " : "") + std::string(buffer);
        }
        return total + "; per 1000 sentences: " + per;
    }

private:
    static double now() {
        timespec t{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
        return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
    }

    std::vector<std::string> names_;
    std::vector<double> seconds_;
    double last_ = now();
};

}  // namespace trame
