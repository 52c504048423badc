// The loop of `trame extract` and `trame analyse` over their inputs.
#pragma once

#include <cstddef>
#include <functional>
#include <set>
#include <string>
#include <vector>

#include "cli/options.h"
#include "cli/progress.h"
#include "pipeline/extractor.h"

namespace trame::cli {

/// What a run did, for the summary line and the exit status.
struct RunTotals {
    std::size_t documents = 0, sentences = 0, tokens = 0, facts = 0;
    std::size_t failed = 0;   ///< Inputs that could not be read.
    std::size_t skipped = 0;  ///< Inputs refused by the caller (extract --into: already in the graph).
};

/// Reads the inputs one at a time and runs the extractor on each, showing progress on the
/// console (documents, sentences, bytes of input within a document too). An input that cannot be
/// read is named on the console and counted as failed; the loop goes on.
class DocumentLoop {
public:
    /// May refuse a document just read (it then says why on the console); refused ones are skipped.
    using Accept = std::function<bool(const Document&)>;
    /// Receives each processed document and its facts.
    using Handle = std::function<void(Document&, std::vector<Fact>&)>;

    DocumentLoop(Extractor& extractor, Console& console, const Options& options);

    /// Document ids (IRI slugs) that are taken already (extract --into: the graph's).
    void reserve_ids(const std::set<std::string>& ids) { taken_ids_.insert(ids.begin(), ids.end()); }

    /// Runs the loop over the options' inputs. Each document gets --date and --id if given, and a
    /// unique id made from its file name. Throws UsageError when --id is given and the inputs
    /// hold more than one file.
    RunTotals run(const Accept& accept, const Handle& handle);

private:
    std::string document_id(const std::string& path);

    Extractor& extractor_;
    Console& console_;
    const Options& options_;
    std::set<std::string> taken_ids_;
};

/// "1 fact", "3 facts", "2 entities".
std::string count(std::size_t n, const std::string& one, const std::string& many = "");

}  // namespace trame::cli
