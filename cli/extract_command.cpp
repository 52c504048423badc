// `trame extract`: the knowledge graph of the inputs, as RDF.
#include <chrono>
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/data_dir.h"
#include "cli/document_loop.h"
#include "cli/output_file.h"
#include "cli/stage_timer.h"
#include "reading/content_hash.h"
#include "pipeline/extractor.h"
#include "output/existing_graph.h"
#include "graph/graph_reconciler.h"
#include "output/rdf_writer.h"
#include "rdf/vocabulary.h"

namespace trame::cli {

namespace {

/// Registers every mention of the document with the registry, gives the facts' arguments their
/// mention handles, and tells the registry which mentions the facts relate.
void register_mentions(const Document& doc, std::vector<Fact>& facts, EntityRegistry& registry) {
    std::vector<std::vector<std::size_t>> handles(doc.sentences.size());
    for (const Sentence& sentence : doc.sentences)
        for (std::size_t m = 0; m < sentence.mentions.size(); ++m)
            handles[sentence.index].push_back(registry.add(doc, sentence, m));
    for (Fact& fact : facts) {
        for (Argument* argument : {&fact.subject, &fact.object})
            if (argument->is_entity()) argument->handle = handles[fact.sentence][argument->mention];
        if (fact.subject.is_entity() && fact.object.is_entity()) registry.relate(fact.subject.handle, fact.object.handle);
    }
}

/// A document waiting for reconciliation: what the writer needs of it, and its facts.
struct PendingDocument {
    Document doc;
    std::vector<Fact> facts;
};

/// Where and how extract writes: -o and -f, or with --into the graph itself, in the format of
/// the output's extension unless -f says otherwise.
struct Destination {
    std::string path;
    RdfFormat format;
};

Destination destination(const Options& options) {
    Destination to{options.output, options.format};
    if (!options.into) return to;
    if (!options.output_given) to.path = *options.into;
    const std::string named = to.path == "-" ? *options.into : to.path;
    const std::string extension = named.substr(std::min(named.size(), named.rfind('.') + 1));
    if (const auto format = rdf_format_from_string(extension); format && !options.format_given) to.format = *format;
    return to;
}

}  // namespace

int run_extract(const Options& options, Console& console) {
    const auto started = std::chrono::steady_clock::now();
    StageTimer timer;
    const Destination to = destination(options);
    check_output(to.path);
    const std::string data = find_data_dir(options.data);
    Extractor extractor(data, options.use_recognizer);
    timer.lap("data");

    GraphReconciler registry;
    std::optional<ExistingGraph> existing;  // --into
    if (options.into) {
        existing = ExistingGraph::load(*options.into, options.base ? *options.base : "");
        for (const Entity& entity : existing->entities) registry.add_known(entity);
        console.verbose(*options.into + ": " + count(existing->documents.size(), "document") + ", " +
                        count(existing->entities.size(), "entity", "entities"));
        timer.lap("graph");
    }

    DocumentLoop loop(extractor, console, options);
    if (existing) loop.reserve_ids(existing->documents);
    std::vector<PendingDocument> pending;  // written once every mention is reconciled
    const RunTotals totals = loop.run(
        [&](const Document& doc) {
            if (!existing) return true;
            const std::string name = doc.name == "-" ? "standard input" : doc.name;
            if (doc.identifier && existing->identifiers.count(*doc.identifier)) {
                console.message(name + ": already in " + *options.into + " (identifier " + *doc.identifier + "), skipped");
                return false;
            }
            if (existing->content_hashes.count(content_hash(doc.text))) {
                console.message(name + ": already in " + *options.into + " (same text), skipped");
                return false;
            }
            return true;
        },
        [&](Document& doc, std::vector<Fact>& facts) {
            register_mentions(doc, facts, registry);
            for (Sentence& sentence : doc.sentences) sentence.tokens = {};  // the writer needs text and offsets only
            pending.push_back({std::move(doc), std::move(facts)});
        });
    console.finish();
    timer.lap("documents");
    if (totals.documents == 0 && totals.skipped == 0) {  // nothing has been written yet, and nothing will be
        console.message(std::string("no document could be read; ") +
                        (to.path == "-" ? "nothing written" : to.path + " not written"));
        return 1;
    }

    registry.reconcile();
    const std::vector<Entity> entities = registry.entities();
    timer.lap("entities");
    const std::string base = existing && !existing->base.empty() ? existing->base
                             : options.base                      ? *options.base
                                                                 : vocab::kDefaultBase;
    RdfWriter writer(to.path, to.format, base);
    if (existing) writer.copy_graph(*options.into);
    if (options.with_ontology) writer.write_ontology(data + "/trame.ttl");
    for (PendingDocument& p : pending) {
        for (Fact& fact : p.facts)
            for (Argument* argument : {&fact.subject, &fact.object})
                if (argument->handle != SIZE_MAX) argument->entity = registry.entity_of(argument->handle);
        writer.write_document(p.doc, p.facts);
    }
    writer.write_entities(entities);
    writer.finish();
    timer.lap("writing");

    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    console.verbose("timings: " + timer.text());
    if (!options.quiet) {
        char time[32];
        std::snprintf(time, sizeof time, "%.2f s", seconds);
        console.message(count(totals.documents, "document") + ", " + count(totals.sentences, "sentence") + ", " +
                        count(totals.tokens, "token") + ", " + count(totals.facts, "fact") + ", " +
                        count(entities.size(), "entity", "entities") + ", " + count(writer.triples(), "triple") +
                        " -> " + (to.path == "-" ? "stdout" : to.path) + " (" + time +
                        (totals.failed ? ", " + count(totals.failed, "input") + " failed" : "") +
                        (totals.skipped ? ", " + count(totals.skipped, "input") + " already in the graph" : "") + ")");
    }
    return totals.failed ? 1 : 0;
}

}  // namespace trame::cli
