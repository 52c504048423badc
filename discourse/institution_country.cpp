#include "discourse/institution_country.h"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "document/utf8.h"

namespace trame {

namespace {

bool starts_with_vowel(const std::string& name) {
    const std::string first = fold_case(name.substr(0, utf8_byte_offset(name, 1)));
    static const std::unordered_set<std::string> vowels = {"a", "e", "i", "o", "u", "y", "é", "è", "ê", "î", "ô", "â"};
    return vowels.count(first) > 0;
}

/// "de" and the article a country's name takes after it: "des États-Unis", "de l'Italie", "de la
/// France", "du Chili", "d'Israël", "de Cuba".
std::string of_country(const std::string& country, const DiscourseLexicon& lexicon) {
    if (lexicon.countries_without_article.count(country)) return starts_with_vowel(country) ? "d'" + country : "de " + country;
    const std::string first_word = country.substr(0, country.find_first_of(" -"));
    if (first_word.size() > 1 && first_word.back() == 's') return "des " + country;
    if (starts_with_vowel(country)) return "de l'" + country;
    if (country.back() == 'e' && !lexicon.masculine_countries_in_e.count(country)) return "de la " + country;
    return "du " + country;
}

bool ends_with(const std::string& text, const std::string& end) {
    return text.size() >= end.size() && text.compare(text.size() - end.size(), end.size(), end) == 0;
}

/// The adjective of nationality among `forms` (masculine singular first, as the gazetteer lists
/// them) that agrees with a head of that gender and number: "américain", "américaine",
/// "américains", "américaines"; "belge", "belges". Empty when the country has none.
std::string agreeing_demonym(const std::vector<std::string>& forms, bool feminine, bool plural) {
    if (forms.empty()) return "";
    const std::string& masculine = forms[0];
    auto listed = [&](const std::string& form) { return std::find(forms.begin(), forms.end(), form) != forms.end(); };
    std::string singular = masculine;
    if (feminine && !ends_with(masculine, "e")) {
        // The first feminine form after the masculine one ("turque" for "turc").
        const auto f = std::find_if(forms.begin() + 1, forms.end(), [](const std::string& x) { return ends_with(x, "e"); });
        if (f != forms.end()) singular = *f;
    }
    if (!plural || ends_with(singular, "s") || ends_with(singular, "x")) return singular;
    return listed(singular + "s") ? singular + "s" : singular;
}

bool state_institution(const Mention& m, const std::unordered_set<std::string>& institutions) {
    return !m.demonym && !m.pronoun && (m.type == EntityType::Organization || m.type == EntityType::Event) &&
           m.wikidata.empty() &&
           institutions.count(fold_case(m.canonical)) > 0;
}

/// The country named right after the mention `m`: a demonym or a country's name, directly or
/// after "de" with or without an article ("le Sénat italien", "le Parlement de la Géorgie").
const Mention* country_after(const Sentence& sentence, const Mention& m) {
    std::size_t at = m.last;
    while (at < sentence.tokens.size() && at < m.last + 2 &&
           (sentence.tokens[at].lemma == "de" || sentence.tokens[at].upos == "DET"))
        ++at;
    for (const Mention& other : sentence.mentions)
        if (other.first == at && other.type == EntityType::Country) return &other;
    return nullptr;
}

/// The country the document names most often (a demonym counts), the first named on a tie; empty
/// when it names none.
std::string main_country(const Document& doc) {
    std::unordered_map<std::string, std::size_t> counts;
    std::vector<std::string> order;
    for (const Sentence& sentence : doc.sentences)
        for (const Mention& m : sentence.mentions)
            if (m.type == EntityType::Country && !m.pronoun && counts[m.canonical]++ == 0) order.push_back(m.canonical);
    std::string best;
    std::size_t best_count = 0;
    for (const std::string& country : order)
        if (counts[country] > best_count) {
            best = country;
            best_count = counts[country];
        }
    return best;
}

}  // namespace

void qualify_institutions(Document& doc, const Gazetteer& gazetteer, const DiscourseLexicon& lexicon) {
    const std::string main = main_country(doc);
    for (Sentence& sentence : doc.sentences) {
        std::vector<std::string> countries(sentence.mentions.size());
        for (std::size_t i = 0; i < sentence.mentions.size(); ++i) {
            const Mention& m = sentence.mentions[i];
            if (!state_institution(m, lexicon.state_institutions)) continue;
            const Mention* after = country_after(sentence, m);
            countries[i] = after ? after->canonical : main;
        }
        for (std::size_t i = 0; i < sentence.mentions.size(); ++i) {
            if (countries[i].empty()) continue;
            Mention& m = sentence.mentions[i];
            const Token& head = sentence.tokens[m.first];
            const GazetteerEntry* country = gazetteer.lookup(countries[i]);
            const std::string demonym =
                country ? agreeing_demonym(country->demonyms, head.has_tag("f") || head.has_tag("Gender=Fem"), head.has_tag("pl") || head.has_tag("Number=Plur")) : "";
            m.canonical += " " + (demonym.empty() ? of_country(countries[i], lexicon) : demonym);
        }
    }
}

}  // namespace trame
