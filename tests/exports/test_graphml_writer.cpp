// Tests of exports/graphml_writer on small hand-written RDF graphs (tests/exports/graph_fixture.h),
// each output read back with libxml2.
#include <catch2/catch.hpp>

#include <map>
#include <memory>
#include <string>
#include <vector>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "tests/exports/graph_fixture.h"

using namespace trame;
using namespace trame::testing;

namespace {
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

TEST_CASE("graphml_writer: GraphML parses with libxml2 and holds the expected nodes, edges and keys") {
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

TEST_CASE("graphml_writer: GraphML counts a repeated fact and names all its statements") {
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

TEST_CASE("graphml_writer: GraphML is deterministic, and an empty graph gives a valid one") {
    const KnowledgeGraph first = sample_graph();
    const KnowledgeGraph second = sample_graph();
    CHECK(graphml_of(first) == graphml_of(second));
    CHECK(graphml_of(first) == graphml_of(first));
    const XmlDoc doc = parse_xml(graphml_of(KnowledgeGraph{}));
    const xmlNode* root = xmlDocGetRootElement(doc.get());
    CHECK(children(children(root, "graph").at(0), "node").empty());
}

TEST_CASE("graphml_writer: XML escaping drops the characters XML 1.0 forbids") {
    CHECK(xml_escape("a&b<c>d\"e'f") == "a&amp;b&lt;c&gt;d&quot;e&apos;f");
    CHECK(xml_escape(std::string("x\x01y\x1f\tz\n\r", 9)) == "xy\tz\n&#13;");
    CHECK(xml_escape(std::string("\0a", 2)) == "a");
    CHECK(xml_escape("a\xEF\xBF\xBE" "b\xEF\xBF\xBF" "c\xEF\xBF\xBD") == "abc\xEF\xBF\xBD");  // U+FFFD is kept
    CHECK(xml_escape("été «ok»") == "été «ok»");
}
