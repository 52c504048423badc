// Tests of rdf/jsonld_reader: what RdfWriter writes as JSON-LD reads back as the quads it
// writes as N-Quads; hand-written JSON-LD of the same kind reads; the rest is refused by name.
#include <catch2/catch.hpp>

#include <algorithm>
#include <stdexcept>
#include <string>
#include <vector>

#include "rdf/jsonld_reader.h"
#include "rdf/rdf_reader.h"
#include "output/rdf_writer.h"
#include "rdf/vocabulary.h"
#include "tests/temp_dir.h"

using namespace trame;
using trame::testing::TempDir;

namespace {

const std::string kRdf = vocab::kRdf;
const std::string kXsd = vocab::kXsd;

/// Every statement of `path` through read_triples, as sorted "subject | predicate | object" lines
/// (objects that are literals quoted).
std::vector<std::string> triples(const std::string& path) {
    std::vector<std::string> lines;
    read_triples(path, [&](const ReadTerm& s, const std::string& p, const ReadTerm& o) {
        lines.push_back(s.value + " | " + p + " | " + (o.resource ? o.value : "\"" + o.value + "\""));
    });
    std::sort(lines.begin(), lines.end());
    return lines;
}

struct Quad {
    std::string graph;
    JsonLdTerm subject;
    std::string predicate;
    JsonLdTerm object;
};

std::vector<Quad> quads(const std::string& path) {
    std::vector<Quad> result;
    read_jsonld(path, [&](const std::string& g, const JsonLdTerm& s, const std::string& p, const JsonLdTerm& o) {
        result.push_back({g, s, p, o});
    });
    return result;
}

/// A document with hostile text, a fact with a phrase and one between entities, and entities.
void write_sample(const std::string& path, RdfFormat format) {
    Document doc;
    doc.id = "note";
    doc.name = "note \"1\".txt";
    doc.text = "Paul Girard a dit \"\\non\" \"\"\"\nà Claire Fontaine\xE2\x80\xA8.\\";
    Sentence sentence;
    sentence.end = 44;
    sentence.text = doc.text;
    doc.sentences.push_back(sentence);
    Fact says;
    says.subject.text = "Paul Girard";
    says.subject.mention = 0;
    says.predicate = "says";
    says.object.text = "\"\\non\" \"\"\"";
    says.rule = "says.dire";
    Fact meets = says;
    meets.predicate = "meets";
    meets.object.text = "Claire Fontaine";
    meets.object.mention = 1;
    meets.rule = "meets.rencontrer";
    RdfWriter writer(path, format);
    writer.write_document(doc, {says, meets}, [](const trame::Argument& argument) {
        return std::string(argument.mention == 0 ? "paul-girard" : "claire-fontaine");
    });
    writer.write_entities({Entity{"paul-girard", "Paul Girard", {"Girard"}, EntityType::Person, "Q90000001", "", {}},
                           Entity{"claire-fontaine", "Claire Fontaine", {}, EntityType::Person, "", "", {}}});
    writer.finish();
}

}  // namespace

TEST_CASE("jsonld_reader: trame's JSON-LD reads back as the statements of its N-Quads") {
    TempDir dir("trame-jsonld");
    write_sample(dir / "g.jsonld", RdfFormat::JsonLd);
    write_sample(dir / "g.nq", RdfFormat::NQuads);
    const std::vector<std::string> from_jsonld = triples(dir / "g.jsonld");
    CHECK(from_jsonld.size() > 20);
    CHECK(from_jsonld == triples(dir / "g.nq"));

    std::size_t in_document = 0;
    for (const Quad& quad : quads(dir / "g.jsonld"))
        in_document += quad.graph == std::string(vocab::kDefaultBase) + "doc/note";
    CHECK(in_document > 10);
}

TEST_CASE("jsonld_reader: --into a JSON-LD graph copies it through the writer") {
    TempDir dir("trame-jsonld");
    write_sample(dir / "g.jsonld", RdfFormat::JsonLd);
    {
        RdfWriter writer(dir / "copy.nq", RdfFormat::NQuads);
        writer.copy_graph(dir / "g.jsonld");
        writer.finish();
    }
    write_sample(dir / "g.nq", RdfFormat::NQuads);
    CHECK(triples(dir / "copy.nq") == triples(dir / "g.nq"));
}

