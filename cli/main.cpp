// trame: French news text in, RDF knowledge graph out.
//
//   trame extract [OPTION]... INPUT...
//
// The pipeline, one stage per module: read -> segment -> analyse -> mentions -> rules ->
// entities -> write. Diagnostics go to stderr prefixed "trame:"; exit 0 on success, 1 when an
// input or the output failed, 2 on a usage error.

#include <unistd.h>

#include <chrono>
#include <iomanip>
#include <regex>
#include <sstream>
#include <cstdlib>
#include <iostream>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "extract/extractor.h"
#include "extract/input_error.h"
#include "extract/quotations.h"
#include "graph/existing_graph.h"
#include "graph/graph_stats.h"
#include "graph/knowledge_graph.h"
#include "graph/graph_reconciler.h"
#include "output/atomic_file.h"
#include "output/dot_writer.h"
#include "output/graphml_writer.h"
#include "output/html_writer.h"
#include "output/rdf_format.h"
#include "output/rdf_terms.h"
#include "output/rdf_writer.h"
#include "output/vocabulary.h"

namespace {

using namespace trame;

const char* const kUsage = R"(Usage: trame extract [OPTION]... INPUT...
       trame analyse [OPTION]... INPUT...
       trame stats [--top N] RDF-FILE
       trame export [--format dot|graphml|html] [-o FILE] RDF-FILE
Extract the knowledge graph of French news articles as RDF (extract), show how trame reads
them (analyse: one CoNLL-U block per sentence, with mentions in MISC and facts as comments), or
describe a graph trame wrote (stats: entities, facts, the most connected entities, components),
or draw it (export: Graphviz DOT, to lay out with sfdp, GraphML for Gephi and Cytoscape, or a
self-contained HTML viewer).

INPUT is a text file, a folder (its *.txt files, recursively) or - for standard input.

Options:
  -o, --output FILE   write to FILE (default: standard output); written whole or not at all
  -f, --format NAME   turtle (default), trig, ntriples or nquads; export: dot (default), graphml
                      or html
      --viewer-script PATH
                      export html: the cytoscape.js file to inline (default: the one
                      `npm ci` puts in the sources' node_modules/cytoscape/dist/)
      --base IRI      base of the minted IRIs (default: https://w3id.org/trame/id/)
      --date DATE     publication date of the inputs (YYYY-MM or YYYY-MM-DD)
      --data DIR      folder of the ontology, rules, lexicons and gazetteer
      --with-ontology extract: the output holds the ontology (DIR/trame.ttl) too, in the default
                      graph in TriG and N-Quads
      --into GRAPH    extract: add the inputs to GRAPH, a graph trame wrote, and write the whole
                      to GRAPH itself (or to -o FILE), in the format of its extension (or -f);
                      its entities keep their IRIs, its base is kept (--base, if given, must be
                      it), inputs already in it are skipped, and no triple is written twice
      --no-recognizer extract, analyse: names from the gazetteer and name rules only, without
                      the trained recognizer (DIR/models/ner.model)
  -q, --quiet         no summary line
      --top N         stats: how many entities and components to list (default 10)
  -h, --help          show this help and exit
      --version       show the version and exit
)";

/// The command line of `trame extract` and `trame analyse`.
struct Options {
    std::string command;
    std::vector<std::string> inputs;
    std::string output = "-";
    RdfFormat format = RdfFormat::Turtle;
    std::string base = vocab::kDefaultBase;
    std::optional<std::string> date;
    std::optional<std::string> into;  ///< extract --into: the graph to extend
    bool with_ontology = false;       ///< extract --with-ontology
    bool recognizer = true;           ///< extract, analyse: use the trained recognizer (--no-recognizer: off)
    bool output_given = false, format_given = false, base_given = false;
    std::string data = std::getenv("TRAME_DATA") ? std::getenv("TRAME_DATA") : TRAME_DATA_DIR;
    bool quiet = false;
    std::size_t top = 10;
    std::string picture = "dot";  ///< export format
    std::string viewer_script = default_viewer_script();  ///< export html: cytoscape.js to inline
};

/// Counts for the summary line.
struct Totals {
    std::size_t documents = 0, sentences = 0, tokens = 0, facts = 0, failed = 0;
    std::size_t skipped = 0;  ///< --into: inputs already in the graph
};

[[noreturn]] void usage_error(const std::string& message) {
    std::cerr << "trame: " << message << "\nTry 'trame --help' for more information.\n";
    std::exit(2);
}

bool valid_date(const std::string& date) {
    static const std::regex shape(R"(\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)");
    return std::regex_match(date, shape);
}

Options parse_options(int argc, char** argv) {
    Options options;
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty()) usage_error("missing command");
    if (args[0] == "-h" || args[0] == "--help") {
        std::cout << kUsage;
        std::exit(0);
    }
    if (args[0] == "--version") {
        std::cout << "trame " << TRAME_VERSION << "\n";
        std::exit(0);
    }
    if (args[0] != "extract" && args[0] != "analyse" && args[0] != "stats" && args[0] != "export")
        usage_error("unknown command '" + args[0] + "'");
    options.command = args[0];
    for (std::size_t i = 1; i < args.size(); ++i) {
        const std::string& arg = args[i];
        auto value = [&]() -> std::string {
            if (i + 1 >= args.size()) usage_error("option '" + arg + "' needs a value");
            return args[++i];
        };
        if (arg == "-h" || arg == "--help") {
            std::cout << kUsage;
            std::exit(0);
        } else if (arg == "--version") {
            std::cout << "trame " << TRAME_VERSION << "\n";
            std::exit(0);
        } else if (arg == "-o" || arg == "--output") {
            options.output = value();
            options.output_given = true;
        }
        else if ((arg == "-f" || arg == "--format") && options.command == "export") {
            options.picture = value();
            if (options.picture != "dot" && options.picture != "graphml" && options.picture != "html")
                usage_error("unknown export format '" + options.picture + "' (dot, graphml, html)");
        } else if (arg == "--viewer-script" && options.command == "export") options.viewer_script = value();
        else if (arg == "-f" || arg == "--format") {
            const std::string name = value();
            const auto format = rdf_format_from_string(name);
            if (!format) usage_error("unknown format '" + name + "' (turtle, trig, ntriples, nquads)");
            options.format = *format;
            options.format_given = true;
        } else if (arg == "--base") {
            options.base = value();
            options.base_given = true;
            if (!valid_iri(options.base) || options.base.back() != '/' || options.base.find('#') != std::string::npos)
                usage_error("invalid base IRI '" + options.base + "' (an absolute IRI ending with '/', without '#')");
        } else if (arg == "--date") {
            options.date = value();
            if (!valid_date(*options.date)) usage_error("invalid date '" + *options.date + "' (YYYY-MM or YYYY-MM-DD)");
        } else if (arg == "--data") options.data = value();
        else if (arg == "--into") options.into = value();
        else if (arg == "--with-ontology") options.with_ontology = true;
        else if (arg == "--no-recognizer") options.recognizer = false;
        else if (arg == "-q" || arg == "--quiet") options.quiet = true;
        else if (arg == "--top") {
            const std::string n = value();
            if (n.empty() || n.find_first_not_of("0123456789") != std::string::npos) usage_error("invalid --top '" + n + "'");
            options.top = std::stoul(n);
        }
        else if (arg == "--") {
            options.inputs.insert(options.inputs.end(), args.begin() + i + 1, args.end());
            break;
        } else if (arg.size() > 1 && arg[0] == '-') usage_error("unknown option '" + arg + "'");
        else options.inputs.push_back(arg);
    }
    if (options.inputs.empty()) usage_error("no input (give files, folders or -)");
    if ((options.into || options.with_ontology) && options.command != "extract")
        usage_error(std::string(options.into ? "--into" : "--with-ontology") + " is an option of extract");
    if (options.into) {  // written back to the graph, in the format of the output's extension
        if (!options.output_given) options.output = *options.into;
        const std::string named = options.output == "-" ? *options.into : options.output;
        const std::string extension = named.substr(std::min(named.size(), named.rfind('.') + 1));
        if (const auto format = rdf_format_from_string(extension); format && !options.format_given)
            options.format = *format;
    }
    if ((options.command == "stats" || options.command == "export") && options.inputs.size() != 1)
        usage_error(options.command + " reads one RDF file");
    return options;
}

/// "1 fact", "3 facts".
std::string count(std::size_t n, const std::string& one, const std::string& many = "") {
    return std::to_string(n) + " " + (n == 1 ? one : many.empty() ? one + "s" : many);
}

/// A slug for the document, unique within the run: its file name, numbered when repeated.
std::string document_id(const std::string& path, std::map<std::string, int>& used) {
    std::string name = path == "-" ? "stdin" : path.substr(path.find_last_of('/') + 1);
    if (const auto dot = name.rfind('.'); dot != std::string::npos && dot > 0) name.erase(dot);
    std::string id = slug(name);
    if (const int n = used[id]++; n > 0) id += "-" + std::to_string(n + 1);
    return id;
}

/// Registers every mention of the document with the registry, gives the facts' arguments their
/// mention handles, and tells the registry which mentions the facts relate.
void register_mentions(const Document& doc, std::vector<Fact>& facts, EntityRegistry& registry) {
    std::vector<std::vector<std::size_t>> handles(doc.sentences.size());
    for (const Sentence& sentence : doc.sentences)
        for (std::size_t m = 0; m < sentence.mentions.size(); ++m)
            handles[sentence.index].push_back(registry.add(doc, sentence, m));
    for (Fact& fact : facts) {
        for (Argument* argument : {&fact.subject, &fact.object})
            if (argument->is_entity()) argument->handle = handles[fact.sentence][argument->mention];
        if (fact.subject.is_entity() && fact.object.is_entity()) registry.relate(fact.subject.handle, fact.object.handle);
    }
}

/// A document waiting for reconciliation: what the writer needs of it, and its facts.
struct PendingDocument {
    Document doc;
    std::vector<Fact> facts;
};

/// Writes a document as CoNLL-U: mentions in MISC, facts as comments after each sentence.
void print_conllu(const Document& doc, const std::vector<Fact>& facts, std::ostream& out) {
    out << "# newdoc id = " << doc.id << "\n";
    for (const Sentence& sentence : doc.sentences) {
        out << "# sent_id = " << doc.id << "-" << sentence.index + 1 << "\n# text = " << sentence.text << "\n";
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
                << (feats.empty() ? "_" : feats) << "\t" << (t.head < 0 ? "_" : std::to_string(t.head + 1)) << "\t"
                << (t.deprel.empty() ? "_" : t.deprel) << "\t_\t" << misc << "\n";
        }
        for (const Fact& fact : facts)
            if (fact.sentence == sentence.index) out << "# fact = " << fact << " [" << fact.rule << "]\n";
        out << "\n";
    }
}

