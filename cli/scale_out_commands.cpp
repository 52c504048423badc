// `trame map`, `trame reconcile`, `trame finalize`: the three steps of a sharded run.
#include <string>

#include "cli/commands.h"
#include "cli/data_dir.h"
#include "cli/output_file.h"
#include "pipeline/scale_out.h"

namespace trame::cli {

int run_map(const Options& options, Console& console) {
    MapJob job;
    job.data_dir = find_data_dir(options.data);
    job.use_recognizer = options.use_recognizer;
    job.inputs = options.inputs;
    job.output = options.output;
    check_output(job.output);
    const RunTotals totals = map_documents(job, console);
    console.finish();
    if (!options.quiet)
        console.message(count(totals.documents, "document") + ", " + count(totals.sentences, "sentence") + ", " +
                        count(totals.facts, "fact") + " -> " + job.output +
                        (totals.failed ? " (" + count(totals.failed, "input") + " skipped)" : ""));
    return totals.failed ? 1 : 0;
}

int run_reconcile(const Options& options, Console& console) {
    ReconcileJob job;
    job.parts = options.inputs;
    job.registry = options.registry;
    job.entities_output = *options.entities;
    job.table_output = *options.table;
    job.registry_output = options.registry_out;
    job.format = options.format;
    if (options.base) job.base = *options.base;
    check_output(job.entities_output);
    check_output(job.table_output);
    if (job.registry_output) check_output(*job.registry_output);
    const std::size_t entities = reconcile_parts(job, console);
    if (!options.quiet)
        console.message(count(job.parts.size(), "part") + ", " + count(entities, "entity", "entities") + " -> " +
                        job.entities_output + ", " + job.table_output);
    return 0;
}

int run_finalize(const Options& options, Console& console) {
    FinalizeJob job;
    job.part = options.inputs.front();
    job.table = *options.table;
    job.output = options.output;
    job.format = options.format;
    if (options.base) job.base = *options.base;
    check_output(job.output);
    const std::size_t triples = finalize_part(job);
    if (!options.quiet)
        console.message(job.part + ": " + count(triples, "triple") + " -> " + (job.output == "-" ? "stdout" : job.output));
    return 0;
}

}  // namespace trame::cli
