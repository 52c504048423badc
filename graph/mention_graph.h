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

/// One mention as a vertex of the mention graph: where it is and what the extractor said of it
/// that the reconciler reads. Strings are ids in the graph's string table (MentionGraph::text()).
struct MentionVertex {
    StringId document = 0;   ///< Document::id.
    StringId text = 0;       ///< Mention::text.
    StringId name = 0;       ///< Mention::name.
    StringId canonical = 0;  ///< Mention::canonical.
    StringId wikidata = 0;   ///< Mention::wikidata.
    StringId subclass = 0;   ///< Mention::subclass.
    std::uint32_t sentence = 0;  ///< Sentence::index.
    EntityType type = EntityType::Other;
    bool demonym = false;
    bool pronoun = false;
    bool description = false;
};

/// An evidence edge between mentions `a` and `b`: why they may be the same entity, how strongly,
/// and whether the clustering kept it (a kept edge joins two mentions of one entity).
struct EvidenceEdge {
    std::uint32_t a = 0;
    std::uint32_t b = 0;
    float weight = 0.0F;
    Evidence kind = Evidence::SameName;
    bool kept = false;
};

/// The mentions of a run (numbered 0, 1, 2, ... in the order of add()) with the evidence edges
/// between mentions that may name the same entity, held compactly for 10^7 mentions: a vertex is
/// 28 bytes (its strings are interned in one table, so a million mentions of a few thousand names
/// cost a few integers each), an edge 16 bytes, and no per-vertex allocation.
class MentionGraph {
public:
    /// An edge's number, in the order of link().
    using Edge = std::uint32_t;

    MentionGraph();

    /// Makes room for `mentions` vertices in all (a growing table needs up to twice its size).
    void reserve(std::size_t mentions) { vertices_.reserve(mentions); }
    /// Adds `mention` of `sentence` in `doc` as a new vertex and returns its number.
    std::size_t add(const Document& doc, const Sentence& sentence, const Mention& mention);
    /// Adds an evidence edge between vertices `a` and `b`.
    void link(std::size_t a, std::size_t b, Evidence kind, double weight);
    /// Marks `edge` as kept by the clustering.
    void keep(Edge edge) { edges_[edge].kept = true; }

    /// Number of vertices (mentions).
    std::size_t size() const { return vertices_.size(); }
    /// The vertex of mention number `vertex`.
    const MentionVertex& operator[](std::size_t vertex) const { return vertices_[vertex]; }
    /// The string of the table with id `id`.
    const std::string& text(StringId id) const { return strings_[id]; }
    /// Number of distinct strings in the table (ids are 0 .. string_count() - 1).
    std::size_t string_count() const { return strings_.size(); }
    /// Number of evidence edges, and of edges of one kind.
    std::size_t edge_count() const { return edges_.size(); }
    std::size_t edge_count(Evidence kind) const { return counts_[static_cast<std::size_t>(kind)]; }
    /// The edge numbered `edge`.
    const EvidenceEdge& edge(Edge edge) const { return edges_[edge]; }

    /// Every edge, by descending weight, edges of equal weight in the order they were linked.
    std::vector<Edge> edges_by_weight() const;
    /// The connected components of the kept edges: component of each vertex, numbered in the order
    /// of their first vertex. Returns the number of components.
    std::size_t kept_components(std::vector<std::uint32_t>& component) const;

private:
    StringId intern(std::string_view text);

    std::vector<MentionVertex> vertices_;
    std::vector<EvidenceEdge> edges_;
    std::deque<std::string> strings_;  ///< A deque, so the views of index_ stay valid.
    std::unordered_map<std::string_view, StringId> index_;
    std::array<std::size_t, kEvidenceKinds> counts_{};
};

}  // namespace trame
