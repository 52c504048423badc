// Tests of exports/dot_writer and exports/graphml_writer on a small hand-written RDF file.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <regex>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "exports/knowledge_graph.h"
#include "exports/dot_writer.h"
#include "exports/graphml_writer.h"
#include "tests/temp_dir.h"

using namespace trame;
namespace fs = std::filesystem;
using trame::testing::TempDir;

namespace {

// Five entities (ex:seul isolated), four facts between entities: st1 asserted with its sentence,
// st2 negated, st3 an open relation, st4 hypothetical; st5 has a literal object. Jean's label holds
// quotes, a backslash and U+0001; the summit's a line break; Acme's XML specials; the sentence U+0001.
const std::string kGraph = R"(@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
@prefix trame: <https://w3id.org/trame/ontology#> .
@prefix rel: <https://w3id.org/trame/relation/> .
@prefix wd: <http://www.wikidata.org/entity/> .
@prefix ex: <https://example.org/id/> .

ex:s1 a nif:Sentence ; nif:anchorOf "Jean dirige \u0001Acme."@fr .
ex:jean a trame:Person ; rdfs:label "Jean \"JJ\" Dupont\\Martin\u0001"@fr ; owl:sameAs wd:Q1 .
ex:acme a trame:Organization ; rdfs:label "Acme & Fils <SA>"@fr .
ex:france a trame:Country ; rdfs:label "France"@fr ; owl:sameAs wd:Q142 .
ex:sommet a trame:Event ; rdfs:label "Sommet\nde Riga"@fr .
ex:seul a trame:Person ; rdfs:label "Seul"@fr .
rel:bombarder rdfs:label "bombarder"@fr .

ex:st1 a rdf:Statement ; rdf:subject ex:jean ; rdf:predicate trame:leaderOf ; rdf:object ex:acme ;
    trame:negated false ; trame:modality "asserted" ; prov:wasDerivedFrom ex:s1 .
ex:st2 a rdf:Statement ; rdf:subject ex:acme ; rdf:predicate trame:locatedIn ; rdf:object ex:france ;
    trame:negated true ; trame:modality "asserted" .
ex:st3 a rdf:Statement ; rdf:subject ex:france ; rdf:predicate rel:bombarder ; rdf:object ex:acme ;
    trame:negated false ; trame:modality "asserted" .
ex:st4 a rdf:Statement ; rdf:subject ex:jean ; rdf:predicate trame:participatesIn ; rdf:object ex:sommet ;
    trame:negated false ; trame:modality "hypothetical" .
ex:st5 a rdf:Statement ; rdf:subject ex:jean ; rdf:predicate trame:says ; rdf:object "bonjour"@fr ;
    trame:negated false ; trame:modality "asserted" .
)";

KnowledgeGraph sample_graph() {
    TempDir dir("trame-export");
    return KnowledgeGraph::load(dir.write("kg.ttl", kGraph));
}

std::string dot_of(const KnowledgeGraph& graph, const DotOptions& options = {}) {
    std::ostringstream out;
    write_dot(graph, out, options);
    return out.str();
}

std::string graphml_of(const KnowledgeGraph& graph) {
    std::ostringstream out;
    write_graphml(graph, out);
    return out.str();
}

/// The lines of `text` matching `pattern` from their start.
std::vector<std::string> lines_matching(const std::string& text, const std::string& pattern) {
    const std::regex re(pattern);
    std::vector<std::string> result;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        if (std::regex_search(line, re, std::regex_constants::match_continuous)) result.push_back(line);
    return result;
}

/// The one line of `text` containing `needle`, or "" when there is none or more than one.
std::string line_with(const std::string& text, const std::string& needle) {
    std::string found;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        if (line.find(needle) == std::string::npos) continue;
        if (!found.empty()) return "";
        found = line;
    }
    return found;
}

struct XmlFree {
    void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
    void operator()(xmlParserCtxt* context) const { xmlFreeParserCtxt(context); }
};
using XmlDoc = std::unique_ptr<xmlDoc, XmlFree>;

