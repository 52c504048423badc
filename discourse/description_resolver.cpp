#include "discourse/description_resolver.h"

#include <algorithm>
#include <vector>

#include "discourse/mention_context.h"
#include "discourse/resolution_confidence.h"
#include "document/utf8.h"

namespace trame {

namespace {

bool inside_mention(const Sentence& sentence, std::size_t first, std::size_t last) {
    return std::any_of(sentence.mentions.begin(), sentence.mentions.end(),
                       [&](const Mention& m) { return m.first < last && first < m.last; });
}

/// "l'" and "le", "la", "ce", "cet", "cette": the singular determiners of a description.
bool singular_determiner(const Token& token) {
    std::string form = fold_case(token.form);
    if (form.size() >= 3 && form.compare(form.size() - 3, 3, "\u2019") == 0) form.replace(form.size() - 3, 3, "'");
    return form == "le" || form == "la" || form == "l'" || form == "ce" || form == "cet" || form == "cette";
}

/// True when what follows the noun at token i makes it a different entity: an adjective ("le
/// pays voisin"), a complement ("l'organisation de défense"), a name or a relative clause.
bool qualified(const Sentence& sentence, std::size_t i) {
    if (i + 1 >= sentence.tokens.size()) return false;
    const Token& next = sentence.tokens[i + 1];
    const std::string form = fold_case(next.form);
    return next.upos == "ADJ" || next.upos == "PROPN" || form == "non" || next.upos == "NUM" || next.lemma == "de" ||
           form == "du" || form == "des" || form == "d'" || form == "d\u2019" || form == "qui" || form == "que" ||
           form == "où" || form == "dont" || form == "(";
}

/// True when a preposition governs the noun phrase whose determiner is token `determiner`.
bool governed(const Sentence& sentence, std::size_t determiner) {
    return determiner > 0 && sentence.tokens[determiner - 1].upos == "ADP";
}

/// The nearest mention of `type` before token i in the sentence that is a name, not quoted, and
/// (when `subjects_only`) not governed by a preposition.
const Mention* nearest_in_sentence(const Sentence& sentence, const std::vector<bool>& quoted, std::size_t i, EntityType type,
                                   bool subjects_only = false) {
    const Mention* found = nullptr;
    for (const Mention& m : sentence.mentions)
        if (m.first < m.last && m.last <= i && m.type == type && m.resolution.empty() && !m.pronoun && !quoted[m.first] &&
            !(subjects_only && after_preposition(sentence, m)))
            found = &m;
    return found;
}

/// True when tokens [from, to) hold a determiner and its noun ("l'avocat", "la plainte"): a
/// noun phrase that "ce dernier" could stand for as well as the last name.
bool noun_phrase_between(const Sentence& sentence, std::size_t from, std::size_t to) {
    for (std::size_t k = from + 1; k < to && k < sentence.tokens.size(); ++k)
        if (sentence.tokens[k].upos == "NOUN" && sentence.tokens[k - 1].upos == "DET") return true;
    return false;
}

/// The place "la ville" stands for when its sentence names none before it: the last place named,
/// at most two sentences back, when the sentence that named it named no other ("Alep, Damas ou
/// Hama … la ville" is any of them, or the city the article is about: nobody).
const EntityRecord* last_place(const ArticleModel& model, std::size_t index) {
    const EntityRecord* last = model.last_of(EntityType::Place, index, 2);
    if (!last) return nullptr;
    const auto& entities = model.entities();
    const auto named_there = std::count_if(entities.begin(), entities.end(), [&](const EntityRecord& e) {
        return e.mention.type == EntityType::Place && e.last_sentence == last->last_sentence;
    });
    return named_there == 1 ? last : nullptr;
}

}  // namespace

void resolve_definites(Document& doc, std::size_t index, const ArticleModel& model,
                       const std::unordered_map<std::string, EntityType>& heads) {
    Sentence& sentence = doc.sentences[index];
    const std::vector<bool> quoted = quoted_tokens(doc, index);
    std::vector<Mention> added;
    for (std::size_t i = 1; i < sentence.tokens.size(); ++i) {
        const Token& noun = sentence.tokens[i];
        if ((noun.upos != "NOUN" && noun.upos != "PROPN") || !singular_determiner(sentence.tokens[i - 1])) continue;
        const auto head = heads.find(fold_case(noun.form));
        if (head == heads.end() || qualified(sentence, i) || quoted[i]) continue;
        // "l'ONG": a common noun the name finders took for a name of its own is the description too.
        Mention* generic = nullptr;
        for (Mention& m : sentence.mentions)
            if (m.first <= i && i < m.last) generic = &m;
        if (generic && (generic->last != i + 1 || generic->first + 1 < i || fold_case(generic->name) != head->first ||
                        !generic->resolution.empty() || generic->pronoun))
            continue;
        const EntityType type = head->second;
        // Places are named as often after a preposition as not ("à Raqqa … la ville"); an
        // organization after one ("la convention de la CPI") is seldom what "l'organisation" means.
        // A description that is itself governed by one ("le bastion de l'organisation") may take one.
        const bool subjects_only = type == EntityType::Organization && !governed(sentence, i - 1);
        const Mention* antecedent = nearest_in_sentence(sentence, quoted, i - 1, type, subjects_only);
        double confidence = resolution_confidence::kDefinite;
        if (!antecedent && type == EntityType::Country && nearest_in_sentence(sentence, quoted, i - 1, EntityType::Place))
            continue;  // "Madrid … le pays": a capital standing for its country, not the one in focus
        if (!antecedent) {
            const EntityRecord* record = type == EntityType::Place   ? last_place(model, index)
                                         : type == EntityType::Country ? model.in_focus(type, index, 3)
                                                                       : model.in_focus(type, index, 6);
            if (!record && type == EntityType::Organization) record = model.last_of(type, index, 2);
            if (!record) continue;
            antecedent = &record->mention;
            confidence = resolution_confidence::kDefiniteFromArticle;
        }
        if (generic) {  // resolved in place, so that indices into the mentions stay valid
            *generic = resolved_mention(sentence, *antecedent, generic->first, generic->last, "definite", confidence);
            continue;
        }
        added.push_back(resolved_mention(sentence, *antecedent, i, i + 1, "definite", confidence));
    }
    add_mentions(sentence, added);
}

namespace {

/// True for "les", "des", "aux", "ces": the plural determiners before "deux".
bool plural_article(const Token& token) {
    const std::string form = fold_case(token.form);
    return form == "les" || form == "des" || form == "aux" || form == "ces";
}

/// True when the noun at token i is qualified, a participle included ("les deux candidats désignés
/// par …" are a set of their own), but for the fixed "chefs d'État".
bool pair_qualified(const Sentence& sentence, std::size_t i) {
    if (i + 1 < sentence.tokens.size() && sentence.tokens[i + 1].has_tag("VerbForm=Part")) return true;
    if (!qualified(sentence, i)) return false;
    return !(i + 2 < sentence.tokens.size() && sentence.tokens[i + 1].lemma == "de" &&
             fold_case(sentence.tokens[i + 2].form) == "état");
}

/// The distinct entities of `type` sentence `k` names before token `before` (outside quotation
/// marks; demonyms only for countries), first mention of each.
std::vector<const Mention*> named_in(const Document& doc, std::size_t k, std::size_t before, EntityType type) {
    const Sentence& sentence = doc.sentences[k];
    const std::vector<bool> quoted = quoted_tokens(doc, k);
    std::vector<const Mention*> found;
    for (const Mention& m : sentence.mentions) {
        // A country may be named by its adjective ("les présidents russe et américain … les deux pays").
        if (m.first >= m.last || m.first >= before || m.type != type || (m.demonym && type != EntityType::Country) ||
            quoted[m.first])
            continue;
        if (std::none_of(found.begin(), found.end(), [&](const Mention* f) { return f->canonical == m.canonical; }))
            found.push_back(&m);
    }
    return found;
}

}  // namespace

void resolve_group_descriptions(Document& doc, std::size_t index, const ArticleModel& model) {
    Sentence& sentence = doc.sentences[index];
    const std::vector<bool> quoted = quoted_tokens(doc, index);
    std::vector<Mention> added;
    for (std::size_t i = 1; i < sentence.tokens.size(); ++i) {
        const Token& noun = sentence.tokens[i];
        if (noun.upos != "NOUN" || !noun.has_tag("Number=Plur") || quoted[i] || !plural_article(sentence.tokens[i - 1]) ||
            fold_case(sentence.tokens[i - 1].form) == "ces" || inside_mention(sentence, i, i + 1) || qualified(sentence, i))
            continue;
        const std::string word = fold_case(noun.form);
        const EntityRecord* group = nullptr;
        bool several = false;
        for (const EntityRecord& record : model.entities()) {
            const Mention& m = record.mention;
            if ((m.type != EntityType::Organization && m.type != EntityType::Other) || m.demonym) continue;
            const std::string name = fold_case(m.name);
            if (name.size() <= word.size() || name.compare(0, word.size(), word) != 0 || name[word.size()] != ' ') continue;
            if (group && group->mention.canonical != m.canonical) several = true;
            group = &record;
        }
        if (!group || several) continue;
        added.push_back(
            resolved_mention(sentence, group->mention, i, i + 1, "definite", resolution_confidence::kDefiniteFromArticle));
    }
    add_mentions(sentence, added);
}

void resolve_pairs(Document& doc, std::size_t index, const std::unordered_map<std::string, EntityType>& heads) {
    constexpr std::size_t kBack = 3;
    Sentence& sentence = doc.sentences[index];
    const std::vector<bool> quoted = quoted_tokens(doc, index);
    std::vector<Mention> added;
    for (std::size_t i = 2; i < sentence.tokens.size(); ++i) {
        const Token& noun = sentence.tokens[i];
        if (noun.upos != "NOUN" || quoted[i] || !plural_article(sentence.tokens[i - 2]) ||
            fold_case(sentence.tokens[i - 1].form) != "deux" || inside_mention(sentence, i - 1, i + 1))
            continue;
        const auto head = heads.find(fold_case(noun.form));
        if (head == heads.end() || pair_qualified(sentence, i)) continue;
        std::vector<const Mention*> pair = named_in(doc, index, i - 2, head->second);
        for (std::size_t back = 1; pair.empty() && back <= kBack && back <= index; ++back)
            pair = named_in(doc, index - back, doc.sentences[index - back].tokens.size(), head->second);
        if (pair.size() != 2) continue;
        for (const Mention* one : pair)
            added.push_back(resolved_mention(sentence, *one, i, i + 1, "definite", resolution_confidence::kPair));
    }
    add_mentions(sentence, added);
}

void resolve_demonstratives(Document& doc, std::size_t index) {
    Sentence& sentence = doc.sentences[index];
    const std::vector<bool> quoted = quoted_tokens(doc, index);
    std::vector<Mention> added;
    for (std::size_t i = 0; i < sentence.tokens.size(); ++i) {
        // The analyser gives "cette dernière" as one token; a tokenizer may give two.
        const std::string word = fold_case(sentence.tokens[i].form);
        const std::string next = i + 1 < sentence.tokens.size() ? fold_case(sentence.tokens[i + 1].form) : "";
        std::size_t end = i + 1;
        if ((word == "ce" && next == "dernier") || (word == "cette" && next == "dernière")) end = i + 2;
        else if (word != "ce dernier" && word != "cette dernière") continue;
        const bool feminine = word.compare(0, 5, "cette") == 0;
        if (inside_mention(sentence, i, end) || quoted[i]) continue;
        const int head = sentence.tokens[i].head;
        if (end < sentence.tokens.size() && sentence.tokens[end].upos == "NOUN" &&
            (head < 0 || head == static_cast<int>(end)))
            continue;  // "ce dernier point": a noun phrase of its own
        // The entity named last: before the words in this sentence, else the last of the one before.
        const Sentence* where = &sentence;
        const Mention* last = nullptr;
        for (const Mention& m : sentence.mentions)
            if (m.first < m.last && m.last <= i && !m.demonym && !quoted[m.first]) last = &m;
        if (!last && index > 0) {
            where = &doc.sentences[index - 1];
            const std::vector<bool> quoted_before = quoted_tokens(doc, index - 1);
            for (const Mention& m : where->mentions)
                if (m.first < m.last && m.last <= where->tokens.size() && !m.demonym && !quoted_before[m.first]) last = &m;
        }
        if (!last) continue;
        if (noun_phrase_between(*where, last->last, where == &sentence ? i : where->tokens.size()) ||
            (where != &sentence && noun_phrase_between(sentence, 0, i)))
            continue;  // "l'avocat … ce dernier": the last one named may not be the last one mentioned
        const bool person = last->type == EntityType::Person;
        if (!person && last->type != EntityType::Organization && last->type != EntityType::Country) continue;
        if (person && known_woman(*where, *last) != feminine) continue;
        added.push_back(resolved_mention(sentence, *last, i, end, "demonstrative", resolution_confidence::kDemonstrative));
    }
    add_mentions(sentence, added);
}

}  // namespace trame
