// Tests of exports/html_writer on a small hand-written RDF file and a tiny fake viewer script.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>

#include "exports/knowledge_graph.h"
#include "exports/html_writer.h"
#include "tests/temp_dir.h"

using namespace trame;
namespace fs = std::filesystem;
using trame::testing::TempDir;

namespace {

// Five entities (ex:seul isolated), four facts between entities and one with a literal object.
// Jean's label holds quotes, "</script>", '&' and U+0001; the sentence holds U+2028 and "<!--".
const std::string kGraph = R"(@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
@prefix trame: <https://w3id.org/trame/ontology#> .
@prefix rel: <https://w3id.org/trame/relation/> .
@prefix wd: <http://www.wikidata.org/entity/> .
@prefix ex: <https://example.org/id/> .

ex:s1 a nif:Sentence ; nif:anchorOf "Jean dirige\u2028 <!-- Acme."@fr .
ex:jean a trame:Person ; rdfs:label "Jean \"JJ\" </script><script>alert(1)</script> & Fils\u0001"@fr ;
    owl:sameAs wd:Q1 .
ex:acme a trame:Organization ; rdfs:label "Acme & Fils <SA>"@fr .
ex:france a trame:Country ; rdfs:label "France"@fr ; owl:sameAs wd:Q142 .
ex:sommet a trame:Event ; rdfs:label "Sommet\nde Riga"@fr .
ex:seul a trame:Person ; rdfs:label "Seul"@fr .
rel:bombarder rdfs:label "bombarder"@fr .

ex:st1 a rdf:Statement ; rdf:subject ex:jean ; rdf:predicate trame:leaderOf ; rdf:object ex:acme ;
    trame:negated false ; trame:modality "asserted" ; prov:wasDerivedFrom ex:s1 .
ex:st2 a rdf:Statement ; rdf:subject ex:acme ; rdf:predicate trame:locatedIn ; rdf:object ex:france ;
    trame:negated true ; trame:modality "asserted" ; prov:wasDerivedFrom ex:s1 .
ex:st3 a rdf:Statement ; rdf:subject ex:france ; rdf:predicate rel:bombarder ; rdf:object ex:acme ;
    trame:negated false ; trame:modality "asserted" .
ex:st4 a rdf:Statement ; rdf:subject ex:jean ; rdf:predicate trame:participatesIn ; rdf:object ex:sommet ;
    trame:negated false ; trame:modality "hypothetical" .
ex:st5 a rdf:Statement ; rdf:subject ex:jean ; rdf:predicate trame:says ; rdf:object "bonjour"@fr ;
    trame:negated false ; trame:modality "asserted" .
)";

const std::string kScript = "window.cytoscape = function () { /* FAKE-CYTOSCAPE */ };";

/// The page written for kGraph with kScript.
struct Page {
    TempDir dir{"trame-html"};
    KnowledgeGraph graph = KnowledgeGraph::load(dir.write("kg.ttl", kGraph));
    std::string script = dir.write("cytoscape.min.js", kScript);
    std::string html;

    Page() {
        std::ostringstream out;
        write_html(graph, out, script);
        html = out.str();
    }

    /// The content of the <script type="application/json"> element.
    std::string data() const {
        const std::string open = "<script type=\"application/json\" id=\"trame-data\">";
        const std::size_t begin = html.find(open);
        REQUIRE(begin != std::string::npos);
        const std::size_t end = html.find("</script>", begin);
        REQUIRE(end != std::string::npos);
        return html.substr(begin + open.size(), end - begin - open.size());
    }
};

std::size_t occurrences(const std::string& text, const std::string& part) {
    std::size_t n = 0;
    for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
    return n;
}

}  // namespace

TEST_CASE("html_writer: json_string escapes quotes, controls, line separators and HTML specials") {
    CHECK(json_string("") == "\"\"");
    CHECK(json_string("a\"b\\c") == "\"a\\\"b\\\\c\"");
    CHECK(json_string("l1\nl2\tx\r\x01\x1f\x7f") == "\"l1\\nl2\\tx\\u000d\\u0001\\u001f\\u007f\"");
    CHECK(json_string("</script>&") == "\"\\u003c/script\\u003e\\u0026\"");
    CHECK(json_string("a\xE2\x80\xA8" "b\xE2\x80\xA9" "c") == "\"a\\u2028b\\u2029c\"");
    CHECK(json_string("Zoé – Kyiv → 東京 😀") == "\"Zoé – Kyiv → 東京 😀\"");
    CHECK(json_string("bad\xFF" "x\xC3") == "\"bad\\ufffdx\\ufffd\"");
}

