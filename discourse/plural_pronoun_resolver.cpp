#include "discourse/plural_pronoun_resolver.h"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "discourse/mention_context.h"
#include "discourse/resolution_confidence.h"
#include "document/utf8.h"

namespace trame {

namespace {

constexpr std::size_t kFurthestBack = 6;   // sentences, quoted ones included
constexpr std::size_t kNarrationBack = 2;  // sentences of narration looked at

/// The gender a plural pronoun asks of its antecedent: "ils" a masculine or mixed group, "elles"
/// a feminine one.
enum class Gender { Masculine, Feminine };

/// The gender of the plural pronoun at token i when it is one this resolver reads, else nothing.
std::optional<Gender> plural_pronoun(const Sentence& sentence, std::size_t i) {
    const std::vector<Token>& tokens = sentence.tokens;
    const std::string form = fold_case(tokens[i].form);
    if (form == "-ils" || form == "-t-ils") return Gender::Masculine;
    if (form == "-elles" || form == "-t-elles") return Gender::Feminine;
    if (form != "ils" && form != "elles" && form != "eux") return std::nullopt;
    const std::string before = i > 0 ? fold_case(tokens[i - 1].form) : "";
    const bool attributed = before == "selon" || before == "pour" || before == "d'après" || before == "d’après";
    const bool subject = tokens[i].deprel == "nsubj" || tokens[i].deprel == "nsubj:pass";
    if (form == "eux" ? !attributed : !(subject || attributed)) return std::nullopt;
    return form == "elles" ? Gender::Feminine : Gender::Masculine;
}

bool plural(const Token& token) { return token.has_tag("Number=Plur"); }

/// True when the token's grammatical gender rules out the pronoun's: "elles" needs a feminine
/// word, "ils" anything but a word only feminine.
bool disagrees(const Token& token, Gender gender) {
    const bool feminine = token.has_tag("Gender=Fem");
    const bool masculine = token.has_tag("Gender=Masc");
    return gender == Gender::Feminine ? !feminine : feminine && !masculine;
}

/// True when a preposition governs token t, directly or through the first conjunct it is
/// coordinated with ("de Kurdes et Arabes").
bool governed(const Sentence& sentence, std::size_t t) {
    for (std::size_t depth = 0; depth < 8; ++depth) {
        for (const Token& token : sentence.tokens)
            if (token.head == static_cast<int>(t) && (token.deprel == "case" || token.upos == "ADP")) return true;
        const Token& here = sentence.tokens[t];
        if (here.deprel != "conj" || here.head < 0) return false;
        t = static_cast<std::size_t>(here.head);
    }
    return false;
}

/// True when a mention can stand for a group: an organization, a country or another named
/// group, not a demonym, not a person, with words in this sentence.
bool group_mention(const Mention& m) {
    return !m.demonym && m.type != EntityType::Person && m.first < m.last && m.resolution.empty();
}

/// What the plural noun phrase headed by token t stands for, when the pronoun's gender agrees:
/// its own mention when it is one; else a plural apposition that names a group (", les X,": the
/// pronoun agrees with it); else the organization or country its complement names ("les
/// dirigeants du syndicat X"); else nothing.
const Mention* group_of(const Sentence& sentence, std::size_t t, Gender gender) {
    if (const Mention* own = mention_covering(sentence, t))
        return group_mention(*own) && !disagrees(sentence.tokens[t], gender) ? own : nullptr;
    const Mention* complement = nullptr;
    for (std::size_t c = 0; c < sentence.tokens.size(); ++c) {
        const Token& child = sentence.tokens[c];
        if (child.head != static_cast<int>(t) || (child.deprel != "nmod" && child.deprel != "appos")) continue;
        const Mention* named = mention_covering(sentence, c);
        if (!named || !group_mention(*named)) continue;
        if (child.deprel == "appos" && plural(child)) return disagrees(child, gender) ? nullptr : named;
        if (!complement && child.deprel == "nmod" &&
            (named->type == EntityType::Organization || named->type == EntityType::Country))
            complement = named;
    }
    return complement && !disagrees(sentence.tokens[t], gender) ? complement : nullptr;
}

/// The antecedents a plural pronoun may take: one group, or two persons named together.
using Antecedents = std::vector<const Mention*>;

/// The group of `m`'s entity, or none.
Antecedents one(const Mention* m) { return m ? Antecedents{m} : Antecedents{}; }

/// The two persons a subject names when it is a coordination of persons ("X et Y ont …"), the
/// token `t` heading the first; for "elles" both must be known women, for "ils" not both.
Antecedents person_pair(const Sentence& sentence, std::size_t t, Gender gender) {
    const Mention* first = mention_covering(sentence, t);
    const Token& token = sentence.tokens[t];
    if (!first || first->type != EntityType::Person || first->resolution.size() || token.deprel.rfind("nsubj", 0) != 0)
        return {};
    for (std::size_t c = 0; c < sentence.tokens.size(); ++c) {
        if (sentence.tokens[c].head != static_cast<int>(t) || sentence.tokens[c].deprel != "conj") continue;
        const Mention* second = mention_covering(sentence, c);
        if (!second || second == first || second->type != EntityType::Person || !second->resolution.empty() ||
            second->canonical == first->canonical)
            return {};
        const bool women = known_woman(sentence, *first) && known_woman(sentence, *second);
        if ((gender == Gender::Feminine) != women) return {};
        return {first, second};
    }
    return {};
}

/// The topic of a sentence for a plural pronoun, among its tokens before `before`: a subject that
/// coordinates two persons, or else the first plural noun or proper noun outside quotation marks
/// that no preposition governs, with what it stands for (empty when it names no group). A
/// sentence whose plural nouns all follow a preposition has its first one for topic, which stands
/// for a group only as people of an organization ("la volonté des dirigeants du syndicat X" → X);
/// when they are not, or when the sentence has no plural noun, it has no topic (nothing) and the
/// search goes on before it.
std::optional<Antecedents> plural_topic(const Document& doc, std::size_t index, std::size_t before, Gender gender) {
    const Sentence& sentence = doc.sentences[index];
    const std::vector<bool> quoted = quoted_tokens(doc, index);
    std::optional<std::size_t> first_governed;
    for (std::size_t t = 0; t < std::min(before, sentence.tokens.size()); ++t) {
        const Token& token = sentence.tokens[t];
        if (quoted[t] || (token.upos != "NOUN" && token.upos != "PROPN")) continue;
        if (Antecedents pair = person_pair(sentence, t, gender); !pair.empty()) return pair;
        const Mention* own = mention_covering(sentence, t);
        if (own && own->first != t) continue;  // inside a name: its head was looked at already
        const bool is_plural = plural(token) || (own && std::any_of(sentence.tokens.begin() + own->first,
                                                                     sentence.tokens.begin() + own->last, plural));
        if (!is_plural) continue;
        if (governed(sentence, t) || token.deprel == "obl" || token.deprel.rfind("obl:", 0) == 0 || token.deprel == "nmod") {
            if (!first_governed) first_governed = t;
            continue;
        }
        return one(group_of(sentence, t, gender));
    }
    if (!first_governed) return std::nullopt;
    // After a preposition, only a group of people named by their organization: "des élus du
    // parti X" is the party; "de Kurdes" or "aux pays de l'Union" is no topic.
    const Mention* group = mention_covering(sentence, *first_governed) ? nullptr : group_of(sentence, *first_governed, gender);
    if (group && group->type == EntityType::Organization) return one(group);
    return std::nullopt;
}

/// What the pronoun at token `token` of sentence `index` stands for: the topic of the same
/// sentence before it, else of the nearest earlier sentence of narration that has a plural topic.
Antecedents antecedents(const Document& doc, std::size_t index, std::size_t token, Gender gender) {
    if (auto here = plural_topic(doc, index, token, gender)) return *here;
    std::size_t looked = 0;
    for (std::size_t back = 1; back <= kFurthestBack && back <= index && looked < kNarrationBack; ++back) {
        const Sentence& earlier = doc.sentences[index - back];
        if (earlier.headline || verbless(earlier)) continue;
        const std::vector<bool> quoted = quoted_tokens(doc, index - back);
        if (std::all_of(quoted.begin(), quoted.end(), [](bool q) { return q; })) continue;
        ++looked;
        if (auto there = plural_topic(doc, index - back, earlier.tokens.size(), gender)) return *there;
    }
    return {};
}

}  // namespace

void resolve_plural_pronouns(Document& doc, std::size_t index) {
    Sentence& sentence = doc.sentences[index];
    std::vector<Mention> resolved;
    const std::vector<bool> quoted = quoted_tokens(doc, index);
    for (std::size_t i = 0; i < sentence.tokens.size(); ++i) {
        if (quoted[i] || mention_covering(sentence, i)) continue;
        const auto gender = plural_pronoun(sentence, i);
        if (!gender) continue;
        for (const Mention* group : antecedents(doc, index, i, *gender))  // two persons: one mention each
            resolved.push_back(
                resolved_mention(sentence, *group, i, i + 1, "plural-pronoun", resolution_confidence::kPluralPronoun));
    }
    add_mentions(sentence, resolved);
}

}  // namespace trame
