// A graph trame wrote, read back to be extended with new articles (`trame extract --into`).
#pragma once

#include <set>
#include <string>
#include <vector>

#include "graph/entity.h"

namespace trame {

/// What extending a trame graph needs to know of it: the base of its IRIs, its entities (to seed
/// the reconciliation, so that new mentions of them get their IRIs) and its documents (so that an
/// article already in it is not added twice: by content hash or identifier, never by file name). Its triples themselves are copied by
/// RdfWriter::copy_graph, which reads the file again.
///
///   const ExistingGraph graph = ExistingGraph::load("graph.ttl");
///   for (const Entity& entity : graph.entities) reconciler.add_known(entity);
struct ExistingGraph {
    std::string path;
    /// The base IRI of its documents and entities ("https://w3id.org/trame/id/"), empty when it
    /// has neither.
    std::string base;
    /// The entities under base + "entity/" that have an rdfs:label, sorted by id: id (the IRI's
    /// last segment, percent-decoded), label (the first rdfs:label), altLabels (skos:altLabel,
    /// minus the label), type (the most specific trame class: Country before Place) and Wikidata
    /// id (the first owl:sameAs a Wikidata entity IRI).
    std::vector<Entity> entities;
    /// The ids of its documents: the nif:Context nodes under base + "doc/".
    std::set<std::string> documents;
    /// The trame:contentHash of its documents (SHA-256 of their text, see content_hash): an
    /// input with one of these is already in the graph, whatever its file is called.
    std::set<std::string> content_hashes;
    /// The dcterms:identifier of its documents (given with extract --id).
    std::set<std::string> identifiers;

    /// Reads `path` with Serd in strict mode (syntax from the extension: .trig, .nt, .nq,
    /// otherwise Turtle; graph names are ignored). `base` is the base the caller wants, or empty
    /// to take the one the graph's document and entity IRIs share. Throws std::runtime_error
    /// naming the file: when it cannot be opened, at the line and column of a syntax error, when
    /// its IRIs are under another base than `base`, or under several bases and `base` is empty.
    static ExistingGraph load(const std::string& path, const std::string& base = "");
};

}  // namespace trame