/// `xml` parsed by libxml2; fails the test on any error or warning.
XmlDoc parse_xml(const std::string& xml) {
    std::unique_ptr<xmlParserCtxt, XmlFree> context(xmlNewParserCtxt());
    XmlDoc doc(xmlCtxtReadMemory(context.get(), xml.data(), static_cast<int>(xml.size()), "export.graphml", nullptr,
                                 XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING));
    const xmlError* error = xmlCtxtGetLastError(context.get());
    INFO((error && error->message ? error->message : ""));
    REQUIRE(doc);
    REQUIRE(context->wellFormed);
    REQUIRE(context->nsWellFormed);
    REQUIRE((!error || error->code == XML_ERR_OK));
    return doc;
}

std::string name_of(const xmlNode* node) { return reinterpret_cast<const char*>(node->name); }

std::string attribute(const xmlNode* node, const char* name) {
    xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
    const std::string result = value ? reinterpret_cast<const char*>(value) : "";
    xmlFree(value);
    return result;
}

std::string content(const xmlNode* node) {
    xmlChar* value = xmlNodeGetContent(node);
    const std::string result = value ? reinterpret_cast<const char*>(value) : "";
    xmlFree(value);
    return result;
}

/// The element children of `parent` named `name`.
std::vector<const xmlNode*> children(const xmlNode* parent, const std::string& name) {
    std::vector<const xmlNode*> result;
    for (const xmlNode* child = parent->children; child; child = child->next)
        if (child->type == XML_ELEMENT_NODE && name_of(child) == name) result.push_back(child);
    return result;
}

/// The <data> of a GraphML node or edge, by key.
std::map<std::string, std::string> data_of(const xmlNode* element) {
    std::map<std::string, std::string> result;
    for (const xmlNode* data : children(element, "data")) result[attribute(data, "key")] = content(data);
    return result;
}

}  // namespace

TEST_CASE("graph_export: the knowledge graph keeps open-relation labels, sentences and Wikidata IRIs") {
    const KnowledgeGraph graph = sample_graph();
    REQUIRE(graph.statements.size() == 5);
    CHECK(graph.statements[0].sentence == "Jean dirige \x01" "Acme.");
    CHECK(graph.statements[2].predicate_label == "bombarder");
    CHECK(graph.statements[1].predicate_label.empty());
    const long jean = graph.find_entity("https://example.org/id/jean");
    REQUIRE(jean >= 0);
    CHECK(graph.entities[jean].wikidata_iri == "http://www.wikidata.org/entity/Q1");
    CHECK(entity_facts(graph).size() == 4);
}

