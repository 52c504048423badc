#include "output/graphml_writer.h"

#include <vector>

namespace trame {

namespace {

/// A GraphML attribute declaration: its id (also its name), what it applies to, and its type.
struct Key {
    const char* id;
    const char* domain;  ///< "node" or "edge".
    const char* type;    ///< "string", "int" or "boolean".
};

constexpr Key kKeys[] = {
    {"label", "node", "string"},     {"type", "node", "string"},      {"iri", "node", "string"},
    {"wikidata", "node", "string"},  {"degree", "node", "int"},       {"predicate", "edge", "string"},
    {"predicate_iri", "edge", "string"}, {"statement", "edge", "string"}, {"negated", "edge", "boolean"},
    {"modality", "edge", "string"},  {"sentence", "edge", "string"},
};

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
            << "\" attr.type=\"" << key.type << "\"/>\n";
    out << "  <graph id=\"trame\" edgedefault=\"directed\">\n";
}

void write_node(std::size_t index, const GraphEntity& entity, std::size_t degree, std::ostream& out) {
    out << "    <node id=\"n" << index << "\">\n";
    write_data("label", entity.label.empty() ? local_name(entity.iri) : entity.label, out);
    write_data("type", to_string(entity.type), out);
    write_data("iri", entity.iri, out);
    if (!entity.wikidata_iri.empty()) write_data("wikidata", entity.wikidata_iri, out);
    write_data("degree", std::to_string(degree), out);
    out << "    </node>\n";
}

void write_edge(std::size_t index, const EntityFact& fact, const GraphStatement& statement, std::ostream& out) {
    out << "    <edge id=\"e" << index << "\" source=\"n" << fact.subject << "\" target=\"n" << fact.object << "\">\n";
    write_data("predicate", statement.predicate_label.empty() ? local_name(statement.predicate)
                                                              : statement.predicate_label, out);
    write_data("predicate_iri", statement.predicate, out);
    write_data("statement", statement.iri, out);
    write_data("negated", statement.negated ? "true" : "false", out);
    if (!statement.modality.empty()) write_data("modality", statement.modality, out);
    if (!statement.sentence.empty()) write_data("sentence", statement.sentence, out);
    out << "    </edge>\n";
}

}  // namespace

std::string xml_escape(const std::string& text) {
    std::string result;
    result.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        switch (c) {
            case '&': result += "&amp;"; continue;
            case '<': result += "&lt;"; continue;
            case '>': result += "&gt;"; continue;
            case '"': result += "&quot;"; continue;
            case '\'': result += "&apos;"; continue;
            case '\r': result += "&#13;"; continue;
            case '\t':
            case '\n': result += c; continue;
            default: break;
        }
        if (is_noncharacter(text, i))
            i += 2;
        else if (static_cast<unsigned char>(c) >= 0x20)
            result += c;
    }
    return result;
}

void write_graphml(const KnowledgeGraph& graph, std::ostream& out) {
    const std::vector<EntityFact> facts = entity_facts(graph);
    std::vector<std::size_t> degree(graph.entities.size(), 0);
    for (const EntityFact& fact : facts) {
        ++degree[fact.subject];
        ++degree[fact.object];
    }
    write_header(out);
    for (std::size_t i = 0; i < graph.entities.size(); ++i) write_node(i, graph.entities[i], degree[i], out);
    for (std::size_t i = 0; i < facts.size(); ++i) write_edge(i, facts[i], graph.statements[facts[i].statement], out);
    out << "  </graph>\n</graphml>\n";
}

}  // namespace trame
