#include "discourse/discourse_lexicon.h"

#include <fstream>
#include <sstream>
#include <utility>
#include <vector>

#include "document/input_error.h"

namespace trame {

namespace {

/// The lines of a word list without comments and blank lines, each split into its words, with
/// its line number.
std::vector<std::pair<std::size_t, std::vector<std::string>>> read_list(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError(path, "cannot open the discourse word list");
    std::vector<std::pair<std::size_t, std::vector<std::string>>> lines;
    std::string line;
    for (std::size_t number = 1; std::getline(in, line); ++number) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        std::istringstream words(line);
        std::vector<std::string> fields;
        for (std::string word; words >> word;) fields.push_back(word);
        if (fields.empty() || fields[0][0] == '#') continue;
        lines.emplace_back(number, std::move(fields));
    }
    return lines;
}

InputError bad_line(const std::string& path, std::size_t number, const std::string& message) {
    return InputError(path + ":" + std::to_string(number), message);
}

}  // namespace

DiscourseLexicon DiscourseLexicon::load(const std::string& folder) {
    DiscourseLexicon lexicon;
    const std::string impersonal = folder + "/impersonal_verbs.txt";
    for (const auto& [number, fields] : read_list(impersonal)) {
        if (fields.size() != 1) throw bad_line(impersonal, number, "expected one verb (an infinitive) a line");
        lexicon.impersonal_verbs.insert(fields[0]);
    }
    const std::string descriptions = folder + "/definite_descriptions.txt";
    for (const auto& [number, fields] : read_list(descriptions)) {
        const auto type = fields.size() == 2 ? entity_type_from_string(fields[1]) : std::nullopt;
        if (!type || (*type != EntityType::Organization && *type != EntityType::Country && *type != EntityType::Place))
            throw bad_line(descriptions, number, "expected \"NOUN TYPE\" with TYPE Organization, Country or Place");
        lexicon.description_heads[fields[0]] = *type;
    }
    const std::string modifiers = folder + "/title_modifiers.txt";
    for (const auto& [number, fields] : read_list(modifiers)) {
        static const std::unordered_map<std::string, TitleEffect> effects = {
            {"asserted", TitleEffect::Asserted}, {"hypothetical", TitleEffect::Hypothetical}, {"none", TitleEffect::None}};
        const auto effect = fields.size() == 2 ? effects.find(fields[1]) : effects.end();
        if (effect == effects.end())
            throw bad_line(modifiers, number, "expected \"WORD EFFECT\" with EFFECT asserted, hypothetical or none");
        lexicon.title_modifiers[fields[0]] = effect->second;
    }
    return lexicon;
}

}  // namespace trame
