#include "exports/graph_stats.h"

#include <algorithm>
#include <tuple>
#include <utility>

#include <boost/graph/connected_components.hpp>

namespace trame {

namespace {

constexpr EntityType kTypes[] = {EntityType::Person, EntityType::Organization, EntityType::Country,
                                 EntityType::Place,  EntityType::Event,        EntityType::Other};

/// How many component sizes the report lists.
constexpr std::size_t kLargestComponents = 5;

void count_entities(const KnowledgeGraph& graph, GraphStats& stats) {
    stats.entities = graph.entities.size();
    for (EntityType type : kTypes) stats.entities_by_type[type] = 0;
    for (const GraphEntity& entity : graph.entities) {
        ++stats.entities_by_type[entity.type];
        if (entity.wikidata) ++stats.wikidata_linked;
    }
}

void count_statements(const KnowledgeGraph& graph, GraphStats& stats) {
    stats.statements = graph.statements.size();
    for (const GraphStatement& statement : graph.statements) {
        ++stats.statements_by_predicate[local_name(statement.predicate)];
        if (statement.modality == "asserted") ++stats.asserted;
        if (statement.modality == "hypothetical") ++stats.hypothetical;
        if (statement.negated) ++stats.negated;
    }
}

void rank_entities(const KnowledgeGraph& graph, const EntityGraph& entity_graph, GraphStats& stats) {
    for (std::size_t i = 0; i < graph.entities.size(); ++i) {
        const std::size_t degree = boost::degree(i, entity_graph);
        if (degree == 0) {
            ++stats.isolated;
            continue;
        }
        const GraphEntity& entity = graph.entities[i];
        stats.most_connected.push_back(RankedEntity{entity.iri, entity.label, entity.type, degree});
    }
    std::sort(stats.most_connected.begin(), stats.most_connected.end(),
              [](const RankedEntity& a, const RankedEntity& b) {
                  return std::tie(b.degree, a.label, a.iri) < std::tie(a.degree, b.label, b.iri);
              });
}

void measure_components(const EntityGraph& entity_graph, GraphStats& stats) {
    std::vector<std::size_t> component(boost::num_vertices(entity_graph));
    stats.components = component.empty() ? 0 : boost::connected_components(entity_graph, component.data());
    stats.component_sizes.assign(stats.components, 0);
    for (std::size_t id : component) ++stats.component_sizes[id];
    std::sort(stats.component_sizes.rbegin(), stats.component_sizes.rend());
}

/// The number of code points of the UTF-8 `text`, its width on a terminal for the scripts trame meets.
std::size_t display_width(const std::string& text) {
    return static_cast<std::size_t>(
        std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::string pad_right(const std::string& text, std::size_t width) {
    const std::size_t used = display_width(text);
    return used >= width ? text : text + std::string(width - used, ' ');
}

std::string pad_left(const std::string& text, std::size_t width) {
    const std::size_t used = display_width(text);
    return used >= width ? text : std::string(width - used, ' ') + text;
}

bool is_number(const std::string& text) {
    return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

/// A titled block of "name  value" rows: names left-aligned, numbers right-aligned in one column,
/// other values (lists) left-aligned where that column starts.
void print_rows(std::ostream& out, const std::string& title, const std::vector<std::pair<std::string, std::string>>& rows) {
    std::size_t name_width = 0, number_width = 0;
    for (const auto& [name, value] : rows) {
        name_width = std::max(name_width, display_width(name));
        if (is_number(value)) number_width = std::max(number_width, value.size());
    }
    out << title << '\n';
    if (rows.empty()) out << "  (none)\n";
    for (const auto& [name, value] : rows)
        out << "  " << pad_right(name, name_width) << "  " << (is_number(value) ? pad_left(value, number_width) : value)
            << '\n';
    out << '\n';
}

void print_entities(const GraphStats& stats, std::ostream& out) {
    std::vector<std::pair<std::string, std::string>> rows{{"total", std::to_string(stats.entities)}};
    for (const auto& [type, count] : stats.entities_by_type) rows.emplace_back(to_string(type), std::to_string(count));
    rows.emplace_back("linked to Wikidata", std::to_string(stats.wikidata_linked));
    print_rows(out, "Entities", rows);
}

void print_facts(const GraphStats& stats, std::ostream& out) {
    print_rows(out, "Facts",
               {{"total", std::to_string(stats.statements)},
                {"asserted", std::to_string(stats.asserted)},
                {"hypothetical", std::to_string(stats.hypothetical)},
                {"negated", std::to_string(stats.negated)},
                {"between two entities", std::to_string(stats.entity_facts)}});
    std::vector<std::pair<std::string, std::size_t>> predicates(stats.statements_by_predicate.begin(),
                                                                stats.statements_by_predicate.end());
    std::stable_sort(predicates.begin(), predicates.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    std::vector<std::pair<std::string, std::string>> rows;
    for (const auto& [name, count] : predicates) rows.emplace_back(name, std::to_string(count));
    print_rows(out, "Facts by predicate", rows);
}

void print_most_connected(const GraphStats& stats, std::ostream& out, std::size_t top) {
    out << "Most connected entities\n";
    const std::size_t shown = std::min(top, stats.most_connected.size());
    if (shown == 0) {
        out << "  (no fact between two entities)\n\n";
        return;
    }
    std::size_t type_width = 4;
    for (std::size_t i = 0; i < shown; ++i)
        type_width = std::max(type_width, display_width(to_string(stats.most_connected[i].type)));
    out << "  " << pad_left("#", 3) << "  " << pad_left("degree", 6) << "  " << pad_right("type", type_width) << "  label\n";
    for (std::size_t i = 0; i < shown; ++i) {
        const RankedEntity& entity = stats.most_connected[i];
        out << "  " << pad_left(std::to_string(i + 1), 3) << "  " << pad_left(std::to_string(entity.degree), 6) << "  "
            << pad_right(to_string(entity.type), type_width) << "  " << (entity.label.empty() ? entity.iri : entity.label)
            << '\n';
    }
    out << '\n';
}

void print_components(const GraphStats& stats, std::ostream& out) {
    std::string largest;
    for (std::size_t i = 0; i < std::min(kLargestComponents, stats.component_sizes.size()); ++i)
        largest += (i ? ", " : "") + std::to_string(stats.component_sizes[i]);
    print_rows(out, "Entity graph",
               {{"connected components", std::to_string(stats.components)},
                {"isolated entities", std::to_string(stats.isolated)},
                {"largest components", largest.empty() ? "-" : largest}});
}

}  // namespace

GraphStats compute_stats(const KnowledgeGraph& graph) {
    GraphStats stats;
    stats.documents = graph.documents;
    stats.sentences = graph.sentences;
    count_entities(graph, stats);
    count_statements(graph, stats);
    const EntityGraph entity_graph = build_entity_graph(graph);
    stats.entity_facts = boost::num_edges(entity_graph);
    rank_entities(graph, entity_graph, stats);
    measure_components(entity_graph, stats);
    return stats;
}

GraphStats compute_stats(const std::string& path) { return compute_stats(KnowledgeGraph::load(path)); }

void print_stats(const GraphStats& stats, std::ostream& out, std::size_t top) {
    print_rows(out, "Corpus", {{"documents", std::to_string(stats.documents)}, {"sentences", std::to_string(stats.sentences)}});
    print_entities(stats, out);
    print_facts(stats, out);
    print_most_connected(stats, out, top);
    print_components(stats, out);
}

}  // namespace trame
