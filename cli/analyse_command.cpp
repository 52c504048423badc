// `trame analyse`: how trame reads the inputs, as CoNLL-U.
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "analysis/analyser.h"
#include "analysis/conllu.h"

#include "cli/commands.h"
#include "cli/data_dir.h"
#include "cli/output_file.h"
#include "pipeline/extractor.h"
#include "pipeline/input_loop.h"
#include "pipeline/stage_timer.h"
#include "output/atomic_file.h"
#include "output/conllu_writer.h"

namespace trame::cli {

namespace {

/// `trame analyse --input conllu`: each input's sentences and words as given, tagged and parsed.
/// A file that cannot be read or is not CoNLL-U is named in a message and skipped (exit 1).
int analyse_conllu(const Options& options, Console& console, StageTimer& timer) {
    Analyser analyser(find_data_dir(options.data));
    timer.lap("data");
    AtomicFile file(options.output);
    bool failed = false;
    std::size_t read = 0;
    for (const std::string& path : options.inputs) {
        std::vector<ud::Sentence> sentences;
        try {
            sentences = path == "-" ? ud::read_conllu(std::cin, "standard input") : ud::read_conllu_file(path);
        } catch (const ud::ConlluError& e) {
            console.message(e.what());
            failed = true;
            continue;
        }
        for (ud::Sentence& sentence : sentences) analyser.analyse_words(sentence);
        std::ostringstream out;
        ud::write_conllu(out, sentences);
        write_bytes(file, out.str());
        ++read;
        console.verbose(path + ": " + std::to_string(sentences.size()) + " sentences");
    }
    console.finish();
    timer.lap("sentences");
    if (read == 0) {
        console.message(std::string("no CoNLL-U input could be read; ") +
                        (options.output == "-" ? "nothing written" : options.output + " not written"));
        return 1;
    }
    file.commit();
    console.verbose("timings: " + timer.text());
    return failed ? 1 : 0;
}

}  // namespace

int run_analyse(const Options& options, Console& console) {
    StageTimer timer;
    check_output(options.output);
    if (options.conllu_input) return analyse_conllu(options, console, timer);
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
