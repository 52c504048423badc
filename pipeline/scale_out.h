// A run split over many processes: map (documents to parts), reconcile (all mentions into
// entities, once), finalize (each part into RDF with the entities' IRIs).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "pipeline/input_loop.h"
#include "pipeline/observer.h"
#include "rdf/rdf_format.h"
#include "rdf/vocabulary.h"

namespace trame {

/// What one map task reads and where its part goes.
struct MapJob {
    std::string data_dir;
    bool use_recognizer = true;
    /// Files and folders of articles, and streams of JSON Lines records: "-" (standard input) or a
    /// file named *.jsonl, one article a line, {"id", "url", "date", "text"} ("text" required).
    std::vector<std::string> inputs;
    std::string output;  ///< The part file (JSON Lines of PartRecord), written all or nothing.
};

/// Runs one map task: each document processed on its own (no state carried between documents)
/// and written to the part. A record's document IRI comes from its "id" (slug) or else from the
/// content hash of its text; its dcterms:source is the "url", else the "id", else
/// "sha256:" + the hash, never a local path. A file's document id is the slug of its file name,
/// as for trame extract. A record whose document id the part already has (the same id, or the same
/// text without an id) is skipped. A bad record or unreadable file is told to `observer` (naming the file
/// and line) and counted as failed. The part is written even when empty, so that every task leaves
/// its part. Throws std::runtime_error when the data or the output fail.
RunTotals map_documents(const MapJob& job, Observer& observer);

/// What the single reconcile task reads and writes.
struct ReconcileJob {
    std::vector<std::string> parts;          ///< Every part of the run, in any order.
    std::optional<std::string> registry;     ///< Known entities (JSON Lines), from an earlier run.
    std::string entities_output;             ///< Each entity's description, RDF.
    RdfFormat format = RdfFormat::NQuads;
    std::string base = vocab::kDefaultBase;
    std::string table_output;                ///< The mention-to-entity table (TSV).
    std::optional<std::string> registry_output;  ///< The updated registry (JSON Lines).
};

/// Reconciles the mentions of every part as trame extract reconciles those of one run, reading
/// the parts twice (an index of the documents' ids and offsets, then each document in id
/// order; parts must be files, not "-"): the
/// documents' mentions register in the order of the documents' ids (so the parts may come in
/// any order, split in any way), with the known entities of the registry first (their ids are
/// kept, new ids avoid them). Writes the entities as RDF, the table (lines "DOCUMENT-ID
/// TAB SENTENCE TAB MENTION TAB ENTITY-ID", by document id) and the registry (one JSON object
/// a line: {"id","label","alt_labels","type","wikidata"}), each all or nothing. Returns the number
/// of entities. Throws std::runtime_error naming the file for a bad part or registry, or a document
/// id found in two parts.
std::size_t reconcile_parts(const ReconcileJob& job, Observer& observer);

/// What one finalize task reads and writes.
struct FinalizeJob {
    std::string part;    ///< One part file written by map.
    std::string table;   ///< The table written by reconcile.
    std::string output;  ///< The part's documents and facts, RDF.
    RdfFormat format = RdfFormat::NQuads;
    std::string base = vocab::kDefaultBase;
};

/// Writes the documents of a part with their facts, each entity argument pointing to its entity's
/// IRI: the same statements as trame extract writes for these documents. Returns the number of
/// triples written. Throws std::runtime_error naming the file for a bad part or table, or a mention
/// the table lacks.
std::size_t finalize_part(const FinalizeJob& job);

}  // namespace trame
