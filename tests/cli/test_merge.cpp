// End-to-end tests of `trame extract --into` (extending a graph with new articles) and
// `--with-ontology`: the built binary run on two small articles, its outputs re-parsed with serdi.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <regex>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "graph/graph_reconciler.h"
#include "tests/cli_runner.h"
#include "tests/temp_dir.h"

using trame::testing::run;
using trame::testing::run_trame;
using trame::testing::RunResult;
using trame::testing::read_file;
using trame::testing::TempDir;
using Catch::Matchers::Contains;
namespace fs = std::filesystem;

namespace {

const std::string kEntity = "https://w3id.org/trame/id/entity/";
const std::string kDoc = "https://w3id.org/trame/id/doc/";
const std::string kRdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
const std::string kRdfs = "http://www.w3.org/2000/01/rdf-schema#";
const std::string kSkos = "http://www.w3.org/2004/02/skos/core#";
const std::string kOwl = "http://www.w3.org/2002/07/owl#";

// Two articles that name the same person (Emmanuel Macron, "M. Macron") and country (France).
const std::string kArticleA =
    "Le président français Emmanuel Macron a rencontré mardi le chancelier allemand Olaf Scholz à Berlin.\n"
    "Emmanuel Macron a annoncé que la France soutenait l'Ukraine.\n";
const std::string kArticleB =
    "Le président français Emmanuel Macron a rencontré jeudi le Premier ministre britannique Keir Starmer à "
    "Londres.\n"
    "Selon M. Macron, la France enverra une aide humanitaire à l'Ukraine.\n";

/// serdi's name of the syntax of `path`, from its extension.
std::string syntax_of(const std::string& path) {
    const std::string extension = fs::path(path).extension().string();
    if (extension == ".trig") return "trig";
    if (extension == ".nt") return "ntriples";
    if (extension == ".nq") return "nquads";
    return "turtle";
}

/// The lines of `path` parsed by serdi and written as N-Quads (N-Triples for a file without
/// graphs), in order, duplicates kept. Fails the test when serdi does not accept the file.
std::vector<std::string> nquads(const std::string& path) {
    const RunResult r = run({"serdi", "-i", syntax_of(path), "-o", "nquads", path});
    INFO(r.err);
    REQUIRE(r.status == 0);
    std::vector<std::string> lines;
    std::istringstream in(r.out);
    for (std::string line; std::getline(in, line);)
        if (!line.empty()) lines.push_back(line);
    return lines;
}

std::set<std::string> as_set(const std::vector<std::string>& lines) { return {lines.begin(), lines.end()}; }

std::size_t count_matching(const std::vector<std::string>& lines, const std::string& pattern) {
    const std::regex re(pattern);
    std::size_t n = 0;
    for (const std::string& line : lines) n += std::regex_search(line, re);
    return n;
}

std::string iri(const std::string& value) { return "<" + value + ">"; }

/// Escapes the regex metacharacters of `text`.
std::string quote(const std::string& text) { return std::regex_replace(text, std::regex(R"([.^$|()\[\]{}*+?\\])"), R"(\$&)"); }

/// Extracts article A into `graph`, then adds article B with --into; both must succeed.
void extract_then_merge(const TempDir& dir, const std::string& graph, const std::vector<std::string>& extra = {}) {
    const std::string a = dir.write("a.txt", kArticleA);
    const std::string b = dir.write("b.txt", kArticleB);
    std::vector<std::string> first = {"extract", "-q", "-f", syntax_of(graph), "-o", graph, a};
    first.insert(first.end(), extra.begin(), extra.end());
    const RunResult r1 = run_trame(first);
    INFO(r1.err);
    REQUIRE(r1.status == 0);
    std::vector<std::string> second = {"extract", "-q", "--into", graph, b};
    second.insert(second.end(), extra.begin(), extra.end());
    const RunResult r2 = run_trame(second);
    INFO(r2.err);
    REQUIRE(r2.status == 0);
}

/// A document of one sentence holding mentions of `names` (canonical = name = text).
trame::Document document(const std::string& id, const std::vector<std::pair<std::string, trame::EntityType>>& names,
                         const std::string& wikidata = "") {
    trame::Sentence sentence;
    for (const auto& [name, type] : names) {
        trame::Mention mention;
        mention.first = sentence.mentions.size();
        mention.last = mention.first + 1;
        mention.text = mention.name = mention.canonical = name;
        mention.type = type;
        mention.wikidata = wikidata;
        sentence.mentions.push_back(mention);
    }
    trame::Document doc;
    doc.id = id;
    doc.name = id + ".txt";
    doc.sentences.push_back(sentence);
    return doc;
}

trame::Entity known(const std::string& id, const std::string& label, trame::EntityType type,
                    std::set<std::string> alt = {}, const std::string& wikidata = "") {
    trame::Entity entity;
    entity.id = id;
    entity.label = label;
    entity.type = type;
    entity.alt_labels = std::move(alt);
    entity.wikidata = wikidata;
    return entity;
}

const trame::Entity& entity_named(const std::vector<trame::Entity>& entities, const std::string& id) {
    for (const trame::Entity& entity : entities)
        if (entity.id == id) return entity;
    throw std::runtime_error("no entity " + id);
}

}  // namespace

