#include "exports/fact_view.h"

#include <map>
#include <tuple>

namespace trame {

namespace {

bool is_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

bool is_kept(const GraphStatement& statement, const FactViewOptions& options) {
    return (options.negated || !statement.negated) && (options.hypothetical || statement.modality != "hypothetical") &&
           (options.phrases || statement.object_is_resource);
}

}  // namespace

std::string shorten(const std::string& text, std::size_t max) {
    std::string line;
    bool space = false;
    for (const char c : text) {
        if (is_space(static_cast<unsigned char>(c))) {
            space = !line.empty();
            continue;
        }
        if (space) line += ' ';
        space = false;
        line += c;
    }
    std::size_t points = 0, cut = std::string::npos, last_space = std::string::npos, space_points = 0;
    for (std::size_t i = 0; i < line.size(); ++i) {
        if ((static_cast<unsigned char>(line[i]) & 0xC0) == 0x80) continue;  // a continuation byte
        if (points == max) {
            cut = i;
            break;
        }
        if (line[i] == ' ') last_space = i, space_points = points;
        ++points;
    }
    if (cut == std::string::npos) return line;
    if (last_space != std::string::npos && space_points * 2 >= max) cut = last_space;
    while (cut > 0 && line[cut - 1] == ' ') --cut;
    return line.substr(0, cut) + "\xE2\x80\xA6";  // …
}

std::vector<std::string> node_ids(const FactView& view) {
    std::vector<std::string> ids(view.nodes.size());
    std::size_t phrases = 0;
    for (std::size_t i = 0; i < view.nodes.size(); ++i)
        ids[i] = view.nodes[i].kind == ViewNode::Kind::Entity ? "n" + std::to_string(view.nodes[i].entity)
                                                              : "p" + std::to_string(phrases++);
    return ids;
}

FactView build_fact_view(const KnowledgeGraph& graph, const FactViewOptions& options) {
    FactView view;
    view.entities = graph.entities.size();
    for (std::size_t i = 0; i < graph.entities.size(); ++i) {
        const GraphEntity& entity = graph.entities[i];
        const std::string label = entity.label.empty() ? local_name(entity.iri) : entity.label;
        view.nodes.push_back(ViewNode{ViewNode::Kind::Entity, i, label, label, 0});
    }
    std::map<std::string, std::size_t> phrases;  // text -> node
    std::map<std::tuple<std::size_t, std::size_t, std::string, bool, std::string>, std::size_t> edges;
    for (std::size_t i = 0; i < graph.statements.size(); ++i) {
        const GraphStatement& statement = graph.statements[i];
        if (!is_kept(statement, options)) continue;
        const long subject = graph.find_entity(statement.subject);
        if (subject < 0) continue;
        std::size_t target = 0;
        if (statement.object_is_resource) {
            const long object = graph.find_entity(statement.object);
            if (object < 0) continue;
            target = static_cast<std::size_t>(object);
        } else {
            const auto [it, added] = phrases.emplace(statement.object, view.nodes.size());
            if (added)
                view.nodes.push_back(ViewNode{ViewNode::Kind::Phrase, 0, statement.object, shorten(statement.object), 0});
            target = it->second;
        }
        const std::size_t source = static_cast<std::size_t>(subject);
        const auto [it, added] = edges.emplace(
            std::make_tuple(source, target, statement.predicate, statement.negated, statement.modality),
            view.edges.size());
        if (added)
            view.edges.push_back(ViewEdge{source, target,
                                          statement.predicate_label.empty() ? local_name(statement.predicate)
                                                                            : statement.predicate_label,
                                          statement.predicate, statement.negated, statement.modality, {}});
        view.edges[it->second].statements.push_back(i);
        ++view.nodes[source].degree;
        ++view.nodes[target].degree;
        ++view.facts;
    }
    return view;
}

}  // namespace trame