/// `trame export`: the graph of an RDF file as DOT, GraphML or HTML, written whole or not at all.
void export_picture(const Options& options) {
    const KnowledgeGraph graph = KnowledgeGraph::load(options.inputs.front());
    std::ostringstream text;
    if (options.picture == "graphml") write_graphml(graph, text);
    else if (options.picture == "html") write_html(graph, text, options.viewer_script);
    else write_dot(graph, text);
    AtomicFile file(options.output);
    const std::string bytes = text.str();
    if (std::fwrite(bytes.data(), 1, bytes.size(), file.stream()) != bytes.size())
        throw std::runtime_error(options.output + ": cannot write");
    file.commit();
}

/// Opens the RDF output of `extract` in `writer`. With --into, first reads the graph to extend
/// (its base becomes the run's), registers its entities with `registry` as known, and copies all
/// its triples; with --with-ontology, then writes the ontology (unless the graph holds it
/// already). Returns the graph being extended, if any.
std::optional<ExistingGraph> open_output(const Options& options, GraphReconciler& registry,
                                         std::optional<RdfWriter>& writer) {
    std::optional<ExistingGraph> existing;
    if (options.into) {
        existing = ExistingGraph::load(*options.into, options.base_given ? options.base : "");
        for (const Entity& entity : existing->entities) registry.add_known(entity);
    }
    writer.emplace(options.output, options.format, existing && !existing->base.empty() ? existing->base : options.base);
    if (existing) writer->copy_graph(*options.into);
    if (options.with_ontology) writer->write_ontology(options.data + "/trame.ttl");
    return existing;
}

