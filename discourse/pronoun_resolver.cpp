#include "discourse/pronoun_resolver.h"

#include <algorithm>
#include <optional>
#include <string>
#include <unordered_set>

#include "document/utf8.h"

namespace trame {

namespace {

const std::unordered_set<std::string> kImpersonalVerbs = {"falloir", "agir",    "sembler", "paraître", "apparaître",
                                                          "suffire",  "importer", "convenir", "valoir",  "exister",
                                                          "manquer",  "pleuvoir", "s'agir"};

/// The first word of a lemma ("agir" for the multiword "agir de").
std::string head_word(const std::string& lemma) { return lemma.substr(0, lemma.find(' ')); }

/// True for the clitics that can stand between "il" and its verb ("il ne lui est", "il s'agit").
bool is_clitic(const Token& token) {
    static const std::unordered_set<std::string> clitics = {"ne", "n'", "se", "s'", "lui", "leur", "le", "la", "l'",
                                                            "les", "y", "en", "me", "m'", "te", "t'", "nous", "vous"};
    std::string form = fold_case(token.form);
    if (form.size() >= 3 && form.compare(form.size() - 3, 3, "\u2019") == 0) form.replace(form.size() - 3, 3, "'");
    return clitics.count(form) > 0;
}

/// True when the "il" at token i is impersonal: "il y a", "il n'y a", "il faut", "il s'agit",
/// "il lui est reproché", "il est nécessaire de", "il est à noter".
bool impersonal_il(const std::vector<Token>& tokens, std::size_t i) {
    std::size_t n = i + 1;
    while (n < tokens.size() && is_clitic(tokens[n])) {
        if (fold_case(tokens[n].form) == "y") return true;  // "il y a", "il n'y a"
        ++n;
    }
    if (n >= tokens.size()) return true;
    const std::string verb = head_word(tokens[n].lemma);
    if (kImpersonalVerbs.count(verb)) return true;
    const std::string before_verb = fold_case(tokens[n - 1].form);
    if (verb == "être" && (before_verb == "lui" || before_verb == "leur" || before_verb == "en"))
        return true;  // "il lui est reproché", "quoiqu'il en soit"
    return verb == "être" && n + 1 < tokens.size() &&
           (tokens[n + 1].upos == "ADJ" || tokens[n + 1].upos == "ADV" || tokens[n + 1].upos == "VERB" ||
            tokens[n + 1].lemma == "à");
}

/// True when the inverted "-il" of "y a-t-il", "y aurait-il" is impersonal.
bool impersonal_inverted(const std::vector<Token>& tokens, std::size_t i) {
    return i >= 2 && tokens[i - 1].lemma == "avoir" && fold_case(tokens[i - 2].form) == "y";
}

/// True when the token is a pronoun that names a person here.
bool personal_pronoun(const Sentence& sentence, std::size_t i) {
    const auto& tokens = sentence.tokens;
    const std::string form = fold_case(tokens[i].form);
    if (form == "-t-il" || form == "-il") return !impersonal_inverted(tokens, i);
    if (form == "lui") {
        const std::string before = i > 0 ? fold_case(tokens[i - 1].form) : "";
        return before == "selon" || before == "d'après" || before == "pour";
    }
    return form == "il" && !impersonal_il(tokens, i);
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

/// True when the mention's first word is a feminine name ("Michelle"): "il" cannot stand for it.
/// The gender of a name is the lexicon's: the lttoolbox reading in XPOS ("np.ant.f.sg"), or else
/// the tagger's Gender feature.
bool feminine(const Sentence& sentence, const Mention& m) {
    const Token& first = sentence.tokens[m.first];
    if (first.has_tag("m") || first.has_tag("mf")) return false;
    return first.has_tag("f") || (first.has_tag("Gender=Fem") && !first.has_tag("Gender=Masc"));
}

/// True when a preposition governs the mention ("devant l'ONU", "à Moscou"): it is no subject.
bool after_preposition(const Sentence& sentence, const Mention& m) {
    std::size_t i = m.first;
    while (i > 0 && sentence.tokens[i - 1].upos == "DET") --i;
    return i > 0 && sentence.tokens[i - 1].upos == "ADP";
}

/// True for the mentions that can be what "il" stands for: not a demonym, not governed by a
/// preposition, not inside quotation marks.
bool candidate(const Sentence& sentence, const Mention& m, const std::vector<bool>& quoted) {
    return !m.demonym && !quoted[m.first] && !after_preposition(sentence, m);
}

/// The first man named among the candidates of a sentence before token `before`.
const Mention* first_man(const Sentence& sentence, std::size_t before, const std::vector<bool>& quoted) {
    for (const Mention& m : sentence.mentions)
        if (m.first < before && candidate(sentence, m, quoted) && m.type == EntityType::Person && !feminine(sentence, m))
            return &m;
    return nullptr;
}

/// In the same sentence: when the nearest candidate before the pronoun is a person, the first
/// man the sentence names (its subject, as a rule: "Trump a indiqué qu'il"); when it is
/// something else ("Pyongyang a annoncé qu'il"), nobody.
std::optional<const Mention*> nearest_before(const Sentence& sentence, std::size_t before) {
    const std::vector<bool> quoted = quoted_tokens(sentence);
    for (auto m = sentence.mentions.rbegin(); m != sentence.mentions.rend(); ++m)
        if (m->first < before && candidate(sentence, *m, quoted))
            return m->type == EntityType::Person ? first_man(sentence, before, quoted) : nullptr;
    return std::nullopt;
}

/// In an earlier sentence: its topic, the first candidate it names, when that is a man.
std::optional<const Mention*> topic(const Sentence& sentence) {
    const std::vector<bool> quoted = quoted_tokens(sentence);
    for (const Mention& m : sentence.mentions)
        if (candidate(sentence, m, quoted))
            return m.type == EntityType::Person && !feminine(sentence, m) ? &m : nullptr;
    return std::nullopt;
}

/// The person "il" stands for: the nearest candidate before it in the sentence, else the topic
/// of the nearest earlier sentence (at most three back, headlines skipped) that has one. A
/// resolved pronoun counts as its person, so that "il" after "il" keeps the same referent.
const Mention* antecedent(const Document& doc, std::size_t index, std::size_t token) {
    if (const auto here = nearest_before(doc.sentences[index], token)) return *here;
    for (std::size_t back = 1; back <= 3 && back <= index; ++back) {
        const Sentence& earlier = doc.sentences[index - back];
        if (earlier.headline) continue;  // a title is not part of the running text
        if (const auto there = topic(earlier)) return *there;
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
    const std::vector<bool> quoted = quoted_tokens(sentence);
    for (std::size_t i = 0; i < sentence.tokens.size(); ++i) {
        if (quoted[i] || inside_mention(sentence, i) || !personal_pronoun(sentence, i)) continue;
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
