#include "discourse/discourse.h"

#include <algorithm>

#include "discourse/description_resolver.h"
#include "discourse/plural_pronoun_resolver.h"
#include "discourse/pronoun_resolver.h"
#include "discourse/quotations.h"
#include "discourse/surname_resolver.h"

namespace trame {

namespace {

/// The country a line opens with before a colon ("Égypte : X élu président"): what the article
/// is about, before any sentence has said more.
const Mention* headline_country(const Sentence& sentence) {
    for (const Mention& m : sentence.mentions)
        if (m.first == 0 && m.type == EntityType::Country && !m.demonym && m.last < sentence.tokens.size() &&
            sentence.tokens[m.last].form == ":")
            return &m;
    return nullptr;
}

}  // namespace

Discourse::Discourse(const DiscourseLexicon& lexicon) : lexicon_(lexicon), roles_(lexicon.title_modifiers) {}

std::vector<Fact> Discourse::resolve(Document& doc, std::size_t index, const std::vector<Description>& descriptions) {
    resolve_surnames(doc, index);
    resolve_demonstratives(doc, index);
    resolve_definites(doc, index, model_, lexicon_.description_heads);
    resolve_pairs(doc, index, lexicon_.pair_heads);
    resolve_group_descriptions(doc, index, model_);
    resolve_pronouns(doc, index, lexicon_);
    resolve_plural_pronouns(doc, index);
    // Last: the role facts name mentions by index, which later insertions would shift.
    const EntityRecord* country = model_.in_focus(EntityType::Country, index, 8);
    const Mention* focus = country ? &country->mention : headline_country(doc.sentences[index]);
    std::vector<Fact> facts = roles_.resolve(doc.sentences[index], descriptions, focus);
    model_.observe(doc.sentences[index]);
    return facts;
}

void Discourse::learn(const Sentence& sentence, const std::vector<Fact>& facts) { roles_.learn(sentence, facts); }

void Discourse::finish(Document& doc, std::vector<Fact>& facts) const {
    attribute_colon_quotations(doc, facts);
    attribute_quotations(doc, facts);
    for (Fact& fact : facts) {
        if (!fact.resolution.empty()) continue;
        const Sentence& sentence = doc.sentences[fact.sentence];
        for (const Argument* argument : {&fact.subject, &fact.object}) {
            if (!argument->is_entity() || static_cast<std::size_t>(argument->mention) >= sentence.mentions.size()) continue;
            const Mention& m = sentence.mentions[argument->mention];
            if (m.resolution.empty()) continue;
            fact.resolution = m.resolution;
            fact.confidence = std::min(fact.confidence, m.resolution_confidence);
            break;
        }
    }
}

std::vector<Resolution> resolutions(const Document& doc) {
    std::vector<Resolution> found;
    for (const Sentence& sentence : doc.sentences)
        for (const Mention& m : sentence.mentions)
            if (!m.resolution.empty())
                found.push_back({m.resolution, sentence.index, m.text, m.canonical, m.resolution_confidence});
    return found;
}

}  // namespace trame
