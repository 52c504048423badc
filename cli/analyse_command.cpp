// `trame analyse`: how trame reads the inputs, as CoNLL-U.
#include <algorithm>
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

/// The IOB2 entity tag of each token of `sentence` ("B-Person", "I-Person", or empty outside any
/// mention). Where mentions nest or overlap ("rebelles syriens" holds the demonym "syriens"), the
/// longest one tags its tokens and the others are left out, so that every token has one tag.
std::vector<std::string> entity_tags(const Sentence& sentence) {
    std::vector<std::string> tags(sentence.tokens.size());
    std::vector<const Mention*> longest_first;
    for (const Mention& m : sentence.mentions)
        if (m.first < m.last && m.last <= sentence.tokens.size()) longest_first.push_back(&m);
    std::stable_sort(longest_first.begin(), longest_first.end(), [](const Mention* a, const Mention* b) {
        return a->last - a->first > b->last - b->first;
    });
    for (const Mention* m : longest_first) {
        if (std::any_of(tags.begin() + m->first, tags.begin() + m->last, [](const std::string& t) { return !t.empty(); }))
            continue;
        for (std::size_t k = m->first; k < m->last; ++k) tags[k] = (k == m->first ? "B-" : "I-") + std::string(to_string(m->type));
    }
    return tags;
}

/// The MISC column of token `i`: its character range in the document (`TokenRange=BEGIN:END`, code
/// points), its IOB2 entity tag (`Entity=B-TYPE`, `Entity=I-TYPE`, TYPE an ontology class) and
/// the mentions that start at it (`Mention=TYPE[:demonym]:CANONICAL`).
std::string misc_column(const Sentence& sentence, std::size_t i, const std::vector<std::string>& entities) {
    const Token& t = sentence.tokens[i];
    std::string misc = "TokenRange=" + std::to_string(t.begin) + ":" + std::to_string(t.end);
    if (!entities[i].empty()) misc += "|Entity=" + entities[i];
    for (const Mention& m : sentence.mentions)
        if (m.first == i)
            misc += std::string("|Mention=") + to_string(m.type) + (m.demonym ? ":demonym" : "") + ":" + m.canonical;
    return misc;
}

/// A document as CoNLL-U: mentions in MISC, facts as comments after each sentence.
std::string conllu(const Document& doc, const std::vector<Fact>& facts) {
    std::ostringstream out;
    const std::string id = doc.identifier ? *doc.identifier : doc.id;
    out << "# newdoc id = " << id << "\n";
    for (const Sentence& sentence : doc.sentences) {
        out << "# sent_id = " << id << "-" << sentence.index + 1 << "\n# text = " << sentence.text << "\n";
        const std::vector<std::string> entities = entity_tags(sentence);
        for (std::size_t i = 0; i < sentence.tokens.size(); ++i) {
            const Token& t = sentence.tokens[i];
            const std::string misc = misc_column(sentence, i, entities);
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