TEST_CASE("merge: a known entity keeps its id, label and type, and gains the new names") {
    using trame::EntityType;
    trame::GraphReconciler registry;
    registry.add_known(known("vladimir-poutine", "Vladimir Poutine", EntityType::Person, {"M. Poutine", "Poutine"}));
    registry.add_known(known("russie", "Russie", EntityType::Country, {"russe"}, "Q159"));
    const trame::Document lone = document("b", {{"Poutine", EntityType::Person}});
    const trame::Document full = document("c", {{"Vladimir Poutine", EntityType::Person}});
    const trame::Document country = document("d", {{"Fédération de Russie", EntityType::Country}}, "Q159");
    const std::size_t h1 = registry.add(lone, lone.sentences[0], 0);
    const std::size_t h2 = registry.add(full, full.sentences[0], 0);
    const std::size_t h3 = registry.add(country, country.sentences[0], 0);
    registry.reconcile();
    CHECK(registry.entity_of(h1) == "vladimir-poutine");  // "M. Poutine" is no full name: "Poutine" has one bearer
    CHECK(registry.entity_of(h2) == "vladimir-poutine");
    CHECK(registry.entity_of(h3) == "russie");
    const std::vector<trame::Entity> entities = registry.entities();
    REQUIRE(entities.size() == 2);
    const trame::Entity& russia = entity_named(entities, "russie");
    CHECK(russia.label == "Russie");
    CHECK(russia.type == EntityType::Country);
    CHECK(russia.wikidata == "Q159");
    CHECK(russia.alt_labels == std::set<std::string>{"Fédération de Russie", "russe"});
    CHECK(entity_named(entities, "vladimir-poutine").alt_labels == std::set<std::string>{"M. Poutine", "Poutine"});
}

TEST_CASE("merge: known entities never merge, and new ids avoid the known ones") {
    using trame::EntityType;
    trame::GraphReconciler registry;
    registry.add_known(known("jean-dupont", "Jean Dupont", EntityType::Person));
    registry.add_known(known("jean-dupont-2", "Jean Dupont", EntityType::Person));
    registry.add_known(known("marie-curie", "Marie Curie", EntityType::Place));
    CHECK_THROWS(registry.add_known(known("marie-curie", "Marie", EntityType::Place)));
    CHECK_THROWS(registry.add_known(known("", "Marie", EntityType::Place)));
    const trame::Document doc =
        document("a", {{"Jean Dupont", EntityType::Person}, {"Marie Curie", EntityType::Person}});
    const std::size_t jean = registry.add(doc, doc.sentences[0], 0);
    const std::size_t marie = registry.add(doc, doc.sentences[0], 1);
    registry.reconcile();
    const std::vector<trame::Entity> entities = registry.entities();
    REQUIRE(entities.size() == 4);
    CHECK(entities[0].id == "jean-dupont");
    CHECK(entities[1].id == "jean-dupont-2");
    CHECK(entities[2].id == "marie-curie");
    CHECK(entities[3].id == "marie-curie-2");
    CHECK(registry.entity_of(jean).rfind("jean-dupont", 0) == 0);
    CHECK(registry.entity_of(marie) == "marie-curie-2");  // a person is not the known place
    CHECK(entity_named(entities, "marie-curie").type == EntityType::Place);
}

