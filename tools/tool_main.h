// The main of trame's training and evaluation tools: help, usage errors and failures handled alike.
#pragma once

#include <exception>
#include <iostream>
#include <string>

namespace trame::tools {

/// Runs a tool: `-h` or `--help` anywhere prints `usage` and exits 0; otherwise `parse` reads the
/// arguments (an exception is a usage error: "NAME: message" and the usage on stderr, exit 2) and
/// `run` does the work and gives the exit status (an exception: "NAME: message", exit 1).
template <class Args, class Parse, class Run>
int tool_main(const char* name, const char* usage, int argc, char** argv, Parse parse, Run run) {
    for (int i = 1; i < argc; ++i)
        if (std::string(argv[i]) == "-h" || std::string(argv[i]) == "--help") {
            std::cout << usage;
            return 0;
        }
    Args args;
    try {
        args = parse(argc, argv);
    } catch (const std::exception& e) {
        std::cerr << name << ": " << e.what() << "\n" << usage;
        return 2;
    }
    try {
        return run(args);
    } catch (const std::exception& e) {
        std::cerr << name << ": " << e.what() << "\n";
        return 1;
    }
}

}  // namespace trame::tools
