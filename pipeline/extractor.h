// The extraction stages of one document, from text to facts.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "analysis/analyser.h"
#include "discourse/discourse_lexicon.h"
#include "document/document.h"
#include "document/fact.h"
#include "mentions/gazetteer.h"
#include "mentions/mention_finder.h"
#include "rules/ontology.h"
#include "reading/reader.h"
#include "rules/rule_set.h"
#include "reading/segmenter.h"
#include "mentions/recognizer.h"
#include "pipeline/stage_timer.h"

namespace trame {

/// Everything that turns a read document into facts: the segmenter, the French analyser (tokens,
/// tags and dependency tree), the gazetteer, mention finder and trained recognizer, and the compiled rules,
/// all loaded once from the data folder (every data file is checked before any text is read).
/// `extract_document` runs them on a document (the map of a run: pipeline/pipeline.cpp):
///
///   Extractor extractor(TRAME_DATA_DIR);
///   Document doc = extractor.reader().read("article.txt");
///   std::vector<Fact> facts = extractor.extract_document(doc);
///
/// Not thread-safe: the analyser's ICU iterator and lttoolbox memo are its own (one extractor per
/// thread). A document's facts do not depend on the documents processed before it.
class Extractor {
public:
    /// Told how far `extract_document` is in a document: `done` of its `total` sentences analysed. It is
    /// called after each chunk of at most kProgressChunk sentences (the analysis, the slow stage,
    /// runs chunk by chunk), so that a caller can show progress within one big document.
    using Progress = std::function<void(std::size_t done, std::size_t total)>;
    static constexpr std::size_t kProgressChunk = 64;

    /// Loads everything from `data_dir`; the trained recognizer (models/ner.model) too when
    /// `use_recognizer` (a missing or broken model file then throws, naming the file). Without
    /// `use_discourse`, the facts that rest on a resolution (a pronoun, a title, a description, a
    /// quotation's speaker: Fact::resolution) are dropped: only what each sentence names is kept.
    explicit Extractor(const std::string& data_dir, bool use_recognizer = true, bool use_discourse = true);

    const Reader& reader() const { return reader_; }
    const RuleSet& rules() const { return rules_; }

    /// Segments and analyses `doc`, finds its mentions, runs the rules and the discourse stage
    /// (pronouns, titles, descriptions, quotations: see Discourse), and returns the facts of its
    /// sentences (a sentence repeated word for word gives nothing new).
    /// `on_progress`, when given, is told of the advance (see Progress).
    std::vector<Fact> extract_document(Document& doc, const Progress& on_progress = {});

    /// The CPU time extract_document spent so far in each stage (for -v): segmenting, analysis
    /// (tagging and parsing), recognizer, mentions, rules (naming, descriptions, facts), discourse.
    const StageCpu& stage_cpu() const { return cpu_; }

private:
    /// Analyses `doc` kProgressChunk sentences at a time, telling `on_progress` after each chunk.
    void analyse(Document& doc, const Progress& on_progress);

    const Reader reader_;
    const Segmenter segmenter_;
    Analyser analyser_;
    const Gazetteer gazetteer_;
    const MentionFinder mention_finder_;
    std::unique_ptr<const Recognizer> recognizer_;  ///< Null when the recognizer is off.
    const DiscourseLexicon discourse_lexicon_;
    const Ontology ontology_;
    const RuleSet rules_;
    const bool use_discourse_;  ///< False: the facts resting on a resolution are dropped.
    StageCpu cpu_{{"segmenting", "analysis", "recognizer", "mentions", "rules", "discourse"}};
};

}  // namespace trame
