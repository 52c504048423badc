#include "rules/polarity.h"

#include <string>

#include "document/utf8.h"
#include "rules/verb_features.h"

namespace trame {

namespace {

std::string lower_form(const Token& token) { return fold_case(token.form); }

bool is_negative_word(const Token& token, const RuleLexicon& lexicon) {
    return lexicon.has(WordSet::NegativeWord, lower_form(token)) || lexicon.has(WordSet::NegativeWord, token.lemma);
}

/// True for the tokens that can stand between a subject and its verb inside the verb group.
bool in_verb_group(const Token& token, const RuleLexicon& lexicon) {
    if (token.upos == "AUX" || token.lemma == "ne" || token.upos == "ADV") return true;
    if (token.upos == "VERB" && (lexicon.has(WordSet::ModalVerb, token.lemma) || token.lemma == "aller")) return true;
    if (token.upos == "PRON" &&
        (lexicon.has(WordSet::VerbGroupClitic, lower_form(token)) || token.form.rfind('-', 0) == 0))
        return true;
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
Polarity assess_noun(const Sentence& sentence, std::size_t noun, const RuleLexicon& lexicon) {
    const auto& tokens = sentence.tokens;
    auto is_break = [](const Token& t) { return t.form == "." || t.form == ";" || t.form == "," || t.upos == "SCONJ"; };
    std::size_t first = noun, last = noun + 1;
    while (first > 0 && !is_break(tokens[first - 1])) --first;
    while (last < tokens.size() && !is_break(tokens[last])) ++last;
    Polarity polarity;
    for (std::size_t i = first; i < last; ++i) {
        const Token& t = tokens[i];
        if (lexicon.has(WordSet::PlannedCue, t.lemma) || lexicon.has(WordSet::PlannedCue, lower_form(t)) ||
            is_conditional(t) || is_future(t) || lexicon.has(WordSet::ModalVerb, t.lemma))
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

Polarity assess_polarity(const Sentence& sentence, std::size_t trigger, const RuleLexicon& lexicon) {
    Polarity polarity;
    const auto& tokens = sentence.tokens;
    if (trigger >= tokens.size()) return polarity;
    if (tokens[trigger].upos == "NOUN") return assess_noun(sentence, trigger, lexicon);

    std::size_t group = trigger;
    while (group > 0 && in_verb_group(tokens[group - 1], lexicon)) --group;

    bool ne = false, negative = false, hypothetical = false;
    for (std::size_t i = group; i <= trigger; ++i) {
        const Token& t = tokens[i];
        ne = ne || t.lemma == "ne";
        negative = negative || (i < trigger && is_negative_word(t, lexicon));
        hypothetical = hypothetical || is_conditional(t) || is_future(t) ||
                       (i < trigger && (lexicon.has(WordSet::ModalVerb, t.lemma) ||
                                        (t.lemma == "aller" && is_infinitive(tokens[trigger]))));
    }
    // A negative word right after the verb: "n'a posé aucune condition", "ne dit rien".
    for (std::size_t i = trigger + 1; i < tokens.size() && i <= trigger + 3; ++i) {
        if (is_clause_break(tokens[i])) break;
        if (is_negative_word(tokens[i], lexicon) && tokens[i].form != "personne") negative = true;
    }
    // "ni X ni Y n'ont ...": the negation sits in the coordinated subject.
    if (ne && !negative)
        for (std::size_t i = group; i-- > 0 && !(tokens[i].upos == "PUNCT" && tokens[i].form != ",");)
            if (lower_form(tokens[i]) == "ni") negative = true;
    // "aurait dû soutenir", "aurait pu éviter": what should or could have happened did not.
    bool counterfactual = false;
    for (std::size_t i = group; i + 1 <= trigger; ++i)
        if (is_conditional(tokens[i]) && tokens[i].lemma == "avoir" && i + 1 < trigger &&
            lexicon.has(WordSet::ModalVerb, tokens[i + 1].lemma) && is_past_participle(tokens[i + 1]))
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
                              const RuleLexicon& lexicon) {
    Polarity polarity = assess_polarity(sentence, trigger, lexicon);
    // A "si" clause: the word heads one ("si X soutenait Y"), or one hangs from it ("X
    // soutiendrait Y si …"), wherever the parser put its words.
    const auto conditional = [&](std::size_t word) {
        const auto si = [&](std::size_t clause) {
            for (std::size_t m : tree.children(clause, "mark"))
                if (fold_case(sentence.tokens[m].lemma) == "si") return true;
            return false;
        };
        if (si(word)) return true;
        for (std::size_t c : tree.children(word, "advcl:*"))
            if (si(c)) return true;
        return false;
    };
    if (conditional(trigger)) polarity.modality = Modality::Hypothetical;
    for (const auto& [verb, below] : tree.governing_verbs(trigger)) {
        if (conditional(verb)) polarity.modality = Modality::Hypothetical;
        const std::string lemma = fold_case(sentence.tokens[verb].lemma);
        // A verb that denies denies its complement, not a clause set beside it ("a rejeté X, et
        // lançait Y" read as an adverbial clause).
        if (lexicon.has(WordSet::NegatingHead, lemma) && !DependencyTree::label_matches(tree.deprel(below), "advcl:*"))
            polarity.negated = !polarity.negated;
        if (lexicon.has(WordSet::HypotheticalHead, lemma)) polarity.modality = Modality::Hypothetical;
        const Polarity above = assess_polarity(sentence, verb, lexicon);
        if (above.modality == Modality::Hypothetical) polarity.modality = Modality::Hypothetical;
        // A negated verb passes its negation on to its infinitive ("n'a pas voulu soutenir") and
        // to the event noun it takes as object ("ne voit pas la nécessité de pourparlers").
        if (above.negated && (tree.deprel(below) == "xcomp" ||
                              (tree.deprel(below) == "obj" && sentence.tokens[below].upos == "NOUN")))
            polarity.negated = !polarity.negated;
    }
    return polarity;
}

}  // namespace trame