int run(const Options& options) {
    const auto started = std::chrono::steady_clock::now();
    Extractor extractor(options.data, options.recognizer);
    GraphReconciler registry;
    std::optional<RdfWriter> writer;
    std::optional<ExistingGraph> existing;  // --into
    if (options.command == "extract") existing = open_output(options, registry, writer);

    Totals totals;
    std::vector<InputError> errors;
    const std::vector<std::string> paths = extractor.reader().expand(options.inputs, errors);
    for (const InputError& error : errors) std::cerr << "trame: " << error.what() << "\n";
    totals.failed = errors.size();
    std::map<std::string, int> ids;
    std::vector<PendingDocument> pending;  // written once every mention is reconciled
    const bool progress = writer && isatty(STDERR_FILENO) && !options.quiet && paths.size() > 1;
    for (const std::string& path : paths) {
        Document doc;
        try {
            doc = extractor.reader().read(path);
        } catch (const InputError& error) {
            std::cerr << "trame: " << error.what() << "\n";
            ++totals.failed;
            continue;
        }
        if (options.date) doc.date = options.date;
        doc.id = document_id(doc.name, ids);
        if (existing && existing->documents.count(doc.id)) {  // added by an earlier run
            std::cerr << "trame: " << doc.name << ": already in " << *options.into << ", skipped\n";
            ++totals.skipped;
            continue;
        }
        std::vector<Fact> facts = extractor.process(doc);
        if (!writer) {
            print_conllu(doc, facts, std::cout);
            continue;
        }
        register_mentions(doc, facts, registry);
        attribute_quotations(doc, facts);
        ++totals.documents;
        totals.sentences += doc.sentences.size();
        for (Sentence& sentence : doc.sentences) {
            totals.tokens += sentence.tokens.size();
            sentence.tokens = {};  // the writer needs the text and offsets, not the analysis
        }
        totals.facts += facts.size();
        pending.push_back({std::move(doc), std::move(facts)});
        if (progress) std::cerr << "\rtrame: " << totals.documents << "/" << paths.size() << " documents" << std::flush;
    }
    if (!writer) return totals.failed ? 1 : 0;
    if (progress) std::cerr << "\n";
    if (totals.documents == 0 && totals.skipped == 0) {  // keep whatever the output held: there is nothing to replace it with
        std::cerr << "trame: no document could be read; " << (options.output == "-" ? "nothing written" : options.output + " not written") << "\n";
        return 1;
    }
    registry.reconcile();
    for (PendingDocument& p : pending) {
        for (Fact& fact : p.facts)
            for (Argument* argument : {&fact.subject, &fact.object})
                if (argument->handle != SIZE_MAX) argument->entity = registry.entity_of(argument->handle);
        writer->write_document(p.doc, p.facts);
    }
    const std::vector<Entity> entities = registry.entities();
    writer->write_entities(entities);
    writer->finish();

    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    if (!options.quiet)
        std::cerr << "trame: " << count(totals.documents, "document") << ", " << count(totals.sentences, "sentence")
                  << ", " << count(totals.tokens, "token") << ", " << count(totals.facts, "fact") << ", "
                  << count(entities.size(), "entity", "entities") << ", " << count(writer->triples(), "triple")
                  << " -> " << (options.output == "-" ? "stdout" : options.output) << " (" << std::fixed
                  << std::setprecision(2) << seconds << " s"
                  << (totals.failed ? ", " + count(totals.failed, "input") + " failed" : "")
                  << (totals.skipped ? ", " + count(totals.skipped, "input") + " already in the graph" : "") << ")\n";
    return totals.failed ? 1 : 0;
}

}  // namespace

int main(int argc, char** argv) {
    const Options options = parse_options(argc, argv);
    try {
        if (options.command == "stats") {
            print_stats(compute_stats(options.inputs.front()), std::cout, options.top);
            return 0;
        }
        if (options.command == "export") {
            export_picture(options);
            return 0;
        }
        return run(options);
    } catch (const std::exception& error) {
        std::cerr << "trame: " << error.what() << "\n";
        return 1;
    }
}
