// The entity graph of a trame RDF output as GraphML, for Gephi, Cytoscape and other graph tools.
#pragma once

#include <ostream>
#include <string>

#include "graph/knowledge_graph.h"

namespace trame {

/// Writes every entity of `graph` as a GraphML node (keys label, type, iri, degree, and wikidata
/// when linked) and every fact between two entities as a directed edge (keys predicate,
/// predicate_iri, statement, negated, modality, and sentence when known). Ids are "n0", "e0", ...
/// in the order of `graph`; text is XML-escaped, and characters XML 1.0 forbids are dropped.
void write_graphml(const KnowledgeGraph& graph, std::ostream& out);

/// `text` as XML 1.0 character data or attribute value: &, <, >, " and ' escaped, carriage
/// returns as "&#13;", other C0 control characters but tab and line feed dropped, as are
/// U+FFFE and U+FFFF.
std::string xml_escape(const std::string& text);

}  // namespace trame
