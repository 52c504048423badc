// `trame analyse`: how trame reads the inputs, as CoNLL-U.
#include <sstream>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/data_dir.h"
#include "cli/output_file.h"
#include "pipeline/extractor.h"
#include "pipeline/input_loop.h"
#include "pipeline/stage_timer.h"
#include "output/atomic_file.h"

namespace trame::cli {

namespace {

/// A document as CoNLL-U: mentions in MISC, facts as comments after each sentence.
std::string conllu(const Document& doc, const std::vector<Fact>& facts) {
    std::ostringstream out;
    const std::string id = doc.identifier ? *doc.identifier : doc.id;
    out << "# newdoc id = " << id << "\n";
    for (const Sentence& sentence : doc.sentences) {
        out << "# sent_id = " << id << "-" << sentence.index + 1 << "\n# text = " << sentence.text << "\n";
        for (std::size_t i = 0; i < sentence.tokens.size(); ++i) {
            const Token& t = sentence.tokens[i];
            std::string misc = "TokenRange=" + std::to_string(t.begin) + ":" + std::to_string(t.end);
            for (const Mention& m : sentence.mentions)
                if (m.first == i)
                    misc += std::string("|Mention=") + to_string(m.type) + (m.demonym ? ":demonym" : "") + ":" +
                            m.canonical;
            std::string feats;
            for (const std::string& f : t.feats) feats += (feats.empty() ? "" : "|") + f;
            out << i + 1 << "\t" << t.form << "\t" << t.lemma << "\t" << t.upos << "\t" << t.xpos << "\t"
                << (feats.empty() ? "_" : feats) << "\t" << (t.deprel.empty() ? "_" : std::to_string(t.head + 1)) << "\t"
                << (t.deprel.empty() ? "_" : t.deprel) << "\t_\t" << misc << "\n";
        }
        for (const Fact& fact : facts)
            if (fact.sentence == sentence.index)
                out << "# fact = " << fact << " [" << fact.rule << (fact.resolution.empty() ? "" : ", " + fact.resolution)
                    << "]\n";
        for (const Mention& m : sentence.mentions)
            if (!m.resolution.empty())
                out << "# resolution = " << m.resolution << ": \"" << m.text << "\" -> " << m.canonical << " ("
                    << m.resolution_confidence << ")\n";
        out << "\n";
    }
    return out.str();
}

}  // namespace

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
        [&](Document& doc, std::vector<Fact>& facts) { write_bytes(file, conllu(doc, facts)); });
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
