// The commands of trame, each given its parsed options and the console; each returns the exit
// status (0 or 1) and throws std::runtime_error for a failure that stops it (named in the message).
#pragma once

#include "cli/options.h"
#include "cli/progress.h"

namespace trame::cli {

int run_extract(const Options& options, Console& console);  ///< cli/extract_command.cpp
int run_analyse(const Options& options, Console& console);  ///< cli/analyse_command.cpp
int run_stats(const Options& options, Console& console);    ///< cli/graph_commands.cpp
int run_export(const Options& options, Console& console);   ///< cli/graph_commands.cpp
int run_map(const Options& options, Console& console);        ///< cli/scale_out_commands.cpp
int run_reconcile(const Options& options, Console& console);  ///< cli/scale_out_commands.cpp
int run_finalize(const Options& options, Console& console);   ///< cli/scale_out_commands.cpp

}  // namespace trame::cli
