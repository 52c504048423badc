// `trame extract`: the knowledge graph of the inputs, as RDF.
#include <chrono>
#include <cstdio>
#include <string>

#include "cli/commands.h"
#include "cli/data_dir.h"
#include "cli/output_file.h"
#include "pipeline/pipeline.h"

namespace trame::cli {

namespace {

/// The job the options describe. With --into, the output is the graph itself unless -o is given,
/// in the format of the output's extension unless -f says otherwise.
ExtractJob job_of(const Options& options) {
    ExtractJob job;
    job.data_dir = find_data_dir(options.data);
    job.use_recognizer = options.use_recognizer;
    job.use_discourse = options.use_discourse;
    job.inputs = {options.inputs, options.date, options.id};
    job.output = options.output;
    job.format = options.format;
    job.base = options.base;
    job.into = options.into;
    job.with_ontology = options.with_ontology;
    job.workers = options.jobs;
    if (!options.into) return job;
    if (!options.output_given) job.output = *options.into;
    const std::string named = job.output == "-" ? *options.into : job.output;
    const std::string extension = named.substr(std::min(named.size(), named.rfind('.') + 1));
    if (const auto format = rdf_format_from_string(extension); format && !options.format_given) job.format = *format;
    return job;
}

}  // namespace

int run_extract(const Options& options, Console& console) {
    const auto started = std::chrono::steady_clock::now();
    ExtractJob job = job_of(options);
    check_output(job.output);
    const ExtractSummary summary = extract_graph(job, console);
    console.finish();
    const RunTotals& totals = summary.totals;
    if (!summary.written) {  // nothing has been written, and nothing will be
        console.message(std::string("no document could be read; ") +
                        (job.output == "-" ? "nothing written" : job.output + " not written"));
        return 1;
    }
    console.verbose("timings: " + summary.timings);
    if (!summary.stage_cpu.empty()) console.verbose("CPU per stage: " + summary.stage_cpu);
    if (!options.quiet) {
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        char time[32];
        std::snprintf(time, sizeof time, "%.2f s", seconds);
        console.message(count(totals.documents, "document") + ", " + count(totals.sentences, "sentence") + ", " +
                        count(totals.tokens, "token") + ", " + count(totals.facts, "fact") + ", " +
                        count(summary.entities, "entity", "entities") + ", " + count(summary.triples, "triple") +
                        " -> " + (job.output == "-" ? "stdout" : job.output) + " (" + time +
                        (totals.failed ? ", " + count(totals.failed, "input") + " failed" : "") +
                        (totals.skipped ? ", " + count(totals.skipped, "input") + " already in the graph" : "") + ")");
    }
    return totals.failed ? 1 : 0;
}

}  // namespace trame::cli
