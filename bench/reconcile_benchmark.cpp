// Times the graph reconciler on synthetic mentions.
//
//   reconcile_benchmark N
//
// Generates N mentions spread over documents of 50 mentions each (persons named in full, by a
// transliteration variant, by their surname alone or after "M.", by a pronoun or a description;
// countries by name or demonym; organizations by name or alias), registers them in a
// GraphReconciler, times reconcile() and prints one tab-separated header line and one line of
// figures: mentions, evidence edges (and per kind), entities, seconds of add() and of
// reconcile(), and the peak resident memory. The pseudo-random generator is seeded with a
// constant, so the same N gives the same mentions.
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "document/mention_builder.h"
#include "graph/graph_reconciler.h"
#include "learn/perceptron.h"

namespace {

using namespace trame;

/// The shared splitmix64 generator (learn/perceptron.h), with the draws the synthetic data needs.
class Random : public learn::Random {
public:
    Random() : learn::Random(20250301) {}
    /// A number in [0, n), small ones more often (popular entities).
    std::size_t skewed(std::size_t n) {
        const double u = static_cast<double>(next() >> 11) / 9007199254740992.0;
        return std::min(n - 1, static_cast<std::size_t>(u * u * static_cast<double>(n)));
    }
    /// True with probability `percent` / 100.
    bool chance(std::size_t percent) { return below(100) < percent; }
};

/// A synthetic person: given name, surname and a transliteration variant of the surname.
struct Person {
    std::string given;
    std::string surname;
    std::string variant;
};

/// A country or organization: label, Wikidata id, and a second form that stands for it.
struct Known {
    std::string label;
    std::string wikidata;
    std::string other;  ///< Demonym of a country, alias of an organization.
};

const std::vector<std::string> kGiven = {"Jean", "Marie", "Pierre", "Anne", "Dmitri", "Sergueï", "Olga", "Louis",
                                         "Claire", "Paul", "Hélène", "Igor", "Nadia", "Victor", "Sophie", "Lucien",
                                         "Irina", "Marc", "Élise", "Boris", "Julie", "Henri", "Tatiana", "André"};
const std::vector<std::string> kSyllables = {"ka", "lo", "vin", "ser", "mar", "tel", "du", "ber", "ro", "nov",
                                             "pes", "kov", "lan", "dre", "mo", "chi", "ga", "rin", "tos", "vel",
                                             "bru", "nel", "sta", "fo", "quet", "ril", "zan", "po", "mé", "rac"};
const std::vector<Known> kCountries = {
    {"Russie", "Q159", "russe"},         {"France", "Q142", "français"},  {"États-Unis", "Q30", "américain"},
    {"Ukraine", "Q212", "ukrainien"},    {"Allemagne", "Q183", "allemand"}, {"Chine", "Q148", "chinois"},
    {"Italie", "Q38", "italien"},        {"Pologne", "Q36", "polonais"},  {"Espagne", "Q29", "espagnol"},
    {"Royaume-Uni", "Q145", "britannique"}, {"Japon", "Q17", "japonais"}, {"Brésil", "Q155", "brésilien"}};
const std::vector<Known> kOrganizations = {
    {"OTAN", "Q7184", "Alliance atlantique"},     {"Organisation des Nations unies", "Q1065", "ONU"},
    {"Union européenne", "Q458", "UE"},           {"Kremlin", "", "Kremlin"},
    {"Croix-Rouge", "", "Comité de la Croix-Rouge"}, {"Banque mondiale", "Q7164", "Banque mondiale"},
    {"Fonds monétaire international", "Q7804", "FMI"}, {"Assemblée nationale", "Q193582", "Palais Bourbon"}};
const std::vector<std::string> kDescriptions = {"le ministre", "la porte-parole", "le président", "la directrice"};

std::string capitalized_surname(Random& random) {
    std::string surname;
    const std::size_t syllables = 2 + random.below(2);
    for (std::size_t i = 0; i < syllables; ++i) surname += kSyllables[random.below(kSyllables.size())];
    surname[0] = static_cast<char>(surname[0] - 'a' + 'A');
    return surname;
}

/// `count` persons over fewer surnames, so that some share a surname with another given name.
std::vector<Person> make_persons(Random& random, std::size_t count) {
    std::vector<std::string> surnames;
    for (std::size_t i = 0; i < count * 2 / 3 + 1; ++i) surnames.push_back(capitalized_surname(random));
    std::vector<Person> persons;
    for (std::size_t i = 0; i < count; ++i) {
        Person p{kGiven[random.below(kGiven.size())], surnames[random.below(surnames.size())], ""};
        p.variant = p.surname + p.surname.back();  // "Zelensky" -> "Zelenskyy"
        persons.push_back(p);
    }
    return persons;
}

/// A mention of `p`, named in full the first time in a document, then in any of the other ways.
Mention person_mention(Random& random, const Person& p, bool first_time) {
    const std::string full = p.given + " " + p.surname;
    if (first_time) {
        const std::string written = random.chance(15) ? p.given + " " + p.variant : full;
        return named_mention(written, written, written, EntityType::Person);
    }
    Mention m;
    switch (random.below(5)) {
        case 0: m = named_mention(full, full, full, EntityType::Person); break;
        case 1: m = named_mention(p.surname, p.surname, p.surname, EntityType::Person); break;
        case 2: m = named_mention("M. " + p.surname, p.surname, p.surname, EntityType::Person); m.title = "M."; break;
        case 3: m = named_mention("il", "il", full, EntityType::Person); m.pronoun = true; break;
        default: {
            const std::string& role = kDescriptions[random.below(kDescriptions.size())];
            m = named_mention(role, role, p.surname, EntityType::Person);
            m.description = true;
        }
    }
    return m;
}

Mention country_mention(Random& random) {
    const Known& c = kCountries[random.skewed(kCountries.size())];
    Mention m = random.chance(30) ? named_mention(c.other, c.other, c.label, EntityType::Country)
                                  : named_mention(c.label, c.label, c.label, EntityType::Country);
    m.demonym = m.text == c.other;
    m.wikidata = c.wikidata;
    return m;
}

Mention organization_mention(Random& random) {
    const Known& o = kOrganizations[random.below(kOrganizations.size())];
    const std::string& written = random.chance(30) ? o.other : o.label;
    Mention m = named_mention(written, written, o.label, EntityType::Organization);
    m.wikidata = o.wikidata;
    return m;
}

/// One document of `count` mentions about four persons of the pool, countries and organizations.
Document make_document(Random& random, const std::vector<Person>& persons, std::size_t number, std::size_t count) {
    Document doc;
    doc.id = "doc-" + std::to_string(number);
    doc.date = "2025-03-01";
    Sentence sentence;
    std::vector<std::size_t> cast;
    for (int i = 0; i < 4; ++i) cast.push_back(random.skewed(persons.size()));
    std::vector<bool> named(cast.size(), false);
    for (std::size_t i = 0; i < count; ++i) {
        const std::size_t roll = random.below(10);
        if (roll < 4) {
            const std::size_t who = random.below(cast.size());
            sentence.mentions.push_back(person_mention(random, persons[cast[who]], !named[who]));
            named[who] = true;
        } else {
            sentence.mentions.push_back(roll < 8 ? country_mention(random) : organization_mention(random));
        }
        sentence.mentions.back().first = i;
        sentence.mentions.back().last = i + 1;
    }
    doc.sentences.push_back(std::move(sentence));
    return doc;
}

double seconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

/// Peak resident memory of the process in MB (VmHWM), or 0 when /proc is not there.
long peak_memory_mb() {
    std::ifstream status("/proc/self/status");
    for (std::string line; std::getline(status, line);)
        if (line.rfind("VmHWM:", 0) == 0) return std::atol(line.c_str() + 6) / 1024;
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    const long requested = argc == 2 ? std::atol(argv[1]) : 0;
    if (requested <= 0) {
        std::cerr << "usage: reconcile_benchmark N   (N > 0 synthetic mentions)\n";
        return 2;
    }
    const auto total = static_cast<std::size_t>(requested);
    constexpr std::size_t kPerDocument = 50;
    Random random;
    const std::vector<Person> persons = make_persons(random, std::max<std::size_t>(50, total / 100));

    trame::GraphReconciler registry;
    const auto adding = std::chrono::steady_clock::now();
    for (std::size_t done = 0, number = 0; done < total; ++number) {
        const Document doc = make_document(random, persons, number, std::min(kPerDocument, total - done));
        const Sentence& sentence = doc.sentences.front();
        for (std::size_t i = 0; i < sentence.mentions.size(); ++i) registry.add(doc, sentence, i);
        done += sentence.mentions.size();
    }
    const double add_seconds = seconds_since(adding);
    const auto reconciling = std::chrono::steady_clock::now();
    registry.reconcile();
    const double reconcile_seconds = seconds_since(reconciling);

    std::cout << "mentions\tedges\tsame_wikidata\tsame_name\tsurname\tvariant\tentities\tadd_s\treconcile_s\tpeak_mb\n"
              << registry.graph().size() << '\t' << registry.graph().edge_count() << '\t'
              << registry.edge_count(Evidence::SameWikidata) << '\t' << registry.edge_count(Evidence::SameName) << '\t'
              << registry.edge_count(Evidence::Surname) << '\t' << registry.edge_count(Evidence::Variant) << '\t'
              << registry.entities().size() << '\t' << add_seconds << '\t' << reconcile_seconds << '\t'
              << peak_memory_mb() << '\n';
    return 0;
}
