#include "cli/options.h"

#include <getopt.h>

#include <fstream>
#include <regex>
#include <string>

#include "rdf/rdf_terms.h"

namespace trame::cli {

namespace {

/// The options of trame, and which commands take each. `key` is what getopt_long returns: the
/// short option's letter, or a number above any letter for a long-only option.
struct OptionSpec {
    const char* name;      ///< Long name, without "--".
    int key;               ///< Short letter, or >= 256.
    bool takes_value;
    unsigned commands;     ///< Bit set of the commands that take it.
};

constexpr unsigned bit(Command c) { return 1u << static_cast<unsigned>(c); }
constexpr unsigned kExtract = bit(Command::Extract), kAnalyse = bit(Command::Analyse), kStats = bit(Command::Stats),
                   kExport = bit(Command::Export), kMap = bit(Command::Map), kReconcile = bit(Command::Reconcile),
                   kFinalize = bit(Command::Finalize),
                   kAll = kExtract | kAnalyse | kStats | kExport | kMap | kReconcile | kFinalize;

enum Key : int { kViewerScript = 256, kBase, kDate, kData, kInto, kId, kWithOntology, kTop, kNoRecognizer, kNoDiscourse, kManifest, kEntities, kTable, kRegistry, kRegistryOut, kInput };

const OptionSpec kOptions[] = {
    {"output", 'o', true, kExtract | kAnalyse | kExport | kMap | kFinalize},
    {"format", 'f', true, kExtract | kExport | kReconcile | kFinalize},
    {"viewer-script", kViewerScript, true, kExport},
    {"base", kBase, true, kExtract | kReconcile | kFinalize},
    {"date", kDate, true, kExtract | kAnalyse},
    {"data", kData, true, kExtract | kAnalyse | kExport | kMap},
    {"into", kInto, true, kExtract},
    {"id", kId, true, kExtract | kAnalyse},
    {"input", kInput, true, kAnalyse},
    {"with-ontology", kWithOntology, false, kExtract},
    {"no-recognizer", kNoRecognizer, false, kExtract | kAnalyse | kMap},
    {"no-discourse", kNoDiscourse, false, kExtract},
    {"manifest", kManifest, true, kMap},
    {"entities", kEntities, true, kReconcile},
    {"table", kTable, true, kReconcile | kFinalize},
    {"registry", kRegistry, true, kReconcile},
    {"registry-out", kRegistryOut, true, kReconcile},
    {"top", kTop, true, kStats},
    {"jobs", 'j', true, kExtract},
    {"quiet", 'q', false, kAll},
    {"verbose", 'v', false, kAll},
    {"help", 'h', false, kAll},
};

constexpr Command kCommands[] = {Command::Extract, Command::Analyse,   Command::Stats,   Command::Export,
                                 Command::Map,     Command::Reconcile, Command::Finalize};

const OptionSpec* find_option(const std::string& text) {
    for (const OptionSpec& spec : kOptions)
        if (text == std::string("--") + spec.name || (spec.key < 256 && text == std::string("-") + char(spec.key)))
            return &spec;
    return nullptr;
}

std::optional<Command> command_from_string(const std::string& name) {
    for (Command c : kCommands)
        if (name == to_string(c)) return c;
    if (name == "analyze") return Command::Analyse;
    return std::nullopt;
}

bool valid_date(const std::string& date) {
    static const std::regex shape(R"(\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)");
    return std::regex_match(date, shape);
}

/// The option getopt_long stopped at, as typed: "--name" (without "=value") or "-x".
/// getopt_long sets optopt to 0 for an unknown long option and to the option's key otherwise,
/// and has moved past a long option, but not always past a bundle of short ones.
std::string offending_option(char** argv, int optind_after, int optopt_value) {
    const std::string previous = optind_after > 0 ? argv[optind_after - 1] : "";
    if (previous.rfind("--", 0) == 0) {
        const std::string name = previous.substr(0, previous.find('='));
        const OptionSpec* spec = find_option(name);
        if (optopt_value == 0 || (spec && spec->key == optopt_value)) return name;
    }
    return std::string("-") + char(optopt_value);
}

/// Applies one option with its value to `options`, checking the value.
void apply(Options& options, int key, const std::string& value) {
    const Command command = options.command;
    auto error = [&](const std::string& message) { throw UsageError(message, command); };
    switch (key) {
        case 'o':
            options.output = value;
            options.output_given = true;
            break;
        case 'f':
            if (command == Command::Export) {
                if (value != "dot" && value != "graphml" && value != "html")
                    error("unknown export format '" + value + "' (dot, graphml, html)");
                options.picture = value;
            } else {
                const auto format = rdf_format_from_string(value);
                if (!format) error("unknown format '" + value + "' (turtle, trig, ntriples, nquads, jsonld)");
                options.format = *format;
                options.format_given = true;
            }
            break;
        case kViewerScript: options.viewer_script = value; break;
        case kBase:
            if (!valid_iri(value) || value.back() != '/' || value.find('#') != std::string::npos)
                error("invalid base IRI '" + value + "' (an absolute IRI ending with '/', without '#')");
            options.base = value;
            break;
        case kDate:
            if (!valid_date(value)) error("invalid date '" + value + "' (YYYY-MM or YYYY-MM-DD)");
            options.date = value;
            break;
        case kData: options.data = value; break;
        case kInto: options.into = value; break;
        case kInput:
            if (value != "text" && value != "conllu") error("invalid --input '" + value + "' (text or conllu)");
            options.conllu_input = value == "conllu";
            break;
        case kId:
            if (value.empty() || !valid_utf8(value)) error("invalid --id '" + value + "' (a non-empty UTF-8 text)");
            options.id = value;
            break;
        case kWithOntology: options.with_ontology = true; break;
        case kNoRecognizer: options.use_recognizer = false; break;
        case kNoDiscourse: options.use_discourse = false; break;
        case kTop:
            if (value.empty() || value.size() > 9 || value.find_first_not_of("0123456789") != std::string::npos)
                error("invalid --top '" + value + "' (a whole number)");
            options.top = std::stoul(value);
            break;
        case 'j':
            if (value.empty() || value.size() > 3 || value.find_first_not_of("0123456789") != std::string::npos ||
                std::stoul(value) == 0)
                error("invalid --jobs '" + value + "' (a number of processes, 1 to 999)");
            options.jobs = std::stoul(value);
            break;
        case kManifest: options.manifest = value; break;
        case kEntities: options.entities = value; break;
        case kTable: options.table = value; break;
        case kRegistry: options.registry = value; break;
        case kRegistryOut: options.registry_out = value; break;
        case 'q': options.quiet = true; break;
        case 'v': options.verbose = true; break;
        default: error("unhandled option");  // every key of kOptions is handled above
    }
}

}  // namespace

const char* to_string(Command command) {
    switch (command) {
        case Command::Extract: return "extract";
        case Command::Analyse: return "analyse";
        case Command::Stats: return "stats";
        case Command::Export: return "export";
        case Command::Map: return "map";
        case Command::Reconcile: return "reconcile";
        case Command::Finalize: return "finalize";
    }
    return "?";
}

CommandLine parse_command_line(int argc, char** argv) {
    CommandLine line;
    if (argc < 2) throw UsageError("missing command (extract, analyse, stats, export, map, reconcile or finalize)", std::nullopt);
    const std::string first = argv[1];
    if (first == "-h" || first == "--help") {
        line.action = CommandLine::Action::Help;
        return line;
    }
    if (first == "--version") {
        line.action = CommandLine::Action::Version;
        return line;
    }
    if (first.size() > 1 && first[0] == '-')
        throw UsageError("unknown option '" + first + "' (options come after the command)", std::nullopt);
    const std::optional<Command> command = command_from_string(first);
    if (!command) throw UsageError("unknown command '" + first + "' (extract, analyse, stats, export, map, reconcile or finalize)", std::nullopt);
    Options& options = line.options;
    options.command = *command;

    // The command's own option table: getopt_long sees only the options this command takes.
    std::string short_options = ":";  // ':' first: a missing value is told apart from an unknown option
    std::vector<option> long_options;
    for (const OptionSpec& spec : kOptions) {
        if (!(spec.commands & bit(*command))) continue;
        if (spec.key < 256) short_options += std::string(1, char(spec.key)) + (spec.takes_value ? ":" : "");
        long_options.push_back({spec.name, spec.takes_value ? required_argument : no_argument, nullptr, spec.key});
    }
    long_options.push_back({nullptr, 0, nullptr, 0});

    // getopt_long works on the command's arguments, the command name standing as argv[0].
    const int sub_argc = argc - 1;
    char** sub_argv = argv + 1;
    optind = 0;  // 0: full reinitialization, so that the parser can run more than once
    opterr = 0;  // the messages are ours
    const std::string name = to_string(*command);
    for (;;) {
        int index = -1;
        const int key = getopt_long(sub_argc, sub_argv, short_options.c_str(), long_options.data(), &index);
        if (key == -1) break;
        if (key == 'h') {
            line.action = CommandLine::Action::Help;
            line.help_for = *command;
            return line;
        }
        if (key == ':') throw UsageError("option '" + offending_option(sub_argv, optind, optopt) + "' needs a value", command);
        if (key == '?') {
            const std::string given = offending_option(sub_argv, optind, optopt);
            const OptionSpec* spec = find_option(given);
            if (spec && (spec->commands & bit(*command)))  // known here: a value given to a flag
                throw UsageError("option '" + given + "' takes no value", command);
            if (spec) {
                std::string takers;
                for (Command c : kCommands)
                    if (spec->commands & bit(c)) takers += std::string(takers.empty() ? "" : ", ") + to_string(c);
                throw UsageError("option '" + given + "' is not an option of " + name + " (only of " + takers + ")",
                                 command);
            }
            std::size_t matches = 0;  // getopt_long takes unambiguous abbreviations
            for (const option& o : long_options)
                if (o.name && given.size() > 2 && std::string("--").append(o.name).rfind(given, 0) == 0) ++matches;
            throw UsageError(std::string(matches > 1 ? "ambiguous" : "unknown") + " option '" + given + "'", command);
        }
        apply(options, key, optarg ? optarg : "");
    }
    for (int i = optind; i < sub_argc; ++i) options.inputs.push_back(sub_argv[i]);

    if (*command == Command::Map && options.manifest) {
        std::ifstream manifest(*options.manifest);
        if (!manifest) throw UsageError("cannot open the manifest '" + *options.manifest + "'", command);
        for (std::string path; std::getline(manifest, path);)
            if (!path.empty()) options.inputs.push_back(path);
    }
    if (*command == Command::Map && !options.output_given)
        throw UsageError("no part to write (give -o PART)", command);
    if (*command == Command::Reconcile && (!options.entities || !options.table))
        throw UsageError("reconcile writes --entities FILE and --table FILE: give both", command);
    if (*command == Command::Finalize && !options.table) throw UsageError("no table to read (give --table FILE)", command);
    if (*command == Command::Finalize && options.inputs.size() != 1)
        throw UsageError("one part to finalize, not " + std::to_string(options.inputs.size()), command);
    if ((*command == Command::Reconcile || *command == Command::Finalize) && !options.format_given)
        options.format = RdfFormat::NQuads;
    if (options.inputs.empty())
        throw UsageError(*command == Command::Stats || *command == Command::Export
                             ? "no graph to read (give an RDF file, or - for standard input)"
                         : *command == Command::Reconcile || *command == Command::Finalize
                             ? "no part to read (give the part files that trame map wrote)"
                             : "no input (give files, folders or - for standard input)",
                         command);
    if ((*command == Command::Stats || *command == Command::Export) && options.inputs.size() != 1)
        throw UsageError("one graph to read, not " + std::to_string(options.inputs.size()), command);
    if (options.id && options.inputs.size() != 1)
        throw UsageError("--id names one document, but " + std::to_string(options.inputs.size()) + " inputs are given",
                         command);
    if (options.into && *options.into == "-")
        throw UsageError("--into needs a file (the graph is read, then written back), not -", command);
    if (options.quiet && options.verbose) throw UsageError("-q and -v exclude each other", command);
    if (options.viewer_script && options.picture != "html")
        throw UsageError("--viewer-script is for --format html", command);
    return line;
}

}  // namespace trame::cli
