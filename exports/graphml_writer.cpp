#include "exports/graphml_writer.h"

#include <vector>

#include "exports/escape.h"
#include "exports/fact_view.h"

namespace trame {

namespace {

/// A GraphML attribute declaration: its id (also its name), what it applies to, its type and
/// what it means (its <desc>).
struct Key {
    const char* id;
    const char* domain;  ///< "node" or "edge".
    const char* type;    ///< "string", "int" or "boolean".
    const char* desc;
};

constexpr Key kKeys[] = {
    {"kind", "node", "string", "entity, or phrase: the text a fact has as object (what is said, wanted, demanded...)"},
    {"label", "node", "string", "what the node shows: the entity's label, or the phrase shortened"},
    {"type", "node", "string", "Person, Organization, Country, Place, Event, Other, or Phrase"},
    {"text", "node", "string", "a phrase's full text"},
    {"iri", "node", "string", "the entity's IRI"},
    {"wikidata", "node", "string", "the Wikidata entity the entity is owl:sameAs"},
    {"degree", "node", "int", "how many facts touch the node"},
    {"predicate", "edge", "string", "the fact's predicate: an open relation's lemma, else its local name"},
    {"predicate_iri", "edge", "string", "the predicate's IRI"},
    {"count", "edge", "int", "how many times the fact is stated (statements merged into this edge)"},
    {"statement", "edge", "string", "the IRI of the first rdf:Statement of the fact"},
    {"statements", "edge", "string", "the IRIs of all its rdf:Statement nodes, space-separated"},
    {"negated", "edge", "boolean", "the fact is negated"},
    {"modality", "edge", "string", "asserted or hypothetical"},
    {"sentence", "edge", "string", "the sentence the first statement comes from"},
};

/// The graph's <desc>: how to read it.
const char* const kLegend =
    "trame facts. Nodes: entities (kind entity, type Person, Organization, Country, Place, Event or "
    "Other) and phrases (kind phrase: the text a fact has as object, such as what is said, wanted or "
    "demanded). Edges: one per distinct fact (subject, predicate, object, negated, modality), from "
    "subject to object; count says how many times it is stated.";

/// True when the UTF-8 bytes at `i` of `text` start U+FFFE or U+FFFF (EF BF BE, EF BF BF).
bool is_noncharacter(const std::string& text, std::size_t i) {
    return i + 2 < text.size() && static_cast<unsigned char>(text[i]) == 0xEF &&
           static_cast<unsigned char>(text[i + 1]) == 0xBF &&
           (static_cast<unsigned char>(text[i + 2]) & 0xFE) == 0xBE;
}

void write_data(const char* key, const std::string& value, std::ostream& out) {
    out << "      <data key=\"" << key << "\">" << xml_escape(value) << "</data>\n";
}

void write_header(std::ostream& out) {
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\""
           " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
           " xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns"
           " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
    for (const Key& key : kKeys)
        out << "  <key id=\"" << key.id << "\" for=\"" << key.domain << "\" attr.name=\"" << key.id
            << "\" attr.type=\"" << key.type << "\">\n    <desc>" << xml_escape(key.desc) << "</desc>\n  </key>\n";
    out << "  <graph id=\"trame\" edgedefault=\"directed\">\n    <desc>" << xml_escape(kLegend) << "</desc>\n";
}

void write_entity(const std::string& id, const GraphEntity& entity, const ViewNode& node, std::ostream& out) {
    out << "    <node id=\"" << id << "\">\n";
    write_data("kind", "entity", out);
    write_data("label", node.label, out);
    write_data("type", to_string(entity.type), out);
    write_data("iri", entity.iri, out);
    if (!entity.wikidata_iri.empty()) write_data("wikidata", entity.wikidata_iri, out);
    write_data("degree", std::to_string(node.degree), out);
    out << "    </node>\n";
}

void write_phrase(const std::string& id, const ViewNode& node, std::ostream& out) {
    out << "    <node id=\"" << id << "\">\n";
    write_data("kind", "phrase", out);
    write_data("label", node.label, out);
    write_data("type", "Phrase", out);
    write_data("text", node.text, out);
    write_data("degree", std::to_string(node.degree), out);
    out << "    </node>\n";
}

void write_edge(std::size_t index, const std::string& source, const std::string& target, const ViewEdge& edge,
                const KnowledgeGraph& graph, std::ostream& out) {
    const GraphStatement& first = graph.statements[edge.statements.front()];
    out << "    <edge id=\"e" << index << "\" source=\"" << source << "\" target=\"" << target << "\">\n";
    write_data("predicate", edge.predicate, out);
    write_data("predicate_iri", edge.predicate_iri, out);
    write_data("count", std::to_string(edge.count()), out);
    write_data("statement", first.iri, out);
    std::string all;
    for (const std::size_t statement : edge.statements) all += (all.empty() ? "" : " ") + graph.statements[statement].iri;
    write_data("statements", all, out);
    write_data("negated", edge.negated ? "true" : "false", out);
    if (!edge.modality.empty()) write_data("modality", edge.modality, out);
    if (!first.sentence.empty()) write_data("sentence", first.sentence, out);
    out << "    </edge>\n";
}

}  // namespace

/// What XML text and attribute values write for the characters they cannot hold as they are (tab
/// and line feed stay; a carriage return is a reference so that it survives end-of-line handling).
constexpr Escape kXmlEscapes[] = {{'&', "&amp;"}, {'<', "&lt;"},  {'>', "&gt;"},  {'"', "&quot;"},
                                  {'\'', "&apos;"}, {'\r', "&#13;"}, {'\t', "\t"}, {'\n', "\n"}};

std::string xml_escape(const std::string& text) {
    std::string result;
    result.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (append_escape(kXmlEscapes, c, result)) continue;
        if (is_noncharacter(text, i))
            i += 2;
        else if (static_cast<unsigned char>(c) >= 0x20)
            result += c;
    }
    return result;
}

void write_graphml(const KnowledgeGraph& graph, std::ostream& out) {
    const FactView view = build_fact_view(graph);
    const std::vector<std::string> ids = node_ids(view);
    write_header(out);
    for (std::size_t i = 0; i < view.nodes.size(); ++i) {
        if (view.nodes[i].kind == ViewNode::Kind::Entity)
            write_entity(ids[i], graph.entities[view.nodes[i].entity], view.nodes[i], out);
        else
            write_phrase(ids[i], view.nodes[i], out);
    }
    for (std::size_t i = 0; i < view.edges.size(); ++i)
        write_edge(i, ids[view.edges[i].source], ids[view.edges[i].target], view.edges[i], graph, out);
    out << "  </graph>\n</graphml>\n";
}

}  // namespace trame
