// libFuzzer target: the RDF reading behind `trame extract --into`, `trame stats` and `trame export`
// (read_triples with Serd in strict mode, ExistingGraph::load, KnowledgeGraph::load, and the
// statistics computed from it and printed).
//
// The readers take a path and choose the syntax by its extension, so every input is written to a
// private temporary folder as graph.ttl, graph.trig, graph.nt and graph.nq, and each is read. Any
// input must either load or be refused with a std::runtime_error.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <sstream>
#include <stdexcept>
#include <string>

#include "fuzz/fuzz_check.h"
#include "output/existing_graph.h"
#include "exports/graph_stats.h"
#include "exports/knowledge_graph.h"

namespace {

/// A folder of this process's own, removed when the process ends.
struct Folder {
    std::string path;
    Folder() {
        std::string pattern = (std::filesystem::temp_directory_path() / "trame-fuzz-rdf-XXXXXX").string();
        trame::fuzzing::check(::mkdtemp(pattern.data()) != nullptr, "a temporary folder is made");
        path = pattern;
    }
    ~Folder() {
        std::error_code ignored;
        std::filesystem::remove_all(path, ignored);
    }
};

const std::string& folder() {
    static const Folder instance;
    return instance.path;
}

void write(const std::string& path, const uint8_t* data, std::size_t size) {
    std::FILE* file = std::fopen(path.c_str(), "wb");
    trame::fuzzing::check(file != nullptr, "the input file is opened");
    trame::fuzzing::check(std::fwrite(data, 1, size, file) == size && std::fclose(file) == 0,
                          "the input file is written");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
    for (const char* extension : {".ttl", ".trig", ".nt", ".nq"}) {
        const std::string path = folder() + "/graph" + extension;
        write(path, data, size);
        try {
            const trame::ExistingGraph existing = trame::ExistingGraph::load(path);
            for (const trame::Entity& entity : existing.entities)
                trame::fuzzing::check(!entity.id.empty() && !entity.label.empty(), "an entity has an id and a label");
        } catch (const std::runtime_error&) {
        }
        try {
            const trame::KnowledgeGraph graph = trame::KnowledgeGraph::load(path);
            const trame::GraphStats stats = trame::compute_stats(graph);
            std::size_t typed = 0;
            for (const auto& [type, count] : stats.entities_by_type) typed += count;
            trame::fuzzing::check(typed == stats.entities, "every entity is counted under one type");
            std::ostringstream report;
            trame::print_stats(stats, report, 5);
        } catch (const std::runtime_error&) {
        }
    }
    return 0;
}
