#include "analysis/ud_eval.h"

#include <algorithm>

namespace trame::ud {

std::string universal_relation(const std::string& deprel) { return deprel.substr(0, deprel.find(':')); }

namespace {

std::vector<std::string> feature_set(const std::string& feats) {
    std::vector<std::string> out;
    if (feats.empty() || feats == "_") return out;
    std::size_t start = 0;
    while (start <= feats.size()) {
        std::size_t bar = feats.find('|', start);
        if (bar == std::string::npos) bar = feats.size();
        if (bar > start) out.push_back(feats.substr(start, bar - start));
        start = bar + 1;
    }
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace

UdScores evaluate(const std::vector<Sentence>& gold, const std::vector<Sentence>& system) {
    if (gold.size() != system.size())
        throw EvalError("gold has " + std::to_string(gold.size()) + " sentences, system " + std::to_string(system.size()));
    UdScores s;
    for (std::size_t k = 0; k < gold.size(); ++k) {
        const auto& g = gold[k].words;
        const auto& y = system[k].words;
        if (g.size() != y.size())
            throw EvalError("sentence " + std::to_string(k + 1) + ": gold has " + std::to_string(g.size()) +
                            " words, system " + std::to_string(y.size()));
        for (std::size_t i = 0; i < g.size(); ++i) {
            if (g[i].form != y[i].form)
                throw EvalError("sentence " + std::to_string(k + 1) + ", word " + std::to_string(i + 1) + ": gold '" +
                                g[i].form + "', system '" + y[i].form + "'");
            ++s.words;
            s.upos += g[i].upos == y[i].upos;
            s.ufeats += feature_set(g[i].feats) == feature_set(y[i].feats);
            s.lemmas += g[i].lemma == y[i].lemma;
            if (g[i].head == y[i].head) {
                ++s.uas;
                s.las += universal_relation(g[i].deprel) == universal_relation(y[i].deprel);
            }
        }
    }
    return s;
}

}  // namespace trame::ud
