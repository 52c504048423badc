// The inputs the fuzz targets of fuzz/ found (kept in fuzz/regressions/TARGET/), fed through the
// same code path as the target, with what each one must now give. The last test of each target
// replays every kept input against the target's contract, so a file added there is tested too.
#include <catch2/catch.hpp>

#include "tests/pipeline_fixture.h"
#include "tests/temp_dir.h"

#include <algorithm>
#include <filesystem>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "document/input_error.h"
#include "rules/ontology.h"
#include "reading/reader.h"
#include "rules/rule_error.h"
#include "rules/rule_parser.h"
#include "output/existing_graph.h"
#include "exports/graph_stats.h"
#include "exports/knowledge_graph.h"

using namespace trame;
namespace fs = std::filesystem;

using trame::testing::PipelineFixture;
using trame::testing::read_file;
using trame::testing::TempDir;

namespace {

const fs::path kRegressions = fs::path(TRAME_SOURCE_DIR) / "fuzz" / "regressions";

/// The bytes of the kept input `name` of `target`.
std::string input(const std::string& target, const std::string& name) {
    return read_file(kRegressions / target / name);
}

/// The names of the kept inputs of `target`, sorted (none when the fuzzer found nothing).
std::set<std::string> inputs(const std::string& target) {
    std::set<std::string> names;
    if (!fs::is_directory(kRegressions / target)) return names;
    for (const fs::directory_entry& entry : fs::directory_iterator(kRegressions / target))
        if (entry.is_regular_file()) names.insert(entry.path().filename().string());
    return names;
}

const Reader& reader() {
    static const Reader instance(Boilerplate::load(TRAME_SOURCE_DIR "/ontology/boilerplate.tsv"));
    return instance;
}

const Ontology& ontology() {
    static const Ontology instance = Ontology::load(TRAME_SOURCE_DIR "/ontology/trame.ttl");
    return instance;
}

/// The message of the RuleError that parsing `text` throws, empty when it compiles; any other
/// exception goes through (and fails the test).
std::string rule_error(const std::string& text) {
    RuleParser parser(ontology());
    try {
        parser.parse_text("fuzz.rules", text);
    } catch (const RuleError& e) {
        return e.what();
    }
    return "";
}

/// Reads `bytes` as the rdf_reader target does: as a graph in each syntax, by --into's reader and
/// by the statistics' reader. Returns the number of reads that refused the file with an error.
int read_graph_everywhere(const std::string& bytes) {
    TempDir dir("trame-fuzz-regression");
    int refused = 0;
    for (const char* name : {"graph.ttl", "graph.trig", "graph.nt", "graph.nq"}) {
        const std::string path = dir.write(name, bytes);
        try {
            ExistingGraph::load(path);
        } catch (const std::runtime_error&) {
            ++refused;
        }
        try {
            compute_stats(KnowledgeGraph::load(path));
        } catch (const std::runtime_error&) {
            ++refused;
        }
    }
    return refused;
}

}  // namespace

// ---- reader ----

TEST_CASE("fuzz regression: every leading byte order mark is removed", "[fuzz]") {
    const Document doc = reader().parse("a.txt", input("reader", "two-byte-order-marks.txt"));
    CHECK(doc.text.rfind("Titre du jour", 0) == 0);
    // Reading the normalized text again gives the same text.
    CHECK(reader().parse("a.txt", doc.text).text == doc.text);
}

TEST_CASE("fuzz regression: a date line takes only ASCII digits", "[fuzz]") {
    // "date" then an Arabic-Indic two (U+0662): ICU's \d took it, std::stoi threw std::invalid_argument.
    const Document doc = reader().parse("a.txt", input("reader", "arabic-indic-date-digits.txt"));
    CHECK_FALSE(doc.date);
    CHECK(doc.paragraphs.size() == 1);
    CHECK_FALSE(reader().parse("a.txt", "date \uFF12\uFF10\uFF12\uFF15-02\nTexte.").date);  // full-width digits
    CHECK(reader().parse("a.txt", "date 2025-02\nTexte.").date == "2025-02");
}

TEST_CASE("fuzz regression: every kept reader input is read or refused with an InputError", "[fuzz]") {
    for (const std::string& name : inputs("reader")) {
        INFO(name);
        try {
            const Document doc = reader().parse("a.txt", input("reader", name));
            CHECK(reader().parse("a.txt", doc.text).text == doc.text);
        } catch (const InputError&) {
        }
    }
}

// ---- rule_parser ----

TEST_CASE("fuzz regression: a repetition count too large for an int is a rule error", "[fuzz]") {
    CHECK_THAT(rule_error(input("rule_parser", "repetition-count-overflow.rules")),
               Catch::Contains("fuzz.rules:8:") && Catch::Contains("a repetition count is at most 10000"));
    CHECK(rule_error("macro M\n  _{10000}\n").empty());
    // The column is the count's (a macro's columns were one too far right).
    CHECK_THAT(rule_error("macro M\n  _{2,10001}\n"), Catch::Contains("fuzz.rules:2:7: a repetition count is at most 10000"));
}