TEST_CASE("html_writer: the page inlines the viewer script before the data and the page code") {
    const Page page;
    const std::size_t script = page.html.find(kScript);
    REQUIRE(script != std::string::npos);
    CHECK(page.html.rfind("<script>", script) != std::string::npos);
    CHECK(script < page.html.find("id=\"trame-data\""));
    CHECK(page.html.find("id=\"trame-data\"") < page.html.find("cy.on('tap', 'node'"));
    CHECK(page.html.rfind("<!DOCTYPE html>", 0) == 0);
    CHECK(page.html.find("Content-Security-Policy") != std::string::npos);
    CHECK(page.html.find("name: 'cose'") != std::string::npos);
    CHECK(page.html.find("randomize: false") != std::string::npos);
    CHECK(page.html.substr(page.html.size() - 8) == "</html>\n");
}

TEST_CASE("html_writer: the data holds every entity and every fact with its qualifiers") {
    const Page page;
    const std::string data = page.data();
    CHECK(data.rfind("\n{\"counts\":{\"documents\":0,\"sentences\":1},\n\"nodes\":[", 0) == 0);
    CHECK(occurrences(data, "{\"label\":") == 6);  // five entities and the phrase
    CHECK(data.find("\"label\":\"Acme \\u0026 Fils \\u003cSA\\u003e\",\"type\":\"Organization\","
                    "\"iri\":\"https://example.org/id/acme\",\"degree\":3}") != std::string::npos);
    CHECK(data.find("\"label\":\"Jean \\\"JJ\\\" \\u003c/script\\u003e\\u003cscript\\u003ealert(1)"
                    "\\u003c/script\\u003e \\u0026 Fils\\u0001\",\"type\":\"Person\",\"iri\":\"https://example.org/id/jean\","
                    "\"wikidata\":\"http://www.wikidata.org/entity/Q1\",\"degree\":3}") != std::string::npos);
    CHECK(data.find("\"label\":\"Sommet\\nde Riga\",\"type\":\"Event\"") != std::string::npos);
    CHECK(data.find("\"label\":\"Seul\",\"type\":\"Person\",\"iri\":\"https://example.org/id/seul\",\"degree\":0}") !=
          std::string::npos);
    // Entities sorted by IRI: acme 0, france 1, jean 2, seul 3, sommet 4. Statements by IRI: st1..st5.
    CHECK(occurrences(data, "{\"s\":") == 10);  // five facts, five edges
    CHECK(data.find("{\"s\":2,\"o\":0,\"p\":\"leaderOf\",\"piri\":\"https://w3id.org/trame/ontology#leaderOf\","
                    "\"neg\":false,\"mod\":\"asserted\",\"sent\":0}") != std::string::npos);
    CHECK(data.find("{\"s\":0,\"o\":1,\"p\":\"locatedIn\"") != std::string::npos);
    CHECK(data.find("\"neg\":true,\"mod\":\"asserted\",\"sent\":0}") != std::string::npos);
    CHECK(data.find("{\"s\":1,\"o\":0,\"p\":\"bombarder\",\"piri\":\"https://w3id.org/trame/relation/bombarder\","
                    "\"neg\":false,\"mod\":\"asserted\",\"sent\":-1}") != std::string::npos);
    CHECK(data.find("{\"s\":2,\"o\":4,\"p\":\"participatesIn\"") != std::string::npos);
    CHECK(data.find("\"mod\":\"hypothetical\"") != std::string::npos);
    CHECK(data.find("{\"s\":2,\"o\":-1,\"ov\":\"bonjour\",\"p\":\"says\"") != std::string::npos);
    // The sentence two facts share is written once.
    CHECK(occurrences(data, "Jean dirige\\u2028 \\u003c!-- Acme.") == 1);
}

TEST_CASE("html_writer: nothing in the data can end the script element or break the JSON") {
    const Page page;
    const std::string data = page.data();
    CHECK(data.find('<') == std::string::npos);
    CHECK(data.find('>') == std::string::npos);
    CHECK(data.find('&') == std::string::npos);
    CHECK(data.find("\xE2\x80\xA8") == std::string::npos);
    std::size_t controls = 0;
    for (const char c : data) controls += static_cast<unsigned char>(c) < 0x20 && c != '\n';
    CHECK(controls == 0);
    // "</script" appears only as the ends of the three script elements.
    CHECK(occurrences(page.html, "</script") == 3);
    CHECK(occurrences(page.html, "<!--") == 0);
}

