// The extraction stages of one document, from text to facts.
#pragma once

#include <string>
#include <vector>

#include "extract/analyser.h"
#include "extract/document.h"
#include "extract/fact.h"
#include "extract/gazetteer.h"
#include "extract/mention_finder.h"
#include "extract/ontology.h"
#include "extract/reader.h"
#include "extract/rule_set.h"
#include "extract/segmenter.h"
#include "extract/sentence_parser.h"

namespace trame {

/// Everything that turns a read document into facts: the segmenter, the French analyser, the
/// dependency parser, the gazetteer and mention finder, and the compiled rules, all loaded once from the data folder
/// (every data file is checked before any text is read). `process` runs them on a document:
///
///   Extractor extractor(TRAME_DATA_DIR);
///   Document doc = extractor.reader().read("article.txt");
///   std::vector<Fact> facts = extractor.process(doc);
///
/// Not thread-safe: the analyser keeps global state (run one extractor per process).
class Extractor {
public:
    explicit Extractor(const std::string& data_dir);

    const Reader& reader() const { return reader_; }
    const RuleSet& rules() const { return rules_; }

    /// Segments and analyses `doc`, finds its mentions, pronouns and role descriptions, and
    /// returns the facts of its sentences (a sentence repeated word for word gives nothing new).
    std::vector<Fact> process(Document& doc);

private:
    const Reader reader_;
    const Segmenter segmenter_;
    Analyser analyser_;
    SentenceParser parser_;
    const Gazetteer gazetteer_;
    const MentionFinder mention_finder_;
    const Ontology ontology_;
    const RuleSet rules_;
};

}  // namespace trame
