// Tests of rdf/jsonld_writer: the shape of the JSON-LD document (context, node objects, value
// objects, named graphs), alone and behind RdfWriter. That it is the same graph as the N-Quads
// output is checked with a real JSON-LD processor and rdflib by tests/rdf_tools/run.sh jsonld.
#include <catch2/catch.hpp>

#include <cstdio>
#include <memory>
#include <stdexcept>
#include <string>

#include <nlohmann/json.hpp>

#include "rdf/jsonld_writer.h"
#include "output/rdf_writer.h"
#include "rdf/vocabulary.h"
#include "tests/temp_dir.h"

using namespace trame;
using Json = nlohmann::json;
using trame::testing::read_file;
using trame::testing::TempDir;

namespace {

const std::string kTrame = vocab::kOntology;
const std::string kRdf = vocab::kRdf;
const std::string kXsd = vocab::kXsd;

JsonLdTerm iri(const std::string& value) { return {JsonLdTerm::Kind::Iri, value, "", ""}; }
JsonLdTerm blank(const std::string& label) { return {JsonLdTerm::Kind::Blank, label, "", ""}; }
JsonLdTerm literal(const std::string& value, const std::string& datatype = "", const std::string& language = "") {
    return {JsonLdTerm::Kind::Literal, value, datatype, language};
}

std::string written(const JsonLdWriter& writer) {
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::tmpfile(), std::fclose);
    REQUIRE(writer.write(file.get()));
    std::rewind(file.get());
    std::string text;
    char buffer[4096];
    for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, file.get())) > 0;) text.append(buffer, n);
    return text;
}

}  // namespace

TEST_CASE("jsonld_writer: short keys, prefixes and explicit values") {
    JsonLdWriter writer;
    writer.add_prefix("trame", kTrame);
    writer.add_prefix("xsd", kXsd);
    writer.add_prefix("kg", "https://example.org/kg/");
    const std::string fact = "https://example.org/kg/doc/a/fact/1";
    writer.add("", iri(fact), kRdf + "type", iri(kRdf + "Statement"));
    writer.add("", iri(fact), kRdf + "subject", iri("https://example.org/kg/entity/x"));
    writer.add("", iri(fact), kRdf + "predicate", iri(kTrame + "says"));
    writer.add("", iri(fact), kRdf + "object", literal("il a dit \"\\non\"\nfin\xE2\x80\xA8", "", "fr"));
    writer.add("", iri(fact), kTrame + "negated", literal("false", kXsd + "boolean"));
    writer.add("", iri(fact), kTrame + "modality", literal("asserted"));
    writer.add("", iri(fact), kTrame + "extractedBy", literal("règle", kXsd + "string"));
    writer.add("", iri("https://example.org/kg/entity/x"), kTrame + "says", literal("oui", "", "fr"));
    writer.add("", iri("https://example.org/kg/entity/x"), kTrame + "says", literal("non", "", "fr"));
    const Json doc = Json::parse(written(writer));

    const Json& context = doc.at("@context");
    CHECK(context.at("trame") == kTrame);
    CHECK(context.at("subject") == kRdf + "subject");  // no "rdf" prefix given: the full IRI
    CHECK(context.at("negated") == "trame:negated");
    CHECK(context.at("says") == "trame:says");
    CHECK_FALSE(context.contains("rdf"));  // only the prefixes given
    CHECK(context.at("predicate") == kRdf + "predicate");

    const Json& graph = doc.at("@graph");
    REQUIRE(graph.size() == 2);
    const Json& node = graph[0];
    CHECK(node.at("@id") == "kg:doc/a/fact/1");
    CHECK(node.at("@type") == kRdf + "Statement");
    CHECK(node.at("subject") == Json{{"@id", "kg:entity/x"}});
    CHECK(node.at("predicate") == Json{{"@id", "trame:says"}});
    CHECK(node.at("object") == Json{{"@value", "il a dit \"\\non\"\nfin\xE2\x80\xA8"}, {"@language", "fr"}});
    CHECK(node.at("negated") == Json{{"@value", "false"}, {"@type", "xsd:boolean"}});
    CHECK(node.at("modality") == "asserted");
    CHECK(node.at("extractedBy") == "règle");  // xsd:string is a plain string
    CHECK(graph[1].at("says").size() == 2);
}

