#include "analysis/syntax.h"

namespace trame::ud {

SyntaxModels SyntaxModels::load(const std::string& dir) {
    return SyntaxModels{Tagger::load(dir + "/tagger.model"), Parser::load(dir + "/parser.model")};
}

SyntaxAnalyser::SyntaxAnalyser(const SyntaxModels& models, const std::string& automorf_path)
    : models_(models), morphology_(automorf_path) {}

SentenceMorphology SyntaxAnalyser::analyse(Sentence& sentence) {
    if (sentence.words.empty()) return {};
    std::vector<std::string> forms;
    forms.reserve(sentence.words.size());
    for (const Word& w : sentence.words) forms.push_back(w.form);
    SentenceMorphology morph = morphology_.lookup(forms);
    models_.tagger.tag(sentence, morph);
    models_.parser.parse(sentence);
    return morph;
}

}  // namespace trame::ud
