// The facts of a trame RDF output as a Graphviz DOT picture, laid out with sfdp.
#pragma once

#include <ostream>

#include "exports/knowledge_graph.h"

namespace trame {

/// Which facts and entities the DOT picture shows.
struct DotOptions {
    bool negated = true;       ///< Draw negated facts (dashed, red).
    bool hypothetical = true;  ///< Draw hypothetical facts (dotted).
    bool isolated = false;     ///< Draw the entities linked by no drawn fact (they clutter the picture).
    bool phrases = true;       ///< Draw the facts whose object is a phrase (says, wants, demands...).
};

/// Writes the facts of `graph` (see FactView) as a DOT digraph meant for `sfdp`: one node per
/// entity (its label, a shape and colour per type, a size growing with its degree), one node per
/// phrase (a dashed, rounded pale yellow box showing the phrase shortened, its full text as the
/// tooltip), one edge per distinct fact labelled with its predicate (an open relation's lemma,
/// else the local name) and, when it is stated several times, "×N" and a thicker line. A
/// "cluster_legend" subgraph holds one node whose table explains the shapes, colours and lines.
/// Node ids are "n0", "n1"... for entities and "p0", "p1"... for phrases, in order, so the output
/// depends only on `graph` and `options`.
void write_dot(const KnowledgeGraph& graph, std::ostream& out, const DotOptions& options = {});

}  // namespace trame
