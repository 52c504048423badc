// Tests of the Wikidata ids carried by the gazetteer data: well-known anchors, every country
// linked, and no id given to two entries.
#include <catch2/catch.hpp>

#include <fstream>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include "mentions/gazetteer.h"

using namespace trame;

namespace {

const std::string kGazetteerDir = std::string(TRAME_SOURCE_DIR) + "/ontology/gazetteer";

const Gazetteer& gazetteer() {
    static const Gazetteer instance = Gazetteer::load(kGazetteerDir);
    return instance;
}

/// The Wikidata id of the entry named `name`, or "(none)" when no entry has that name.
std::string wikidata_of(const std::string& name) {
    const GazetteerEntry* entry = gazetteer().lookup(name);
    return entry ? entry->wikidata : "(none)";
}

/// The French names ICU gives the ISO 3166 codes it knows: every country entry answers to one.
std::vector<std::string> icu_country_names() {
    std::vector<std::string> names;
    for (const char* const* code = icu::Locale::getISOCountries(); *code; ++code) {
        icu::UnicodeString name;
        icu::Locale("", *code).getDisplayCountry(icu::Locale::getFrench(), name);
        std::string utf8;
        name.toUTF8String(utf8);
        names.push_back(utf8);
    }
    return names;
}

/// The labels (first column) of the data lines of a gazetteer file.
std::vector<std::string> labels_of(const std::string& file) {
    std::ifstream in(kGazetteerDir + "/" + file);
    REQUIRE(in);
    std::vector<std::string> labels;
    for (std::string line; std::getline(in, line);) {
        if (line.empty() || line[0] == '#') continue;
        labels.push_back(line.substr(0, line.find('\t')));
    }
    return labels;
}

/// Every entry reachable by a known name (ICU country names and the labels of the other files).
std::vector<std::pair<std::string, const GazetteerEntry*>> all_entries() {
    std::vector<std::string> names = icu_country_names();
    for (const char* file : {"organizations.tsv", "places.tsv", "people.tsv"})
        for (const std::string& label : labels_of(file)) names.push_back(label);
    std::vector<std::pair<std::string, const GazetteerEntry*>> entries;
    std::set<const GazetteerEntry*> seen;
    for (const std::string& name : names) {
        const GazetteerEntry* entry = gazetteer().lookup(name);
        if (entry && seen.insert(entry).second) entries.emplace_back(name, entry);
    }
    return entries;
}

}  // namespace

TEST_CASE("wikidata: anchors of countries, organizations and people", "[wikidata]") {
    CHECK(wikidata_of("Russie") == "Q159");
    CHECK(wikidata_of("États-Unis") == "Q30");
    CHECK(wikidata_of("Ukraine") == "Q212");
    CHECK(wikidata_of("France") == "Q142");
    CHECK(wikidata_of("Allemagne") == "Q183");
    CHECK(wikidata_of("OTAN") == "Q7184");
    CHECK(wikidata_of("Vladimir Poutine") == "Q7747");
    CHECK(wikidata_of("Donald Trump") == "Q22686");
    CHECK(wikidata_of("Joe Biden") == "Q6279");
    CHECK(wikidata_of("Volodymyr Zelensky") == "Q3874799");
    CHECK(wikidata_of("Emmanuel Macron") == "Q3052772");
    // Ids checked in public data (see the headers of organizations.tsv and people.tsv).
    CHECK(wikidata_of("FMI") == "Q7804");
    CHECK(wikidata_of("Commission européenne") == "Q8880");
    CHECK(wikidata_of("Conseil de sécurité de l'ONU") == "Q37470");
    CHECK(wikidata_of("CICR") == "Q5987345");
    CHECK(wikidata_of("António Guterres") == "Q311440");
    CHECK(wikidata_of("Ursula von der Leyen") == "Q60772");
}

TEST_CASE("wikidata: aliases lead to the same id as the label", "[wikidata]") {
    CHECK(wikidata_of("Fédération de Russie") == "Q159");
    CHECK(wikidata_of("NATO") == "Q7184");
    CHECK(wikidata_of("Poutine") == "Q7747");
    CHECK(wikidata_of("Kyiv") == wikidata_of("Kiev"));
}

TEST_CASE("wikidata: every country has an id", "[wikidata]") {
    const auto entries = all_entries();
    std::size_t countries = 0;
    for (const auto& [name, entry] : entries) {
        if (entry->type != EntityType::Country) continue;
        ++countries;
        INFO(name << " (" << entry->label << ")");
        CHECK(!entry->wikidata.empty());
    }
    CHECK(countries >= 193);
}

TEST_CASE("wikidata: no two entries share an id", "[wikidata]") {
    std::map<std::string, std::string> owner;  // id -> label of the entry that has it
    for (const auto& [name, entry] : all_entries()) {
        if (entry->wikidata.empty()) continue;
        const auto [it, inserted] = owner.emplace(entry->wikidata, entry->label);
        INFO(entry->wikidata << " given to " << it->second << " and " << entry->label);
        CHECK(inserted);
    }
}