TEST_CASE("jsonld_reader: terms, compact IRIs, nested nodes, native values and named graphs") {
    TempDir dir("trame-jsonld");
    const std::string path = dir.write("hand.jsonld", R"({
  "@context": {"ex": "https://example.org/", "name": "ex:name", "knows": {"@id": "ex:knows"}, "@version": 1.1},
  "@graph": [
    {"@id": "ex:a", "@type": ["ex:Person", "https://example.org/Agent"], "name": ["Anne", {"@value": "Anne", "@language": "fr"}],
     "knows": {"name": "Bruno", "ex:age": 42}, "ex:ok": true, "ex:n": {"@value": "7", "@type": "xsd:integer"},
     "ex:tags": {"@set": ["x", null]}},
    {"@id": "_:g", "@graph": {"@id": "ex:b", "ex:p": {"@id": "_:c"}}}
  ]
})");
    const std::vector<Quad> q = quads(path);
    REQUIRE(q.size() == 11);
    CHECK(q[0].subject.value == "https://example.org/a");
    CHECK(q[0].predicate == kRdf + "type");
    CHECK(q[1].object.value == "https://example.org/Agent");
    CHECK(q[2].predicate == "https://example.org/name");
    CHECK(q[3].object.language == "fr");
    // The nested node: a blank node with its statements, then the link to it.
    CHECK(q[4].subject.kind == JsonLdTerm::Kind::Blank);
    CHECK(q[4].object.value == "Bruno");
    CHECK(q[5].object.datatype == kXsd + "integer");
    CHECK(q[5].object.value == "42");
    CHECK(q[6].predicate == "https://example.org/knows");
    CHECK(q[6].object.value == q[4].subject.value);
    CHECK(q[7].object.value == "true");
    CHECK(q[7].object.datatype == kXsd + "boolean");
    CHECK(q[8].object.datatype == "xsd:integer");  // "xsd" is no prefix of this context: an IRI of scheme xsd
    CHECK(q[9].object.value == "x");
    CHECK(q[10].graph == "_:g");
    CHECK(q[10].object.kind == JsonLdTerm::Kind::Blank);
}

TEST_CASE("jsonld_reader: what trame does not read is refused, naming the file and the feature") {
    TempDir dir("trame-jsonld");
    const auto refused = [&](const std::string& json, const std::string& what) {
        const std::string path = dir.write("bad.jsonld", json);
        INFO(json);
        CHECK_THROWS_WITH(quads(path), Catch::Contains("bad.jsonld") && Catch::Contains(what));
    };
    refused(R"({"@context": "https://example.org/context.jsonld", "@id": "https://example.org/a"})", "remote");
    refused(R"({"@context": {"p": {"@id": "https://example.org/p", "@type": "@id"}}})", "no coercion");
    refused(R"({"@context": {"@vocab": "https://example.org/"}})", "\"@vocab\"");
    refused(R"({"@id": "relative", "https://example.org/p": "x"})", "not an absolute IRI");
    refused(R"({"@id": "https://example.org/a", "https://example.org/p": {"@list": ["x"]}})", "@list");
    refused(R"({"@id": "https://example.org/a", "https://example.org/p": 1.5})", "not an integer");
    refused(R"({"@id": "https://example.org/a", "https://example.org/p": {"@value": "x", "@language": "not a tag"}})",
            "language tag");
    refused(R"({"@id": "https://example.org/a", "@reverse": {}})", "\"@reverse\"");
    refused(R"({"@context": {"a": "b:x", "b": "a:y"}, "@id": "a:z"})", "circular");
    refused(R"({"@id": "https://example.org/a", "https://example.org/p": )" + std::string(2000, '[') +
                std::string(2000, ']') + "}",
            "nested more than 500 deep");
    refused("{\"@id\": ", "invalid JSON");
    CHECK_THROWS_WITH(quads(dir / "absent.jsonld"), Catch::Contains("cannot open") && Catch::Contains("absent.jsonld"));
}
