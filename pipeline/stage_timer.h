// The time each stage of a command took, for -v.
#pragma once

#include <chrono>
#include <cstdio>
#include <string>

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

}  // namespace trame
