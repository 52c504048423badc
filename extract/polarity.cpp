#include "extract/polarity.h"

#include <string>
#include <unordered_set>

#include "extract/utf8.h"

namespace trame {

namespace {

const std::unordered_set<std::string> kNegativeWords = {"pas",    "plus",     "jamais",   "rien", "guère",
                                                         "point",  "aucun",    "aucune",   "ni",   "nullement",
                                                         "personne", "nulle"};
const std::unordered_set<std::string> kModalLemmas = {"devoir", "pouvoir"};
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

}  // namespace

Polarity assess_polarity(const Sentence& sentence, std::size_t trigger) {
    Polarity polarity;
    const auto& tokens = sentence.tokens;
    if (trigger >= tokens.size()) return polarity;

    std::size_t group = trigger;
    while (group > 0 && in_verb_group(tokens[group - 1])) --group;

    bool ne = false, negative = false, hypothetical = false;
    for (std::size_t i = group; i <= trigger; ++i) {
        const Token& t = tokens[i];
        ne = ne || t.lemma == "ne";
        negative = negative || (i < trigger && is_negative_word(t));
        hypothetical = hypothetical || t.has_tag("cni") || t.has_tag("fti") ||
                       (i < trigger && (kModalLemmas.count(t.lemma) ||
                                        (t.lemma == "aller" && tokens[trigger].has_tag("inf"))));
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
    const bool without = group > 0 && lower_form(tokens[group - 1]) == "sans" && tokens[trigger].has_tag("inf");
    polarity.negated = (ne && negative) || without;

    // A "si" clause before the verb, or a question.
    for (std::size_t i = group; i-- > 0;) {
        if (tokens[i].upos == "PUNCT" && tokens[i].form != "\"" && tokens[i].form != ",") break;
        if (lower_form(tokens[i]) == "si" || lower_form(tokens[i]) == "s'") hypothetical = hypothetical ||
                                                                             tokens[i].upos == "SCONJ";
    }
    if (hypothetical || ends_with_question(sentence)) polarity.modality = Modality::Hypothetical;
    return polarity;
}

}  // namespace trame
