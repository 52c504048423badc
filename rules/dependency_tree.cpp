#include "rules/dependency_tree.h"

#include <algorithm>
#include <unordered_set>

#include "document/utf8.h"
#include "rules/verb_features.h"

namespace trame {

namespace {

constexpr int kMaxDepth = 8;  // clause chains deeper than this give no inherited subject

bool is_relative_pronoun(const Token& t) {
    if (t.upos != "PRON") return false;
    if (has_feature(t, "PronType=Rel", "rel")) return true;
    const std::string lemma = fold_case(t.lemma);
    return lemma == "qui" || lemma == "lequel" || lemma == "laquelle" || lemma == "lesquels" || lemma == "lesquelles";
}

/// True for a verb of `lexicon`'s ETRE_VERB (intransitive, conjugated with "être"): its subject
/// is no passive patient.
bool is_etre_verb(const Token& t, const RuleLexicon* lexicon) {
    return lexicon && t.upos == "VERB" && lexicon->has(WordSet::EtreVerb, fold_case(t.lemma));
}

bool is_reflexive(const Token& t) {
    const std::string lemma = fold_case(t.lemma);
    return t.upos == "PRON" && (lemma == "se" || lemma == "soi" || has_feature(t, "Reflex=Yes", "ref"));
}

}  // namespace

DependencyTree::DependencyTree(const Sentence& sentence, const RuleLexicon* lexicon)
    : sentence_(sentence),
      lexicon_(lexicon),
      heads_(sentence.tokens.size(), -1),
      deprels_(sentence.tokens.size()),
      children_(sentence.tokens.size()) {
    const int n = static_cast<int>(sentence.tokens.size());
    for (int i = 0; i < n; ++i) {
        const int head = sentence.tokens[i].head;
        deprels_[i] = sentence.tokens[i].deprel;
        if (sentence.tokens[i].deprel.empty()) continue;
        parsed_ = true;
        if (head < 0 || head >= n || head == i) continue;
        heads_[i] = head;
        children_[head].push_back(static_cast<std::size_t>(i));
    }
    repair_partitive_objects();
}

void DependencyTree::repair_partitive_objects() {
    // "a dénoncé la répression des manifestations": the parser, reading "des" as a partitive
    // article, may give the verb a second object right after the first; it is the first's
    // complement (de + les).
    for (std::size_t v = 0; v < size(); ++v) {
        const std::vector<std::size_t> objects = children(v, "obj");
        for (std::size_t k = 1; k < objects.size(); ++k) {
            const std::size_t a = objects[k - 1], b = objects[k];
            std::size_t a_last = a, b_first = b;
            for (std::size_t d : descendants(a)) a_last = std::max(a_last, d);
            for (std::size_t d : descendants(b)) b_first = std::min(b_first, d);
            const Token& article = sentence_.tokens[b_first];
            if (b_first != a_last + 1 || article.upos != "ADP" || fold_case(article.lemma) != "de") continue;
            heads_[b] = static_cast<int>(a);
            deprels_[b] = "nmod";
            auto& siblings = children_[v];
            siblings.erase(std::find(siblings.begin(), siblings.end(), b));
            auto& below = children_[a];
            below.insert(std::upper_bound(below.begin(), below.end(), b), b);
        }
    }
}

bool DependencyTree::label_matches(const std::string& deprel, const std::string& label) {
    if (label == "*") return !deprel.empty();
    if (label.size() > 2 && label.compare(label.size() - 2, 2, ":*") == 0) {
        const std::string base = label.substr(0, label.size() - 2);
        return deprel == base || deprel.rfind(base + ":", 0) == 0;
    }
    return deprel == label;
}

std::vector<std::size_t> DependencyTree::children(std::size_t i, const std::string& label) const {
    std::vector<std::size_t> found;
    for (std::size_t c : children_[i])
        if (label_matches(deprel(c), label)) found.push_back(c);
    return found;
}

std::vector<std::size_t> DependencyTree::descendants(std::size_t i) const {
    std::vector<std::size_t> found;
    std::vector<std::size_t> stack(children_[i].rbegin(), children_[i].rend());
    while (!stack.empty() && found.size() < size()) {
        const std::size_t c = stack.back();
        stack.pop_back();
        found.push_back(c);
        stack.insert(stack.end(), children_[c].rbegin(), children_[c].rend());
    }
    std::sort(found.begin(), found.end());
    return found;
}

std::pair<int, int> DependencyTree::phrase(std::size_t i, const std::vector<std::size_t>& without) const {
    const Token& head_token = sentence_.tokens[i];
    // An adverbial clause the parser hung from the head after a comma ("…, même si …", "…, en
    // espérant …"): its subtree starts with the comma, or right after one.
    const auto after_comma = [&](std::size_t c) {
        if (c < i) return false;
        std::size_t first = c;
        for (std::size_t d : descendants(c)) first = std::min(first, d);
        return sentence_.tokens[first].form == "," || (first > 0 && sentence_.tokens[first - 1].form == ",");
    };
    // A purpose or manner clause: "pour …", "afin de …", or a gerund ("en espérant …").
    const auto purpose_or_manner = [&](std::size_t c) {
        if (is_gerund(sentence_.tokens[c]) || is_present_participle(sentence_.tokens[c])) return true;
        for (std::size_t m : children(c, "mark")) {
            const std::string lemma = fold_case(sentence_.tokens[m].lemma);
            if (lemma == "pour" || lemma == "afin de" || lemma == "afin_de" || lemma == "afin" || lemma == "en")
                return true;
        }
        return false;
    };
    // A contrast or concession ("alors que …", "tandis que …", "bien que …", "puisque …") inside
    // an infinitive or noun phrase: the parser may hang it from any word of the phrase ("porter sa
    // croissance à 8 % alors qu'elle stagne"); it comments on the clause, it is not the object.
    // A finite clause (reported content) keeps it.
    const bool non_finite_phrase = is_non_finite(head_token) || nominal(i);
    const auto contrast = [&](std::size_t c) {
        for (std::size_t m : children(c, "mark")) {
            const std::string lemma = fold_case(sentence_.tokens[m].lemma);
            if (lemma == "alors" || lemma == "tandis" || lemma == "bien" || lemma == "puisque" || lemma == "quoique")
                return true;
        }
        return false;
    };
    std::vector<bool> inside(size(), false);
    std::vector<std::size_t> stack{i};
    std::size_t visited = 0;
    while (!stack.empty() && visited++ < size()) {
        const std::size_t w = stack.back();
        stack.pop_back();
        inside[w] = true;
        for (std::size_t c : children_[w]) {
            if (label_matches(deprel(c), "parataxis:*")) continue;  // a clause set beside, at any depth
            if (w == i && label_matches(deprel(c), "advcl:*") &&
                ((is_non_finite(head_token) && purpose_or_manner(c)) || after_comma(c)))
                continue;
            // A detached participle: "une rencontre avec Y, disant vouloir …", also when the noun it
            // follows is inside the phrase ("vouloir une rencontre avec Y, disant …": vouloir une
            // rencontre avec Y); it says what the clause's subject does, not what the noun is.
            if (deprel(c) == "acl" && is_present_participle(sentence_.tokens[c]) && after_comma(c))
                continue;
            if (non_finite_phrase && c > i && contrast(c)) continue;

            if (!(w == i && ((deprel(c) == "conj" && nominal(i)) ||
                             std::find(without.begin(), without.end(), c) != without.end())))
                stack.push_back(c);
        }
    }
    // The unbroken run of the phrase's words around i: a word the parser hung from i across a
    // clause left out (an incise, a parataxis) does not stretch the phrase over that clause.
    int first = static_cast<int>(i), last = static_cast<int>(i) + 1;
    while (first > 0 && inside[first - 1]) --first;
    while (last < static_cast<int>(size()) && inside[last]) ++last;
    // Leading function words of the phrase itself ("à", "que", "et") and punctuation at its edges.
    const auto leading = [&](int w) {
        const Token& t = sentence_.tokens[w];
        if (t.upos == "PUNCT") return true;
        if (heads_[w] != static_cast<int>(i)) return false;
        return deprel(w) == "case" || deprel(w) == "mark" || deprel(w) == "cc";
    };
    while (first < static_cast<int>(i) && leading(first)) ++first;
    while (last - 1 > static_cast<int>(i) && sentence_.tokens[last - 1].upos == "PUNCT") --last;
    return {first, last};
}

bool DependencyTree::nominal(std::size_t i) const {
    const std::string& upos = sentence_.tokens[i].upos;
    return upos == "NOUN" || upos == "PROPN" || upos == "PRON" || upos == "NUM" || upos == "DET" || upos == "X";
}

std::vector<std::size_t> DependencyTree::conjuncts(std::size_t i) const {
    std::vector<std::size_t> found{i};
    if (!nominal(i) && sentence_.tokens[i].upos != "ADJ") return found;  // "letton et estonien" too
    for (std::size_t k = 0; k < found.size() && found.size() <= size(); ++k)
        for (std::size_t c : children_[found[k]])
            if (deprel(c) == "conj") found.push_back(c);
    std::sort(found.begin(), found.end());
    found.erase(std::unique(found.begin(), found.end()), found.end());
    return found;
}

std::size_t DependencyTree::antecedent(std::size_t i) const {
    if (!is_relative_pronoun(sentence_.tokens[i])) return i;
    const int clause = heads_[i];
    if (clause < 0 || deprel(clause) != "acl:relcl" || heads_[clause] < 0) return i;
    return static_cast<std::size_t>(heads_[clause]);
}

std::vector<std::pair<std::size_t, std::size_t>> DependencyTree::governing_verbs(std::size_t i) const {
    std::vector<std::pair<std::size_t, std::size_t>> found;
    std::size_t w = i;
    for (int depth = 0; depth <= kMaxDepth && heads_[w] >= 0; ++depth) {
        const std::string& relation = deprel(w);
        const std::size_t h = static_cast<std::size_t>(heads_[w]);
        if (relation == "conj") {  // "a refusé de critiquer et de sanctionner": up to the first verb
            w = h;
            continue;
        }
        // A noun under a noun: "l'annulation de la rencontre", "le report du sommet".
        const bool noun_under_noun = relation == "nmod" && sentence_.tokens[w].upos == "NOUN" &&
                                     sentence_.tokens[h].upos == "NOUN";
        // An event noun as a verb's object or argument: "a nié tout soutien", "envisage une
        // rencontre", "ouvert à une rencontre".
        const bool noun_object = (relation == "obj" || relation == "obl:arg") && sentence_.tokens[w].upos == "NOUN" &&
                                 (sentence_.tokens[h].upos == "VERB" || sentence_.tokens[h].upos == "ADJ");
        if (relation != "xcomp" && relation != "ccomp" && !label_matches(relation, "advcl:*") && !noun_under_noun &&
            !noun_object)
            break;
        found.emplace_back(h, w);
        w = h;
    }
    return found;
}

std::vector<std::size_t> DependencyTree::expand(const std::vector<std::size_t>& words) const {
    std::vector<std::size_t> found;
    for (std::size_t w : words)
        for (std::size_t c : conjuncts(antecedent(w)))
            if (std::find(found.begin(), found.end(), c) == found.end()) found.push_back(c);
    return found;
}

std::vector<std::size_t> DependencyTree::own_subjects(std::size_t v) const {
    std::vector<std::size_t> own = children(v, "nsubj");
    // A pronominal verb ("s'est rendu", "se sont rencontrés") or a verb conjugated with "être"
    // ("est devenu", "est arrivé") has an active subject, whatever its auxiliary made the parser
    // call it.
    if (own.empty() && (!children(v, "expl:*").empty() || is_etre_verb(sentence_.tokens[v], lexicon_)))
        own = children(v, "nsubj:pass");
    // The topic a headline opens with before a colon ("Syrie : une ONG dénonce …") is nobody's subject.
    own.erase(std::remove_if(own.begin(), own.end(), [&](std::size_t c) { return headline_topic(c); }), own.end());
    return expand(own);
}

bool DependencyTree::headline_topic(std::size_t w) const {
    for (std::size_t t = 0; t < w; ++t)
        if (sentence_.tokens[t].upos != "DET") return false;
    std::size_t last = w;
    for (std::size_t d : descendants(w))
        if (d > w && d == last + 1 && sentence_.tokens[d].form != ":") last = d;
    return last + 1 < size() && sentence_.tokens[last + 1].form == ":";
}

std::vector<std::size_t> DependencyTree::subjects(std::size_t v) const {
    std::vector<std::size_t> own = own_subjects(v);
    if (!own.empty()) return own;
    return inherited_subjects(v, 0);
}

std::vector<std::size_t> DependencyTree::inherited_subjects(std::size_t v, int depth) const {
    if (depth > kMaxDepth || heads_[v] < 0) return {};
    // A clause with a subject of its own, passive or expletive, takes none from above.
    for (std::size_t c : children_[v])
        if (label_matches(deprel(c), "nsubj:*") || label_matches(deprel(c), "csubj:*") || deprel(c) == "expl:subj")
            return {};
    const std::size_t h = static_cast<std::size_t>(heads_[v]);
    const Token& verb = sentence_.tokens[v];
    const std::string& relation = deprel(v);
    const auto above = [&] {
        std::vector<std::size_t> own = own_subjects(h);
        return own.empty() ? inherited_subjects(h, depth + 1) : own;
    };
    if (relation == "conj") return above();
    if (relation == "xcomp") {
        const bool by_subject =
            lexicon_ && lexicon_->has(WordSet::SubjectControl, fold_case(sentence_.tokens[h].lemma));
        if (!by_subject) {
            std::vector<std::size_t> controllers;
            for (std::size_t c : children_[h]) {
                if (c == v || is_reflexive(sentence_.tokens[c])) continue;
                if (deprel(c) == "obj" || deprel(c) == "iobj") controllers.push_back(c);
                else if (deprel(c) == "obl:arg")
                    for (std::size_t k : children(c, "case"))
                        if (fold_case(sentence_.tokens[k].lemma) == "à") controllers.push_back(c);
            }
            // The object of a passive control verb is its subject: "X est accusé de vouloir …".
            if (controllers.empty() && !children(h, "obl:agent").empty())
                for (std::size_t c : children(h, "nsubj:pass")) controllers.push_back(c);
            if (!controllers.empty()) return expand(controllers);
        }
        return above();
    }
    if (relation == "advcl" && is_non_finite(verb)) {
        // "X a déclaré que Y …, soulignant que …": a participle after a reported clause is the
        // reporter's, whatever word of the clause the parser hung it from.
        if (deprel(h) == "ccomp" && v > h && heads_[h] >= 0) {
            const std::size_t reporter = static_cast<std::size_t>(heads_[h]);
            std::vector<std::size_t> own = own_subjects(reporter);
            return own.empty() ? inherited_subjects(reporter, depth + 1) : own;
        }
        return above();
    }
    if (relation == "acl" && is_present_participle(verb)) {
        // A detached participle (", affirmant …") is the main clause's subject's, whatever noun
        // the parser hung it from; an attached one describes its noun ("les pays soutenant …").
        if (v > 0 && sentence_.tokens[v - 1].form == ",") {
            std::size_t clause = h;
            for (int up = 0; up <= kMaxDepth && sentence_.tokens[clause].upos != "VERB" && heads_[clause] >= 0; ++up)
                clause = static_cast<std::size_t>(heads_[clause]);
            if (sentence_.tokens[clause].upos == "VERB") {
                std::vector<std::size_t> own = own_subjects(clause);
                return own.empty() ? inherited_subjects(clause, depth + 1) : own;
            }
        }
        return expand({h});
    }
    return {};
}

}  // namespace trame
