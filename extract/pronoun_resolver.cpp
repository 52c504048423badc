#include "extract/pronoun_resolver.h"

#include <algorithm>
#include <string>
#include <unordered_set>

#include "extract/utf8.h"

namespace trame {

namespace {

const std::unordered_set<std::string> kImpersonalVerbs = {"y",         "falloir", "agir",     "sembler", "paraître",
                                                          "suffire",   "importer", "convenir", "valoir",  "exister",
                                                          "rester",    "manquer", "arriver",  "pleuvoir", "s'agir"};

/// True when the token is a pronoun that names a person here.
bool personal_pronoun(const Sentence& sentence, std::size_t i) {
    const auto& tokens = sentence.tokens;
    const std::string form = fold_case(tokens[i].form);
    if (form == "-t-il" || form == "-il") return true;
    if (form == "lui") {
        const std::string before = i > 0 ? fold_case(tokens[i - 1].form) : "";
        return before == "selon" || before == "d'après" || before == "pour";
    }
    if (form != "il" || i + 1 >= tokens.size()) return false;
    std::size_t n = i + 1;
    if (tokens[n].lemma == "se" && n + 1 < tokens.size()) ++n;  // "il s'agit"
    const Token& next = tokens[n];
    if (kImpersonalVerbs.count(next.lemma) || kImpersonalVerbs.count(fold_case(next.form))) return false;
    if (next.lemma == "être" && n + 1 < tokens.size() &&
        (tokens[n + 1].upos == "ADJ" || tokens[n + 1].upos == "ADV" || tokens[n + 1].upos == "VERB"))
        return false;  // "il est nécessaire que", "il est certainement vrai", "il est prévu de"
    return true;
}

bool is_quote(const Token& token) {
    static const std::unordered_set<std::string> quotes = {"«", "»", "\"", "“", "”"};
    return quotes.count(token.form) > 0;
}

/// For each token, whether it lies inside quotation marks (reported words name other people).
std::vector<bool> quoted_tokens(const Sentence& sentence) {
    std::vector<bool> quoted(sentence.tokens.size(), false);
    bool inside = false;
    for (std::size_t i = 0; i < sentence.tokens.size(); ++i) {
        const Token& t = sentence.tokens[i];
        if (is_quote(t)) inside = t.form == "«" || t.form == "“" || (t.form == "\"" && !inside);
        else quoted[i] = inside;
    }
    return quoted;
}

/// The first person named before token `before` outside quotation marks.
const Mention* first_person(const Sentence& sentence, std::size_t before) {
    const std::vector<bool> quoted = quoted_tokens(sentence);
    for (const Mention& m : sentence.mentions)
        if (m.first < before && m.type == EntityType::Person && !m.demonym && !m.pronoun && !quoted[m.first])
            return &m;
    return nullptr;
}

const Mention* antecedent(const Document& doc, std::size_t index, std::size_t token) {
    if (const Mention* here = first_person(doc.sentences[index], token)) return here;
    for (std::size_t back = 1; back <= 3 && back <= index; ++back) {
        const Sentence& earlier = doc.sentences[index - back];
        if (earlier.headline) continue;  // a title is not part of the running text
        if (const Mention* there = first_person(earlier, SIZE_MAX)) return there;
    }
    return nullptr;
}

bool inside_mention(const Sentence& sentence, std::size_t i) {
    return std::any_of(sentence.mentions.begin(), sentence.mentions.end(),
                       [&](const Mention& m) { return m.first <= i && i < m.last; });
}

}  // namespace

void resolve_pronouns(Document& doc, std::size_t index) {
    Sentence& sentence = doc.sentences[index];
    std::vector<Mention> resolved;
    for (std::size_t i = 0; i < sentence.tokens.size(); ++i) {
        if (inside_mention(sentence, i) || !personal_pronoun(sentence, i)) continue;
        const Mention* person = antecedent(doc, index, i);
        if (!person) continue;
        Mention mention = *person;
        mention.first = i;
        mention.last = i + 1;
        mention.text = sentence.tokens[i].form;
        mention.title.clear();
        mention.pronoun = true;
        resolved.push_back(std::move(mention));
    }
    if (resolved.empty()) return;
    sentence.mentions.insert(sentence.mentions.end(), resolved.begin(), resolved.end());
    std::sort(sentence.mentions.begin(), sentence.mentions.end(),
              [](const Mention& a, const Mention& b) { return a.first < b.first; });
}

}  // namespace trame
