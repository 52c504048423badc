// The entity graph of a trame RDF output as a Graphviz DOT picture, laid out with sfdp.
#pragma once

#include <ostream>

#include "graph/knowledge_graph.h"

namespace trame {

/// Which facts and entities the DOT picture shows.
struct DotOptions {
    bool negated = true;       ///< Draw negated facts (dashed, red).
    bool hypothetical = true;  ///< Draw hypothetical facts (dotted).
    bool isolated = false;     ///< Draw the entities linked by no drawn fact (they clutter the picture).
};

/// Writes the facts between entities of `graph` as a DOT digraph meant for `sfdp`: one node per
/// entity (its label, a shape and colour per type, a size growing with its degree), one edge per
/// fact labelled with its predicate (an open relation's lemma, else the local name). Node ids are
/// "n0", "n1", ... in entity order, so the output depends only on `graph` and `options`.
void write_dot(const KnowledgeGraph& graph, std::ostream& out, const DotOptions& options = {});

}  // namespace trame
