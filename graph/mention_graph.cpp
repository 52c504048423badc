#include "graph/mention_graph.h"

#include <algorithm>
#include <limits>
#include <stdexcept>

namespace trame {

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
    if (vertices_.size() >= std::numeric_limits<std::uint32_t>::max())
        throw std::length_error("more than 4,294,967,294 mentions in one reconciliation");
    MentionVertex vertex;
    vertex.document = intern(doc.id);
    vertex.text = intern(mention.text);
    vertex.name = intern(mention.name);
    vertex.canonical = intern(mention.canonical);
    vertex.wikidata = intern(mention.wikidata);
    vertex.subclass = intern(mention.subclass);
    vertex.sentence = static_cast<std::uint32_t>(sentence.index);
    vertex.type = mention.type;
    vertex.demonym = mention.demonym;
    vertex.pronoun = mention.pronoun;
    vertex.description = mention.description;
    vertices_.push_back(vertex);
    return vertices_.size() - 1;
}

void MentionGraph::link(std::size_t a, std::size_t b, Evidence kind, double weight) {
    edges_.push_back(EvidenceEdge{static_cast<std::uint32_t>(a), static_cast<std::uint32_t>(b), static_cast<float>(weight), kind, false});
    ++counts_[static_cast<std::size_t>(kind)];
}

std::vector<MentionGraph::Edge> MentionGraph::edges_by_weight() const {
    std::vector<Edge> sorted(edges_.size());
    for (std::size_t e = 0; e < sorted.size(); ++e) sorted[e] = static_cast<Edge>(e);
    std::stable_sort(sorted.begin(), sorted.end(), [this](Edge a, Edge b) { return edges_[a].weight > edges_[b].weight; });
    return sorted;
}

std::size_t MentionGraph::kept_components(std::vector<std::uint32_t>& component) const {
    // A union-find over the kept edges, then the roots numbered
    // in the order of their first vertex.
    std::vector<std::uint32_t> parent(size());
    for (std::size_t v = 0; v < parent.size(); ++v) parent[v] = static_cast<std::uint32_t>(v);
    const auto find = [&parent](std::uint32_t v) {
        while (parent[v] != v) v = parent[v] = parent[parent[v]];
        return v;
    };
    for (const EvidenceEdge& edge : edges_)
        if (edge.kept) {
            const std::uint32_t a = find(edge.a), b = find(edge.b);
            if (a != b) parent[std::max(a, b)] = std::min(a, b);  // the root is the first vertex
        }
    // Parents point to smaller vertices and roots are their cluster's first vertex, so in
    // ascending order a vertex's parent is already its root's when its turn comes.
    std::vector<std::uint32_t> number(size());
    std::size_t count = 0;
    for (std::size_t v = 0; v < parent.size(); ++v) {
        parent[v] = parent[parent[v]];
        number[v] = parent[v] == v ? static_cast<std::uint32_t>(count++) : number[parent[v]];
    }
    component.swap(number);
    return count;
}

}  // namespace trame