TEST_CASE("graph_export: DOT has escaped labels, styles, and counter node ids") {
    const std::string dot = dot_of(sample_graph());
    INFO(dot);
    CHECK(dot.rfind("digraph trame {\n", 0) == 0);
    CHECK(dot.find("layout=sfdp") != std::string::npos);
    CHECK(dot.find("overlap=prism") != std::string::npos);
    CHECK(dot.find("outputorder=edgesfirst") != std::string::npos);

    const std::vector<std::string> nodes = lines_matching(dot, R"(  n\d+ \[)");
    const std::vector<std::string> edges = lines_matching(dot, R"(  n\d+ -> n\d+ \[)");
    CHECK(nodes.size() == 4);  // Seul, isolated, is left out
    CHECK(edges.size() == 4);
    CHECK(dot.find("Seul") == std::string::npos);
    CHECK(dot.find('\x01') == std::string::npos);

    CHECK(line_with(dot, R"(label="Jean \"JJ\" Dupont\\Martin", tooltip="https://example.org/id/jean", shape=ellipse)") != "");
    CHECK(line_with(dot, R"(label="Sommet\nde Riga")") != "");
    CHECK(line_with(dot, R"(shape=box, fillcolor)").find(R"(label="Acme & Fils <SA>")") != std::string::npos);
    CHECK(line_with(dot, "shape=hexagon").find(R"(label="France")") != std::string::npos);
    CHECK(line_with(dot, "shape=diamond") != "");

    CHECK(line_with(dot, R"(label="leaderOf")").find("style") == std::string::npos);
    const std::string negated = line_with(dot, R"(label="locatedIn")");
    CHECK(negated.find("color=red") != std::string::npos);
    CHECK(negated.find("style=dashed") != std::string::npos);
    CHECK(line_with(dot, R"(label="participatesIn")").find("style=dotted") != std::string::npos);
    CHECK(line_with(dot, R"(label="bombarder")") != "");
    CHECK(dot.find("https://example.org/id/st") == std::string::npos);
}

TEST_CASE("graph_export: DOT options leave out negated or hypothetical facts, or keep isolated entities") {
    const KnowledgeGraph graph = sample_graph();
    const std::string all = dot_of(graph, DotOptions{true, true, true});
    CHECK(lines_matching(all, R"(  n\d+ \[)").size() == 5);
    CHECK(all.find(R"(label="Seul")") != std::string::npos);

    const std::string asserted = dot_of(graph, DotOptions{true, false, false});
    CHECK(lines_matching(asserted, R"(  n\d+ -> )").size() == 4);  // three between entities, "says" to a phrase
    CHECK(lines_matching(asserted, R"(  n\d+ \[)").size() == 3);  // the summit has no fact left
    CHECK(asserted.find("participatesIn") == std::string::npos);

    const std::string positive = dot_of(graph, DotOptions{false, true, false});
    CHECK(lines_matching(positive, R"(  n\d+ -> n)").size() == 3);
    CHECK(lines_matching(positive, R"(  n\d+ \[.*color=red)").empty());
    CHECK(lines_matching(positive, R"(  n\d+ -> .*color=red)").empty());

    const std::string entities_only = dot_of(graph, DotOptions{true, true, false, false});
    CHECK(lines_matching(entities_only, R"(  p\d+)").empty());
    CHECK(lines_matching(entities_only, R"(  n\d+ -> )").size() == 4);
}

TEST_CASE("graph_export: GraphML parses with libxml2 and holds the expected nodes, edges and keys") {
    const KnowledgeGraph graph = sample_graph();
    const std::string xml = graphml_of(graph);
    INFO(xml);
    const XmlDoc doc = parse_xml(xml);
    const xmlNode* root = xmlDocGetRootElement(doc.get());
    REQUIRE(name_of(root) == "graphml");
    REQUIRE(root->ns);
    CHECK(std::string(reinterpret_cast<const char*>(root->ns->href)) == "http://graphml.graphdrawing.org/xmlns");

    std::map<std::string, std::string> keys;  // "node/label" -> "string"
    for (const xmlNode* key : children(root, "key")) {
        CHECK(attribute(key, "id") == attribute(key, "attr.name"));
        keys[attribute(key, "for") + "/" + attribute(key, "attr.name")] = attribute(key, "attr.type");
    }
    const std::map<std::string, std::string> expected_keys{
        {"node/kind", "string"},      {"node/label", "string"},         {"node/type", "string"},
        {"node/text", "string"},      {"node/iri", "string"},           {"node/wikidata", "string"},
        {"node/degree", "int"},       {"edge/predicate", "string"},     {"edge/predicate_iri", "string"},
        {"edge/count", "int"},        {"edge/statement", "string"},     {"edge/statements", "string"},
        {"edge/negated", "boolean"},  {"edge/modality", "string"},      {"edge/sentence", "string"}};
    CHECK(keys == expected_keys);
    for (const xmlNode* key : children(root, "key")) CHECK(children(key, "desc").size() == 1);

    const std::vector<const xmlNode*> graphs = children(root, "graph");
    REQUIRE(graphs.size() == 1);
    CHECK(attribute(graphs[0], "edgedefault") == "directed");
    REQUIRE(children(graphs[0], "desc").size() == 1);  // the legend
    CHECK(content(children(graphs[0], "desc")[0]).find("phrases") != std::string::npos);
    const std::vector<const xmlNode*> nodes = children(graphs[0], "node");
    const std::vector<const xmlNode*> edges = children(graphs[0], "edge");
    REQUIRE(nodes.size() == 6);  // the isolated entity too, and the phrase "bonjour"
    REQUIRE(edges.size() == 5);

    std::map<std::string, std::map<std::string, std::string>> node_data;  // by label
    std::map<std::string, std::string> label_of_id;
    for (const xmlNode* node : nodes) {
        const auto data = data_of(node);
        node_data[data.at("label")] = data;
        label_of_id[attribute(node, "id")] = data.at("label");
    }
    REQUIRE(node_data.count("Jean \"JJ\" Dupont\\Martin"));  // U+0001 dropped
    const auto& jean_data = node_data.at("Jean \"JJ\" Dupont\\Martin");
    CHECK(jean_data.at("type") == "Person");
    CHECK(jean_data.at("iri") == "https://example.org/id/jean");
    CHECK(jean_data.at("wikidata") == "http://www.wikidata.org/entity/Q1");
    CHECK(jean_data.at("degree") == "3");
    CHECK(jean_data.at("kind") == "entity");
    REQUIRE(node_data.count("bonjour"));
    CHECK(node_data.at("bonjour").at("kind") == "phrase");
    CHECK(node_data.at("bonjour").at("type") == "Phrase");
    CHECK(node_data.at("bonjour").at("text") == "bonjour");
    CHECK(node_data.at("Acme & Fils <SA>").count("wikidata") == 0);
    CHECK(node_data.at("Acme & Fils <SA>").at("degree") == "3");
    CHECK(node_data.at("Sommet\nde Riga").at("type") == "Event");
    CHECK(node_data.at("Seul").at("degree") == "0");

    std::map<std::string, std::map<std::string, std::string>> edge_data;  // by predicate
    for (const xmlNode* edge : edges) {
        const auto data = data_of(edge);
        edge_data[data.at("predicate")] = data;
        if (data.at("predicate") == "leaderOf") {
            CHECK(label_of_id.at(attribute(edge, "source")) == "Jean \"JJ\" Dupont\\Martin");
            CHECK(label_of_id.at(attribute(edge, "target")) == "Acme & Fils <SA>");
        }
    }
    REQUIRE(edge_data.size() == 5);
    CHECK(edge_data.at("says").at("count") == "1");
    CHECK(edge_data.at("says").at("statements") == "https://example.org/id/st5");
    CHECK(edge_data.at("leaderOf").at("sentence") == "Jean dirige Acme.");
    CHECK(edge_data.at("leaderOf").at("statement") == "https://example.org/id/st1");
    CHECK(edge_data.at("leaderOf").at("negated") == "false");
    CHECK(edge_data.at("locatedIn").at("negated") == "true");
    CHECK(edge_data.at("locatedIn").count("sentence") == 0);
    CHECK(edge_data.at("participatesIn").at("modality") == "hypothetical");
    CHECK(edge_data.at("bombarder").at("predicate_iri") == "https://w3id.org/trame/relation/bombarder");
}

TEST_CASE("graph_export: XML escaping drops the characters XML 1.0 forbids") {
    CHECK(xml_escape("a&b<c>d\"e'f") == "a&amp;b&lt;c&gt;d&quot;e&apos;f");
    CHECK(xml_escape(std::string("x\x01y\x1f\tz\n\r", 9)) == "xy\tz\n&#13;");
    CHECK(xml_escape(std::string("\0a", 2)) == "a");
    CHECK(xml_escape("a\xEF\xBF\xBE" "b\xEF\xBF\xBF" "c\xEF\xBF\xBD") == "abc\xEF\xBF\xBD");  // U+FFFD is kept
    CHECK(xml_escape("été «ok»") == "été «ok»");
}

TEST_CASE("graph_export: DOT and GraphML are deterministic") {
    const KnowledgeGraph first = sample_graph();
    const KnowledgeGraph second = sample_graph();
    CHECK(dot_of(first) == dot_of(second));
    CHECK(dot_of(first) == dot_of(first));
    CHECK(graphml_of(first) == graphml_of(second));
    CHECK(graphml_of(first) == graphml_of(first));
}

TEST_CASE("graph_export: an empty graph gives a valid DOT and GraphML") {
    const KnowledgeGraph empty;
    CHECK(lines_matching(dot_of(empty), R"(  n\d+)").empty());
    const XmlDoc doc = parse_xml(graphml_of(empty));
    const xmlNode* root = xmlDocGetRootElement(doc.get());
    CHECK(children(children(root, "graph").at(0), "node").empty());
}

namespace {

// Claire demands the same long phrase twice (one edge ×2) and meets Paul once.
const std::string kRepeated = R"(@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix trame: <https://w3id.org/trame/ontology#> .
@prefix ex: <https://example.org/id/> .

ex:claire a trame:Person ; rdfs:label "Claire Fontaine"@fr .
ex:paul a trame:Person ; rdfs:label "Paul Girard"@fr .
ex:f1 a rdf:Statement ; rdf:subject ex:claire ; rdf:predicate trame:demands ;
    rdf:object "une enquête indépendante\nsur les comptes de la \"société\" depuis 2019"@fr ;
    trame:negated false ; trame:modality "asserted" .
ex:f2 a rdf:Statement ; rdf:subject ex:claire ; rdf:predicate trame:demands ;
    rdf:object "une enquête indépendante\nsur les comptes de la \"société\" depuis 2019"@fr ;
    trame:negated false ; trame:modality "asserted" .
ex:f3 a rdf:Statement ; rdf:subject ex:claire ; rdf:predicate trame:meets ; rdf:object ex:paul ;
    trame:negated false ; trame:modality "asserted" .
)";

KnowledgeGraph repeated_graph() {
    TempDir dir("trame-export");
    return KnowledgeGraph::load(dir.write("kg.ttl", kRepeated));
}

}  // namespace

