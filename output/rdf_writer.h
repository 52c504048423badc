// Streaming the knowledge graph out as RDF with Serd.
#pragma once

#include <cstddef>
#include <functional>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <unordered_set>
#include <vector>

#include <serd/serd.h>

#include "document/document.h"
#include "document/fact.h"
#include "graph/entity.h"
#include "output/atomic_file.h"
#include "rdf/jsonld_writer.h"
#include "rdf/rdf_format.h"
#include "rdf/rdf_terms.h"
#include "rdf/serd_syntax.h"
#include "rdf/vocabulary.h"

namespace trame {

/// The RDF output of a run, written as it goes in one of the four Serd syntaxes, or collected and
/// written by finish() as JSON-LD (the same quads as N-Quads, see JsonLdWriter). For each document: a
/// nif:Context node, a nif:Sentence node per sentence that carries a fact, an rdf:Statement node
/// per fact (with negation, modality, confidence, rule and source sentence) and, for asserted
/// non-negated facts, the direct triple. Then every entity with its type, labels and Wikidata
/// link. In TriG, N-Quads and JSON-LD a document's triples go to a named graph (the document's IRI);
/// entities and open-relation declarations go to the default graph. The output lands in a
/// temporary file renamed over `path` by finish(); the same input gives the same bytes.
///
///   RdfWriter out("graph.ttl", RdfFormat::Turtle);
///   for (...) out.write_document(doc, facts, entity_of);
///   out.write_entities(registry.entities());
///   out.finish();
///
/// The statements of another RDF file can go through the same Serd writer, with the same checks
/// on their terms (valid absolute IRIs, sanitized literals, well-formed language tags): the
/// ontology (write_ontology) or an existing trame graph being extended (copy_graph). A merging
/// writer (after copy_graph) writes no triple twice.
class RdfWriter {
public:
    /// Opens the output ("-" = stdout). Throws std::invalid_argument for a bad base IRI and
    /// std::runtime_error when the output cannot be created.
    RdfWriter(const std::string& path, RdfFormat format, const std::string& base = vocab::kDefaultBase);
    /// Without finish(): removes the temporary file, leaving no half-written output.
    ~RdfWriter();
    RdfWriter(const RdfWriter&) = delete;
    RdfWriter& operator=(const RdfWriter&) = delete;

    /// The id of the entity an entity argument's mention was reconciled into (the reduce knows it
    /// by the argument's sentence and mention), or "" to write the argument as a phrase.
    using EntityOf = std::function<std::string(const Argument&)>;

    /// Writes the document node, the sentences that carry facts, and one statement node per fact,
    /// each entity argument as the IRI of the entity `entity_of` names.
    /// Throws std::invalid_argument when the document has no id, or a fact names a sentence the
    /// document lacks or a predicate that is not a core name or "open:" + lemma.
    void write_document(const Document& doc, const std::vector<Fact>& facts, const EntityOf& entity_of);
    /// Writes every entity (after all documents, once reconciliation is done).
    void write_entities(const std::vector<Entity>& entities);
    /// Writes the statements of the ontology file `path` (Turtle, or the syntax of its extension)
    /// into the default graph, in file order, its blank nodes and lists kept (blank node labels
    /// get the prefix "onto"). Returns false and writes nothing when the writer already wrote the
    /// file's `<ontology> rdf:type owl:Ontology` (a graph extended again).
    /// Throws std::runtime_error naming the file (and line:column) when it cannot be read or
    /// parsed, or holds a term trame would not write.
    bool write_ontology(const std::string& path);
    /// Copies every statement of the RDF file `path` (syntax from its extension: .trig, .nt, .nq,
    /// .jsonld, otherwise Turtle) in file order, in its named graph when both it and the output have
    /// graphs, else in the default graph. Like every statement the writer gets, a triple (a quad
    /// in TriG and N-Quads) without blank nodes that was already written is skipped. Throws like
    /// write_ontology.
    void copy_graph(const std::string& path);
    /// Flushes, closes, renames the temporary file over `path`.
    void finish();
    /// The number of triples (or quads) written so far (skipped duplicates not counted).
    std::size_t triples() const { return triples_; }

private:
    void write_prefixes();
    void declare_open_relations(const std::vector<Fact>& facts);
    void write_document_node(const Document& doc);
    void write_sentence(const Document& doc, const Sentence& sentence);
    void write_statement_node(const Document& doc, const Fact& fact, std::size_t n, const EntityOf& entity_of);
    RdfTerm argument(const Argument& arg, const EntityOf& entity_of) const;
    /// Writes one triple into the current graph, throwing std::runtime_error when Serd fails.
    void emit(const RdfTerm& subject, const RdfTerm& predicate, const RdfTerm& object);
    /// Writes one statement of Serd nodes into `graph` (null: the default graph) unless it is a
    /// duplicate to skip; true when written. Throws std::runtime_error when Serd fails.
    bool write_statement(SerdStatementFlags flags, const SerdNode* graph, const SerdNode& subject,
                         const SerdNode& predicate, const SerdNode& object, const SerdNode* datatype,
                         const SerdNode* language);
    struct Reading;  // one RDF file being read into this writer
    void read_into(Reading& reading);
    /// copy_graph for a JSON-LD file (read_jsonld), with the same checks on its terms.
    void copy_jsonld(const std::string& path);
    static SerdStatus on_error(void* handle, const SerdError* error);

    AtomicFile file_;  // declared first: outlives the Serd writer that writes into it
    RdfFormat format_;
    IriMinter iris_;
    SerdEnvPtr env_;
    SerdWriterPtr writer_;  // null for JSON-LD
    std::unique_ptr<JsonLdWriter> jsonld_;             // JSON-LD only: the quads, written by finish()
    std::string graph_;                                    // IRI of the current named graph, or empty
    std::map<std::string, std::set<std::string>> open_relations_;  // declared IRI -> its labels
    std::string serd_error_;
    std::size_t triples_ = 0;
    bool finished_ = false;
    std::unordered_set<std::string> written_;  // keys of the triples written: each is written once
};

}  // namespace trame
