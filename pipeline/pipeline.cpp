#include "pipeline/pipeline.h"

#include "pipeline/extractor.h"
#include "pipeline/graph_builder.h"
#include "pipeline/stage_timer.h"
#include "pipeline/worker_pool.h"
#include "rdf/vocabulary.h"

namespace trame {

namespace {

/// Passes on what the input loop tells, except its line per document (with -j, the loop only
/// reads: the line is told once the workers have processed the document).
class ReadingObserver : public Observer {
public:
    explicit ReadingObserver(Observer& to) : to_(to) {}
    void message(const std::string& text) override { to_.message(text); }
    void verbose(const std::string&) override {}
    bool is_verbose() const override { return false; }
    void progress(const RunCounts& counts) override { to_.progress(counts); }

private:
    Observer& to_;
};


/// The map with -j: the documents read here, processed by worker processes (each a fork of this
/// one, the data loaded), then handed to the reduce in input order: the same graph as one process.
RunTotals extract_in_workers(const ExtractJob& job, Extractor& extractor, InputLoop& inputs,
                             const InputLoop::Accept& accept, GraphBuilder& graph, Observer& observer) {
    std::vector<Document> docs;
    RunTotals totals = inputs.run(
        accept, [](Document&, const InputLoop::Progress&) { return std::vector<Fact>{}; },
        [&](Document& doc, std::vector<Fact>&) { docs.push_back(std::move(doc)); });
    std::vector<PartRecord> records =
        process_in_workers(docs, job.workers, [&](Document& doc) { return extractor.extract_document(doc, nullptr); });
    for (PartRecord& record : records) {
        observer.verbose(record.doc.name + ": " + count(record.doc.sentences.size(), "sentence") + ", " +
                         count(record.tokens, "token") + ", " + count(record.facts.size(), "fact") + " (in a worker)");
        totals.sentences += record.doc.sentences.size();
        totals.tokens += record.tokens;
        totals.facts += record.facts.size();
        graph.add(std::move(record.doc), std::move(record.facts));
    }
    return totals;
}

}  // namespace

ExtractSummary extract_graph(const ExtractJob& job, Observer& observer) {
    StageTimer timer;
    Extractor extractor(job.data_dir, job.use_recognizer, job.use_discourse);  // every stage, its data loaded once
    timer.lap("data");
    std::optional<ExistingGraph> existing;
    if (job.into) {
        existing = ExistingGraph::load(*job.into, job.base.value_or(""));
        observer.verbose(*job.into + ": " + count(existing->documents.size(), "document") + ", " +
                         count(existing->entities.size(), "entity", "entities"));
        timer.lap("graph");
    }
    GraphBuilder graph(std::move(existing));  // the reduce side: reconciliation across documents

    // The map, document by document: read, then segment, analyse, find mentions, apply the rules
    // and resolve the discourse (Extractor::extract_document); the reduce registers the mentions.
    ReadingObserver reading(observer);
    InputLoop inputs(extractor.reader(), job.workers <= 1 ? observer : reading, job.inputs);
    inputs.reserve_ids(graph.document_ids());
    ExtractSummary summary;
    const InputLoop::Accept accept = [&](const Document& doc) {
        const auto why = graph.already_in_graph(doc);
        if (why) observer.message((doc.name == "-" ? "standard input" : doc.name) + ": already in " + *job.into + " (" + *why + "), skipped");
        return !why;
    };
    if (job.workers <= 1) {
        summary.totals = inputs.run(
            accept, [&](Document& doc, const InputLoop::Progress& progress) { return extractor.extract_document(doc, progress); },
            [&](Document& doc, std::vector<Fact>& facts) { graph.add(std::move(doc), std::move(facts)); });
    } else {
        summary.totals = extract_in_workers(job, extractor, inputs, accept, graph, observer);
    }
    timer.lap("documents");
    if (job.workers <= 1) summary.stage_cpu = extractor.stage_cpu().text(summary.totals.sentences);
    if (summary.totals.documents == 0 && summary.totals.skipped == 0) return summary;  // nothing to write

    // The reduce: mentions into entities, then the graph written.
    graph.reconcile();
    timer.lap("entities");
    const std::string base = !graph.base().empty() ? graph.base() : job.base.value_or(vocab::kDefaultBase);
    RdfWriter writer(job.output, job.format, base);
    graph.write(writer, job.with_ontology ? job.data_dir + "/trame.ttl" : "");
    writer.finish();
    timer.lap("writing");

    summary.entities = graph.entities().size();
    summary.triples = writer.triples();
    summary.written = true;
    summary.timings = timer.text();
    return summary;
}

}  // namespace trame
