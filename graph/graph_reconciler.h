// The entity registry that reconciles mentions over a graph of evidence.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "graph/entity_registry.h"
#include "graph/mention_graph.h"

namespace trame {

/// An EntityRegistry that decides the entities of a whole run at once, over a MentionGraph.
///
/// Evidence. reconcile() links mentions that may name the same entity, with these weights:
///   SameWikidata 1.0  same non-empty Wikidata id;
///   SameName     0.9  same normalized canonical name (gazetteer aliases, acronyms and demonyms
///                     share their entry's label) and compatible types, except below;
///                0.6  the same one-word person name in two documents (a lone surname: weak);
///   Surname      0.85 a one-word person name ("Poutine", "M. Poutine", or a pronoun or
///                     description resolved to "Poutine") and the full name of that surname
///                     nearest before it (else after it) in the same document;
///                0.6  the first lone surname from a document without a full name of that
///                     surname, and the first full name of that surname in the run, when all the
///                     full names of that surname have compatible given names;
///   Variant      0.7  two full names of persons whose ASCII transliterations ("Any-Latin;
///                     Latin-ASCII; Lower") are within Damerau-Levenshtein distance 2, share the
///                     first four letters of the surname and have compatible given names
///                     ("Dmitri Peskov" / "Dmitry Peskov").
/// No other evidence joins two different canonical names, so metonyms (Moscou, Kremlin) stay
/// apart from their country. Candidate pairs come from blocking keys only (canonical key and type,
/// document and surname, surname prefix, Wikidata id), and a block is linked as a star (each
/// member to one representative, per document then across documents), never pairwise: the edges
/// grow linearly with the mentions. A one-word person name shared by people of different given
/// names ("Biden" for Joe and Hunter Biden) is only linked across documents where no full name
/// of that surname appears, and then to no full name.
///
/// Constraints. Two clusters may not merge when they hold mentions of different types (Other
/// joins anything), different Wikidata ids, full names of persons with the same surname and
/// incompatible given names (Joe Biden / Hunter Biden), or two mentions that a fact relates.
///
/// Clustering. Evidence edges are taken by descending weight (ties in linking order) and each
/// one merges the clusters of its ends in a union-find unless a constraint forbids it; the edges
/// that merged are kept, and the entities are the connected components of the kept edges. Unlike
/// plain connected components of all evidence, this never puts two mentions that a constraint
/// separates in one entity, even when a chain of weak evidence leads from one to the other (Joe
/// Biden - "Biden" - "Biden" - Hunter Biden): the chain is cut at its weakest link, and strong
/// evidence is used before weak. Each cluster keeps what its constraints need (a type mask, one
/// Wikidata id, its (surname, given name) pairs, the mentions related to its members), and a
/// merge checks the smaller cluster's against the larger's and moves them into it.
///
/// Entities. The label of an entity is the canonical name of its known members (a Wikidata id,
/// or a gazetteer name that differs from the name written) when there are any, else its fullest
/// proper-name form (most words among the names that are not pronouns, descriptions or demonyms;
/// ties to the most frequent, then the first in byte order). Its altLabels are the other texts and
/// names of its members except pronouns; its type the most frequent type other than Other; its id
/// slug(label), made unique by taking the entities in order of label, then of first mention, and
/// adding "-2", "-3"... to the later ones. Ids thus depend on the input only.
///
/// Known entities (add_known(), the entities of a graph being extended). Each one is a cluster
/// of pseudo-mentions (its label and altLabels) that reconcile() forms first; new mentions join
/// it by the evidence above. Two known entities merge only when evidence from real mentions joins
/// them and their labels differ (homonyms known apart stay apart); the merged entity keeps the id,
/// label and type of the oldest (first added) and lists the other ids, and the ids they retired,
/// in `retired`. An entity keeps the known id, label and type (and Wikidata id, when it has one),
/// and gains the new names as altLabels; the ids of new entities avoid every known and retired id.
class GraphReconciler : public EntityRegistry {
public:
    std::size_t add(const Document& doc, const Sentence& sentence, std::size_t index) override;
    void relate(std::size_t a, std::size_t b) override;
    void reconcile() override;
    const std::string& entity_of(std::size_t mention) const override { return entities_[entity_of_[mention]].id; }
    std::vector<Entity> entities() const override { return entities_; }

    /// Registers `entity` (non-empty id and label) as known, before reconcile(): one pseudo-mention
    /// per name (the label, then each altLabel), of its type and Wikidata id, in a document of its
    /// own. Returns the handles of the pseudo-mentions, the label's first. The altLabels only
    /// serve as names to match: they add no constraint (a "M. Poutine" is not a given name "M.").
    /// Throws std::invalid_argument for an empty id or label, or an id already known.
    std::vector<std::size_t> add_known(const Entity& entity);

    /// Makes room for `mentions` more mentions, when their number is known before they are added
    /// (a growing table needs up to twice its size).
    void reserve(std::size_t mentions) { graph_.reserve(graph_.size() + mentions); }

    /// The mention graph, with its evidence edges after reconcile().
    const MentionGraph& graph() const { return graph_; }
    /// Number of evidence edges of `kind` found by reconcile().
    std::size_t edge_count(Evidence kind) const { return graph_.edge_count(kind); }
    /// The mentions of each entity, in the order of entities(), each in the order of add().
    std::vector<std::vector<std::size_t>> clusters() const;

private:
    MentionGraph graph_;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> related_;  ///< relate() pairs.
    std::vector<Entity> entities_;                              ///< Sorted by id.
    std::vector<std::uint32_t> entity_of_;                      ///< mention -> index in entities_
    std::vector<Entity> known_;                                 ///< add_known() entities.
    std::vector<std::size_t> known_of_;  ///< mention -> index in known_, SIZE_MAX for a real mention
    std::vector<bool> alias_;            ///< mention -> is the pseudo-mention of a known altLabel
};

}  // namespace trame
