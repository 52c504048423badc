// Tests of the Extractor's own steps on raw text: event mentions, metonyms, institutions'
// countries, and a document's analysis and facts not depending on what was read before.
#include <catch2/catch.hpp>

#include <algorithm>
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

/// The canonical names of the mentions of `doc` whose text is `text`, in text order.
std::vector<std::string> canonicals_of(const Document& doc, const std::string& text) {
    std::vector<std::string> names;
    for (const Sentence& sentence : doc.sentences)
        for (const Mention& m : sentence.mentions)
            if (m.text == text) names.push_back(m.canonical);
    return names;
}

/// "subject canonical | predicate" of each fact of `text` whose subject is an entity.
std::vector<std::string> subjects(const std::string& text) {
    Document doc = PipelineFixture::get().extractor.reader().parse("example.txt", text);
    doc.id = "example";
    std::vector<std::string> out;
    for (const Fact& f : PipelineFixture::get().extractor.extract_document(doc))
        if (f.subject.is_entity())
            out.push_back(doc.sentences[f.subject.mention_sentence].mentions[f.subject.mention].canonical + " | " +
                          f.predicate);
    return out;
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

TEST_CASE("extractor: the authorities, the government and the air force of a country stand for it") {
    CHECK(subjects("Les autorités canadiennes ont condamné l'attaque contre le navire.\n") ==
          std::vector<std::string>{"Canada | criticizes"});
    CHECK(subjects("Le gouvernement mexicain a rejeté la proposition de la Colombie.\n") ==
          std::vector<std::string>{"Mexique | rejects"});
}

TEST_CASE("extractor: a bare army and a governing coalition take the article's country") {
    const Document doc = PipelineFixture::get().prepare(
        "Le Portugal traverse une crise. L'armée a fermé les frontières et deux partis ont quitté la "
        "coalition gouvernementale. L'armée de l'air est restée au sol.\n");
    CHECK(canonicals_of(doc, "armée") == std::vector<std::string>{"armée portugaise"});
    CHECK(canonicals_of(doc, "coalition gouvernementale") == std::vector<std::string>{"coalition gouvernementale portugaise"});
}

TEST_CASE("extractor: an intervention and protests are named events") {
    const Document doc = PipelineFixture::get().prepare(
        "L'intervention française au Mali a duré neuf ans. Des manifestations anti-Bolsonaro ont eu lieu.\n");
    CHECK(event_names(doc) == std::vector<std::string>{"intervention française au Mali", "manifestations anti-Bolsonaro"});
}

TEST_CASE("extractor: a bare event joins the one event of its noun the article names in full") {
    const Document doc = PipelineFixture::get().prepare(
        "Des rassemblements bruyants ont eu lieu samedi à Rennes. Des rassemblements anti-Dupont ont aussi eu "
        "lieu dimanche à Nantes.\n");
    const std::vector<std::string> names = event_names(doc);
    REQUIRE(!names.empty());
    CHECK(std::all_of(names.begin(), names.end(), [](const std::string& n) { return n == "rassemblements anti-Dupont"; }));
    // Two strikes of different dates stay two events, and the bare one joins neither.
    const Document two = PipelineFixture::get().prepare(
        "La grève du 3 mars a eu lieu à Lille. La grève du 10 avril a eu lieu à Lyon. Une grève a eu lieu à Metz.\n");
    const std::vector<std::string> strikes = event_names(two);
    CHECK(std::count(strikes.begin(), strikes.end(), "grève du 3 mars") >= 1);
    CHECK(std::count(strikes.begin(), strikes.end(), "grève du 10 avril") >= 1);
    CHECK(std::count(strikes.begin(), strikes.end(), "grève") == 1);
}

TEST_CASE("extractor: a name with initials is one person of one sentence, and no initial stands alone") {
    const Document doc = PipelineFixture::get().prepare(
        "Le président Harold J. K. Wexford a reçu Mme Aline Perrot. Wexford a salué la Croix-Rouge.\n");
    REQUIRE(doc.sentences.size() == 2);
    std::vector<std::string> people;
    for (const Sentence& sentence : doc.sentences)
        for (const Mention& m : sentence.mentions) {
            CHECK(m.name != "J.");
            CHECK(m.name != "K.");
            CHECK(m.name != "Harold");
            if (m.type == EntityType::Person) people.push_back(m.canonical);
        }
    CHECK(std::count(people.begin(), people.end(), "Harold J. K. Wexford") == 1);
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
