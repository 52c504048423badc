// The graph of mentions and of the evidence that two mentions name the same entity.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <boost/graph/adjacency_list.hpp>

#include "document/document.h"

namespace trame {

/// Index of a string in the string table of a MentionGraph; 0 is the empty string.
using StringId = std::uint32_t;

/// A kind of evidence that two mentions name the same entity.
enum class Evidence {
    SameWikidata,  ///< Both carry the same Wikidata id.
    SameName,      ///< Same normalized canonical name (also gazetteer aliases, acronyms, demonyms).
    Surname,       ///< A lone surname (or "M. X", or a pronoun or description resolved to "X") and the
                   ///< person of that surname named in full in the same document; also a lone
                   ///< given name ("Hillary") and the one full name it starts in the document.
    Variant,       ///< Two full names of persons that are spelling or transliteration variants.
};

/// Number of Evidence kinds.
inline constexpr std::size_t kEvidenceKinds = 4;

/// The name of an evidence kind ("SameName", ...).
const char* to_string(Evidence kind);

/// One mention as a vertex of the mention graph: where it is and what the extractor said of it.
/// Strings are ids in the graph's string table (MentionGraph::text()).
struct MentionVertex {
    StringId document = 0;   ///< Document::id.
    StringId date = 0;       ///< Document::date, or the empty string.
    StringId text = 0;       ///< Mention::text.
    StringId name = 0;       ///< Mention::name.
    StringId canonical = 0;  ///< Mention::canonical.
    StringId title = 0;      ///< Mention::title.
    StringId wikidata = 0;   ///< Mention::wikidata.
    StringId subclass = 0;   ///< Mention::subclass.
    std::uint32_t sentence = 0;  ///< Sentence::index.
    std::uint32_t first = 0;     ///< Token span [first, last) in the sentence.
    std::uint32_t last = 0;
    EntityType type = EntityType::Other;
    bool demonym = false;
    bool pronoun = false;
    bool description = false;
};

/// An evidence edge: why two mentions may be the same entity, how strongly, and whether the
/// clustering kept it (a kept edge joins two mentions of one entity).
struct EvidenceEdge {
    Evidence kind = Evidence::SameName;
    double weight = 0.0;
    bool kept = false;
};

/// The mentions of a run as an undirected Boost graph (a vertex per mention, numbered 0, 1, 2, ...
/// in the order of add()) with evidence edges between mentions that may name the same entity.
/// The strings of the vertices are interned in one table, so a million mentions of a few
/// thousand names cost a few integers each.
class MentionGraph {
public:
    using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, MentionVertex, EvidenceEdge>;
    using Edge = Graph::edge_descriptor;

    MentionGraph();

    /// Adds `mention` of `sentence` in `doc` as a new vertex and returns its number.
    std::size_t add(const Document& doc, const Sentence& sentence, const Mention& mention);
    /// Adds an evidence edge between vertices `a` and `b`.
    void link(std::size_t a, std::size_t b, Evidence kind, double weight);
    /// Marks `edge` as kept by the clustering.
    void keep(Edge edge) { graph_[edge].kept = true; }

    /// Number of vertices (mentions).
    std::size_t size() const { return boost::num_vertices(graph_); }
    /// The vertex of mention number `vertex`.
    const MentionVertex& operator[](std::size_t vertex) const { return graph_[vertex]; }
    /// The string of the table with id `id`.
    const std::string& text(StringId id) const { return strings_[id]; }
    /// Number of distinct strings in the table (ids are 0 .. string_count() - 1).
    std::size_t string_count() const { return strings_.size(); }
    /// Number of evidence edges, and of edges of one kind.
    std::size_t edge_count() const { return boost::num_edges(graph_); }
    std::size_t edge_count(Evidence kind) const { return counts_[static_cast<std::size_t>(kind)]; }
    /// The Boost graph itself.
    const Graph& graph() const { return graph_; }

    /// Every edge, by descending weight, edges of equal weight in the order they were linked.
    std::vector<Edge> edges_by_weight() const;
    /// The connected components of the kept edges: component of each vertex, numbered in the order
    /// of their first vertex. Returns the number of components.
    std::size_t kept_components(std::vector<std::size_t>& component) const;

private:
    StringId intern(std::string_view text);

    Graph graph_;
    std::deque<std::string> strings_;  ///< A deque, so the views of index_ stay valid.
    std::unordered_map<std::string_view, StringId> index_;
    std::array<std::size_t, kEvidenceKinds> counts_{};
};

}  // namespace trame
