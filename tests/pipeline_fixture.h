// The extraction stages up to the rules, loaded once, for tests that start from raw text.
#pragma once

#include <string>

#include "extract/analyser.h"
#include "extract/boilerplate.h"
#include "extract/gazetteer.h"
#include "extract/mention_finder.h"
#include "extract/ontology.h"
#include "extract/pronoun_resolver.h"
#include "extract/reader.h"
#include "extract/rule_set.h"
#include "extract/segmenter.h"

namespace trame::testing {

/// The project's real data and stages, built once per test binary (the analyser keeps global state).
struct PipelineFixture {
    Reader reader{Boilerplate::load(TRAME_SOURCE_DIR "/ontology/boilerplate.tsv")};
    Segmenter segmenter;
    Analyser analyser;
    Gazetteer gazetteer = Gazetteer::load(TRAME_SOURCE_DIR "/ontology/gazetteer");
    MentionFinder mentions{gazetteer};
    Ontology ontology = Ontology::load(TRAME_SOURCE_DIR "/ontology/trame.ttl");
    RuleSet rules = RuleSet::load(TRAME_SOURCE_DIR "/ontology/rules", ontology);

    static PipelineFixture& get() {
        static PipelineFixture fixture;
        return fixture;
    }

    /// Reads, segments, analyses `text` and finds its mentions.
    Document prepare(const std::string& text) {
        Document doc = reader.parse("example.txt", text);
        doc.id = "example";
        segmenter.segment(doc);
        analyser.analyse(doc);
        for (Sentence& sentence : doc.sentences) {
            mentions.find(sentence);
            resolve_pronouns(doc, sentence.index);
        }
        return doc;
    }
};

}  // namespace trame::testing
