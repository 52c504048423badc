// The dependency parse of an analysed sentence, from the trained UD tagger and parser.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "analysis/syntax.h"
#include "document/sentence.h"

namespace trame {

/// Gives the tokens of an analysed sentence their dependency tree (`Token::head`, `Token::deprel`)
/// with the trained tagger and parser of analysis/ (models in DATA/models). A token that stands
/// for several UD words ("du" = de + le, "aux" = à + les, the analyser's multiword units such
/// as "en mars") is split for the parser, contractions by the list in
/// DATA/lexicons/contractions.txt, and gets the head and relation of the word that governs the
/// others. The parse of a sentence depends on its words alone.
class SentenceParser {
public:
    /// Loads DATA/models/{tagger,parser}.model, the contraction list and the lttoolbox
    /// analyser at `automorf_path`; throws naming the file that is missing or broken.
    SentenceParser(const std::string& data_dir, const std::string& automorf_path);

    /// Parses the sentence and sets head and deprel of every token.
    void parse(Sentence& sentence);

private:
    std::vector<std::string> words_of(const Token& token) const;

    ud::SyntaxModels models_;
    ud::SyntaxAnalyser analyser_;
    std::map<std::string, std::vector<std::string>> contractions_;  ///< "du" -> {"de", "le"}
};

}  // namespace trame
