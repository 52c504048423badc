#include "graph/name_registry.h"

#include <algorithm>

#include "mentions/gazetteer.h"
#include "rdf/rdf_terms.h"

namespace trame {

namespace {

/// The comparison key of a name: case-folded, without accents, spaces and hyphens, apostrophes
/// unified ("États-Unis" and "Etats Unis" share it; "C++" and "C#" do not).
std::string name_key(const std::string& name) {
    return Gazetteer::key(name).unaccented;
}

std::size_t word_count(const std::string& name) {
    return std::count(name.begin(), name.end(), ' ') + 1;
}

std::string last_word(const std::string& name) {
    const auto space = name.rfind(' ');
    return space == std::string::npos ? name : name.substr(space + 1);
}

}  // namespace

std::size_t NameRegistry::add(const Document& doc, const Sentence& sentence, std::size_t index) {
    const Mention& mention = sentence.mentions[index];
    const std::string key = name_key(mention.canonical);
    const bool person = mention.type == EntityType::Person;
    const bool full_name = person && word_count(mention.canonical) > 1;
    std::size_t entity = SIZE_MAX;
    if (const auto here = in_document_.find({doc.id, key}); person && !full_name && here != in_document_.end())
        entity = here->second;  // the person this article named in full comes first
    else if (const auto known = by_key_.find(key); known != by_key_.end())
        entity = known->second;
    else if (person && !full_name)
        entity = resolve_surname(doc, key);
    else if (full_name)
        entity = lone_surname(name_key(last_word(mention.canonical)));
    if (entity == SIZE_MAX) entity = create(key, mention);
    else if (full_name) by_key_.emplace(key, entity);
    if (mention.type == EntityType::Person && word_count(mention.canonical) > 1) {
        const std::string surname = name_key(last_word(mention.canonical));
        auto& people = by_surname_[surname];
        if (std::find(people.begin(), people.end(), entity) == people.end()) people.push_back(entity);
        in_document_[{doc.id, surname}] = entity;
    }
    absorb(entity, mention);
    entity_of_mention_.push_back(entity);
    return entity_of_mention_.size() - 1;
}

std::size_t NameRegistry::resolve_surname(const Document& doc, const std::string& surname) const {
    const auto here = in_document_.find({doc.id, surname});
    if (here != in_document_.end()) return here->second;
    const auto people = by_surname_.find(surname);
    if (people != by_surname_.end() && people->second.size() == 1) return people->second.front();
    return SIZE_MAX;
}

std::size_t NameRegistry::lone_surname(const std::string& surname) const {
    const auto known = by_key_.find(surname);
    if (known == by_key_.end() || by_surname_.count(surname)) return SIZE_MAX;
    const Entity& entity = entities_[known->second];
    return entity.type == EntityType::Person && word_count(entity.label) == 1 ? known->second : SIZE_MAX;
}

std::size_t NameRegistry::create(const std::string& key, const Mention& mention) {
    Entity entity;
    entity.id = slug(mention.canonical);
    if (const int uses = ids_[entity.id]++; uses > 0) entity.id += "-" + std::to_string(uses + 1);
    entity.label = mention.canonical;
    entity.type = mention.type;
    entity.wikidata = mention.wikidata;
    entities_.push_back(std::move(entity));
    by_key_.emplace(key, entities_.size() - 1);
    return entities_.size() - 1;
}

void NameRegistry::absorb(std::size_t index, const Mention& mention) {
    Entity& entity = entities_[index];
    // The canonical label is the fullest proper-name form seen; a gazetteer name is never replaced.
    if (!mention.demonym && mention.wikidata.empty() && entity.wikidata.empty() &&
        word_count(mention.canonical) > word_count(entity.label)) {
        entity.alt_labels.insert(entity.label);
        entity.label = mention.canonical;
    }
    if (entity.wikidata.empty()) entity.wikidata = mention.wikidata;
    if (entity.type == EntityType::Other) entity.type = mention.type;
    if (mention.pronoun) return;  // "il" is no name of anybody
    for (const std::string* form : {&mention.text, &mention.name, &mention.canonical})
        if (!form->empty() && *form != entity.label) entity.alt_labels.insert(*form);
}

std::vector<Entity> NameRegistry::entities() const {
    std::vector<Entity> sorted = entities_;
    std::sort(sorted.begin(), sorted.end(), [](const Entity& a, const Entity& b) { return a.id < b.id; });
    return sorted;
}

}  // namespace trame
