// Tests of the command-line parser (cli/options): getopt_long conventions, per-command options,
// usage errors that name the culprit.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "cli/help.h"
#include "cli/options.h"

using namespace trame::cli;
using Catch::Matchers::Contains;

namespace {

/// Parses `args` as if typed after "trame".
CommandLine parse(std::vector<std::string> args) {
    args.insert(args.begin(), "trame");
    std::vector<char*> argv;
    for (std::string& arg : args) argv.push_back(arg.data());
    argv.push_back(nullptr);
    return parse_command_line(static_cast<int>(args.size()), argv.data());
}

/// The message of the UsageError that parsing `args` throws (fails the test when none is thrown).
std::string usage_error(const std::vector<std::string>& args) {
    try {
        parse(args);
    } catch (const UsageError& error) {
        return error.what();
    }
    FAIL("no usage error for the command line");
    return "";
}

}  // namespace

TEST_CASE("options: --opt=value, --opt value and short options give the same options") {
    for (const std::vector<std::string>& args : std::vector<std::vector<std::string>>{
             {"extract", "--output=out.ttl", "--format=trig", "--date=2025-02", "in.txt"},
             {"extract", "--output", "out.ttl", "--format", "trig", "--date", "2025-02", "in.txt"},
             {"extract", "-o", "out.ttl", "-f", "trig", "--date", "2025-02", "in.txt"},
             {"extract", "-oout.ttl", "-ftrig", "in.txt", "--date=2025-02"},
             {"extract", "--out=out.ttl", "--form", "trig", "--date=2025-02", "in.txt"}}) {
        INFO(args[1] << " " << args[2]);
        const Options options = parse(args).options;
        CHECK(options.command == Command::Extract);
        CHECK(options.output == "out.ttl");
        CHECK(options.format == trame::RdfFormat::TriG);
        CHECK(options.date == "2025-02");
        CHECK(options.inputs == std::vector<std::string>{"in.txt"});
    }
}

TEST_CASE("options: bundled short options, -- and - as an argument") {
    const Options bundled = parse({"extract", "-qo", "out.nt", "-", "a.txt"}).options;
    CHECK(bundled.quiet);
    CHECK(bundled.output == "out.nt");
    CHECK(bundled.inputs == std::vector<std::string>{"-", "a.txt"});

    const Options dashes = parse({"analyse", "-v", "--", "-q", "--output=x"}).options;
    CHECK(dashes.verbose);
    CHECK_FALSE(dashes.quiet);
    CHECK(dashes.inputs == std::vector<std::string>{"-q", "--output=x"});

    CHECK(parse({"stats", "-"}).options.inputs == std::vector<std::string>{"-"});
    CHECK(parse({"export", "-", "-fhtml"}).options.picture == "html");
}

TEST_CASE("options: each command takes its own options") {
    const Options stats = parse({"stats", "--top=3", "g.ttl"}).options;
    CHECK(stats.command == Command::Stats);
    CHECK(stats.top == 3);
    const Options into = parse({"extract", "--into", "g.ttl", "--id=dépêche-12", "--with-ontology", "-"}).options;
    CHECK(into.into == "g.ttl");
    CHECK(into.id == "dépêche-12");
    CHECK(into.with_ontology);
    CHECK(into.use_discourse);
    CHECK_FALSE(parse({"extract", "--no-discourse", "-"}).options.use_discourse);
    CHECK(parse({"export", "--format", "graphml", "--viewer-script=x.js", "-f", "html", "g.ttl"}).options.viewer_script ==
          "x.js");
}

TEST_CASE("options: --help and --version, for trame and for a command") {
    CHECK(parse({"--help"}).action == CommandLine::Action::Help);
    CHECK_FALSE(parse({"-h"}).help_for);
    CHECK(parse({"--version"}).action == CommandLine::Action::Version);
    CHECK(parse({"stats", "--help", "--top=x"}).action == CommandLine::Action::Help);  // what follows --help is not read
    const CommandLine command_help = parse({"export", "-h"});
    CHECK(command_help.action == CommandLine::Action::Help);
    CHECK(command_help.help_for == Command::Export);
}

