// Tests of a sharded run: map, reconcile over parts in any order, finalize.
#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>

#include "pipeline/part_file.h"
#include "pipeline/scale_out.h"
#include "tests/temp_dir.h"

using namespace trame;
using trame::testing::TempDir;

namespace {

/// Keeps what a run tells.
struct Notes : Observer {
    std::vector<std::string> messages;
    void message(const std::string& text) override { messages.push_back(text); }
    void verbose(const std::string&) override {}
    bool is_verbose() const override { return false; }
    void progress(const RunCounts&) override {}
};

Mention person(const std::string& name, std::size_t first) {
    Mention m;
    m.first = first;
    m.last = first + 2;
    m.text = m.name = m.canonical = name;
    m.type = EntityType::Person;
    return m;
}

/// A document of one sentence in which the first person meets the second.
std::pair<Document, std::vector<Fact>> meeting(const std::string& id, const std::string& a, const std::string& b) {
    Document doc;
    doc.id = id;
    doc.name = "https://exemple.fr/" + id;
    doc.text = a + " a rencontré " + b + ".";
    Sentence s;
    s.text = doc.text;
    s.end = doc.text.size();
    s.mentions = {person(a, 0), person(b, 4)};
    doc.sentences = {s};
    Fact f;
    f.subject.mention = 0;
    f.subject.text = a;
    f.object.mention = 1;
    f.object.text = b;
    f.predicate = "meets";
    f.rule = "rencontrer";
    return {doc, {f}};
}

std::string write_part(TempDir& dir, const std::string& name, const std::vector<std::pair<Document, std::vector<Fact>>>& docs) {
    std::ostringstream out;
    for (const auto& [doc, facts] : docs) out << part_record(doc, facts);
    return dir.write(name, out.str());
}

std::string slurp(const std::filesystem::path& path) {
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

}  // namespace

TEST_CASE("scale_out: reconcile gives the same entities whatever the split and the order of the parts") {
    TempDir dir("trame-scale");
    const auto one = meeting("un", "Claire Martin", "Paul Girard");
    const auto two = meeting("deux", "Paul Girard", "Luc Martin");
    const auto three = meeting("trois", "Claire Martin", "Luc Martin");
    const std::string all = write_part(dir, "all.jsonl", {one, two, three});
    const std::string a = write_part(dir, "a.jsonl", {three});
    const std::string b = write_part(dir, "b.jsonl", {two, one});
    Notes notes;
    ReconcileJob job;
    job.parts = {all};
    job.entities_output = (dir.path / "e1.nq").string();
    job.table_output = (dir.path / "t1.tsv").string();
    CHECK(reconcile_parts(job, notes) == 3);
    job.parts = {b, a};
    job.entities_output = (dir.path / "e2.nq").string();
    job.table_output = (dir.path / "t2.tsv").string();
    job.registry_output = (dir.path / "r2.jsonl").string();
    CHECK(reconcile_parts(job, notes) == 3);
    CHECK(slurp(dir.path / "t1.tsv") == slurp(dir.path / "t2.tsv"));
    CHECK(slurp(dir.path / "e1.nq") == slurp(dir.path / "e2.nq"));
    CHECK(slurp(dir.path / "t1.tsv").rfind("deux\t0\t0\tpaul-girard\n", 0) == 0);  // by document id

    // finalize: the part's facts point to the entities
    FinalizeJob finalize;
    finalize.part = a;
    finalize.table = (dir.path / "t2.tsv").string();
    finalize.output = (dir.path / "a.nq").string();
    CHECK(finalize_part(finalize) > 0);
    const std::string quads = slurp(dir.path / "a.nq");
    CHECK(quads.find("/entity/claire-martin> <https://w3id.org/trame/ontology#meets> <https://w3id.org/trame/id/entity/luc-martin>") !=
          std::string::npos);
    CHECK(quads.find("\"https://exemple.fr/trois\"") != std::string::npos);

    // a part the table does not cover
    const std::string other = write_part(dir, "other.jsonl", {meeting("quatre", "Anne Roux", "Paul Girard")});
    finalize.part = other;
    finalize.output = (dir.path / "other.nq").string();
    CHECK_THROWS_WITH(finalize_part(finalize), Catch::Contains("no entity for mention 0 of sentence 0 of document quatre"));
    CHECK(!std::filesystem::exists(dir.path / "other.nq"));

    // day 2 against day 1's registry: the known ids stay, a new namesake gets another
    job.parts = {other};
    job.registry = (dir.path / "r2.jsonl").string();
    job.registry_output = (dir.path / "r3.jsonl").string();
    job.table_output = (dir.path / "t3.tsv").string();
    job.entities_output = (dir.path / "e3.nq").string();
    CHECK(reconcile_parts(job, notes) == 4);
    CHECK(slurp(dir.path / "t3.tsv") == "quatre\t0\t0\tanne-roux\nquatre\t0\t1\tpaul-girard\n");
    CHECK(slurp(dir.path / "r3.jsonl").find("\"id\":\"luc-martin\"") != std::string::npos);
}

TEST_CASE("scale_out: a document in two parts, or a bad registry, is refused by name") {
    TempDir dir("trame-scale");
    const std::string a = write_part(dir, "a.jsonl", {meeting("un", "Claire Martin", "Paul Girard")});
    const std::string b = write_part(dir, "b.jsonl", {meeting("un", "Claire Martin", "Paul Girard")});
    Notes notes;
    ReconcileJob job;
    job.parts = {a, b};
    job.entities_output = (dir.path / "e.nq").string();
    job.table_output = (dir.path / "t.tsv").string();
    CHECK_THROWS_WITH(reconcile_parts(job, notes), Catch::Contains("document un is in") && Catch::Contains("a.jsonl"));
    job.parts = {a};
    job.registry = dir.write("r.jsonl", "{\"id\": \"x\"}\n");
    CHECK_THROWS_WITH(reconcile_parts(job, notes), Catch::Contains("r.jsonl:1: not a registry entry"));
    CHECK(!std::filesystem::exists(dir.path / "t.tsv"));
}

TEST_CASE("scale_out: map reads JSON Lines records, skips bad ones by line, and names documents by id or hash") {
    TempDir dir("trame-scale");
    const std::string records = dir.write("feed.jsonl",
                                          "{\"id\": \"Dépêche 12\", \"url\": \"https://exemple.fr/12\", \"date\": \"2025-04-01\", "
                                          "\"text\": \"Le maire de Lyon a rencontré le préfet.\"}\n"
                                          "{\"url\": \"https://exemple.fr/13\"}\n"
                                          "pas du JSON\n"
                                          "{\"text\": \"La ministre a visité une école à Lille.\"}\n"
                                          "{\"id\": \"Dépêche 12\", \"text\": \"Une autre dépêche.\"}\n");
    Notes notes;
    MapJob job;
    job.data_dir = TRAME_SOURCE_DIR "/ontology";
    job.inputs = {records};
    job.output = (dir.path / "part.jsonl").string();
    const RunTotals totals = map_documents(job, notes);
    CHECK(totals.documents == 2);
    CHECK(totals.failed == 3);
    REQUIRE(notes.messages.size() == 3);
    CHECK(notes.messages[2].find("feed.jsonl:5: skipped (id depeche-12 given twice)") != std::string::npos);
    CHECK(notes.messages[0].find("feed.jsonl:2: skipped (no \"text\")") != std::string::npos);
    CHECK(notes.messages[1].find("feed.jsonl:3: skipped") != std::string::npos);
    std::ifstream in(job.output);
    PartReader reader(in, job.output);
    PartRecord record;
    REQUIRE(reader.next(record));
    CHECK(record.doc.id == "depeche-12");
    CHECK(record.doc.name == "https://exemple.fr/12");
    CHECK(record.doc.identifier == std::optional<std::string>("Dépêche 12"));
    CHECK(record.doc.date == std::optional<std::string>("2025-04-01"));
    CHECK(!record.doc.sentences.empty());
    REQUIRE(reader.next(record));
    CHECK(record.doc.id.rfind("sha256-", 0) == 0);
    CHECK(record.doc.name == "sha256:" + record.doc.id.substr(7));
    CHECK(!reader.next(record));
}

TEST_CASE("scale_out: a day that joins two registered entities keeps the older IRI and retires the other") {
    TempDir dir("trame-scale");
    // Day 1 registered two persons, in this order (the registry's line order is the minting order).
    const std::string day1 = dir.write("r1.jsonl",
        "{\"id\":\"elise-bardet\",\"label\":\"Élise Bardet\",\"alt_labels\":[],\"type\":\"Person\",\"wikidata\":\"\"}\n"
        "{\"id\":\"elise-vautrin\",\"label\":\"Élise Vautrin\",\"alt_labels\":[\"Mme Vautrin\"],\"type\":\"Person\",\"wikidata\":\"\"}\n");
    // Day 2: both names carry one Wikidata id (no fact relates them).
    Document doc;
    doc.id = "jour2";
    doc.name = "https://exemple.fr/jour2";
    doc.text = "Élise Bardet, née Élise Vautrin, signe.";
    Sentence s;
    s.text = doc.text;
    s.end = doc.text.size();
    s.mentions = {person("Élise Bardet", 0), person("Élise Vautrin", 3)};
    s.mentions[0].wikidata = s.mentions[1].wikidata = "Q99001";
    doc.sentences = {s};
    Notes notes;
    ReconcileJob job;
    job.parts = {write_part(dir, "d2.jsonl", {{doc, {}}})};
    job.registry = day1;
    job.registry_output = (dir.path / "r2.jsonl").string();
    job.entities_output = (dir.path / "e2.nt").string();
    job.table_output = (dir.path / "t2.tsv").string();
    job.format = RdfFormat::NTriples;
    CHECK(reconcile_parts(job, notes) == 1);
    CHECK(slurp(dir.path / "t2.tsv") == "jour2\t0\t0\telise-bardet\njour2\t0\t1\telise-bardet\n");
    const std::string triples = slurp(dir.path / "e2.nt");
    CHECK(triples.find("<https://w3id.org/trame/id/entity/elise-vautrin> <http://www.w3.org/2002/07/owl#sameAs> "
                       "<https://w3id.org/trame/id/entity/elise-bardet>") != std::string::npos);
    const std::string registry = slurp(dir.path / "r2.jsonl");
    CHECK(registry.find("\"retired\":[\"elise-vautrin\"]") != std::string::npos);
    CHECK(registry.find("\"id\":\"elise-vautrin\"") == std::string::npos);

    // Day 3: the retired name comes back alone; it is the kept entity, and its id is not minted again.
    job.parts = {write_part(dir, "d3.jsonl", {meeting("jour3", "Élise Vautrin", "Hugo Ferrand")})};
    job.registry = job.registry_output;
    job.registry_output = (dir.path / "r3.jsonl").string();
    job.entities_output = (dir.path / "e3.nt").string();
    job.table_output = (dir.path / "t3.tsv").string();
    CHECK(reconcile_parts(job, notes) == 2);
    CHECK(slurp(dir.path / "t3.tsv") == "jour3\t0\t0\telise-bardet\njour3\t0\t1\thugo-ferrand\n");
    const std::string day3 = slurp(dir.path / "r3.jsonl");
    CHECK(day3.rfind("{\"alt_labels\"", 0) == 0);
    CHECK(day3.find("\"retired\":[\"elise-vautrin\"]") != std::string::npos);
    CHECK(day3.find("elise-bardet") < day3.find("hugo-ferrand"));  // the older line first
}
