// Tests of pipeline/input_loop: every input read, named and handed on once, failures told and
// counted, refused documents skipped, ids unique.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "pipeline/input_loop.h"
#include "tests/pipeline/recording_observer.h"
#include "tests/pipeline_fixture.h"
#include "tests/temp_dir.h"

using trame::Document;
using trame::Fact;
using trame::InputLoop;
using trame::testing::PipelineFixture;
using trame::testing::RecordingObserver;
using trame::testing::TempDir;
using Catch::Matchers::Contains;

namespace {

/// Runs the loop over `paths` with a process step that only counts, and returns the documents kept.
struct Run {
    RecordingObserver observer;
    std::vector<std::string> kept;  ///< "id name" of each kept document, in order.
    trame::RunTotals totals;
};

Run run(std::vector<std::string> paths, const InputLoop::Accept& accept = {},
        std::optional<std::string> identifier = std::nullopt) {
    Run result;
    InputLoop loop(PipelineFixture::get().extractor.reader(), result.observer, {std::move(paths), std::nullopt, identifier});
    loop.reserve_ids({"pris"});
    result.totals = loop.run(
        accept,
        [](Document&, const InputLoop::Progress& progress) {
            progress(0, 1);
            std::vector<Fact> facts(2);
            return facts;
        },
        [&](Document& doc, std::vector<Fact>& facts) {
            CHECK(facts.size() == 2);
            result.kept.push_back(doc.id + " " + doc.name.substr(doc.name.find_last_of('/') + 1));
        });
    return result;
}

}  // namespace

TEST_CASE("input_loop: each document gets a unique id from its file name, never a reserved one") {
    TempDir dir("trame-loop");
    const std::string a = dir.write("un/pris.txt", "Le conseil se réunit lundi.\n");
    const std::string b = dir.write("deux/pris.txt", "Le conseil se réunit mardi.\n");
    const Run result = run({a, b});
    CHECK(result.kept == std::vector<std::string>{"pris-2 pris.txt", "pris-3 pris.txt"});
    CHECK(result.totals.documents == 2);
    CHECK(result.totals.facts == 4);
    CHECK(result.totals.failed == 0);
    CHECK(result.observer.last.documents_done == 2);
    CHECK(result.observer.last.documents_total == 2);
}

TEST_CASE("input_loop: an unreadable input is told and counted, and the loop goes on") {
    TempDir dir("trame-loop");
    const std::string bad = dir.write("mauvais.txt", std::string("Texte \xff\xfe invalide.\n"));
    const std::string good = dir.write("bon.txt", "Le ministre parle.\n");
    const Run result = run({bad, dir / "absent.txt", good});
    CHECK(result.kept == std::vector<std::string>{"bon bon.txt"});
    CHECK(result.totals.failed == 2);
    REQUIRE(result.observer.messages.size() == 2);
    const std::string told = result.observer.messages[0] + "\n" + result.observer.messages[1];
    CHECK_THAT(told, Contains("mauvais.txt") && Contains("absent.txt"));
}

TEST_CASE("input_loop: a refused document is skipped, neither processed nor kept") {
    TempDir dir("trame-loop");
    const std::string a = dir.write("a.txt", "Premier texte.\n");
    const std::string b = dir.write("b.txt", "Second texte.\n");
    const Run result = run({a, b}, [](const Document& doc) { return doc.text.find("Second") == std::string::npos; });
    CHECK(result.kept == std::vector<std::string>{"a a.txt"});
    CHECK(result.totals.skipped == 1);
    CHECK(result.totals.documents == 1);
}

TEST_CASE("input_loop: an identifier names one document, so a folder of several is a job error") {
    TempDir dir("trame-loop");
    dir.write("f/a.txt", "Premier texte.\n");
    dir.write("f/b.txt", "Second texte.\n");
    CHECK_THROWS_AS(run({dir / "f"}, {}, std::string("doc-1")), trame::JobError);
    const Run one = run({dir / "f/a.txt"}, {}, std::string("doc-1"));
    CHECK(one.totals.documents == 1);
}