TEST_CASE("merge: --into keeps the graph's IRIs and statements and adds the new article's") {
    TempDir dir("trame-merge");
    const std::string graph = dir / "g.ttl";
    const std::string a = dir.write("a.txt", kArticleA);
    REQUIRE(run_trame({"extract", "-q", "-o", graph, a}).status == 0);
    const std::vector<std::string> before = nquads(graph);
    const std::string macron = iri(kEntity + "emmanuel-macron");
    const std::string france = iri(kEntity + "france");
    REQUIRE(count_matching(before, "^" + quote(macron) + " " + quote(iri(kRdfs + "label"))) == 1);
    REQUIRE(count_matching(before, "^" + quote(france) + " " + quote(iri(kRdf + "type"))) == 1);

    const std::string b = dir.write("b.txt", kArticleB);
    const RunResult r = run_trame({"extract", "--into", graph, b});
    INFO(r.err);
    REQUIRE(r.status == 0);
    CHECK_THAT(r.err, Contains("-> " + graph));
    const std::vector<std::string> after = nquads(graph);

    // Every statement of A is still there, with the same IRIs.
    const std::set<std::string> merged = as_set(after);
    for (const std::string& line : before) {
        INFO(line);
        CHECK(merged.count(line) == 1);
    }
    // No triple twice.
    CHECK(merged.size() == after.size());
    // B's facts are added, about the same person and country nodes.
    const std::string b_fact = quote("<" + kDoc + "b/fact/") + "[0-9]+> ";
    CHECK(count_matching(after, "^" + b_fact + quote(iri(kRdf + "type") + " " + iri(kRdf + "Statement"))) >= 2);
    CHECK(count_matching(after, "^" + b_fact + quote(iri(kRdf + "subject") + " " + macron)) >= 1);
    CHECK(count_matching(after, "^" + b_fact + quote(iri(kRdf + "object") + " " + france)) >= 1);
    CHECK(count_matching(after, "^" + quote(iri(kDoc + "b")) + " " + quote(iri(kRdf + "type"))) == 1);
    // The person is one node: one label, one type, no second IRI; B's "M. Macron" is an altLabel.
    CHECK(count_matching(after, "^" + quote(macron) + " " + quote(iri(kRdfs + "label"))) == 1);
    CHECK(count_matching(after, "^" + quote(macron) + " " + quote(iri(kRdf + "type"))) == 1);
    CHECK(count_matching(after, quote("<" + kEntity + "emmanuel-macron-")) == 0);
    CHECK(count_matching(after, "^" + quote(macron + " " + iri(kSkos + "altLabel") + " \"M. Macron\"@fr")) == 1);
    CHECK(count_matching(after, "^" + quote(france) + " " + quote(iri(kRdfs + "label"))) == 1);
    CHECK(count_matching(after, quote("<" + kEntity + "france-")) == 0);
    // A new entity of B gets its own IRI.
    CHECK(count_matching(after, "^" + quote(iri(kEntity + "keir-starmer") + " " + iri(kRdfs + "label"))) == 1);
}

TEST_CASE("merge: running --into again with the same article adds nothing") {
    TempDir dir("trame-merge");
    for (const std::string name : {"g.ttl", "g.trig", "g.nt", "g.nq"}) {
        INFO(name);
        const std::string graph = dir / name;
        extract_then_merge(dir, graph);
        const std::string once = read_file(graph);
        const RunResult again = run_trame({"extract", "--into", graph, dir / "b.txt", dir / "a.txt"});
        INFO(again.err);
        CHECK(again.status == 0);
        CHECK_THAT(again.err, Contains("b.txt: already in " + graph));
        CHECK_THAT(again.err, Contains("a.txt: already in " + graph));
        CHECK(read_file(graph) == once);
        const std::vector<std::string> lines = nquads(graph);
        CHECK(as_set(lines).size() == lines.size());
    }
}

TEST_CASE("merge: -o writes the merged graph elsewhere, leaving the graph as it was") {
    TempDir dir("trame-merge");
    const std::string graph = dir / "g.ttl";
    REQUIRE(run_trame({"extract", "-q", "-o", graph, dir.write("a.txt", kArticleA)}).status == 0);
    const std::string original = read_file(graph);
    const RunResult r = run_trame({"extract", "-q", "--into", graph, "-o", dir / "merged.nt", dir.write("b.txt", kArticleB)});
    INFO(r.err);
    REQUIRE(r.status == 0);
    CHECK(read_file(graph) == original);
    // The format comes from the output's extension.
    CHECK(run({"serdi", "-i", "ntriples", "-o", "ntriples", dir / "merged.nt"}).status == 0);
    const std::set<std::string> merged = as_set(nquads(dir / "merged.nt"));
    for (const std::string& line : nquads(graph)) CHECK(merged.count(line) == 1);
}