TEST_CASE("graph_export: DOT draws phrases as their own nodes, a repeated fact once with its count, and a legend") {
    const std::string dot = dot_of(repeated_graph());
    INFO(dot);
    const std::vector<std::string> phrases = lines_matching(dot, R"(  p\d+ \[)");
    REQUIRE(phrases.size() == 1);
    CHECK(phrases[0].find(R"(label="une enquête indépendante sur les…")") != std::string::npos);
    CHECK(phrases[0].find(R"(tooltip="une enquête indépendante\nsur les comptes de la \"société\" depuis 2019")") !=
          std::string::npos);
    CHECK(phrases[0].find(R"(style="rounded,filled,dashed")") != std::string::npos);
    const std::vector<std::string> demands = lines_matching(dot, R"(  n0 -> p0 \[)");
    REQUIRE(demands.size() == 1);
    CHECK(demands[0].find("label=\"demands \xC3\x97" "2\"") != std::string::npos);
    CHECK(demands[0].find("penwidth=3") != std::string::npos);
    const std::string meets = line_with(dot, R"(label="meets")");
    CHECK(meets.find("penwidth") == std::string::npos);

    CHECK(dot.find("  subgraph cluster_legend {") != std::string::npos);
    const std::string legend = line_with(dot, "legend [");
    CHECK(legend.find("Person (ellipse)") != std::string::npos);
    CHECK(legend.find("Country") == std::string::npos);  // only the types drawn
    CHECK(legend.find("phrase") != std::string::npos);
    CHECK(legend.find("negated") != std::string::npos);
}

TEST_CASE("graph_export: GraphML counts a repeated fact and names all its statements") {
    const XmlDoc doc = parse_xml(graphml_of(repeated_graph()));
    const xmlNode* graph = children(xmlDocGetRootElement(doc.get()), "graph")[0];
    const std::vector<const xmlNode*> edges = children(graph, "edge");
    REQUIRE(edges.size() == 2);
    const auto demands = data_of(edges[0]);
    CHECK(demands.at("predicate") == "demands");
    CHECK(demands.at("count") == "2");
    CHECK(demands.at("statements") == "https://example.org/id/f1 https://example.org/id/f2");
    CHECK(attribute(edges[0], "target") == "p0");
    CHECK(data_of(edges[1]).at("count") == "1");
    const auto phrase = data_of(children(graph, "node")[2]);
    CHECK(phrase.at("kind") == "phrase");
    CHECK(phrase.at("label") == "une enquête indépendante sur les…");
    CHECK(phrase.at("text") == "une enquête indépendante\nsur les comptes de la \"société\" depuis 2019");
    CHECK(phrase.at("degree") == "2");
}
