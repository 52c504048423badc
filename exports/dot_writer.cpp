#include "exports/dot_writer.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <string>
#include <vector>

#include "exports/fact_view.h"

namespace trame {

namespace {

/// How a node kind is drawn.
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

const char* const kPhraseFill = "#fff7d6";

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

/// The font size of a node of `degree` facts: 11 points alone, growing with the square root.
long font_size(std::size_t degree) { return 11 + std::lround(3.0 * std::sqrt(static_cast<double>(degree))); }

void write_header(std::ostream& out) {
    out << "digraph trame {\n"
           "  graph [layout=sfdp, overlap=prism, sep=\"+40\", splines=true, outputorder=edgesfirst,"
           " fontname=\"DejaVu Sans\"];\n"
           "  node [style=filled, fontname=\"DejaVu Sans\", color=\"#555555\"];\n"
           "  edge [fontname=\"DejaVu Sans\", fontsize=9, fontcolor=\"#444444\", color=\"#777777\","
           " arrowsize=0.6];\n";
}

void write_entity(const std::string& id, const GraphEntity& entity, const ViewNode& node, std::ostream& out) {
    const NodeStyle style = node_style(entity.type);
    out << "  " << id << " [label=" << quoted(node.label) << ", tooltip=" << quoted(entity.iri)
        << ", shape=" << style.shape << ", fillcolor=\"" << style.fill << "\", fontsize=" << font_size(node.degree)
        << ", penwidth=" << (node.degree >= 5 ? 2 : 1) << "];\n";
}

void write_phrase(const std::string& id, const ViewNode& node, std::ostream& out) {
    out << "  " << id << " [label=" << quoted(node.label) << ", tooltip=" << quoted(node.text)
        << ", shape=box, style=\"rounded,filled,dashed\", fillcolor=\"" << kPhraseFill
        << "\", fontsize=9, fontcolor=\"#333333\"];\n";
}

void write_edge(const std::string& from, const std::string& to, const ViewEdge& edge, std::ostream& out) {
    std::string label = edge.predicate;
    if (edge.count() > 1) label += " \xC3\x97" + std::to_string(edge.count());  // " ×3"
    out << "  " << from << " -> " << to << " [label=" << quoted(label);
    if (edge.count() > 1)
        out << ", penwidth=" << std::min<std::size_t>(1 + edge.count(), 6)
            << ", tooltip=" << quoted(edge.predicate + ", stated " + std::to_string(edge.count()) + " times");
    if (edge.negated) out << ", color=red, fontcolor=red";
    if (edge.modality == "hypothetical")
        out << ", style=dotted";
    else if (edge.negated)
        out << ", style=dashed";
    out << "];\n";
}

/// The legend: one node in a cluster, a table of the entity types drawn, the phrase box and the
/// line styles (an HTML-like label: fixed text, no data from the graph). Only the entity types of
/// the nodes drawn (those with an id) are listed.
void write_legend(const KnowledgeGraph& graph, const FactView& view, const std::vector<std::string>& ids,
                  std::ostream& out) {
    std::set<EntityType> types;
    bool phrases = false;
    for (std::size_t i = 0; i < view.nodes.size(); ++i) {
        if (ids[i].empty()) continue;
        if (view.nodes[i].kind == ViewNode::Kind::Phrase) phrases = true;
        else types.insert(graph.entities[view.nodes[i].entity].type);
    }
    out << "  subgraph cluster_legend {\n"
           "    label=\"Legend\"; fontsize=10; style=rounded; color=\"#999999\";\n"
           "    legend [shape=plain, style=\"\", fontsize=9, label=<<TABLE BORDER=\"0\" CELLBORDER=\"1\""
           " CELLSPACING=\"2\" CELLPADDING=\"3\">";
    for (const EntityType type : types) {
        const NodeStyle style = node_style(type);
        out << "<TR><TD BGCOLOR=\"" << style.fill << "\">" << to_string(type) << " (" << style.shape << ")</TD></TR>";
    }
    if (phrases)
        out << "<TR><TD BGCOLOR=\"" << kPhraseFill
            << "\" STYLE=\"rounded,dashed\">phrase: what is said, wanted, demanded...</TD></TR>";
    out << "<TR><TD>&#8594; fact, labelled with its predicate</TD></TR>"
           "<TR><TD>&#8594; &#215;N: stated N times (thicker)</TD></TR>"
           "<TR><TD><FONT COLOR=\"red\">- - &#8594; negated</FONT></TD></TR>"
           "<TR><TD>&#183;&#183;&#183; &#8594; hypothetical</TD></TR>"
           "</TABLE>>];\n"
           "  }\n";
}

}  // namespace

void write_dot(const KnowledgeGraph& graph, std::ostream& out, const DotOptions& options) {
    const FactView view = build_fact_view(graph, FactViewOptions{options.negated, options.hypothetical, options.phrases});
    write_header(out);
    std::vector<std::string> ids(view.nodes.size());
    std::size_t next_entity = 0, next_phrase = 0;
    for (std::size_t i = 0; i < view.nodes.size(); ++i) {
        const ViewNode& node = view.nodes[i];
        if (node.kind == ViewNode::Kind::Phrase) {
            ids[i] = "p" + std::to_string(next_phrase++);
            write_phrase(ids[i], node, out);
        } else if (node.degree > 0 || options.isolated) {
            ids[i] = "n" + std::to_string(next_entity++);
            write_entity(ids[i], graph.entities[node.entity], node, out);
        }
    }
    for (const ViewEdge& edge : view.edges) write_edge(ids[edge.source], ids[edge.target], edge, out);
    write_legend(graph, view, ids, out);
    out << "}\n";
}

}  // namespace trame
