#include "output/dot_writer.h"

#include <cmath>
#include <string>
#include <vector>

namespace trame {

namespace {

/// How an entity type is drawn.
struct NodeStyle {
    const char* shape;
    const char* fill;
};

NodeStyle node_style(EntityType type) {
    switch (type) {
        case EntityType::Person: return {"ellipse", "#a6cee3"};
        case EntityType::Organization: return {"box", "#fdbf6f"};
        case EntityType::Country: return {"hexagon", "#b2df8a"};
        case EntityType::Place: return {"octagon", "#d9f0a3"};
        case EntityType::Event: return {"diamond", "#fb9a99"};
        case EntityType::Other: break;
    }
    return {"note", "#dddddd"};
}

/// `text` as a quoted DOT string: quotes and backslashes escaped, line breaks as "\n", other
/// control characters dropped.
std::string quoted(const std::string& text) {
    std::string result = "\"";
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            result += '\\';
            result += c;
        } else if (c == '\n') {
            result += "\\n";
        } else if (c == '\t') {
            result += ' ';
        } else if (byte >= 0x20 && byte != 0x7f) {
            result += c;
        }
    }
    return result + '"';
}

/// Whether `options` let `statement` be drawn.
bool is_drawn(const GraphStatement& statement, const DotOptions& options) {
    return (options.negated || !statement.negated) && (options.hypothetical || statement.modality != "hypothetical");
}

/// The facts the picture shows, and the number of them touching each entity.
struct DrawnFacts {
    std::vector<EntityFact> facts;
    std::vector<std::size_t> degree;  ///< Indexed like KnowledgeGraph::entities.
};

DrawnFacts drawn_facts(const KnowledgeGraph& graph, const DotOptions& options) {
    DrawnFacts drawn{{}, std::vector<std::size_t>(graph.entities.size(), 0)};
    for (const EntityFact& fact : entity_facts(graph)) {
        if (!is_drawn(graph.statements[fact.statement], options)) continue;
        ++drawn.degree[fact.subject];
        ++drawn.degree[fact.object];
        drawn.facts.push_back(fact);
    }
    return drawn;
}

/// The font size of an entity of `degree` facts: 11 points alone, growing with the square root.
long font_size(std::size_t degree) { return 11 + std::lround(3.0 * std::sqrt(static_cast<double>(degree))); }

void write_header(std::ostream& out) {
    out << "digraph trame {\n"
           "  graph [layout=sfdp, overlap=prism, sep=\"+40\", splines=true, outputorder=edgesfirst,"
           " fontname=\"DejaVu Sans\"];\n"
           "  node [style=filled, fontname=\"DejaVu Sans\", color=\"#555555\"];\n"
           "  edge [fontname=\"DejaVu Sans\", fontsize=9, fontcolor=\"#444444\", color=\"#777777\","
           " arrowsize=0.6];\n";
}

void write_node(const std::string& id, const GraphEntity& entity, std::size_t degree, std::ostream& out) {
    const NodeStyle style = node_style(entity.type);
    out << "  " << id << " [label=" << quoted(entity.label.empty() ? local_name(entity.iri) : entity.label)
        << ", tooltip=" << quoted(entity.iri) << ", shape=" << style.shape << ", fillcolor=\"" << style.fill
        << "\", fontsize=" << font_size(degree) << ", penwidth=" << (degree >= 5 ? 2 : 1) << "];\n";
}

void write_edge(const std::string& from, const std::string& to, const GraphStatement& statement, std::ostream& out) {
    const std::string& label = statement.predicate_label.empty() ? local_name(statement.predicate)
                                                                 : statement.predicate_label;
    out << "  " << from << " -> " << to << " [label=" << quoted(label);
    if (statement.negated) out << ", color=red, fontcolor=red";
    if (statement.modality == "hypothetical")
        out << ", style=dotted";
    else if (statement.negated)
        out << ", style=dashed";
    out << "];\n";
}

}  // namespace

void write_dot(const KnowledgeGraph& graph, std::ostream& out, const DotOptions& options) {
    const DrawnFacts drawn = drawn_facts(graph, options);
    write_header(out);
    std::vector<std::string> ids(graph.entities.size());
    std::size_t next = 0;
    for (std::size_t i = 0; i < graph.entities.size(); ++i) {
        if (drawn.degree[i] == 0 && !options.isolated) continue;
        ids[i] = "n" + std::to_string(next++);
        write_node(ids[i], graph.entities[i], drawn.degree[i], out);
    }
    for (const EntityFact& fact : drawn.facts)
        write_edge(ids[fact.subject], ids[fact.object], graph.statements[fact.statement], out);
    out << "}\n";
}

}  // namespace trame
