#include "discourse/surname_resolver.h"

#include <string>

#include "document/utf8.h"

namespace trame {

namespace {

std::string last_word(const std::string& name) {
    const auto space = name.rfind(' ');
    return space == std::string::npos ? name : name.substr(space + 1);
}

/// The person named in full before sentence `index` whose last name is `surname`, if exactly one.
const Mention* person_named(const Document& doc, std::size_t index, const std::string& surname) {
    const Mention* found = nullptr;
    for (std::size_t s = 0; s < index; ++s)
        for (const Mention& m : doc.sentences[s].mentions) {
            if (m.type != EntityType::Person || m.pronoun || m.description) continue;
            if (m.canonical.find(' ') == std::string::npos || fold_case(last_word(m.canonical)) != surname) continue;
            if (found && found->canonical != m.canonical) return nullptr;  // two people of that name
            found = &m;
        }
    return found;
}

}  // namespace

void resolve_surnames(Document& doc, std::size_t index) {
    for (Mention& mention : doc.sentences[index].mentions) {
        if (mention.type != EntityType::Other || mention.name.find(' ') != std::string::npos) continue;
        if (const Mention* person = person_named(doc, index, fold_case(mention.name))) {
            mention.type = EntityType::Person;
            mention.canonical = person->canonical;
            mention.wikidata = person->wikidata;
        }
    }
}

}  // namespace trame
