// `trame analyse`: how trame reads the inputs, as CoNLL-U.
#include <sstream>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/data_dir.h"
#include "cli/document_loop.h"
#include "cli/output_file.h"
#include "cli/stage_timer.h"
#include "pipeline/extractor.h"
#include "output/atomic_file.h"

namespace trame::cli {

namespace {

/// A CoNLL-U column: "_" when empty.
std::string column(const std::string& value) { return value.empty() ? "_" : value; }

/// A document as CoNLL-U: one line per syntactic word, a range line before the words of a
/// multiword token ("du" = de + le), the token's code points and mentions in MISC, facts as
/// comments after each sentence.
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
            if (t.word_count > 1) {
                out << t.first_word + 1 << "-" << t.first_word + t.word_count << "\t" << t.form << "\t_\t_\t_\t_\t_\t_\t_\t"
                    << misc << "\n";
                for (std::size_t w = t.first_word; w < t.first_word + t.word_count; ++w) {
                    const SyntacticWord& word = sentence.words[w];
                    out << w + 1 << "\t" << word.form << "\t" << column(word.lemma) << "\t" << column(word.upos) << "\t"
                        << column(word.xpos) << "\t" << column(word.feats) << "\t" << word.head + 1 << "\t"
                        << column(word.deprel) << "\t_\t_\n";
                }
                continue;
            }
            const std::size_t number = sentence.words.empty() ? i : t.first_word;
            const int head = sentence.words.empty() ? t.head : sentence.words[number].head;
            std::string feats;
            for (const std::string& f : t.feats) feats += (feats.empty() ? "" : "|") + f;
            out << number + 1 << "\t" << t.form << "\t" << column(t.lemma) << "\t" << column(t.upos) << "\t"
                << column(t.xpos) << "\t" << column(feats) << "\t" << (t.deprel.empty() ? "_" : std::to_string(head + 1))
                << "\t" << column(t.deprel) << "\t_\t" << misc << "\n";
        }
        for (const Fact& fact : facts)
            if (fact.sentence == sentence.index) out << "# fact = " << fact << " [" << fact.rule << "]\n";
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
    DocumentLoop loop(extractor, console, options);
    const RunTotals totals =
        loop.run({}, [&](Document& doc, std::vector<Fact>& facts) { write_bytes(file, conllu(doc, facts)); });
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
