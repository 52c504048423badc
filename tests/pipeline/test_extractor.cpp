// Tests of the Extractor's own steps on raw text: event mentions, institutions' countries, and a
// document's analysis and facts not depending on what was read before.
#include <catch2/catch.hpp>

#include <filesystem>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "tests/pipeline_fixture.h"

using namespace trame;
using trame::testing::PipelineFixture;

namespace {

/// The canonical names of the Event mentions of `doc`, in text order.
std::vector<std::string> event_names(const Document& doc) {
    std::vector<std::string> names;
    for (const Sentence& sentence : doc.sentences)
        for (const Mention& m : sentence.mentions)
            if (m.type == EntityType::Event) names.push_back(m.canonical);
    return names;
}

/// Everything a document's processing leaves that later stages read: each token's analysis and
/// tree arc, the mentions, and the facts.
std::string outcome(const Document& doc, const std::vector<Fact>& facts) {
    std::ostringstream out;
    for (const Sentence& s : doc.sentences) {
        for (const Token& t : s.tokens) out << t << '/' << t.head << '/' << t.deprel << '/' << t.begin << ' ';
        out << '\n';
        for (const Mention& m : s.mentions) out << m.first << '-' << m.last << ' ' << m.canonical << '\n';
    }
    for (const Fact& f : facts) out << f << '\n';
    return out.str();
}

/// The outcome of each document of `paths`, read in that order by the one extractor.
std::map<std::string, std::string> run(const std::vector<std::string>& paths) {
    Extractor& extractor = PipelineFixture::get().extractor;
    std::map<std::string, std::string> outcomes;
    for (const std::string& path : paths) {
        Document doc = extractor.reader().read(path);
        const std::vector<Fact> facts = extractor.extract_document(doc);
        outcomes[path] = outcome(doc, facts);
    }
    return outcomes;
}

/// Processes the texts of `folder` forwards, then backwards, and checks that every document comes
/// out the same both ways (first read once, after all the others the other time).
void check_order_independence(const std::string& folder) {
    std::vector<InputError> errors;
    const std::vector<std::string> paths = PipelineFixture::get().extractor.reader().expand({folder}, errors);
    REQUIRE(errors.empty());
    REQUIRE(paths.size() >= 2);
    const auto forwards = run(paths);
    const auto backwards = run(std::vector<std::string>(paths.rbegin(), paths.rend()));
    for (const std::string& path : paths) {
        INFO(path);
        CHECK(forwards.at(path) == backwards.at(path));
    }
}

}  // namespace

TEST_CASE("extractor: the phrases that name one war are one event name") {
    const Document doc = PipelineFixture::get().prepare(
        "La Pologne condamne l'offensive russe en Ukraine. Le Chili dénonce le conflit en Ukraine.\n");
    CHECK(event_names(doc) == std::vector<std::string>{"guerre en Ukraine", "guerre en Ukraine"});
}

TEST_CASE("extractor: a Senate named without its country takes the article's country") {
    const Document doc = PipelineFixture::get().prepare(
        "Le Pérou a voté. Le Sénat a adopté la réforme du Pérou mardi.\n");
    bool found = false;
    for (const Sentence& sentence : doc.sentences)
        for (const Mention& m : sentence.mentions)
            if (m.text == "Sénat") {
                found = true;
                CHECK(m.canonical == "Sénat péruvien");
            }
    CHECK(found);
}

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
