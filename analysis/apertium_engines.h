// A thin in-process wrapper over lttoolbox, the morphological analyser of Apertium.
// Internal to analysis/morphology: the library headers stay in apertium_engines.cpp.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "analysis/apertium_stream.h"

class FSTProcessor;

namespace trame::apertium {

/// The lttoolbox morphological analyser in dictionary case mode (`lt-proc -w -z`).
class MorphAnalyser {
public:
    /// Loads an .automorf.bin file; throws std::runtime_error when it cannot.
    explicit MorphAnalyser(const std::string& path);
    ~MorphAnalyser();
    /// Analyses escaped chunks in one call; returns the output stream of each chunk, in order.
    std::vector<std::string> analyse(const std::vector<std::string>& escaped_chunks);

private:
    std::unique_ptr<FSTProcessor> fst_;
};

}  // namespace trame::apertium