TEST_CASE("html_writer: the only URLs are the graph's IRIs and its Wikidata links") {
    const Page page;
    std::set<std::string> allowed;
    for (const GraphEntity& entity : page.graph.entities) {
        allowed.insert(entity.iri);
        if (!entity.wikidata_iri.empty()) allowed.insert(entity.wikidata_iri);
    }
    for (const GraphStatement& statement : page.graph.statements) allowed.insert(statement.predicate);
    const std::regex url(R"(https?://[^"\s\\']*)", std::regex::icase);
    std::size_t wikidata = 0;
    for (auto it = std::sregex_iterator(page.html.begin(), page.html.end(), url); it != std::sregex_iterator(); ++it) {
        const std::string found = it->str();
        INFO(found);
        CHECK(allowed.count(found) == 1);
        if (found.rfind("http://www.wikidata.org/entity/", 0) == 0) ++wikidata;
    }
    CHECK(wikidata == 2);
    // Outside the data, no URL at all: nothing is fetched.
    std::string rest = page.html;
    rest.erase(rest.find(page.data()), page.data().size());
    CHECK_FALSE(std::regex_search(rest, url));
    CHECK(rest.find("src=") == std::string::npos);
    CHECK(rest.find("@import") == std::string::npos);
}

TEST_CASE("html_writer: the output depends only on the graph and the script") {
    const Page page;
    std::ostringstream again;
    write_html(page.graph, again, page.script);
    CHECK(again.str() == page.html);
}

TEST_CASE("html_writer: a missing or unsafe viewer script throws naming it and writes nothing") {
    TempDir dir("trame-html");
    const KnowledgeGraph graph = KnowledgeGraph::load(dir.write("kg.ttl", kGraph));
    const std::string missing = (dir.path / "no" / "cytoscape.min.js").string();
    std::ostringstream out;
    CHECK_THROWS_WITH(write_html(graph, out, missing),
                      Catch::Contains(missing) && Catch::Contains("npm ci"));
    CHECK(out.str().empty());
    const std::string unsafe = dir.write("bad.js", "var s = '</SCRIPT>';");
    CHECK_THROWS_WITH(write_html(graph, out, unsafe), Catch::Contains(unsafe));
    CHECK(out.str().empty());
}

TEST_CASE("html_writer: the default viewer script is cytoscape from node_modules") {
    const std::string path = default_viewer_script();
    const std::string tail = "node_modules/cytoscape/dist/cytoscape.min.js";
    REQUIRE(path.size() >= tail.size());
    CHECK(path.substr(path.size() - tail.size()) == tail);
}

TEST_CASE("html_writer: phrases and merged facts are drawn, and the page has a legend") {
    const Page page;
    const std::string data = page.data();
    CHECK(data.find("\"phrases\":[\n{\"label\":\"bonjour\",\"text\":\"bonjour\",\"degree\":1}]") != std::string::npos);
    CHECK(data.find("{\"s\":\"n2\",\"t\":\"p0\",\"p\":\"says\",\"neg\":false,\"mod\":\"asserted\",\"n\":1,"
                    "\"facts\":[4]}") != std::string::npos);
    CHECK(data.find("{\"s\":\"n2\",\"t\":\"n0\",\"p\":\"leaderOf\"") != std::string::npos);
    CHECK(occurrences(data, "\"facts\":[") == 6);  // the list of facts, and the five edges
    CHECK(page.html.find("legend.appendChild(el('b', 'Legend'))") != std::string::npos);
    CHECK(page.html.find("showPhrase") != std::string::npos);

    TempDir dir("trame-html");
    const KnowledgeGraph repeated = KnowledgeGraph::load(dir.write("kg.ttl", R"(
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix trame: <https://w3id.org/trame/ontology#> .
@prefix ex: <https://example.org/id/> .
ex:claire a trame:Person .
ex:f1 a rdf:Statement ; rdf:subject ex:claire ; rdf:predicate trame:says ; rdf:object "oui"@fr .
ex:f2 a rdf:Statement ; rdf:subject ex:claire ; rdf:predicate trame:says ; rdf:object "oui"@fr .
)"));
    std::ostringstream out;
    write_html(repeated, out, page.script);
    CHECK(out.str().find("{\"s\":\"n0\",\"t\":\"p0\",\"p\":\"says\",\"neg\":false,\"mod\":\"\",\"n\":2,\"facts\":[0,1]}") !=
          std::string::npos);
}
