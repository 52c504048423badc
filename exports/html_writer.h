// The facts of a trame RDF output as one self-contained HTML page: cytoscape.js inlined,
// the graph inlined as JSON, nothing fetched from the network.
#pragma once

#include <ostream>
#include <string>

#include "exports/knowledge_graph.h"

namespace trame {

/// The cytoscape.js build the page inlines when none is given: TRAME_VIEWER_SCRIPT (the source
/// folder's node_modules/cytoscape/dist/cytoscape.min.js, installed by `npm ci`), else that path
/// relative to the working folder.
const char* default_viewer_script();

/// Writes `graph` as an offline HTML viewer: the script file `script_path` (cytoscape.js) inlined
/// in a <script> element, then the graph as a JSON object in a <script type="application/json">
/// element, then the page's own code. What it draws is the FactView of the graph: one node per
/// entity (ids "n0", "n1", ... in entity order), sized by degree, shaped and coloured by type like
/// the DOT picture; one node per phrase object of a fact ("p0"...: says, wants, demands...), a
/// small dashed pale yellow box labelled with the phrase shortened; one directed edge per distinct
/// fact, labelled with its predicate and "×N" (and thicker) when stated N times, negated facts
/// dashed red, hypothetical facts dotted; laid out with "cose" from fixed starting positions and a
/// seeded random source. A side panel holds a legend box and shows the clicked entity (label,
/// type, Wikidata link, its facts with the other end, modality, negation and source sentence),
/// phrase (full text, the facts that have it as object) or edge (each statement and sentence); a
/// search box filters the entities by label. A Content-Security-Policy forbids every network
/// access. The output depends only on `graph` and the script. Throws std::runtime_error naming
/// `script_path` when it cannot be read or would end the <script> element early; nothing is
/// written then.
void write_html(const KnowledgeGraph& graph, std::ostream& out,
                const std::string& script_path = default_viewer_script());

/// `text` (UTF-8) as a JSON string literal safe inside an HTML <script> element: quotes and
/// backslashes escaped, control characters, U+2028 and U+2029 as \uXXXX, and '<', '>' and '&'
/// as \u003c, \u003e and \u0026.
std::string json_string(const std::string& text);

}  // namespace trame
