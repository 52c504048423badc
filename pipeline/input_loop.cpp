#include "pipeline/input_loop.h"

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <system_error>

#include "document/input_error.h"
#include "rdf/rdf_terms.h"

namespace trame {

std::string count(std::size_t n, const std::string& one, const std::string& many) {
    return std::to_string(n) + " " + (n == 1 ? one : many.empty() ? one + "s" : many);
}

InputLoop::InputLoop(const Reader& reader, Observer& observer, Inputs inputs)
    : reader_(reader), observer_(observer), inputs_(std::move(inputs)) {}

std::string InputLoop::document_id(const std::string& path) {
    std::string name = path == "-" ? "stdin" : path.substr(path.find_last_of('/') + 1);
    if (const auto dot = name.rfind('.'); dot != std::string::npos && dot > 0) name.erase(dot);
    const std::string base = slug(name);
    std::string id = base;
    for (int n = 2; taken_ids_.count(id); ++n) id = base + "-" + std::to_string(n);
    taken_ids_.insert(id);
    return id;
}

RunTotals InputLoop::run(const Accept& accept, const Process& process, const Keep& keep) {
    RunTotals totals;
    std::vector<InputError> errors;
    const std::vector<std::string> paths = reader_.expand(inputs_.paths, errors);
    if (inputs_.identifier && paths.size() > 1)
        throw JobError("--id names one document, but " + inputs_.paths.front() + " holds " +
                       std::to_string(paths.size()) + " files");
    for (const InputError& error : errors) observer_.message(error.what());
    totals.failed = errors.size();

    // Sizes, so that the progress line can tell how much is done (unknown for standard input).
    std::vector<std::uint64_t> sizes;
    RunCounts counts;
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
    observer_.progress(counts);

    for (std::size_t i = 0; i < paths.size(); ++i) {
        const auto started = std::chrono::steady_clock::now();
        const std::uint64_t bytes_before = counts.bytes_done;
        Document doc;
        try {
            doc = reader_.read(paths[i]);
        } catch (const InputError& error) {
            observer_.message(error.what());
            ++totals.failed;
            ++counts.documents_done;
            counts.bytes_done = bytes_before + sizes[i];
            observer_.progress(counts);
            continue;
        }
        if (inputs_.date) doc.date = inputs_.date;
        if (inputs_.identifier) doc.identifier = inputs_.identifier;
        if (accept && !accept(doc)) {
            ++totals.skipped;
            ++counts.documents_done;
            counts.bytes_done = bytes_before + sizes[i];
            observer_.progress(counts);
            continue;
        }
        doc.id = document_id(doc.name);
        const std::size_t sentences_before = counts.sentences;
        std::vector<Fact> facts = process(doc, [&](std::size_t done, std::size_t total) {
            counts.sentences = sentences_before + done;
            counts.bytes_done = bytes_before + (total ? sizes[i] * done / total : sizes[i]);
            observer_.progress(counts);
        });
        std::size_t tokens = 0;
        for (const Sentence& sentence : doc.sentences) tokens += sentence.tokens.size();
        ++totals.documents;
        totals.sentences += doc.sentences.size();
        totals.tokens += tokens;
        totals.facts += facts.size();
        if (observer_.is_verbose()) {
            const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
            char time[32];
            std::snprintf(time, sizeof time, "%.2f s", seconds);
            observer_.verbose(doc.name + ": " + count(doc.sentences.size(), "sentence") + ", " + count(tokens, "token") +
                             ", " + count(facts.size(), "fact") + " (" + time + ")");
        }
        counts.sentences = sentences_before + doc.sentences.size();  // before `keep` may take the document
        keep(doc, facts);
        ++counts.documents_done;
        counts.bytes_done = bytes_before + sizes[i];
        observer_.progress(counts);
    }
    return totals;
}

}  // namespace trame
