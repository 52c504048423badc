// Tests of the worker processes of extract -j.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <set>
#include <stdexcept>

#include "pipeline/worker_pool.h"

using namespace trame;

namespace {

std::vector<Document> documents(std::size_t n) {
    std::vector<Document> docs(n);
    for (std::size_t i = 0; i < n; ++i) {
        docs[i].id = "d" + std::to_string(i);
        docs[i].name = docs[i].id + ".txt";
        docs[i].text = "Texte numéro " + std::to_string(i) + ".";
    }
    return docs;
}

/// A stand-in for the extractor: one sentence of one token, and one fact naming the process.
std::vector<Fact> process(Document& doc) {
    Sentence s;
    s.text = doc.text;
    s.tokens.resize(3);
    doc.sentences = {s};
    Fact f;
    f.subject.text = doc.text;
    f.object.text = std::to_string(::getpid());
    f.predicate = "says";
    return {f};
}

}  // namespace

TEST_CASE("worker_pool: documents come back in their order, processed by the workers") {
    for (const std::size_t workers : {1u, 2u, 3u, 8u}) {
        std::vector<Document> docs = documents(7);
        const std::vector<PartRecord> records = process_in_workers(docs, workers, process);
        REQUIRE(records.size() == 7);
        std::set<std::string> processes;
        for (std::size_t i = 0; i < records.size(); ++i) {
            CHECK(records[i].doc.id == "d" + std::to_string(i));
            CHECK(records[i].doc.sentences.size() == 1);
            CHECK(records[i].tokens == 3);
            REQUIRE(records[i].facts.size() == 1);
            processes.insert(records[i].facts[0].object.text);
        }
        CHECK(processes.size() == std::min<std::size_t>(workers, 7));
        CHECK(processes.count(std::to_string(::getpid())) == (workers == 1 ? 1u : 0u));
    }
}

TEST_CASE("worker_pool: a failing worker fails the run") {
    std::vector<Document> docs = documents(4);
    CHECK_THROWS_WITH(process_in_workers(docs, 2,
                                         [](Document& doc) -> std::vector<Fact> {
                                             if (doc.id == "d3") throw std::runtime_error("cannot analyse d3");
                                             return process(doc);
                                         }),
                      Catch::Contains("a worker process failed"));
}
