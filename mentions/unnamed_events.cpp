#include "mentions/unnamed_events.h"

#include <algorithm>
#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "document/utf8.h"

namespace trame {

namespace {

/// What join_unnamed_events() reads of one event mention: its head noun and whether anything
/// qualifies that noun.
struct EventHead {
    std::string lemma;                   ///< The head noun's lemma, case-folded.
    std::set<std::string> adjectives;    ///< The lemmas of the plain adjectives right after it, case-folded,
                                         ///< and "de NOUN" for a complement without determiner.
    bool qualified = false;              ///< A word after the head other than a plain adjective.
};

/// True when token `k` of `sentence` lies inside a mention other than number `self`.
bool covered_by_other(const Sentence& sentence, std::size_t self, std::size_t k) {
    for (std::size_t m = 0; m < sentence.mentions.size(); ++m)
        if (m != self && sentence.mentions[m].first <= k && k < sentence.mentions[m].last) return true;
    return false;
}

/// True when token `k` of `sentence` is a lower-case word that no mention but number `self` covers.
bool plain_word(const Sentence& sentence, std::size_t self, std::size_t k) {
    return !starts_upper(sentence.tokens[k].form) && !covered_by_other(sentence, self, k);
}

/// The head of event mention number `index` of `sentence`, or nothing when its first word after
/// the determiners is not a noun.
std::optional<EventHead> event_head(const Sentence& sentence, std::size_t index) {
    const Mention& mention = sentence.mentions[index];
    std::size_t k = mention.first;
    while (k < mention.last && k < sentence.tokens.size() && sentence.tokens[k].upos == "DET") ++k;
    if (k >= mention.last || k >= sentence.tokens.size() || sentence.tokens[k].upos != "NOUN") return std::nullopt;
    EventHead head;
    head.lemma = fold_case(sentence.tokens[k].lemma);
    const std::size_t last = std::min(mention.last, sentence.tokens.size());
    for (++k; k < last; ++k) {
        const Token& token = sentence.tokens[k];
        if (token.upos == "ADJ" && plain_word(sentence, index, k)) {
            head.adjectives.insert(fold_case(token.lemma));
            continue;
        }
        // "de" or "d'" and a noun without determiner classify like an adjective ("d'indépendance").
        const std::string form = fold_case(token.form);
        if ((form == "de" || form == "d'" || form == "d\u2019") && k + 1 < last && sentence.tokens[k + 1].upos == "NOUN" &&
            plain_word(sentence, index, k + 1)) {
            head.adjectives.insert("de " + fold_case(sentence.tokens[++k].lemma));
            continue;
        }
        head.qualified = true;
        break;
    }
    return head;
}

}  // namespace

void join_unnamed_events(Document& doc) {
    /// The qualified events of one head noun.
    struct Named {
        std::set<std::string> canonicals;      ///< Their distinct canonical names.
        const Mention* first = nullptr;        ///< The first of their mentions.
        std::set<std::string> adjectives;      ///< The plain adjectives of that first mention.
    };
    /// An unqualified event mention.
    struct Bare {
        Mention* mention;
        EventHead head;
    };
    std::map<std::string, Named> named;  // head lemma -> the qualified events
    std::set<std::string> named_canonicals;
    std::vector<Bare> bare;
    for (Sentence& sentence : doc.sentences)
        for (std::size_t m = 0; m < sentence.mentions.size(); ++m) {
            Mention& mention = sentence.mentions[m];
            if (mention.type != EntityType::Event || mention.pronoun || mention.description || !mention.resolution.empty())
                continue;
            std::optional<EventHead> head = event_head(sentence, m);
            if (!head) continue;
            if (head->qualified) {
                Named& entry = named[head->lemma];
                entry.canonicals.insert(mention.canonical);
                named_canonicals.insert(mention.canonical);
                if (!entry.first) {
                    entry.first = &mention;
                    entry.adjectives = head->adjectives;
                }
            } else {
                bare.push_back({&mention, std::move(*head)});
            }
        }
    // Old canonical name -> the full one. A name some qualified event has is never renamed.
    std::map<std::string, const Mention*> renamed;
    for (const Bare& b : bare) {
        const auto found = named.find(b.head.lemma);
        if (found == named.end() || found->second.canonicals.size() != 1) continue;
        const Named& full = found->second;
        // "l'élection présidentielle" is not "l'élection législative de 2020": an adjective of
        // the bare mention that the full one lacks keeps them apart, unless the full one has none.
        if (!full.adjectives.empty() &&
            !std::includes(full.adjectives.begin(), full.adjectives.end(), b.head.adjectives.begin(), b.head.adjectives.end()))
            continue;
        if (named_canonicals.count(b.mention->canonical) || b.mention->canonical == full.first->canonical) continue;
        renamed.emplace(b.mention->canonical, full.first);
    }
    if (renamed.empty()) return;
    // Every event mention of a renamed name follows, the descriptions resolved to it included.
    for (Sentence& sentence : doc.sentences)
        for (Mention& mention : sentence.mentions) {
            if (mention.type != EntityType::Event) continue;
            const auto found = renamed.find(mention.canonical);
            if (found == renamed.end()) continue;
            const Mention& full = *found->second;
            mention.canonical = full.canonical;
            if (mention.subclass.empty()) mention.subclass = full.subclass;
            if (mention.wikidata.empty()) mention.wikidata = full.wikidata;
        }
}

}  // namespace trame
