// The command line of trame: which command, with which options and arguments.
#pragma once

#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "rdf/rdf_format.h"

namespace trame::cli {

/// The commands of trame.
enum class Command { Extract, Analyse, Stats, Export, Map, Reconcile, Finalize };

/// The name of a command as typed ("extract").
const char* to_string(Command command);

/// A command line that cannot be run: unknown command or option, an option given to a command
/// that does not take it, a missing or invalid value. The message names the culprit; trame prints
/// it and exits with status 2.
class UsageError : public std::runtime_error {
public:
    UsageError(const std::string& message, std::optional<Command> command)
        : std::runtime_error(message), command(command) {}
    std::optional<Command> command;  ///< The command whose --help to point to, if known.
};

/// Everything a command needs to run, as the command line gave it (defaults otherwise).
struct Options {
    Command command = Command::Extract;
    std::vector<std::string> inputs;     ///< Files, folders or "-" (stats, export: one RDF file or "-").
    std::string output = "-";            ///< -o, --output
    bool output_given = false;
    RdfFormat format = RdfFormat::Turtle;  ///< extract -f
    bool format_given = false;
    std::string picture = "dot";         ///< export -f: dot, graphml or html
    std::optional<std::string> viewer_script;  ///< export --viewer-script
    std::optional<std::string> base;     ///< extract --base
    std::optional<std::string> date;     ///< extract, analyse --date
    std::optional<std::string> data;     ///< --data
    std::optional<std::string> into;     ///< extract --into: the graph to extend
    std::optional<std::string> id;       ///< extract, analyse --id: the identifier of the one input
    bool conllu_input = false;           ///< analyse --input conllu: tag and parse the words of CoNLL-U files
    bool with_ontology = false;          ///< extract --with-ontology
    bool use_recognizer = true;          ///< extract, analyse: false with --no-recognizer
    bool use_discourse = true;           ///< extract: false with --no-discourse
    bool quiet = false;                  ///< -q: no summary, no progress
    bool verbose = false;                ///< -v: a line per document, timings
    std::size_t top = 10;                ///< stats --top
    std::size_t jobs = 1;                ///< extract -j, --jobs: worker processes
    std::optional<std::string> manifest;  ///< map --manifest: a file of inputs, one a line
    std::optional<std::string> entities;  ///< reconcile --entities: the entities' RDF
    std::optional<std::string> table;     ///< reconcile, finalize --table: the mention-to-entity table
    std::optional<std::string> registry;  ///< reconcile --registry: the known entities
    std::optional<std::string> registry_out;  ///< reconcile --registry-out: the updated registry
};

/// What the command line asks for: run a command, or print a help text or the version.
struct CommandLine {
    enum class Action { Run, Help, Version } action = Action::Run;
    std::optional<Command> help_for;  ///< Help: the command, or none for trame's own help.
    Options options;
};

/// Parses `argv` (argv[0] is the program) with getopt_long, each command with its own options:
/// `--opt=value` and `--opt value`, bundled short options (`-qo FILE`), abbreviated long options,
/// options anywhere among the arguments, `--` to end them, `-` as an argument. Throws UsageError.
/// Not reentrant (getopt's state is global).
CommandLine parse_command_line(int argc, char** argv);

}  // namespace trame::cli
