// trame: French news text in, RDF knowledge graph out.
//
//   trame COMMAND [OPTION]... ARGUMENT...      (trame --help, trame COMMAND --help)
//
// main parses the command line (cli/options), sets up standard error (cli/progress) and runs the
// command (cli/*_command.cpp, cli/graph_commands.cpp), which call the library. Diagnostics go to
// stderr prefixed "trame:"; exit 0 on success, 1 when an input or an output failed, 2 on a usage
// error.

#include <unistd.h>

#include <cstdio>
#include <exception>
#include <iostream>

#include "cli/commands.h"
#include "cli/help.h"
#include "cli/options.h"
#include "cli/output_file.h"
#include "cli/progress.h"
#include "pipeline/input_loop.h"

using namespace trame::cli;

namespace {

/// Runs what the command line asks for and returns the exit status.
int run(const CommandLine& line) {
    if (line.action != CommandLine::Action::Run) {
        try {
            write_output("-", line.action == CommandLine::Action::Help ? help_text(line.help_for) : version_text());
            return 0;
        } catch (const std::exception& error) {
            std::cerr << "trame: " << error.what() << "\n";
            return 1;
        }
    }
    const Options& options = line.options;
    const bool terminal = ::isatty(STDERR_FILENO);
    // analyse writing to the same terminal would interleave its lines with the progress line
    const bool progress = terminal && !options.quiet &&
                          (options.command == Command::Extract ||
                           (options.command == Command::Analyse && !(options.output == "-" && ::isatty(STDOUT_FILENO))));
    Console console(std::cerr, progress, options.verbose, std::chrono::milliseconds(200),
                    terminal ? terminal_width() : 80);
    try {
        switch (options.command) {
            case Command::Extract: return run_extract(options, console);
            case Command::Analyse: return run_analyse(options, console);
            case Command::Stats: return run_stats(options, console);
            case Command::Export: return run_export(options, console);
            case Command::Map: return run_map(options, console);
            case Command::Reconcile: return run_reconcile(options, console);
            case Command::Finalize: return run_finalize(options, console);
        }
    } catch (const trame::JobError& error) {  // found once the inputs are known (--id for a folder)
        console.finish();
        console.message(std::string(to_string(options.command)) + ": " + error.what());
        return 2;
    } catch (const std::exception& error) {
        console.finish();
        console.message(error.what());
        return 1;
    }
    return 1;
}

}  // namespace

int main(int argc, char** argv) {
    CommandLine line;
    try {
        line = parse_command_line(argc, argv);
    } catch (const UsageError& error) {
        std::cerr << "trame: " << (error.command ? std::string(to_string(*error.command)) + ": " : "") << error.what()
                  << "\nTry 'trame " << (error.command ? std::string(to_string(*error.command)) + " " : "")
                  << "--help' for more information.\n";
        return 2;
    }
    const int status = run(line);
    try {
        close_standard_output();  // what stdio held back is written now, or the failure is told
    } catch (const std::exception& error) {
        if (status != 0) return status;  // a failure was told already, the output's included
        std::cerr << "trame: " << error.what() << "\n";
        return 1;
    }
    return status;
}
