// Tests of rules/ontology and of ontology/trame.ttl itself.
#include <catch2/catch.hpp>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <stdexcept>
#include <string>

#include <unistd.h>

#include "rules/ontology.h"

using namespace trame;
namespace fs = std::filesystem;

namespace {

const std::string kOntologyPath = std::string(TRAME_SOURCE_DIR) + "/ontology/trame.ttl";
const std::string kPredicatesTsv = "/work/shared/spec/predicates.tsv";

/// A file under the system temp folder holding `content`, removed at the end.
struct TempFile {
    fs::path path;
    explicit TempFile(const std::string& content) {
        std::string pattern = (fs::temp_directory_path() / "trame-ontology-XXXXXX").string();
        const int fd = mkstemp(pattern.data());
        if (fd < 0) throw std::runtime_error("mkstemp failed");
        close(fd);
        path = pattern;
        std::ofstream(path) << content;
    }
    ~TempFile() { fs::remove(path); }
};

}  // namespace

TEST_CASE("ontology: trame.ttl parses with serdi") {
    const std::string command = "serdi -q -i turtle -o ntriples '" + kOntologyPath + "' > /dev/null";
    CHECK(std::system(command.c_str()) == 0);
}

TEST_CASE("ontology: loads the core relations") {
    const Ontology ontology = Ontology::load(kOntologyPath);
    CHECK(ontology.core_predicates().size() == 23);
    for (const char* name : {"says", "demands", "meets", "leaderOf", "spokespersonOf", "locatedIn", "borders"})
        CHECK(ontology.has_predicate(name));
    for (const char* name : {"relatedTo", "negated", "modality", "confidence", "extractedBy", "Person", "bombarder", ""})
        CHECK_FALSE(ontology.has_predicate(name));
}

TEST_CASE("ontology: symmetric relations") {
    const Ontology ontology = Ontology::load(kOntologyPath);
    for (const char* name : {"meets", "talksWith", "negotiatesWith", "borders"}) CHECK(ontology.symmetric(name));
    for (const char* name : {"demands", "leaderOf", "visits", "unknown"}) CHECK_FALSE(ontology.symmetric(name));
}

TEST_CASE("ontology: relations whose object may be a phrase") {
    const Ontology ontology = Ontology::load(kOntologyPath);
    const std::set<std::string> phrases{"says",     "wants",    "demands",    "proposes",  "rejects",
                                        "accepts",  "supports", "criticizes", "threatens", "considers"};
    for (const std::string& name : ontology.core_predicates())
        CHECK(ontology.literal_object_allowed(name) == (phrases.count(name) == 1));
    CHECK(ontology.literal_object_allowed("demands"));
    CHECK_FALSE(ontology.literal_object_allowed("leaderOf"));
    CHECK_FALSE(ontology.literal_object_allowed("unknown"));
}

TEST_CASE("ontology: has every predicate of predicates.tsv") {
    std::ifstream tsv(kPredicatesTsv);
    if (!tsv) {
        WARN("skipped: " << kPredicatesTsv << " is absent");
        return;
    }
    std::set<std::string> expected;
    for (std::string line; std::getline(tsv, line);)
        if (!line.empty() && line[0] != '#') expected.insert(line.substr(0, line.find('\t')));
    const Ontology ontology = Ontology::load(kOntologyPath);
    const auto names = ontology.core_predicates();
    CHECK(std::set<std::string>(names.begin(), names.end()) == expected);
}

TEST_CASE("ontology: a missing file is an error naming it") {
    CHECK_THROWS_WITH(Ontology::load("/nonexistent/trame.ttl"), Catch::Contains("/nonexistent/trame.ttl"));
}

TEST_CASE("ontology: a syntax error names the file, line and column") {
    const TempFile file("@prefix trame: <https://w3id.org/trame/ontology#> .\ntrame:x a <bad iri> .\n");
    CHECK_THROWS_WITH(Ontology::load(file.path.string()), Catch::Contains(file.path.string() + ":2:"));
}

TEST_CASE("ontology: a file without core relations is rejected") {
    const TempFile file("@prefix owl: <http://www.w3.org/2002/07/owl#> .\n<https://exemple.fr/o> a owl:Ontology .\n");
    CHECK_THROWS_WITH(Ontology::load(file.path.string()), Catch::Contains("no core relation"));
}
