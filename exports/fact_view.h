// What the exports (DOT, GraphML, HTML) draw of a trame graph: entities and phrases as nodes,
// facts merged into edges.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "exports/knowledge_graph.h"

namespace trame {

/// A node of an exported picture: an entity of the graph, or a phrase, the literal object of
/// facts such as says, wants or demands ("l'ouverture d'une enquête"), drawn as a node of its
/// own kind. Facts with the same phrase as object share its node.
struct ViewNode {
    enum class Kind { Entity, Phrase };
    Kind kind = Kind::Entity;
    std::size_t entity = 0;  ///< Entity: its index in KnowledgeGraph::entities.
    std::string text;        ///< Phrase: its full text (an entity: its label).
    std::string label;       ///< What the node shows: the entity's label (else its IRI's local
                             ///< name), or the phrase shortened by shorten().
    std::size_t degree = 0;  ///< How many drawn facts (not edges) touch it.
};

/// An edge of an exported picture: the drawn facts with the same subject, predicate, object,
/// polarity and modality (a fact stated in several sentences or documents), drawn once.
struct ViewEdge {
    std::size_t source = 0;               ///< Index in FactView::nodes.
    std::size_t target = 0;               ///< Index in FactView::nodes.
    std::string predicate;                ///< An open relation's lemma, else the predicate's local name.
    std::string predicate_iri;
    bool negated = false;
    std::string modality;                 ///< "asserted", "hypothetical"... (empty when absent).
    std::vector<std::size_t> statements;  ///< Its facts as indices in KnowledgeGraph::statements, in order.

    /// How many times the fact is stated.
    std::size_t count() const { return statements.size(); }
};

/// Which facts a FactView keeps.
struct FactViewOptions {
    bool negated = true;       ///< Keep negated facts.
    bool hypothetical = true;  ///< Keep hypothetical facts.
    bool phrases = true;       ///< Keep facts whose object is a phrase (a literal).
};

/// The picture of a KnowledgeGraph: node i < entities is entity i (every entity, in the graph's
/// order, drawn or not); then the phrases, in the order of their first fact. Edges come in the
/// order of their first fact. A fact is drawn when its subject is an entity and its object an
/// entity or a literal; its statement order (by IRI) makes the view depend only on the graph.
struct FactView {
    std::vector<ViewNode> nodes;
    std::vector<ViewEdge> edges;
    std::size_t entities = 0;  ///< The number of entity nodes, first in `nodes`.
    std::size_t facts = 0;     ///< The number of facts the edges hold.
};

/// The view of `graph` with the facts `options` keep.
FactView build_fact_view(const KnowledgeGraph& graph, const FactViewOptions& options = {});

/// The id of each node of `view` in the exports: "n" and the entity's index for an entity ("n3"),
/// "p" and the phrase's rank among the phrases for a phrase ("p0").
std::vector<std::string> node_ids(const FactView& view);

/// `text` on one line (every run of white space one space, trimmed), cut to at most `max` code
/// points at a word boundary when there is one in its second half, with "…" added when cut.
std::string shorten(const std::string& text, std::size_t max = 40);

}  // namespace trame
