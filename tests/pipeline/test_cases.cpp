// The end-to-end cases of tests/cases/*.case: each gives a text and the facts trame must find in
// it, all of them and nothing else (in the manner of sqllogictest). A case file holds records:
//
//     # a comment line
//     text
//     La Finlande exige le retrait des troupes.
//     ----
//     (Finlande, demands, "le retrait des troupes")
//
// The text runs from the line after `text` to the line `----`; the facts, one per line as
// `Fact`'s operator<< prints them ("NOT " before a denied predicate, ", hypothetical" at the end),
// run to the next blank line. `(none)` says the text gives no fact. Each record is run through the
// whole per-document pipeline (Extractor::extract_document) as a document of its own.
//
// A record that trame does not pass yet opens with `text known-failure: WHY` instead of `text`:
// it states the right facts all the same, and the test fails when such a record starts to pass
// (so that the marker is taken away) as it fails when a plain record stops passing.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "tests/pipeline_fixture.h"

namespace fs = std::filesystem;
using trame::testing::PipelineFixture;

namespace {

/// One record of a case file.
struct Case {
    std::string where;  ///< "file.case:LINE"
    std::string text;
    std::vector<std::string> facts;  ///< Sorted.
    std::string known_failure;       ///< Why trame does not give these facts yet, or empty.
};

std::vector<Case> read_cases(const fs::path& path) {
    std::ifstream in(path);
    std::vector<Case> cases;
    std::string line;
    int number = 0;
    enum { Between, Text, Facts } state = Between;
    while (std::getline(in, line)) {
        ++number;
        if (state == Between) {
            if (line.empty() || line[0] == '#') continue;
            const std::string marker = "text known-failure: ";
            const bool known = line.rfind(marker, 0) == 0 && line.size() > marker.size();
            if (line != "text" && !known)
                FAIL(path.filename().string() << ":" << number << ": expected 'text', found '" << line << "'");
            cases.push_back({path.filename().string() + ":" + std::to_string(number), "", {},
                             known ? line.substr(marker.size()) : ""});
            state = Text;
        } else if (state == Text) {
            if (line == "----") state = Facts;
            else cases.back().text += line + "\n";
        } else if (line.empty()) {
            state = Between;
        } else if (line != "(none)") {
            cases.back().facts.push_back(line);
        }
    }
    if (state == Text) FAIL(path.filename().string() << ": the last record has no '----' line");
    for (Case& c : cases) std::sort(c.facts.begin(), c.facts.end());
    return cases;
}

std::vector<std::string> facts_of(const std::string& text) {
    auto& extractor = PipelineFixture::get().extractor;
    trame::Document doc = extractor.reader().parse("case.txt", text);
    doc.id = "case";
    std::vector<std::string> found;
    for (const trame::Fact& fact : extractor.extract_document(doc)) {
        std::ostringstream out;
        out << fact;
        found.push_back(out.str());
    }
    std::sort(found.begin(), found.end());
    found.erase(std::unique(found.begin(), found.end()), found.end());
    return found;
}

std::string listed(const std::vector<std::string>& facts) {
    std::string text;
    for (const std::string& fact : facts) text += "\n  " + fact;
    return facts.empty() ? "\n  (none)" : text;
}

}  // namespace

TEST_CASE("cases: every record of tests/cases gives exactly its facts") {
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(fs::path(TRAME_SOURCE_DIR) / "tests" / "cases"))
        if (entry.path().extension() == ".case") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    REQUIRE(!files.empty());
    std::size_t records = 0;
    for (const fs::path& file : files)
        for (const Case& c : read_cases(file)) {
            ++records;
            const std::vector<std::string> found = facts_of(c.text);
            INFO(c.where << "\n" << c.text << "expected:" << listed(c.facts) << "\nfound:" << listed(found));
            if (c.known_failure.empty()) {
                CHECK(found == c.facts);
            } else {
                INFO("a known failure (" << c.known_failure << ") that now passes: remove its marker");
                CHECK(found != c.facts);
            }
        }
    CHECK(records >= 10);
}
