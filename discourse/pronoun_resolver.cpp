#include "discourse/pronoun_resolver.h"

#include <algorithm>
#include <optional>
#include <string>
#include <unordered_set>

#include "discourse/mention_context.h"
#include "discourse/resolution_confidence.h"
#include "document/utf8.h"

namespace trame {

namespace {

constexpr std::size_t kFurthestBack = 8;  // sentences, quoted ones included

/// The first word of a lemma ("agir" for the multiword "agir de").
std::string head_word(const std::string& lemma) { return lemma.substr(0, lemma.find(' ')); }

/// True for the clitics (of `clitics`) that can stand between "il" and its verb ("il ne lui est",
/// "il s'agit").
bool is_clitic(const Token& token, const std::unordered_set<std::string>& clitics) {
    std::string form = fold_case(token.form);
    if (form.size() >= 3 && form.compare(form.size() - 3, 3, "\u2019") == 0) form.replace(form.size() - 3, 3, "'");
    return clitics.count(form) > 0;
}

/// True when the "il" at token i is impersonal: "il y a", "il n'y a", "il faut", "il s'agit",
/// "il lui est reproché", "il est nécessaire de", "il est à noter".
bool impersonal_il(const std::vector<Token>& tokens, std::size_t i, const DiscourseLexicon& lexicon) {
    const std::unordered_set<std::string>& impersonal = lexicon.impersonal_verbs;
    std::size_t n = i + 1;
    while (n < tokens.size() && is_clitic(tokens[n], lexicon.pronoun_clitics)) {
        if (fold_case(tokens[n].form) == "y") return true;  // "il y a", "il n'y a"
        ++n;
    }
    if (n >= tokens.size() || (tokens[n].upos != "VERB" && tokens[n].upos != "AUX"))
        return true;  // no verb right after it ("qu'il « … »"): nothing safe to say
    const std::string verb = head_word(tokens[n].lemma);
    if (impersonal.count(verb)) return true;
    // The lexical verb after the auxiliaries and adverbs: "il a fallu", "il a semblé".
    std::size_t lexical = n;
    while (lexical + 1 < tokens.size() && (tokens[lexical].upos == "AUX" || tokens[lexical].upos == "ADV"))
        ++lexical;
    if (lexical != n && tokens[lexical].upos == "VERB" && impersonal.count(head_word(tokens[lexical].lemma))) return true;
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

/// The gender a pronoun asks of its antecedent.
enum class Gender { Masculine, Feminine };

/// The gender of the pronoun at token i when it names a person here, else nothing.
std::optional<Gender> personal_pronoun(const Sentence& sentence, std::size_t i, const DiscourseLexicon& lexicon) {
    const auto& tokens = sentence.tokens;
    const std::string form = fold_case(tokens[i].form);
    if (form == "-t-il" || form == "-il")
        return impersonal_inverted(tokens, i) ? std::nullopt : std::optional<Gender>(Gender::Masculine);
    if (form == "-t-elle" || form == "-elle") return Gender::Feminine;
    if (form == "lui" || form == "elle") {
        const std::string before = i > 0 ? fold_case(tokens[i - 1].form) : "";
        if (before == "selon" || before == "d'après" || before == "pour")
            return form == "lui" ? Gender::Masculine : Gender::Feminine;
        if (form == "lui") return std::nullopt;
    }
    if (form == "elle") return Gender::Feminine;  // "elle" is never impersonal
    if (form == "il" && !impersonal_il(tokens, i, lexicon)) return Gender::Masculine;
    return std::nullopt;
}

/// True when the person can be what a pronoun of that gender stands for: "il" anybody not known
/// to be a woman, "elle" only a woman known as such.
bool agrees(const Sentence& sentence, const Mention& m, Gender gender) {
    return gender == Gender::Masculine ? !known_woman(sentence, m) : known_woman(sentence, m);
}

/// True for the mentions that can be what "il" stands for: not a demonym, not governed by a
/// preposition, not inside quotation marks.
bool candidate(const Sentence& sentence, const Mention& m, const std::vector<bool>& quoted) {
    if (m.first >= m.last || m.last > sentence.tokens.size()) return false;  // no words here (a quotation's speaker)
    return !m.demonym && !quoted[m.first] && !after_preposition(sentence, m);
}

/// The first person of that gender named among the candidates of a sentence before token `before`.
const Mention* first_person(const Sentence& sentence, std::size_t before, const std::vector<bool>& quoted, Gender gender) {
    for (const Mention& m : sentence.mentions)
        if (m.first < before && candidate(sentence, m, quoted) && m.type == EntityType::Person && agrees(sentence, m, gender))
            return &m;
    return nullptr;
}

/// The token of a mention that governs its other words (its head in the dependency tree).
std::size_t mention_head(const Sentence& sentence, const Mention& m) {
    for (std::size_t t = m.first; t < m.last; ++t) {
        const int head = sentence.tokens[t].head;
        if (head < static_cast<int>(m.first) || head >= static_cast<int>(m.last)) return t;
    }
    return m.first;
}

/// True when "elle" can stand for the mention though it is no person: a country or organization
/// of feminine gender ("la Russie", "l'ONG" as the analyser tags it, a name set beside a feminine
/// noun: "l'ONG Human Rights Watch").
bool feminine_agent(const Sentence& sentence, const Mention& m) {
    if ((m.type != EntityType::Country && m.type != EntityType::Organization) || m.demonym) return false;
    if (m.first > 0 && fold_case(sentence.tokens[m.first - 1].form) == "la") return true;
    // A name in apposition to a feminine noun: "l'ONG Human Rights Watch", "l'agence X".
    const std::size_t head = mention_head(sentence, m);
    if (m.first > 0 && sentence.tokens[head].head == static_cast<int>(m.first - 1)) {
        const Token& noun = sentence.tokens[m.first - 1];
        if (noun.upos == "NOUN" && noun.has_tag("Gender=Fem") && !noun.has_tag("Gender=Masc")) return true;
    }
    const Token& name = sentence.tokens[m.first];
    return name.has_tag("f") && !name.has_tag("m") && !name.has_tag("mf");
}

/// True when the pronoun at token p is the subject of a clause that completes a verb whose
/// subject is the mention: "Le Pentagone a précisé qu'il visait …", "Le Hamas affirme qu'il".
bool reports_itself(const Sentence& sentence, std::size_t p, const Mention& m) {
    const Token& pronoun = sentence.tokens[p];
    if (pronoun.deprel.rfind("nsubj", 0) != 0 || pronoun.head < 0) return false;
    const Token& clause = sentence.tokens[static_cast<std::size_t>(pronoun.head)];
    if (clause.deprel != "ccomp" || clause.head < 0) return false;
    const Token& subject = sentence.tokens[mention_head(sentence, m)];
    return subject.deprel == "nsubj" && subject.head == clause.head;
}

/// In the same sentence: when the nearest candidate before the pronoun is a person, the first
/// person of the pronoun's gender the sentence names (its subject, as a rule: "Trump a indiqué
/// qu'il"); for "elle", a feminine country or organization ("la Russie a dit qu'elle"); when it
/// is a country or organization, only when it is the subject of the verb whose complement the
/// pronoun is the subject of ("Pyongyang a annoncé qu'il": Pyongyang), and for "il" not of
/// feminine gender; else nobody ("Pyongyang a accueilli le ministre, qui dit qu'il").
std::optional<const Mention*> nearest_before(const Document& doc, std::size_t index, std::size_t before, Gender gender) {
    const Sentence& sentence = doc.sentences[index];
    const std::vector<bool> quoted = quoted_tokens(doc, index);
    for (auto m = sentence.mentions.rbegin(); m != sentence.mentions.rend(); ++m)
        if (m->first < before && candidate(sentence, *m, quoted)) {
            if (gender == Gender::Feminine && feminine_agent(sentence, *m)) return &*m;
            if ((m->type == EntityType::Country || m->type == EntityType::Organization) &&
                (gender == Gender::Feminine) == feminine_agent(sentence, *m) && reports_itself(sentence, before, *m))
                return &*m;
            return m->type == EntityType::Person ? first_person(sentence, before, quoted, gender) : nullptr;
        }
    return std::nullopt;
}

/// In an earlier sentence: its topic, the first candidate it names, when that is a person of
/// the pronoun's gender. (A country or organization is not looked for there: across sentences
/// "elle" is as often "la réforme" or "la loi" as the last feminine name.)
std::optional<const Mention*> topic(const Document& doc, std::size_t index, Gender gender) {
    const Sentence& sentence = doc.sentences[index];
    const std::vector<bool> quoted = quoted_tokens(doc, index);
    for (const Mention& m : sentence.mentions)
        if (candidate(sentence, m, quoted))
            return m.type == EntityType::Person && agrees(sentence, m, gender) ? &m : nullptr;
    return std::nullopt;
}

/// The person "il" stands for: the nearest candidate before it in the sentence, else the topic
/// of the nearest earlier sentence (at most three back, headlines skipped) that has one. A
/// resolved pronoun counts as its person, so that "il" after "il" keeps the same referent.
const Mention* antecedent(const Document& doc, std::size_t index, std::size_t token, Gender gender) {
    if (const auto here = nearest_before(doc, index, token, gender)) return *here;
    std::size_t looked = 0;  // sentences of narration looked at; quoted ones are another speaker's words
    for (std::size_t back = 1; back <= kFurthestBack && back <= index && looked < 3; ++back) {
        const Sentence& earlier = doc.sentences[index - back];
        if (earlier.headline || verbless(earlier)) continue;  // a title or a fragment is not running text
        const std::vector<bool> quoted = quoted_tokens(doc, index - back);
        if (std::all_of(quoted.begin(), quoted.end(), [](bool q) { return q; })) continue;
        ++looked;
        if (const auto there = topic(doc, index - back, gender)) return *there;
    }
    return nullptr;
}

}  // namespace

void resolve_pronouns(Document& doc, std::size_t index, const DiscourseLexicon& lexicon) {
    Sentence& sentence = doc.sentences[index];
    std::vector<Mention> resolved;
    const std::vector<bool> quoted = quoted_tokens(doc, index);
    for (std::size_t i = 0; i < sentence.tokens.size(); ++i) {
        if (quoted[i] || mention_covering(sentence, i)) continue;
        const auto gender = personal_pronoun(sentence, i, lexicon);
        if (!gender) continue;
        const Mention* person = antecedent(doc, index, i, *gender);
        if (!person) continue;
        resolved.push_back(resolved_mention(sentence, *person, i, i + 1, "pronoun",
                                            person->resolution.empty() ? resolution_confidence::kPronoun
                                                                       : resolution_confidence::kPronounAfterPronoun));
    }
    add_mentions(sentence, resolved);
}

}  // namespace trame
