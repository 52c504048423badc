#include "cli/document_loop.h"

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <system_error>

#include "document/input_error.h"
#include "rdf/rdf_terms.h"

namespace trame::cli {

std::string count(std::size_t n, const std::string& one, const std::string& many) {
    return std::to_string(n) + " " + (n == 1 ? one : many.empty() ? one + "s" : many);
}

DocumentLoop::DocumentLoop(Extractor& extractor, Console& console, const Options& options)
    : extractor_(extractor), console_(console), options_(options) {}

std::string DocumentLoop::document_id(const std::string& path) {
    std::string name = path == "-" ? "stdin" : path.substr(path.find_last_of('/') + 1);
    if (const auto dot = name.rfind('.'); dot != std::string::npos && dot > 0) name.erase(dot);
    const std::string base = slug(name);
    std::string id = base;
    for (int n = 2; taken_ids_.count(id); ++n) id = base + "-" + std::to_string(n);
    taken_ids_.insert(id);
    return id;
}

RunTotals DocumentLoop::run(const Accept& accept, const Handle& handle) {
    RunTotals totals;
    std::vector<InputError> errors;
    const std::vector<std::string> paths = extractor_.reader().expand(options_.inputs, errors);
    if (options_.id && paths.size() > 1)
        throw UsageError("--id names one document, but " + options_.inputs.front() + " holds " +
                             std::to_string(paths.size()) + " files",
                         options_.command);
    for (const InputError& error : errors) console_.message(error.what());
    totals.failed = errors.size();

    // Sizes, so that the progress line can tell how much is done (unknown for standard input).
    std::vector<std::uint64_t> sizes;
    ProgressCounts counts;
    counts.documents_total = paths.size();
    bool sizes_known = true;
    for (const std::string& path : paths) {
        std::error_code error;
        const auto size = path == "-" ? 0 : std::filesystem::file_size(path, error);
        sizes.push_back(error ? 0 : size);
        sizes_known = sizes_known && path != "-";
        counts.bytes_total += sizes.back();
    }
    if (!sizes_known) counts.bytes_total = 0;
    console_.progress(counts);

    for (std::size_t i = 0; i < paths.size(); ++i) {
        const auto started = std::chrono::steady_clock::now();
        const std::uint64_t bytes_before = counts.bytes_done;
        Document doc;
        try {
            doc = extractor_.reader().read(paths[i]);
        } catch (const InputError& error) {
            console_.message(error.what());
            ++totals.failed;
            ++counts.documents_done;
            counts.bytes_done = bytes_before + sizes[i];
            console_.progress(counts);
            continue;
        }
        if (options_.date) doc.date = options_.date;
        if (options_.id) doc.identifier = options_.id;
        if (accept && !accept(doc)) {
            ++totals.skipped;
            ++counts.documents_done;
            counts.bytes_done = bytes_before + sizes[i];
            console_.progress(counts);
            continue;
        }
        doc.id = document_id(doc.name);
        const std::size_t sentences_before = counts.sentences;
        std::vector<Fact> facts = extractor_.process(doc, [&](std::size_t done, std::size_t total) {
            counts.sentences = sentences_before + done;
            counts.bytes_done = bytes_before + (total ? sizes[i] * done / total : sizes[i]);
            console_.progress(counts);
        });
        std::size_t tokens = 0;
        for (const Sentence& sentence : doc.sentences) tokens += sentence.tokens.size();
        ++totals.documents;
        totals.sentences += doc.sentences.size();
        totals.tokens += tokens;
        totals.facts += facts.size();
        if (console_.is_verbose()) {
            const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
            char time[32];
            std::snprintf(time, sizeof time, "%.2f s", seconds);
            console_.verbose(doc.name + ": " + count(doc.sentences.size(), "sentence") + ", " + count(tokens, "token") +
                             ", " + count(facts.size(), "fact") + " (" + time + ")");
        }
        counts.sentences = sentences_before + doc.sentences.size();  // before `handle` may take the document
        handle(doc, facts);
        ++counts.documents_done;
        counts.bytes_done = bytes_before + sizes[i];
        console_.progress(counts);
    }
    return totals;
}

}  // namespace trame::cli
