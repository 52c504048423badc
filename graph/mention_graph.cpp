#include "graph/mention_graph.h"

#include <algorithm>

#include <boost/graph/connected_components.hpp>
#include <boost/graph/filtered_graph.hpp>

namespace trame {

namespace {

/// Keeps the edges that the clustering kept.
struct KeptEdge {
    const MentionGraph::Graph* graph = nullptr;
    bool operator()(const MentionGraph::Edge& edge) const { return (*graph)[edge].kept; }
};

}  // namespace

const char* to_string(Evidence kind) {
    switch (kind) {
        case Evidence::SameWikidata: return "SameWikidata";
        case Evidence::SameName: return "SameName";
        case Evidence::Surname: return "Surname";
        case Evidence::Variant: return "Variant";
    }
    return "?";
}

MentionGraph::MentionGraph() { intern(""); }

StringId MentionGraph::intern(std::string_view text) {
    if (const auto found = index_.find(text); found != index_.end()) return found->second;
    strings_.emplace_back(text);
    const auto id = static_cast<StringId>(strings_.size() - 1);
    index_.emplace(strings_.back(), id);
    return id;
}

std::size_t MentionGraph::add(const Document& doc, const Sentence& sentence, const Mention& mention) {
    MentionVertex vertex;
    vertex.document = intern(doc.id);
    vertex.date = intern(doc.date.value_or(""));
    vertex.text = intern(mention.text);
    vertex.name = intern(mention.name);
    vertex.canonical = intern(mention.canonical);
    vertex.title = intern(mention.title);
    vertex.wikidata = intern(mention.wikidata);
    vertex.subclass = intern(mention.subclass);
    vertex.sentence = static_cast<std::uint32_t>(sentence.index);
    vertex.first = static_cast<std::uint32_t>(mention.first);
    vertex.last = static_cast<std::uint32_t>(mention.last);
    vertex.type = mention.type;
    vertex.demonym = mention.demonym;
    vertex.pronoun = mention.pronoun;
    vertex.description = mention.description;
    return boost::add_vertex(vertex, graph_);
}

void MentionGraph::link(std::size_t a, std::size_t b, Evidence kind, double weight) {
    boost::add_edge(a, b, EvidenceEdge{kind, weight, false}, graph_);
    ++counts_[static_cast<std::size_t>(kind)];
}

std::vector<MentionGraph::Edge> MentionGraph::edges_by_weight() const {
    std::vector<Edge> sorted;
    sorted.reserve(edge_count());
    const auto [begin, end] = boost::edges(graph_);
    sorted.assign(begin, end);
    std::stable_sort(sorted.begin(), sorted.end(),
                     [this](const Edge& a, const Edge& b) { return graph_[a].weight > graph_[b].weight; });
    return sorted;
}

std::size_t MentionGraph::kept_components(std::vector<std::size_t>& component) const {
    const boost::filtered_graph<Graph, KeptEdge> kept(graph_, KeptEdge{&graph_});
    component.assign(size(), 0);
    return boost::connected_components(kept, component.data());
}

}  // namespace trame