TEST_CASE("merge: a missing or invalid graph is an error naming it, and is left as it was") {
    TempDir dir("trame-merge");
    const std::string b = dir.write("b.txt", kArticleB);
    const RunResult missing = run_trame({"extract", "-q", "--into", dir / "none.ttl", b});
    CHECK(missing.status == 1);
    CHECK_THAT(missing.err, Contains(dir / "none.ttl"));
    CHECK_FALSE(fs::exists(dir / "none.ttl"));

    const std::string bad = dir.write("bad.ttl", "@prefix ex: <http://example.org/> .\nex:a ex:b \"open .\n");
    const RunResult invalid = run_trame({"extract", "-q", "--into", bad, b});
    CHECK(invalid.status == 1);
    CHECK_THAT(invalid.err, Contains("bad.ttl:2:"));
    CHECK(read_file(bad) == "@prefix ex: <http://example.org/> .\nex:a ex:b \"open .\n");
    CHECK(std::distance(fs::directory_iterator(dir.path), fs::directory_iterator()) == 2);  // no temporary left
}

TEST_CASE("merge: the graph's base is kept, and --base must match it") {
    TempDir dir("trame-merge");
    const std::string graph = dir / "g.ttl";
    REQUIRE(run_trame({"extract", "-q", "--base", "https://example.org/kg/", "-o", graph, dir.write("a.txt", kArticleA)})
                .status == 0);
    const std::string b = dir.write("b.txt", kArticleB);
    const RunResult other = run_trame({"extract", "-q", "--into", graph, "--base", "https://example.org/other/", b});
    CHECK(other.status == 1);
    CHECK_THAT(other.err, Contains("https://example.org/kg/"));
    const RunResult r = run_trame({"extract", "-q", "--into", graph, b});
    INFO(r.err);
    REQUIRE(r.status == 0);
    const std::vector<std::string> lines = nquads(graph);
    CHECK(count_matching(lines, quote("https://w3id.org/trame/id/")) == 0);
    CHECK(count_matching(lines, "^" + quote("<https://example.org/kg/entity/keir-starmer>")) >= 1);
    CHECK(count_matching(lines, "^" + quote("<https://example.org/kg/entity/emmanuel-macron> " + iri(kRdfs + "label"))) == 1);
}

TEST_CASE("merge: --with-ontology puts the ontology in the output, once") {
    const std::string declaration = iri("https://w3id.org/trame/ontology") + " " + iri(kRdf + "type") + " " +
                                    iri(kOwl + "Ontology") + " .";
    TempDir dir("trame-merge");
    const std::string a = dir.write("a.txt", kArticleA);
    for (const std::string name : {"o.ttl", "o.trig", "o.nt", "o.nq"}) {
        INFO(name);
        const RunResult r = run_trame({"extract", "-q", "--with-ontology", "-f", syntax_of(name), "-o", dir / name, a});
        INFO(r.err);
        REQUIRE(r.status == 0);
        const std::vector<std::string> lines = nquads(dir / name);  // parses
        CHECK(as_set(lines).count(declaration) == 1);  // in the default graph in TriG and N-Quads
        CHECK(count_matching(lines, quote(iri("https://w3id.org/trame/ontology#Person") + " " + iri(kRdf + "type"))) == 1);
        CHECK(count_matching(lines, "^_:") > 0);  // its blank nodes (class unions) are kept
        // Deterministic.
        const std::string first = read_file(dir / name);
        REQUIRE(run_trame({"extract", "-q", "--with-ontology", "-f", syntax_of(name), "-o", dir / name, a}).status == 0);
        CHECK(read_file(dir / name) == first);
    }
    // Merging into a graph that holds the ontology does not write it again.
    const std::string graph = dir / "g.ttl";
    extract_then_merge(dir, graph, {"--with-ontology"});
    const std::vector<std::string> lines = nquads(graph);
    CHECK(as_set(lines).count(declaration) == 1);
    CHECK(as_set(lines).size() == lines.size());
    const std::size_t blanks = count_matching(lines, "^_:");
    const std::size_t ontology_blanks = count_matching(nquads(dir / "o.ttl"), "^_:");
    CHECK(blanks == ontology_blanks);
}

