#include "rules/polarity.h"

#include <string>
#include <unordered_set>

#include "document/utf8.h"

namespace trame {

namespace {

/// A verb in the conditional ("aurait") or the future ("signera"), by its UD features.
bool is_conditional_or_future(const Token& t) { return t.has_tag("Mood=Cnd") || t.has_tag("Tense=Fut"); }

bool is_infinitive(const Token& t) { return t.has_tag("VerbForm=Inf"); }

const std::unordered_set<std::string> kNegativeWords = {"pas",    "plus",     "jamais",   "rien", "guère",
                                                         "point",  "aucun",    "aucune",   "ni",   "nullement",
                                                         "personne", "nulle"};
const std::unordered_set<std::string> kModalLemmas = {"devoir", "pouvoir"};
/// Words that present an event noun as planned, possible or expected ("un éventuel appel").
const std::unordered_set<std::string> kHypotheticalCues = {
    "éventuel",  "potentiel", "possible", "prochain",  "futur",    "attendu",  "attendre", "prévu",
    "prévoir",   "envisagé",  "envisager", "projeté",  "hypothétique", "probable", "espéré", "souhaité",
    "la semaine prochaine", "le mois prochain", "l'année prochaine", "à venir"};
const std::unordered_set<std::string> kClitics = {"se", "s'", "le", "la", "les", "l'", "lui", "leur", "y", "en",
                                                  "me", "m'", "te", "t'", "nous", "vous"};

std::string lower_form(const Token& token) { return fold_case(token.form); }

bool is_negative_word(const Token& token) {
    return kNegativeWords.count(lower_form(token)) || kNegativeWords.count(token.lemma);
}

/// True for the tokens that can stand between a subject and its verb inside the verb group.
bool in_verb_group(const Token& token) {
    if (token.upos == "AUX" || token.lemma == "ne" || token.upos == "ADV") return true;
    if (token.upos == "VERB" && (kModalLemmas.count(token.lemma) || token.lemma == "aller")) return true;
    if (token.upos == "PRON" && (kClitics.count(lower_form(token)) || token.form.rfind('-', 0) == 0)) return true;
    return false;
}

bool is_clause_break(const Token& token) {
    return token.upos == "PUNCT" || token.upos == "CCONJ" || token.upos == "SCONJ" || token.lemma == "que" ||
           token.lemma == "qui";
}

bool ends_with_question(const Sentence& sentence) {
    for (auto it = sentence.tokens.rbegin(); it != sentence.tokens.rend(); ++it) {
        if (it->form == "?") return true;
        if (it->upos != "PUNCT") return false;
    }
    return false;
}

/// Polarity of an event noun ("appel", "rencontre"): hypothetical when its clause presents it as
/// planned or possible, or its verb is conditional or future; negated after "aucun", "pas de", "sans".
Polarity assess_noun(const Sentence& sentence, std::size_t noun) {
    const auto& tokens = sentence.tokens;
    auto is_break = [](const Token& t) { return t.form == "." || t.form == ";" || t.form == "," || t.upos == "SCONJ"; };
    std::size_t first = noun, last = noun + 1;
    while (first > 0 && !is_break(tokens[first - 1])) --first;
    while (last < tokens.size() && !is_break(tokens[last])) ++last;
    Polarity polarity;
    for (std::size_t i = first; i < last; ++i) {
        const Token& t = tokens[i];
        if (kHypotheticalCues.count(t.lemma) || kHypotheticalCues.count(lower_form(t)) || is_conditional_or_future(t) || kModalLemmas.count(t.lemma))
            polarity.modality = Modality::Hypothetical;
    }
    for (std::size_t i = noun; i-- > first;) {
        if (tokens[i].upos == "ADJ") continue;
        const std::string form = lower_form(tokens[i]);
        polarity.negated = form == "aucun" || form == "aucune" || form == "sans" ||
                           (i > 0 && lower_form(tokens[i - 1]) == "pas" && tokens[i].lemma == "de");
        break;
    }
    if (ends_with_question(sentence)) polarity.modality = Modality::Hypothetical;
    return polarity;
}

}  // namespace

Polarity assess_polarity(const Sentence& sentence, std::size_t trigger) {
    Polarity polarity;
    const auto& tokens = sentence.tokens;
    if (trigger >= tokens.size()) return polarity;
    if (tokens[trigger].upos == "NOUN") return assess_noun(sentence, trigger);

    std::size_t group = trigger;
    while (group > 0 && in_verb_group(tokens[group - 1])) --group;

    bool ne = false, negative = false, hypothetical = false;
    for (std::size_t i = group; i <= trigger; ++i) {
        const Token& t = tokens[i];
        ne = ne || t.lemma == "ne";
        negative = negative || (i < trigger && is_negative_word(t));
        hypothetical = hypothetical || is_conditional_or_future(t) ||
                       (i < trigger && (kModalLemmas.count(t.lemma) ||
                                        (t.lemma == "aller" && is_infinitive(tokens[trigger]))));
    }
    // A negative word right after the verb: "n'a posé aucune condition", "ne dit rien".
    for (std::size_t i = trigger + 1; i < tokens.size() && i <= trigger + 3; ++i) {
        if (is_clause_break(tokens[i])) break;
        if (is_negative_word(tokens[i]) && tokens[i].form != "personne") negative = true;
    }
    // "ni X ni Y n'ont ...": the negation sits in the coordinated subject.
    if (ne && !negative)
        for (std::size_t i = group; i-- > 0 && !(tokens[i].upos == "PUNCT" && tokens[i].form != ",");)
            if (lower_form(tokens[i]) == "ni") negative = true;
    // "aurait dû soutenir", "aurait pu éviter": what should or could have happened did not.
    bool counterfactual = false;
    for (std::size_t i = group; i + 1 <= trigger; ++i)
        if (tokens[i].has_tag("Mood=Cnd") && tokens[i].lemma == "avoir" && i + 1 < trigger &&
            kModalLemmas.count(tokens[i + 1].lemma) && tokens[i + 1].has_tag("VerbForm=Part"))
            counterfactual = true;
    const bool without = group > 0 && lower_form(tokens[group - 1]) == "sans" && is_infinitive(tokens[trigger]);
    polarity.negated = (ne && negative) || without || counterfactual;

    // A "si" clause before the verb, or a question.
    for (std::size_t i = group; i-- > 0;) {
        if (tokens[i].upos == "PUNCT" && tokens[i].form != "\"" && tokens[i].form != ",") break;
        if (lower_form(tokens[i]) == "si" || lower_form(tokens[i]) == "s'") hypothetical = hypothetical ||
                                                                             tokens[i].upos == "SCONJ";
    }
    if (hypothetical || ends_with_question(sentence)) polarity.modality = Modality::Hypothetical;
    return polarity;
}

Polarity assess_tree_polarity(const Sentence& sentence, const DependencyTree& tree, std::size_t trigger,
                              const TreeLexicon& lexicon) {
    Polarity polarity = assess_polarity(sentence, trigger);
    for (const auto& [verb, below] : tree.governing_verbs(trigger)) {
        const std::string lemma = fold_case(sentence.tokens[verb].lemma);
        if (lexicon.negating_heads.count(lemma)) polarity.negated = !polarity.negated;
        if (lexicon.hypothetical_heads.count(lemma)) polarity.modality = Modality::Hypothetical;
        const Polarity above = assess_polarity(sentence, verb);
        if (above.modality == Modality::Hypothetical) polarity.modality = Modality::Hypothetical;
        if (above.negated && tree.deprel(below) == "xcomp") polarity.negated = !polarity.negated;
    }
    return polarity;
}

}  // namespace trame
