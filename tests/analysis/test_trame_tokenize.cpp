// Tests of tools/trame_tokenize: raw text to CoNLL-U, scoring against gold, and bad input.
#include <catch2/catch.hpp>

#include <string>

#include "tests/cli_runner.h"
#include "tests/temp_dir.h"

using trame::testing::RunResult;

namespace {

RunResult run_tokenize(std::vector<std::string> args, const std::string& input = "") {
    args.insert(args.begin(), TRAME_TOKENIZE_BINARY);
    return trame::testing::run(args, input);
}

/// A gold CoNLL-U file of two sentences, with a multiword token and a parse.
const char* const kGold =
    "# text = Il vient du port.\n"
    "1\tIl\til\tPRON\t_\t_\t2\tnsubj\t_\t_\n"
    "2\tvient\tvenir\tVERB\t_\t_\t0\troot\t_\t_\n"
    "3-4\tdu\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "3\tde\tde\tADP\t_\t_\t5\tcase\t_\t_\n"
    "4\tle\tle\tDET\t_\t_\t5\tdet\t_\t_\n"
    "5\tport\tport\tNOUN\t_\t_\t2\tobl\t_\tSpaceAfter=No\n"
    "6\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_\n"
    "\n"
    "# text = Elle part.\n"
    "1\tElle\telle\tPRON\t_\t_\t2\tnsubj\t_\t_\n"
    "2\tpart\tpartir\tVERB\t_\t_\t0\troot\t_\tSpaceAfter=No\n"
    "3\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_\n"
    "\n";

}  // namespace

TEST_CASE("trame-tokenize: raw text to CoNLL-U", "[trame-tokenize]") {
    const RunResult r = run_tokenize({}, "Il vient du port. Elle part.\n");
    REQUIRE(r.status == 0);
    CHECK(r.out ==
          "# sent_id = 1\n# text = Il vient du port.\n"
          "1\tIl\t_\t_\t_\t_\t_\t_\t_\t_\n"
          "2\tvient\t_\t_\t_\t_\t_\t_\t_\t_\n"
          "3-4\tdu\t_\t_\t_\t_\t_\t_\t_\t_\n"
          "3\tde\t_\t_\t_\t_\t_\t_\t_\t_\n"
          "4\tle\t_\t_\t_\t_\t_\t_\t_\t_\n"
          "5\tport\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n"
          "6\t.\t_\t_\t_\t_\t_\t_\t_\t_\n"
          "\n"
          "# sent_id = 2\n# text = Elle part.\n"
          "1\tElle\t_\t_\t_\t_\t_\t_\t_\t_\n"
          "2\tpart\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n"
          "3\t.\t_\t_\t_\t_\t_\t_\t_\t_\n"
          "\n");
    CHECK(r.err.empty());
}

TEST_CASE("trame-tokenize: scores against gold", "[trame-tokenize]") {
    trame::testing::TempDir dir("trame-tokenize");
    const std::string gold = dir.write("gold.conllu", kGold);
    RunResult r = run_tokenize({"--evaluate", gold});
    REQUIRE(r.status == 0);
    CHECK_THAT(r.out, Catch::Contains("Tokens       100.00   100.00   100.00   (gold 8, system 8, correct 8)"));
    CHECK_THAT(r.out, Catch::Contains("Sentences    100.00   100.00   100.00   (gold 2, system 2, correct 2)"));
    CHECK_THAT(r.out, Catch::Contains("Words        100.00   100.00   100.00   (gold 9, system 9, correct 9)"));

    // a system file with one wrong head ("." attached to "port") and one wrong tag
    std::string system = kGold;
    system.replace(system.find("6\t.\t.\tPUNCT\t_\t_\t2"), 17, "6\t.\t.\tPUNCT\t_\t_\t5");
    system.replace(system.find("port\tNOUN"), 9, "port\tPROPN");
    r = run_tokenize({"--evaluate", gold, "--system", dir.write("system.conllu", system)});
    REQUIRE(r.status == 0);
    CHECK_THAT(r.out, Catch::Contains("UPOS          88.89    88.89    88.89   (gold 9, system 9, correct 8)"));
    CHECK_THAT(r.out, Catch::Contains("LAS           88.89    88.89    88.89   (gold 9, system 9, correct 8)"));
}

TEST_CASE("trame-tokenize: bad input is reported with its file", "[trame-tokenize]") {
    trame::testing::TempDir dir("trame-tokenize");
    RunResult r = run_tokenize({dir.write("bad.txt", "Un texte\xC3 cassé.")});
    CHECK(r.status == 1);
    CHECK(r.out.empty());
    CHECK_THAT(r.err, Catch::Contains("bad.txt: invalid UTF-8 at byte 8"));

    r = run_tokenize({"--evaluate", dir.write("bad.conllu", "# text = Un\n1\tUn\tun\n\n")});
    CHECK(r.status == 1);
    CHECK_THAT(r.err, Catch::Contains("bad.conllu:2: expected 10 tab-separated columns"));

    r = run_tokenize({"--evaluate", dir / "missing.conllu"});
    CHECK(r.status == 1);
    CHECK_THAT(r.err, Catch::Contains("missing.conllu: cannot open"));

    CHECK(run_tokenize({"--no-such-option"}).status == 2);
}
