#include "discourse/role_book.h"

#include <algorithm>

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
    for (std::size_t i : around) {
        const auto found = modifiers.find(fold_case(sentence.tokens[i].form));
        if (found != modifiers.end()) return found->second;
    }
    return TitleEffect::Asserted;
}

}  // namespace

void RoleBook::learn(const Sentence& sentence, const std::vector<Fact>& facts) {
    for (const Fact& fact : facts) {
        if (!is_role(fact.predicate) || !fact.subject.is_entity() || !fact.object.is_entity() || fact.negated) continue;
        const Mention& person = sentence.mentions[fact.subject.mention];
        if (person.type != EntityType::Person || person.pronoun || person.description) continue;
        holders_[{fact.predicate, sentence.mentions[fact.object.mention].canonical}] = person;
        auto& names = people_[fact.predicate];
        if (std::find(names.begin(), names.end(), person.canonical) == names.end()) names.push_back(person.canonical);
        holders_[{fact.predicate, ""}] = person;
    }
}

std::vector<Fact> RoleBook::resolve(Sentence& sentence, const std::vector<Description>& descriptions) const {
    std::vector<const Description*> resolved;
    std::vector<Mention> added;
    for (const Description& d : descriptions) {
        if (overlaps_person(sentence, d.first, d.last)) continue;  // "le président russe Vladimir Poutine" names him
        if (effect_of(sentence, d, modifiers_) == TitleEffect::None) continue;  // "l'ancien président" is somebody else
        const bool has_object = d.object_last > d.object_first;
        const int object = has_object ? mention_at(sentence, d.object_first, d.object_last) : -1;
        if (has_object && object < 0) continue;
        const std::string towards = object >= 0 ? sentence.mentions[object].canonical : "";
        if (!has_object) {  // "le porte-parole": only when the article has exactly one
            const auto names = people_.find(d.predicate);
            if (names == people_.end() || names->second.size() != 1) continue;
        }
        const auto holder = holders_.find({d.predicate, towards});
        if (holder == holders_.end()) continue;
        Mention mention = holder->second;
        mention.first = d.first;
        mention.last = d.last;
        mention.text = text_of(sentence, d.first, d.last);
        mention.title.clear();
        mention.description = true;
        mention.resolution = "title";
        mention.resolution_confidence = has_object ? 0.85 : 0.75;
        added.push_back(std::move(mention));
        resolved.push_back(&d);
    }
    sentence.mentions.insert(sentence.mentions.end(), added.begin(), added.end());
    std::stable_sort(sentence.mentions.begin(), sentence.mentions.end(),
                     [](const Mention& a, const Mention& b) { return a.first < b.first; });

    // The description states the role it names: "le président américain" -> holder leaderOf États-Unis.
    std::vector<Fact> facts;
    for (const Description* d : resolved) {
        if (d->object_last <= d->object_first) continue;
        const TitleEffect effect = effect_of(sentence, *d, modifiers_);
        const int subject = mention_at(sentence, d->first, d->last);
        const int object = mention_at(sentence, d->object_first, d->object_last);
        Fact fact;
        fact.subject = {subject, sentence.mentions[subject].text, sentence.tokens[d->first].begin,
                        sentence.tokens[d->last - 1].end, ""};
        fact.object = {object, sentence.mentions[object].text, sentence.tokens[d->object_first].begin,
                       sentence.tokens[d->object_last - 1].end, ""};
        fact.predicate = d->predicate;
        fact.confidence = 0.7;
        if (effect == TitleEffect::Hypothetical) fact.modality = Modality::Hypothetical;
        fact.rule = d->rule;
        fact.sentence = sentence.index;
        facts.push_back(std::move(fact));
    }
    return facts;
}

}  // namespace trame
