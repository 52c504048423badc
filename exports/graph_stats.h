// Statistics of a trame RDF output: what `trame stats OUT.ttl` reports.
#pragma once

#include <cstddef>
#include <map>
#include <ostream>
#include <string>
#include <vector>

#include "document/entity_type.h"
#include "exports/knowledge_graph.h"

namespace trame {

/// An entity with the number of facts linking it to another entity (its degree in the EntityGraph).
struct RankedEntity {
    std::string iri;
    std::string label;
    EntityType type = EntityType::Other;
    std::size_t degree = 0;
};

/// The figures of one trame RDF output: entities, facts, documents, and the shape of the entity graph.
struct GraphStats {
    std::size_t documents = 0;                          ///< nif:Context nodes.
    std::size_t sentences = 0;                          ///< nif:Sentence nodes.

    std::size_t entities = 0;
    std::map<EntityType, std::size_t> entities_by_type;  ///< Every type, zero included.
    std::size_t wikidata_linked = 0;                     ///< Entities owl:sameAs a Wikidata IRI.

    std::size_t statements = 0;                                  ///< rdf:Statement nodes.
    std::map<std::string, std::size_t> statements_by_predicate;  ///< Keyed by predicate local name.
    std::size_t asserted = 0;                                    ///< trame:modality "asserted".
    std::size_t hypothetical = 0;                                ///< trame:modality "hypothetical".
    std::size_t negated = 0;                                     ///< trame:negated true.
    std::size_t entity_facts = 0;  ///< Statements whose subject and object are both entities (graph edges).

    /// Entities by decreasing degree, then by label and IRI; only those with a degree above zero.
    std::vector<RankedEntity> most_connected;
    std::size_t components = 0;                 ///< Connected components, isolated entities included.
    std::vector<std::size_t> component_sizes;   ///< Entities per component, largest first.
    std::size_t isolated = 0;                   ///< Entities in no fact with another entity.
};

/// The statistics of a graph already loaded.
GraphStats compute_stats(const KnowledgeGraph& graph);

/// The statistics of the RDF file at `path` (Turtle, TriG, N-Triples or N-Quads, from the extension).
/// Throws std::runtime_error naming the file, with line and column for a syntax error.
GraphStats compute_stats(const std::string& path);

/// Writes `stats` as a plain-text report with aligned columns: the `top` most connected entities
/// and the sizes of the five largest components.
void print_stats(const GraphStats& stats, std::ostream& out, std::size_t top = 10);

}  // namespace trame
