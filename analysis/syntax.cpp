#include "analysis/syntax.h"

namespace trame::ud {

SyntaxModels SyntaxModels::load(const std::string& dir) {
    return SyntaxModels{Tagger::load(dir + "/tagger.model"), Parser::load(dir + "/parser.model")};
}

SyntaxAnalyser::SyntaxAnalyser(const SyntaxModels& models, const std::string& automorf_path)
    : models_(models), morphology_(automorf_path) {}

void SyntaxAnalyser::analyse(Sentence& sentence) {
    if (sentence.words.empty()) return;
    std::vector<std::string> forms;
    forms.reserve(sentence.words.size());
    for (const Word& w : sentence.words) forms.push_back(w.form);
    models_.tagger.tag(sentence, morphology_.lookup(forms));
    models_.parser.parse(sentence);
}

}  // namespace trame::ud
