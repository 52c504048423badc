// The reduce side of a run: the documents' mentions reconciled across documents, and the graph written.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "document/document.h"
#include "document/fact.h"
#include "graph/graph_reconciler.h"
#include "output/existing_graph.h"
#include "output/rdf_writer.h"

namespace trame {

/// Collects what the map gives for each document (its sentences' mentions and its facts),
/// registers every mention with the reconciler, and once all documents are in, groups the mentions
/// into entities and writes the graph. A document waits here with its text, sentences and mentions
/// (its tokens are dropped) until reconciliation names the entities of its facts.
///
/// When extending a graph (--into), the graph's entities are known from the start, and a document
/// already in it (same text, or same identifier) is refused.
class GraphBuilder {
public:
    explicit GraphBuilder(std::optional<ExistingGraph> existing = std::nullopt);

    /// Why `doc` must not be added ("same text"), or nothing when it is new to the graph.
    std::optional<std::string> already_in_graph(const Document& doc) const;
    /// Document ids the graph holds already (empty unless extending a graph).
    std::set<std::string> document_ids() const;
    /// The base IRI of the graph being extended, or empty.
    std::string base() const;

    /// Takes a processed document and its facts (their mentions are registered by reconcile()).
    void add(Document doc, std::vector<Fact> facts);
    /// Registers the mentions of every document, in the order of the documents' ids, groups them
    /// into entities and names the entity of each fact's arguments; call once, after the last add().
    void reconcile();
    /// The entities reconcile() made (with the graph's known ones).
    const std::vector<Entity>& entities() const { return entities_; }
    /// Writes the extended graph first (if any), the ontology when `ontology_path` is not empty,
    /// then every document with its facts, then the entities.
    void write(RdfWriter& writer, const std::string& ontology_path);

private:
    /// A document waiting for reconciliation, with its facts.
    struct Pending {
        Document doc;
        std::vector<Fact> facts;
    };

    std::optional<ExistingGraph> existing_;
    GraphReconciler registry_;
    std::vector<Pending> pending_;
    std::vector<std::vector<std::vector<std::size_t>>> handles_;  ///< [document][sentence][mention] -> registry handle
    std::vector<Entity> entities_;
};

/// Registers every mention of `doc` with `registry`, sentence by sentence; returns their handles
/// by sentence index, then mention index.
std::vector<std::vector<std::size_t>> register_mentions(GraphReconciler& registry, const Document& doc);
/// Tells `registry` that the mentions that a fact relates must not merge (`handles` from
/// register_mentions() for the facts' document).
void relate_arguments(GraphReconciler& registry, const std::vector<std::vector<std::size_t>>& handles,
                      const std::vector<Fact>& facts);

}  // namespace trame