TEST_CASE("fuzz regression: a regular expression that std::regex cannot take safely is a rule error", "[fuzz]") {
    // A back-reference number too long for a long: libstdc++'s regex compiler overflowed (UBSan).
    CHECK_THAT(rule_error(input("rule_parser", "regex-backreference-overflow.rules")),
               Catch::Contains("fuzz.rules:6:37: a back-reference or digit escape"));
    CHECK_THAT(rule_error("macro M\n  [lemma=/a\\1/]\n"), Catch::Contains("back-reference"));
    CHECK_THAT(rule_error("macro M\n  [lemma=/a{3,99999999999999999999}/]\n"),
               Catch::Contains("a repetition count is at most 10000"));
    CHECK(rule_error("macro M\n  [lemma=/a{2,5}|[{]b\\.c{1,}/]\n").empty());
    CHECK(rule_error("macro M\n  [lemma=/x\\\\1/]\n").empty());  // an escaped backslash, then the digit 1
}

TEST_CASE("fuzz regression: macros cannot expand a pattern beyond a bound", "[fuzz]") {
    // Forty macros, each using the one before twice: 2^40 nodes once copied (the compiler hung).
    CHECK_THAT(rule_error(input("rule_parser", "macro-doubling.rules")),
               Catch::Contains("more than 10000 pattern nodes once the macros are expanded"));
    // Each pattern within the bound, but all of them together beyond the rule set's.
    std::string text = "macro M0\n  _ _\n";
    for (int i = 1; i <= 11; ++i)
        text += "macro M" + std::to_string(i) + "\n  M" + std::to_string(i - 1) + " M" + std::to_string(i - 1) + "\n";
    CHECK(rule_error(text).empty());
    for (int i = 0; i < 200; ++i) text += "macro N" + std::to_string(i) + "\n  M11\n";
    CHECK_THAT(rule_error(text), Catch::Contains("the rules hold more than 500000 pattern nodes"));
}

TEST_CASE("fuzz regression: patterns and macros cannot nest deeper than a bound", "[fuzz]") {
    // 4000 nested parentheses: the recursive-descent parser overflowed the stack (ASan).
    CHECK_THAT(rule_error(input("rule_parser", "deep-parentheses.rules")),
               Catch::Contains("fuzz.rules:2:53: parentheses nest more than 50 deep"));
    CHECK(rule_error("macro M\n  " + std::string(50, '(') + "_" + std::string(50, ')') + "\n").empty());
    // Each macro one level deeper than the one before.
    std::string text = "macro M0\n  _\n";
    for (int i = 1; i <= 200; ++i) text += "macro M" + std::to_string(i) + "\n  M" + std::to_string(i - 1) + "?\n";
    CHECK(rule_error(text).empty());  // M199 is 200 levels deep
    text += "macro M201\n  M200?\n";
    CHECK_THAT(rule_error(text), Catch::Contains("fuzz.rules:404:3: macro 'M200' nests more than 200 levels deep"));
}

TEST_CASE("fuzz regression: every kept rule file compiles or gives a RuleError", "[fuzz]") {
    for (const std::string& name : inputs("rule_parser")) {
        INFO(name);
        CHECK_NOTHROW(rule_error(input("rule_parser", name)));
    }
}

// ---- document ----

TEST_CASE("fuzz regression: a two-digit number after a number is no digit group", "[fuzz]") {
    // "13 30Caruros": is_digit_group read "30"[3], past its end (a libstdc++ assertion in the fuzz
    // build, which also replays this file). "13" and "30" stay two numbers.
    const Document doc = PipelineFixture::get().prepare(input("document", "short-digit-group.txt"));
    std::vector<std::string> forms;
    for (const Sentence& sentence : doc.sentences)
        for (const Token& token : sentence.tokens) forms.push_back(token.form);
    const auto thirteen = std::find(forms.begin(), forms.end(), "13");
    REQUIRE(thirteen != forms.end());
    REQUIRE(thirteen + 1 != forms.end());
    CHECK(thirteen[1].rfind("30", 0) == 0);
    CHECK(std::find(forms.begin(), forms.end(), "13 30") == forms.end());
    // A real digit group is still joined.
    const Document groups = PipelineFixture::get().prepare("Le budget atteint 12 300 euros.");
    CHECK(std::any_of(groups.sentences[0].tokens.begin(), groups.sentences[0].tokens.end(),
                      [](const Token& token) { return token.form == "12 300" && token.upos == "NUM"; }));
}

TEST_CASE("fuzz regression: every kept document goes through every stage", "[fuzz]") {
    for (const std::string& name : inputs("document")) {
        INFO(name);
        try {
            const Document doc = PipelineFixture::get().prepare(input("document", name));
            for (const Sentence& sentence : doc.sentences)
                for (const Token& token : sentence.tokens)
                    CHECK((sentence.begin <= token.begin && token.end <= sentence.end));
        } catch (const InputError&) {
        }
    }
}

// ---- rdf_reader ----

TEST_CASE("fuzz regression: every kept graph is read or refused with an error", "[fuzz]") {
    for (const std::string& name : inputs("rdf_reader")) {
        INFO(name);
        CHECK_NOTHROW(read_graph_everywhere(input("rdf_reader", name)));
    }
}
