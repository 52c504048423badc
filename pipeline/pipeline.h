// A whole run of trame extract as one call: inputs in, an RDF graph out.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "pipeline/input_loop.h"
#include "pipeline/observer.h"
#include "rdf/rdf_format.h"

namespace trame {

/// What to extract and where to write it.
struct ExtractJob {
    std::string data_dir;                 ///< The data folder (ontology, rules, lexicons, models).
    bool use_recognizer = true;           ///< Run the trained named-entity recognizer.
    bool use_discourse = true;            ///< Keep the facts that rest on a discourse resolution.
    Inputs inputs;                        ///< The articles.
    std::string output = "-";             ///< The file to write ("-": standard output).
    RdfFormat format = RdfFormat::Turtle;
    std::optional<std::string> base;      ///< Base IRI of the documents and entities.
    std::optional<std::string> into;      ///< A trame graph to extend (read first, then rewritten).
    bool with_ontology = false;           ///< Write the ontology into the output too.
    std::size_t workers = 1;              ///< Processes that run the map (-j); the graph is the same.
};

/// What a run did.
struct ExtractSummary {
    RunTotals totals;
    std::size_t entities = 0;
    std::size_t triples = 0;
    bool written = false;      ///< False when no document could be read: the output is untouched.
    std::string timings;       ///< Wall time per stage: "data 0.41 s, documents 1.20 s, ...".
    std::string stage_cpu;     ///< CPU time per stage of the documents (StageCpu); empty with workers.
};

/// Runs the pipeline: loads the data, reads each input and extracts its facts (the map), then
/// reconciles the mentions of all documents into entities and writes the graph (the reduce).
/// Inputs that cannot be read are told to `observer` and counted; the output is written only
/// when at least one document was read (or skipped as already in the graph). Throws
/// std::runtime_error when the data or the output fail, JobError when the job cannot run as given.
ExtractSummary extract_graph(const ExtractJob& job, Observer& observer);

}  // namespace trame
