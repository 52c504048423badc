// Tests of the extractor: a document's analysis and facts do not depend on what was read before.
#include <catch2/catch.hpp>

#include <filesystem>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "pipeline/extractor.h"

using trame::Document;
using trame::Extractor;
using trame::Fact;
using trame::InputError;

namespace {

/// Everything a document's processing leaves that later stages read: each token's analysis and
/// tree arc, the mentions, and the facts.
std::string outcome(Document& doc, const std::vector<Fact>& facts) {
    std::ostringstream out;
    for (const trame::Sentence& s : doc.sentences) {
        for (const trame::Token& t : s.tokens)
            out << t << '/' << t.head << '/' << t.deprel << '/' << t.begin << ' ';
        out << '\n';
        for (const trame::Mention& m : s.mentions) out << m.first << '-' << m.last << ' ' << m.canonical << '\n';
    }
    for (const Fact& f : facts) out << f << '\n';
    return out.str();
}

/// The outcome of each document of `folder`, read in the given order by a fresh extractor.
std::map<std::string, std::string> run(const std::vector<std::string>& paths) {
    Extractor extractor(TRAME_SOURCE_DIR "/ontology");
    std::map<std::string, std::string> outcomes;
    for (const std::string& path : paths) {
        Document doc = extractor.reader().read(path);
        const std::vector<Fact> facts = extractor.process(doc);
        outcomes[path] = outcome(doc, facts);
    }
    return outcomes;
}

/// Processes the texts of `folder` forwards and backwards (each with its own extractor) and
/// checks that every document comes out the same both ways.
void check_order_independence(const std::string& folder) {
    Extractor loader(TRAME_SOURCE_DIR "/ontology", false);
    std::vector<InputError> errors;
    std::vector<std::string> paths = loader.reader().expand({folder}, errors);
    REQUIRE(errors.empty());
    REQUIRE(paths.size() >= 2);
    const auto forwards = run(paths);
    std::vector<std::string> reversed(paths.rbegin(), paths.rend());
    const auto backwards = run(reversed);
    for (const std::string& path : paths) {
        INFO(path);
        CHECK(forwards.at(path) == backwards.at(path));
    }
}

}  // namespace

TEST_CASE("extractor: a document gives the same analysis and facts alone and after the others") {
    check_order_independence(TRAME_SOURCE_DIR "/examples/corpus");
}

// Run by CTest as order:wikinews; skipped when the shared corpus is absent.
TEST_CASE("extractor: order independence on the shared Wikinews corpus", "[.][order-wikinews]") {
    const std::string folder = TRAME_SOURCE_DIR "/../shared/corpus/wikinews-fr";
    if (!std::filesystem::is_directory(folder)) {
        WARN("no " << folder << ": skipped");
        return;
    }
    check_order_independence(folder);
}