TEST_CASE("merge: an article is known by its text, never by its file name") {
    TempDir dir("trame-merge");
    TempDir other("trame-merge");
    const std::string graph = dir / "g.ttl";
    REQUIRE(run_trame({"extract", "-q", "-o", graph, dir.write("001.txt", kArticleA)}).status == 0);

    SECTION("a different article with the same file name is added") {
        const RunResult r = run_trame({"extract", "--into", graph, other.write("001.txt", kArticleB)});
        INFO(r.err);
        REQUIRE(r.status == 0);
        CHECK_THAT(r.err, Contains("trame: 1 document,") && !Contains("already in"));
        const std::vector<std::string> lines = nquads(graph);
        // Two documents: the first keeps its IRI, the new one gets another.
        CHECK(count_matching(lines, quote(iri(kRdf + "type") + " <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#Context>")) == 2);
        CHECK(count_matching(lines, "^" + quote(iri(kDoc + "001")) + " ") > 0);
        CHECK(count_matching(lines, "^" + quote(iri(kDoc + "001-2")) + " ") > 0);
        CHECK(count_matching(lines, quote(iri(kEntity + "keir-starmer"))) > 0);
    }
    SECTION("the same text under another name is skipped") {
        const std::string before = read_file(graph);
        const RunResult r = run_trame({"extract", "--into", graph, other.write("renamed.txt", kArticleA)});
        INFO(r.err);
        CHECK(r.status == 0);
        CHECK_THAT(r.err, Contains("renamed.txt: already in " + graph + " (same text), skipped"));
        CHECK(read_file(graph) == before);
    }
    SECTION("a second article read from standard input is added, the same one again is skipped") {
        const RunResult first = run_trame({"extract", "-q", "--into", graph, "-"}, kArticleB);
        INFO(first.err);
        REQUIRE(first.status == 0);
        CHECK(count_matching(nquads(graph), quote(iri(kEntity + "keir-starmer"))) > 0);
        const std::string after = read_file(graph);
        const RunResult again = run_trame({"extract", "--into", graph, "-"}, kArticleB);
        CHECK(again.status == 0);
        CHECK_THAT(again.err, Contains("standard input: already in " + graph + " (same text), skipped"));
        CHECK(read_file(graph) == after);
    }
}

TEST_CASE("merge: --id records the identifier, and a document of the graph with it is the same article") {
    TempDir dir("trame-merge");
    const std::string graph = dir / "g.ttl";
    const RunResult first = run_trame({"extract", "-q", "--id=dépêche-17", "-o", graph, "-"}, kArticleA);
    INFO(first.err);
    REQUIRE(first.status == 0);
    CHECK(count_matching(nquads(graph), quote(" <http://purl.org/dc/terms/identifier> \"dépêche-17\" .")) == 1);
    const std::string before = read_file(graph);

    // A corrected version of the article, under the same identifier: already there.
    const RunResult same_id = run_trame({"extract", "--into", graph, "--id", "dépêche-17", "-"}, kArticleA + "Correction.\n");
    CHECK(same_id.status == 0);
    CHECK_THAT(same_id.err, Contains("already in " + graph + " (identifier dépêche-17), skipped"));
    CHECK(read_file(graph) == before);

    // Another identifier and another text: added.
    const RunResult other = run_trame({"extract", "-q", "--into", graph, "--id", "dépêche-18", "-"}, kArticleB);
    CHECK(other.status == 0);
    CHECK(count_matching(nquads(graph), quote(" <http://purl.org/dc/terms/identifier> \"dépêche-18\" .")) == 1);
}

TEST_CASE("merge: every document records the SHA-256 of its text") {
    TempDir dir("trame-merge");
    const std::string graph = dir / "g.nt";
    REQUIRE(run_trame({"extract", "-q", "-f", "ntriples", "-o", graph, dir.write("a.txt", kArticleA)}).status == 0);
    const RunResult sum = run({"sha256sum", dir / "a.txt"});  // the text is NFC already, as read
    REQUIRE(sum.status == 0);
    const std::string hash = sum.out.substr(0, 64);
    CHECK(count_matching(nquads(graph), quote(iri(kDoc + "a") + " <https://w3id.org/trame/ontology#contentHash> \"" +
                                              hash + "\" .")) == 1);
}

TEST_CASE("merge: two articles read from standard input one after the other are both in the graph") {
    TempDir dir("trame-merge");
    const std::string graph = dir / "g.ttl";
    REQUIRE(run_trame({"extract", "-q", "-o", graph, "-"}, kArticleA).status == 0);
    const RunResult second = run_trame({"extract", "--into", graph, "-"}, kArticleB);
    INFO(second.err);
    REQUIRE(second.status == 0);
    CHECK_THAT(second.err, Contains("trame: 1 document,") && !Contains("already in"));
    const std::vector<std::string> lines = nquads(graph);
    CHECK(count_matching(lines, "^" + quote(iri(kDoc + "stdin")) + " " + quote(iri(kRdf + "type"))) == 1);
    CHECK(count_matching(lines, "^" + quote(iri(kDoc + "stdin-2")) + " " + quote(iri(kRdf + "type"))) == 1);
    CHECK(count_matching(lines, quote(iri(kEntity + "olaf-scholz"))) > 0);
    CHECK(count_matching(lines, quote(iri(kEntity + "keir-starmer"))) > 0);
}
