// The loop over a run's inputs: each file read into a Document, given its id, and handed on.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "document/fact.h"
#include "pipeline/observer.h"
#include "reading/reader.h"

namespace trame {

/// What a run reads: files, folders or "-", and what the caller says of them (--date, --id).
struct Inputs {
    std::vector<std::string> paths;         ///< Files, folders (their .txt files) or "-".
    std::optional<std::string> date;        ///< The publication date of every document.
    std::optional<std::string> identifier;  ///< The identifier of the one document.
};

/// A run that cannot go as asked (an identifier given for several documents). The message names
/// the culprit; the command line reports it as a usage error.
class JobError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// What a run did, for the summary line and the exit status.
struct RunTotals {
    std::size_t documents = 0, sentences = 0, tokens = 0, facts = 0;
    std::size_t failed = 0;   ///< Inputs that could not be read.
    std::size_t skipped = 0;  ///< Inputs refused by the caller (already in the graph).
};

/// Reads the inputs one at a time and hands each document on, telling the observer how far it
/// is (documents, sentences, bytes of input within a document too). An input that cannot be read
/// is told to the observer and counted as failed; the loop goes on.
class InputLoop {
public:
    /// May refuse a document just read (it then tells the observer why); refused ones are skipped.
    using Accept = std::function<bool(const Document&)>;
    /// Told how far the handler is within a document: `done` of its `total` sentences.
    using Progress = std::function<void(std::size_t done, std::size_t total)>;
    /// Processes a document (telling how far it is) and gives its facts.
    using Process = std::function<std::vector<Fact>(Document&, const Progress&)>;
    /// Receives each processed document and its facts (it may take them).
    using Keep = std::function<void(Document&, std::vector<Fact>&)>;

    InputLoop(const Reader& reader, Observer& observer, Inputs inputs);

    /// Document ids (IRI slugs) that are taken already (--into: the graph's).
    void reserve_ids(const std::set<std::string>& ids) { taken_ids_.insert(ids.begin(), ids.end()); }

    /// Runs the loop: reads, accepts, processes and keeps each document in turn. Each document gets the date and identifier if given, and a unique id made
    /// from its file name. Throws JobError when an identifier is given and the inputs hold more
    /// than one file.
    RunTotals run(const Accept& accept, const Process& process, const Keep& keep);

private:
    std::string document_id(const std::string& path);

    const Reader& reader_;
    Observer& observer_;
    Inputs inputs_;
    std::set<std::string> taken_ids_;
};

/// "1 fact", "3 facts", "2 entities".
std::string count(std::size_t n, const std::string& one, const std::string& many = "");

}  // namespace trame
