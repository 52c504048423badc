#include "discourse/role_book.h"

#include <algorithm>

#include "discourse/article_model.h"
#include "discourse/mention_context.h"
#include "discourse/resolution_confidence.h"
#include "document/utf8.h"

namespace trame {

namespace {

bool is_role(const std::string& predicate) {
    return predicate == "leaderOf" || predicate == "spokespersonOf" || predicate == "officialOf";
}

int mention_at(const Sentence& sentence, std::size_t first, std::size_t last) {
    for (std::size_t m = 0; m < sentence.mentions.size(); ++m)
        if (sentence.mentions[m].first == first && sentence.mentions[m].last == last) return static_cast<int>(m);
    return -1;
}

std::string text_of(const Sentence& sentence, std::size_t first, std::size_t last) {
    const std::size_t from = utf8_byte_offset(sentence.text, sentence.tokens[first].begin - sentence.begin);
    const std::size_t to = utf8_byte_offset(sentence.text, sentence.tokens[last - 1].end - sentence.begin);
    return sentence.text.substr(from, to - from);
}

bool overlaps_person(const Sentence& sentence, std::size_t first, std::size_t last) {
    return std::any_of(sentence.mentions.begin(), sentence.mentions.end(), [&](const Mention& m) {
        return m.type == EntityType::Person && m.first < last && first < m.last;
    });
}

/// What the words beside a description say of its role: the word before its noun ("l'ancien
/// président", "le futur président") and the words after it ("le président élu").
TitleEffect effect_of(const Sentence& sentence, const Description& d,
                      const std::unordered_map<std::string, TitleEffect>& modifiers) {
    std::vector<std::size_t> around;
    if (d.first > 0) around.push_back(d.first - 1);
    if (d.first + 1 < sentence.tokens.size()) around.push_back(d.first + 1);
    if (d.last < sentence.tokens.size()) around.push_back(d.last);
    for (std::size_t i : around)
        for (const std::string& word : {sentence.tokens[i].form, sentence.tokens[i].lemma}) {  // "anciens": "ancien"
            const auto found = modifiers.find(fold_case(word));
            if (found != modifiers.end()) return found->second;
        }
    return TitleEffect::Asserted;
}

/// The people a title names: the person whose name follows it ("le président Lula"), and those
/// coordinated with that one ("les présidents X et Y"); else the person named right before the
/// verb group or apposition that ends at it ("X a été élu président", "X devient le nouveau
/// président", "X, ancien président,"); none when there is no such name.
std::vector<int> named_after(const Sentence& sentence, const Description& d) {
    std::vector<int> named;
    std::size_t next = d.last;
    while (true) {
        const int m = [&] {
            for (std::size_t i = 0; i < sentence.mentions.size(); ++i)
                if (sentence.mentions[i].first == next && sentence.mentions[i].type == EntityType::Person &&
                    !sentence.mentions[i].pronoun && !sentence.mentions[i].description)
                    return static_cast<int>(i);
            return -1;
        }();
        if (m < 0) break;
        named.push_back(m);
        const std::size_t after = sentence.mentions[m].last;
        if (after + 1 >= sentence.tokens.size() || fold_case(sentence.tokens[after].form) != "et") break;
        next = after + 1;
    }
    if (named.empty()) {  // "X (a été) élu président": the name before the verb group
        for (std::size_t i = 0; i < sentence.mentions.size(); ++i) {
            const Mention& m = sentence.mentions[i];
            if (m.type != EntityType::Person || m.description || m.last > d.first || d.first - m.last > 5) continue;
            bool verb_group = m.last < d.first;
            for (std::size_t t = m.last; t < d.first; ++t)
                verb_group = verb_group && ((t == m.last && sentence.tokens[t].form == ",") ||  // "X, ancien président"
                                            sentence.tokens[t].upos == "AUX" || sentence.tokens[t].upos == "VERB" ||
                                            sentence.tokens[t].upos == "ADV" || sentence.tokens[t].upos == "ADJ" ||
                                            sentence.tokens[t].upos == "DET" || sentence.tokens[t].upos == "NUM");
            if (verb_group) named.push_back(static_cast<int>(i));
        }
    }
    return named;
}

/// `known`, the object of a role the article named earlier, as a mention of `sentence` that no
/// word of it writes (at its end, resolved by the title).
Mention unwritten_title_object(Mention known, const Sentence& sentence) {
    known.first = known.last = sentence.tokens.size();
    known.pronoun = true;  // no name written in this sentence
    known.description = known.demonym = false;
    known.resolution = "title";
    known.resolution_confidence = resolution_confidence::kTitle;
    return known;
}

}  // namespace

const Mention* RoleBook::held_by(const std::string& predicate, const std::string& person) const {
    const auto held = held_.find(predicate);
    if (held == held_.end()) return nullptr;
    for (const Holding& h : held->second)
        if (same_name(h.person.canonical, person)) return &h.object;
    return nullptr;
}

bool RoleBook::leader_of(const std::string& country) const {
    const auto held = held_.find("leaderOf");
    return held != held_.end() && std::any_of(held->second.begin(), held->second.end(),
                                              [&](const Holding& h) { return h.object.canonical == country; });
}

const RoleBook::Holding* RoleBook::sole_holder(const std::string& predicate) const {
    const auto held = held_.find(predicate);
    if (held == held_.end()) return nullptr;
    if (held->second.size() == 1) return &held->second.front();
    if (predicate != "leaderOf") return nullptr;
    // "le président" among several leaders: the one leader of a country, if only one is.
    const Holding* found = nullptr;
    for (const Holding& h : held->second) {
        if (h.object.type != EntityType::Country) continue;
        if (found) return nullptr;
        found = &h;
    }
    return found;
}

void RoleBook::learn(const Sentence& sentence, const std::vector<Fact>& facts) {
    for (const Fact& fact : facts) {
        if (!is_role(fact.predicate) || !fact.subject.is_entity() || !fact.object.is_entity() || fact.negated) continue;
        const Mention& person = sentence.mentions[fact.subject.mention];
        if (person.type != EntityType::Person || person.pronoun || person.description) continue;
        const Mention& object = sentence.mentions[fact.object.mention];
        holders_[{fact.predicate, object.canonical}] = person;
        auto& held = held_[fact.predicate];
        const auto same = std::find_if(held.begin(), held.end(),
                                       [&](const Holding& h) { return h.person.canonical == person.canonical; });
        if (same == held.end()) held.push_back({person, object});
        else same->object = object;
    }
}

std::vector<Fact> RoleBook::resolve(Sentence& sentence, const std::vector<Description>& descriptions,
                                    const Mention* focus_country) const {
    std::vector<std::pair<const Description*, const Holding*>> resolved;  // with the holding of a bare title
    std::vector<Mention> added;
    std::vector<std::pair<std::string, Mention>> stated;  // a title before names: (person, object) of each role
    for (const Description& d : descriptions) {
        const std::vector<int> named = named_after(sentence, d);
        if (!named.empty()) {
            if (d.object_last > d.object_first) continue;  // its object is in the sentence: a rule states the role
            for (int m : named) {
                const Mention* object = held_by(d.predicate, sentence.mentions[m].canonical);
                // The country in focus, unless the article named its leader already and the title
                // is no former one's: a country has one head ("le président X" is then another's).
                if (!object && d.predicate == "leaderOf" && focus_country &&
                    (!leader_of(focus_country->canonical) || effect_of(sentence, d, modifiers_) == TitleEffect::None))
                    object = focus_country;
                if (object) stated.emplace_back(sentence.mentions[m].canonical, *object);
            }
            continue;
        }
        if (overlaps_person(sentence, d.first, d.last)) continue;  // "le président russe Vladimir Poutine" names him
        if (effect_of(sentence, d, modifiers_) == TitleEffect::None) continue;  // "l'ancien président" is somebody else
        const bool has_object = d.object_last > d.object_first;
        const int object = has_object ? mention_at(sentence, d.object_first, d.object_last) : -1;
        if (has_object && object < 0) continue;
        const std::string towards = object >= 0 ? sentence.mentions[object].canonical : "";
        const Holding* only = has_object ? nullptr : sole_holder(d.predicate);
        if (!has_object && !only) continue;
        const auto holder = holders_.find({d.predicate, towards});
        if (has_object && holder == holders_.end()) continue;
        Mention mention = has_object ? holder->second : only->person;
        mention.first = d.first;
        mention.last = d.last;
        mention.text = text_of(sentence, d.first, d.last);
        mention.title.clear();
        mention.description = true;
        mention.resolution = "title";
        mention.resolution_confidence = has_object ? resolution_confidence::kTitle : resolution_confidence::kBareTitle;
        added.push_back(std::move(mention));
        resolved.push_back({&d, only});
    }
    add_mentions(sentence, added);

    // The description states the role it names: "le président américain" -> holder leaderOf États-Unis.
    std::vector<Fact> facts;
    for (const Description& d : descriptions) {  // "le président Lula": the role of the person named
        for (int m : named_after(sentence, d)) {
            const auto object = std::find_if(stated.begin(), stated.end(), [&](const auto& s) {
                return same_name(s.first, sentence.mentions[m].canonical);
            });
            if (object == stated.end()) continue;
            Mention towards = unwritten_title_object(object->second, sentence);
            const Mention& person = sentence.mentions[m];
            Fact fact;
            fact.subject = {m, person.text, sentence.tokens[person.first].begin, sentence.tokens[person.last - 1].end};
            fact.object = {static_cast<int>(sentence.mentions.size()), towards.canonical,
                           sentence.tokens[d.first].begin, sentence.tokens[d.last - 1].end};
            sentence.mentions.push_back(std::move(towards));
            fact.predicate = d.predicate;
            fact.confidence = d.confidence;
            if (effect_of(sentence, d, modifiers_) == TitleEffect::Hypothetical) fact.modality = Modality::Hypothetical;
            fact.rule = d.rule;
            fact.sentence = sentence.index;
            facts.push_back(std::move(fact));
        }
    }
    for (const auto& [d, holding] : resolved) {
        const bool has_object = d->object_last > d->object_first;
        const int subject = mention_at(sentence, d->first, d->last);
        int object = has_object ? mention_at(sentence, d->object_first, d->object_last) : -1;
        if (!has_object) {  // "le porte-parole": the organization the article gave him, named in no word here
            Mention towards = unwritten_title_object(holding->object, sentence);
            object = static_cast<int>(sentence.mentions.size());
            sentence.mentions.push_back(towards);
        }
        const TitleEffect effect = effect_of(sentence, *d, modifiers_);
        Fact fact;
        fact.subject = {subject, sentence.mentions[subject].text, sentence.tokens[d->first].begin,
                        sentence.tokens[d->last - 1].end};
        if (has_object)
            fact.object = {object, sentence.mentions[object].text, sentence.tokens[d->object_first].begin,
                           sentence.tokens[d->object_last - 1].end};
        else
            fact.object = {object, holding->object.canonical, fact.subject.begin, fact.subject.end};
        fact.predicate = d->predicate;
        fact.confidence = d->confidence;
        if (effect == TitleEffect::Hypothetical) fact.modality = Modality::Hypothetical;
        fact.rule = d->rule;
        fact.sentence = sentence.index;
        facts.push_back(std::move(fact));
    }
    return facts;
}

}  // namespace trame
