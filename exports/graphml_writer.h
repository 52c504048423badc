// The facts of a trame RDF output as GraphML, for Gephi, Cytoscape and other graph tools.
#pragma once

#include <ostream>
#include <string>

#include "exports/knowledge_graph.h"

namespace trame {

/// Writes the facts of `graph` (see FactView) as GraphML: every entity as a node (keys kind
/// "entity", label, type, iri, degree, and wikidata when linked), every phrase object of a fact
/// (says, wants, demands...) as a node of kind "phrase" (type "Phrase", label shortened, text in
/// full), every distinct fact as one directed edge (keys predicate, predicate_iri, count,
/// statement, statements, negated, modality, and sentence when known). Each key has a <desc>,
/// and the graph's <desc> is the legend. Ids are "n0"... (entity i is "ni"), "p0"... and "e0"...
/// in the order of the view; text is XML-escaped, and characters XML 1.0 forbids are dropped.
void write_graphml(const KnowledgeGraph& graph, std::ostream& out);

/// `text` as XML 1.0 character data or attribute value: &, <, >, " and ' escaped, carriage
/// returns as "&#13;", other C0 control characters but tab and line feed dropped, as are
/// U+FFFE and U+FFFF.
std::string xml_escape(const std::string& text);

}  // namespace trame