TEST_CASE("options: usage errors name the option, the value or the command") {
    CHECK_THAT(usage_error({}), Contains("missing command"));
    CHECK_THAT(usage_error({"extrakt", "a"}), Contains("unknown command 'extrakt'"));
    CHECK_THAT(usage_error({"--frobnicate"}), Contains("'--frobnicate'"));
    CHECK_THAT(usage_error({"extract", "--frobnicate", "a"}), Contains("unknown option '--frobnicate'"));
    CHECK_THAT(usage_error({"extract", "-qx", "a"}), Contains("unknown option '-x'"));
    CHECK_THAT(usage_error({"extract", "-xq", "a"}), Contains("unknown option '-x'"));
    CHECK_THAT(usage_error({"extract", "--quiet=yes", "a"}), Contains("'--quiet' takes no value"));
    CHECK_THAT(usage_error({"extract", "a", "-o"}), Contains("'-o' needs a value"));
    CHECK_THAT(usage_error({"extract", "a", "--output"}), Contains("'--output' needs a value"));
    CHECK_THAT(usage_error({"extract", "--d=x", "a"}), Contains("ambiguous option '--d'"));
    CHECK_THAT(usage_error({"extract", "--top=3", "a"}), Contains("'--top' is not an option of extract (only of stats)"));
    CHECK_THAT(usage_error({"stats", "--into", "g.ttl", "a"}), Contains("'--into' is not an option of stats"));
    CHECK_THAT(usage_error({"stats", "-o", "x", "g.ttl"}), Contains("'-o' is not an option of stats"));
    CHECK_THAT(usage_error({"analyse", "--with-ontology", "a"}), Contains("'--with-ontology' is not an option of analyse"));
    CHECK_THAT(usage_error({"extract", "--format=xml", "a"}), Contains("'xml'"));
    CHECK_THAT(usage_error({"export", "--format=png", "g.ttl"}), Contains("'png'"));
    CHECK_THAT(usage_error({"extract", "--base=not an iri", "a"}), Contains("'not an iri'"));
    CHECK_THAT(usage_error({"extract", "--date=2025-13", "a"}), Contains("'2025-13'"));
    CHECK_THAT(usage_error({"stats", "--top=-1", "g.ttl"}), Contains("'-1'"));
    CHECK_THAT(usage_error({"extract"}), Contains("no input"));
    CHECK_THAT(usage_error({"stats", "a.ttl", "b.ttl"}), Contains("one graph"));
    CHECK_THAT(usage_error({"extract", "--id=x", "a.txt", "b.txt"}), Contains("--id names one document"));
    CHECK_THAT(usage_error({"extract", "-q", "-v", "a"}), Contains("-q and -v"));
    CHECK_THAT(usage_error({"extract", "--into=-", "a"}), Contains("--into needs a file"));
}

TEST_CASE("options: the help of each command has its usage, options, examples and exit statuses") {
    CHECK_THAT(help_text(std::nullopt), Contains("Commands:") && Contains("extract") && Contains("analyse") &&
                                            Contains("stats") && Contains("export") && Contains("Exit status:"));
    for (Command command : {Command::Extract, Command::Analyse, Command::Stats, Command::Export}) {
        const std::string text = help_text(command);
        INFO(to_string(command));
        CHECK_THAT(text, Contains(std::string("Usage: trame ") + to_string(command)) && Contains("Options:") &&
                             Contains("Examples:") && Contains("Exit status:") && Contains("--help"));
        for (std::size_t at = 0, end; at < text.size(); at = end + 1) {  // fits an 80-column terminal
            end = text.find('\n', at);
            if (end == std::string::npos) end = text.size();
            CHECK(end - at <= 100);
        }
    }
}
