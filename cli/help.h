// The help texts of trame: `trame --help` and `trame COMMAND --help`.
#pragma once

#include <optional>
#include <string>

#include "cli/options.h"

namespace trame::cli {

/// The help of trame (`trame --help`: the commands, the data search, the exit statuses), or of
/// one command (`trame COMMAND --help`: its usage, options, examples and exit statuses). The man
/// page is made from these texts by help2man (scripts/man-page.sh).
std::string help_text(std::optional<Command> command);

/// "trame VERSION", as `trame --version` prints it.
std::string version_text();

}  // namespace trame::cli
