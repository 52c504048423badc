#include "discourse/organization_descriptions.h"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "document/utf8.h"

namespace trame {

namespace {

/// Nouns that, after a definite or demonstrative article, stand for an organization named before.
const std::unordered_set<std::string> kOrganizationNouns = {"ong", "organisation"};

/// Articles that make the noun after them refer back ("l'", "la", "cette").
const std::unordered_set<std::string> kReferringArticles = {"l'", "l\u2019", "la", "cette"};

/// True when token `i` is an organization noun after a referring article and with no complement
/// of its own after it ("l'organisation des Nations unies", "l'ONG Amnesty").
bool describes_organization(const std::vector<Token>& tokens, std::size_t i) {
    if (i == 0 || !kOrganizationNouns.count(fold_case(tokens[i].form))) return false;
    if (!kReferringArticles.count(fold_case(tokens[i - 1].form))) return false;
    if (i + 1 >= tokens.size()) return true;
    const Token& next = tokens[i + 1];
    return next.lemma != "de" && next.upos != "PROPN" && next.upos != "ADJ";
}

bool inside_mention(const Sentence& sentence, std::size_t i) {
    return std::any_of(sentence.mentions.begin(), sentence.mentions.end(),
                       [&](const Mention& m) { return m.first <= i && i < m.last; });
}

/// The organization a description at token `token` of sentence `index` stands for: the one the
/// document has named most often so far (a report's author more than what it cites), the latest
/// named on a tie; null when none is named in the sentence or the three before it.
const Mention* antecedent(const Document& doc, std::size_t index, std::size_t token) {
    std::unordered_map<std::string, std::size_t> counts;
    const Mention* best = nullptr;
    std::size_t best_count = 0;
    std::size_t latest_sentence = 0;
    bool near = false;
    for (std::size_t k = 0; k <= index; ++k)
        for (const Mention& m : doc.sentences[k].mentions) {
            if (k == index && m.first >= token) break;
            if (m.type != EntityType::Organization || m.demonym) continue;
            const std::size_t count = ++counts[m.canonical];
            if (count >= best_count) {
                best = &m;
                best_count = count;
            }
            latest_sentence = k;
            near = true;
        }
    return near && index - latest_sentence <= 3 ? best : nullptr;
}

}  // namespace

void resolve_organization_descriptions(Document& doc, std::size_t index) {
    Sentence& sentence = doc.sentences[index];
    std::vector<Mention> resolved;
    for (std::size_t i = 0; i < sentence.tokens.size(); ++i) {
        if (inside_mention(sentence, i) || !describes_organization(sentence.tokens, i)) continue;
        const Mention* organization = antecedent(doc, index, i);
        if (!organization) continue;
        Mention mention = *organization;
        mention.first = i;
        mention.last = i + 1;
        mention.text = sentence.tokens[i].form;
        mention.title.clear();
        mention.pronoun = false;
        mention.description = true;
        resolved.push_back(std::move(mention));
    }
    if (resolved.empty()) return;
    sentence.mentions.insert(sentence.mentions.end(), resolved.begin(), resolved.end());
    std::stable_sort(sentence.mentions.begin(), sentence.mentions.end(),
                     [](const Mention& a, const Mention& b) { return a.first < b.first; });
}

}  // namespace trame
