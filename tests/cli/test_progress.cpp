// Tests of what trame shows on standard error (cli/progress): the progress line's text, and that
// it never shares a line with a message. No timing: the formatting takes the elapsed time as a
// number, and the console redraws on every update when its interval is 0.
#include <catch2/catch.hpp>

#include <sstream>
#include <string>

#include "cli/progress.h"

using trame::RunCounts;
using namespace trame::cli;
using Catch::Matchers::Contains;
using Catch::Matchers::EndsWith;
using Catch::Matchers::StartsWith;

TEST_CASE("progress: durations read like a clock") {
    CHECK(format_duration(0) == "0:00");
    CHECK(format_duration(7.4) == "0:07");
    CHECK(format_duration(59.6) == "1:00");
    CHECK(format_duration(750) == "12:30");
    CHECK(format_duration(3723) == "1:02:03");
    CHECK(format_duration(-3) == "0:00");
}

TEST_CASE("progress: the line counts documents and sentences, with rate, share and time left") {
    RunCounts counts;
    counts.documents_done = 2;
    counts.documents_total = 10;
    counts.sentences = 1200;
    counts.bytes_done = 250000;
    counts.bytes_total = 1000000;
    CHECK(format_progress(counts, 20, 200) == "trame: 2/10 documents, 1200 sentences, 60 sentences/s, 25%, 1:00 left");

    // Before a second has passed there is no rate and no estimate yet.
    CHECK(format_progress(counts, 0.5, 200) == "trame: 2/10 documents, 1200 sentences, 25%");

    // A size that is not known (standard input) gives neither share nor time left.
    counts.bytes_total = 0;
    CHECK(format_progress(counts, 20, 200) == "trame: 2/10 documents, 1200 sentences, 60 sentences/s");

    RunCounts one;
    one.documents_total = 1;
    one.sentences = 1;
    CHECK(format_progress(one, 0, 200) == "trame: 0/1 document, 1 sentence");
}

TEST_CASE("progress: the share moves within one big document") {
    RunCounts counts;
    counts.documents_total = 1;
    counts.bytes_total = 4000;
    counts.sentences = 64;
    counts.bytes_done = 1000;  // a quarter of the sentences of the one document
    CHECK_THAT(format_progress(counts, 10, 200), Contains("0/1 document,") && Contains("25%") && EndsWith("0:30 left"));
    counts.bytes_done = 4000;
    CHECK_THAT(format_progress(counts, 40, 200), EndsWith("100%"));
}

TEST_CASE("progress: the line is cut to the width given") {
    RunCounts counts;
    counts.documents_total = 1000;
    counts.sentences = 123456;
    CHECK(format_progress(counts, 0, 20) == "trame: 0/1000 docume");
}

TEST_CASE("progress: a message clears the progress line and the line is drawn again after it") {
    std::ostringstream out;
    Console console(out, true, false, std::chrono::milliseconds(0), 80);
    RunCounts counts;
    counts.documents_total = 3;
    counts.sentences = 5;
    console.progress(counts);
    CHECK(out.str() == "trame: 0/3 documents, 5 sentences");
    out.str("");
    console.message("a.txt: not UTF-8");
    CHECK(out.str() == "\r\033[Ktrame: a.txt: not UTF-8\ntrame: 0/3 documents, 5 sentences");
    out.str("");
    console.finish();
    CHECK(out.str() == "\r\033[K");
    out.str("");
    console.message("3 documents");  // the summary, after the progress is over
    CHECK(out.str() == "trame: 3 documents\n");
}

TEST_CASE("progress: without a terminal, no progress line, only messages") {
    std::ostringstream out;
    Console console(out, false, false, std::chrono::milliseconds(0), 80);
    RunCounts counts;
    counts.documents_total = 3;
    console.progress(counts);
    console.message("b.txt: empty");
    console.verbose("not shown without -v");
    console.finish();
    CHECK(out.str() == "trame: b.txt: empty\n");
}

TEST_CASE("progress: verbose lines are messages too") {
    std::ostringstream out;
    Console console(out, false, true, std::chrono::milliseconds(0), 80);
    console.verbose("a.txt: 3 sentences");
    CHECK(out.str() == "trame: a.txt: 3 sentences\n");
}

TEST_CASE("progress: redraws wait for the interval") {
    std::ostringstream out;
    Console console(out, true, false, std::chrono::hours(1), 80);
    RunCounts counts;
    counts.documents_total = 2;
    console.progress(counts);
    counts.documents_done = 1;
    console.progress(counts);  // too soon: not drawn
    CHECK(out.str() == "trame: 0/2 documents, 0 sentences");
    console.message("x");  // a message redraws at once, with the latest counts
    CHECK_THAT(out.str(), EndsWith("trame: x\ntrame: 1/2 documents, 0 sentences"));
}