TEST_CASE("jsonld_writer: named graphs nest under their node; blank nodes keep their labels") {
    JsonLdWriter writer;
    writer.add_prefix("trame", kTrame);
    const std::string doc_a = "https://example.org/doc/a", doc_b = "https://example.org/doc/b";
    writer.add(doc_a, iri(doc_a), kRdf + "type", iri(kTrame + "Doc"));
    writer.add("", iri(doc_a), kTrame + "about", blank("b1"));
    writer.add("", blank("b1"), kRdf + "type", blank("b2"));  // not an IRI: no "@type"
    writer.add(doc_b, iri("https://example.org/x"), kTrame + "p", literal("1", kXsd + "integer"));
    const Json doc = Json::parse(written(writer));
    const Json& graph = doc.at("@graph");
    REQUIRE(graph.size() == 3);
    CHECK(graph[0].at("@id") == doc_a);
    CHECK(graph[0].at("about") == Json{{"@id", "_:b1"}});
    CHECK(graph[0].at("@graph")[0].at("@type") == "trame:Doc");
    CHECK(graph[1].at("@id") == "_:b1");
    CHECK(graph[1].at(kRdf + "type") == Json{{"@id", "_:b2"}});
    CHECK(graph[2].at("@id") == doc_b);
    CHECK(graph[2].size() == 2);  // only "@id" and "@graph": no statement about doc_b itself
    CHECK(graph[2].at("@graph")[0].at("p") == Json{{"@value", "1"}, {"@type", kXsd + "integer"}});
}

TEST_CASE("jsonld_writer: RdfWriter writes JSON-LD with a graph per document, the same bytes each time") {
    TempDir dir("trame-jsonld");
    Document doc;
    doc.id = "note";
    doc.name = "note.txt";
    doc.text = "Paul Girard a dit \"\\non\".";
    Sentence sentence;
    sentence.end = 25;
    sentence.text = doc.text;
    doc.sentences.push_back(sentence);
    Fact fact;
    fact.subject.text = "Paul Girard";
    fact.subject.mention = 0;
    fact.predicate = "says";
    fact.object.text = "\"\\non\"";
    fact.rule = "says.dire";
    const auto write = [&](const std::string& path) {
        RdfWriter writer(path, RdfFormat::JsonLd);
        writer.write_document(doc, {fact}, [](const trame::Argument&) { return std::string("paul-girard"); });
        writer.write_entities({Entity{"paul-girard", "Paul Girard", {}, EntityType::Person, "Q90000001", "", {}}});
        writer.finish();
        return writer.triples();
    };
    const std::size_t triples = write(dir / "a.jsonld");
    write(dir / "b.jsonld");
    CHECK(read_file(dir / "a.jsonld") == read_file(dir / "b.jsonld"));
    const Json json = Json::parse(read_file(dir / "a.jsonld"));
    CHECK(json.at("@context").at("kg") == vocab::kDefaultBase);
    std::size_t graphs = 0, statements = 0;
    for (const Json& node : json.at("@graph")) {
        if (!node.contains("@graph")) continue;
        ++graphs;
        CHECK(node.at("@id") == "kg:doc/note");
        for (const Json& inner : node.at("@graph"))
            if (inner.at("@id") == "kg:doc/note/fact/1") {
                ++statements;
                CHECK(inner.at("object") == Json{{"@value", "\"\\non\""}, {"@language", "fr"}});
                CHECK(inner.at("predicate") == Json{{"@id", "trame:says"}});
            }
    }
    CHECK(graphs == 1);
    CHECK(statements == 1);
    CHECK(triples > 10);
}
