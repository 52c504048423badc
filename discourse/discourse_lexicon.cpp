#include "discourse/discourse_lexicon.h"

#include <utility>
#include <vector>

#include "document/data_file.h"

namespace trame {

namespace {

/// The words of the list at `path`, one a line; a line of several words is an error saying it
/// expected `one` ("one verb (an infinitive)") a line.
std::unordered_set<std::string> read_words(const std::string& path, const std::string& one) {
    std::unordered_set<std::string> words;
    for (const DataLine& line : read_data_lines(path, "discourse word list")) {
        if (line.fields.size() != 1) throw data_line_error(path, line, "expected " + one + " a line");
        words.insert(line.fields[0]);
    }
    return words;
}

}  // namespace

DiscourseLexicon DiscourseLexicon::load(const std::string& folder) {
    DiscourseLexicon lexicon;
    lexicon.impersonal_verbs = read_words(folder + "/impersonal_verbs.txt", "one verb (an infinitive)");
    lexicon.pronoun_clitics = read_words(folder + "/pronoun_clitics.txt", "one clitic");
    lexicon.war_nouns = read_words(folder + "/war_nouns.txt", "one noun (a lemma)");
    const std::string institutions = folder + "/state_institutions.txt";
    for (const DataLine& line : read_data_lines(institutions, "discourse word list")) {
        std::string name;
        for (const std::string& word : line.fields) name += (name.empty() ? "" : " ") + word;
        lexicon.state_institutions.insert(name);
    }
    const std::string articles = folder + "/country_articles.txt";
    for (const DataLine& line : read_data_lines(articles, "discourse word list", Fields::Tabs)) {
        const auto& fields = line.fields;
        if (fields.size() == 2 && fields[1] == "no-article") lexicon.countries_without_article.insert(fields[0]);
        else if (fields.size() == 2 && fields[1] == "masculine") lexicon.masculine_countries_in_e.insert(fields[0]);
        else throw data_line_error(articles, line, "expected \"COUNTRY<TAB>KIND\" with KIND no-article or masculine");
    }
    const std::string descriptions = folder + "/definite_descriptions.txt";
    for (const DataLine& line : read_data_lines(descriptions, "discourse word list")) {
        const auto& fields = line.fields;
        const auto type = fields.size() == 2 ? entity_type_from_string(fields[1]) : std::nullopt;
        if (!type || (*type != EntityType::Organization && *type != EntityType::Country && *type != EntityType::Place))
            throw data_line_error(descriptions, line, "expected \"NOUN TYPE\" with TYPE Organization, Country or Place");
        lexicon.description_heads[fields[0]] = *type;
    }
    const std::string pairs = folder + "/pair_descriptions.txt";
    for (const DataLine& line : read_data_lines(pairs, "discourse word list")) {
        const auto& fields = line.fields;
        const auto type = fields.size() == 2 ? entity_type_from_string(fields[1]) : std::nullopt;
        if (!type || (*type != EntityType::Person && *type != EntityType::Organization && *type != EntityType::Country &&
                      *type != EntityType::Place))
            throw data_line_error(pairs, line, "expected \"NOUN TYPE\" with TYPE Person, Organization, Country or Place");
        lexicon.pair_heads[fields[0]] = *type;
    }
    const std::string modifiers = folder + "/title_modifiers.txt";
    for (const DataLine& line : read_data_lines(modifiers, "discourse word list")) {
        const auto& fields = line.fields;
        static const std::unordered_map<std::string, TitleEffect> effects = {
            {"asserted", TitleEffect::Asserted}, {"hypothetical", TitleEffect::Hypothetical}, {"none", TitleEffect::None}};
        const auto effect = fields.size() == 2 ? effects.find(fields[1]) : effects.end();
        if (effect == effects.end())
            throw data_line_error(modifiers, line, "expected \"WORD EFFECT\" with EFFECT asserted, hypothetical or none");
        lexicon.title_modifiers[fields[0]] = effect->second;
    }
    return lexicon;
}

}  // namespace trame
