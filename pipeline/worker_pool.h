// The map of a run spread over worker processes on one machine (trame extract -j N).
#pragma once

#include <cstddef>
#include <functional>
#include <vector>

#include "document/document.h"
#include "document/fact.h"
#include "pipeline/part_file.h"

namespace trame {

/// Processes `docs` in `workers` child processes made by fork(), after the caller has loaded its
/// data (the children share its pages until they write to them). Child k processes the documents
/// k, k + workers, k + 2 * workers... with `process`, each on its own, and writes each document
/// and its facts as a part record (part_file.h) to a temporary file; the parent waits for every
/// child and reads the records back. Returns them in the order of `docs` (`docs` is left emptied).
/// Throws std::runtime_error when a child fails (its message is on standard error) or the
/// temporary files cannot be written or read. With `workers` <= 1 no process is made.
std::vector<PartRecord> process_in_workers(std::vector<Document>& docs, std::size_t workers,
                                           const std::function<std::vector<Fact>(Document&)>& process);

}  // namespace trame
