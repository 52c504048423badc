// `trame analyse`: how trame reads the inputs, as CoNLL-U.
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/data_dir.h"
#include "cli/output_file.h"
#include "pipeline/extractor.h"
#include "pipeline/input_loop.h"
#include "pipeline/stage_timer.h"
#include "output/atomic_file.h"
#include "output/conllu_writer.h"

namespace trame::cli {

int run_analyse(const Options& options, Console& console) {
    StageTimer timer;
    check_output(options.output);
    Extractor extractor(find_data_dir(options.data), options.use_recognizer);
    timer.lap("data");
    // Each document is written as soon as it is read, to a temporary file renamed at the end
    // (or straight to standard output).
    AtomicFile file(options.output);
    InputLoop inputs(extractor.reader(), console, {options.inputs, options.date, options.id});
    const RunTotals totals = inputs.run(
        {}, [&](Document& doc, const InputLoop::Progress& progress) { return extractor.extract_document(doc, progress); },
        [&](Document& doc, std::vector<Fact>& facts) { write_bytes(file, document_conllu(doc, facts)); });
    console.finish();
    timer.lap("documents");
    if (totals.documents == 0) {  // nothing was written to standard output, and a file is left as it was
        console.message(std::string("no document could be read; ") +
                        (options.output == "-" ? "nothing written" : options.output + " not written"));
        return 1;
    }
    file.commit();
    timer.lap("writing");
    console.verbose("timings: " + timer.text());
    return totals.failed ? 1 : 0;
}

}  // namespace trame::cli
