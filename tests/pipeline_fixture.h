// The extraction stages up to the rules, loaded once, for tests that start from raw text.
#pragma once

#include <string>

#include "pipeline/extractor.h"


namespace trame::testing {

/// The project's real data and stages, built once per test binary (the analyser keeps global state).
struct PipelineFixture {
    Extractor extractor{TRAME_SOURCE_DIR "/ontology"};

    static PipelineFixture& get() {
        static PipelineFixture fixture;
        return fixture;
    }

    const RuleSet& rules() const { return extractor.rules(); }

    /// Reads `text` and runs every stage on it; the document keeps its mentions.
    Document prepare(const std::string& text) {
        Document doc = extractor.reader().parse("example.txt", text);
        doc.id = "example";
        extractor.extract_document(doc);
        return doc;
    }
};

}  // namespace trame::testing
