// An Observer that keeps what a run tells it, for the tests of the pipeline.
#pragma once

#include <string>
#include <vector>

#include "pipeline/observer.h"

namespace trame::testing {

/// Records the messages and verbose lines of a run and its last counts.
struct RecordingObserver : Observer {
    std::vector<std::string> messages;
    std::vector<std::string> details;
    RunCounts last;
    std::size_t updates = 0;
    bool verbose_on = false;

    void message(const std::string& text) override { messages.push_back(text); }
    void verbose(const std::string& text) override { details.push_back(text); }
    bool is_verbose() const override { return verbose_on; }
    void progress(const RunCounts& counts) override {
        last = counts;
        ++updates;
    }
};

}  // namespace trame::testing
