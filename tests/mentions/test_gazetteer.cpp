// Tests of the gazetteer: loading the data files, lookups and load errors.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>

#include "mentions/gazetteer.h"

using namespace trame;

namespace {

const Gazetteer& gazetteer() {
    static const Gazetteer instance = Gazetteer::load(std::string(TRAME_SOURCE_DIR) + "/ontology/gazetteer");
    return instance;
}

/// The label found for `name`, or "(none)".
std::string label_of(const std::string& name) {
    const GazetteerEntry* entry = gazetteer().lookup(name);
    return entry ? entry->label : "(none)";
}

EntityType type_of(const std::string& name) {
    const GazetteerEntry* entry = gazetteer().lookup(name);
    REQUIRE(entry);
    return entry->type;
}

std::string country_of_demonym(const std::string& form) {
    const GazetteerEntry* entry = gazetteer().lookup_demonym(form);
    return entry ? entry->label : "(none)";
}

/// A gazetteer folder in the temporary directory holding the given files.
std::string folder_with(const std::string& name, const std::string& countries, const std::string& others,
                        const std::string& name_words = "M.\ttitle\n") {
    const auto dir = std::filesystem::temp_directory_path() / ("trame-gazetteer-" + name);
    std::filesystem::create_directories(dir);
    std::ofstream(dir / "countries.tsv") << countries;
    for (const char* file : {"organizations.tsv", "places.tsv", "people.tsv"}) std::ofstream(dir / file) << others;
    std::ofstream(dir / "name_words.tsv") << name_words;
    return dir.string();
}

/// The message of the error `load(dir)` throws.
std::string load_error(const std::string& dir) {
    try {
        Gazetteer::load(dir);
    } catch (const std::runtime_error& e) {
        return e.what();
    }
    return "(no error)";
}

}  // namespace

TEST_CASE("the gazetteer files load", "[gazetteer]") {
    CHECK(gazetteer().size() > 700);
    CHECK(gazetteer().name_count() > gazetteer().size());
}

TEST_CASE("countries come from ICU with the French variants of countries.tsv", "[gazetteer]") {
    CHECK(label_of("États-Unis") == "États-Unis");
    CHECK(label_of("Etats-Unis") == "États-Unis");
    CHECK(label_of("USA") == "États-Unis");
    CHECK(label_of("Grande-Bretagne") == "Royaume-Uni");
    CHECK(label_of("Fédération de Russie") == "Russie");
    CHECK(label_of("Hollande") == "Pays-Bas");
    CHECK(label_of("République populaire de Chine") == "Chine");
    CHECK(label_of("corée du sud") == "Corée du Sud");
    CHECK(label_of("Arabie Saoudite") == "Arabie saoudite");
    CHECK(label_of("Myanmar") == "Birmanie");
    CHECK(label_of("Viêt Nam") == "Vietnam");
    CHECK(label_of("RDC") == "République démocratique du Congo");
    CHECK(label_of("Bhoutan") == "Bhoutan");  // from ICU only
    CHECK(type_of("Ukraine") == EntityType::Country);
    CHECK(type_of("Guadeloupe") == EntityType::Place);
    CHECK(label_of("zone euro") == "(none)");
    CHECK(type_of("Nations unies") == EntityType::Organization);
}

TEST_CASE("demonyms lead to their country in all four forms", "[gazetteer]") {
    CHECK(country_of_demonym("russe") == "Russie");
    CHECK(country_of_demonym("russes") == "Russie");
    for (const char* form : {"américain", "américaine", "américains", "américaines"})
        CHECK(country_of_demonym(form) == "États-Unis");
    for (const char* form : {"français", "française", "françaises"}) CHECK(country_of_demonym(form) == "France");
    CHECK(country_of_demonym("ukrainiennes") == "Ukraine");
    CHECK(country_of_demonym("britannique") == "Royaume-Uni");
    CHECK(country_of_demonym("nord-coréen") == "Corée du Nord");
    CHECK(country_of_demonym("president") == "(none)");
}

TEST_CASE("organizations are found by acronym, full name and English name", "[gazetteer]") {
    CHECK(label_of("Otan") == "OTAN");
    CHECK(label_of("NATO") == "OTAN");
    CHECK(label_of("Alliance atlantique") == "OTAN");
    CHECK(label_of("Organisation du traité de l'Atlantique nord") == "OTAN");
    CHECK(label_of("Organisation des Nations unies") == "ONU");
    CHECK(label_of("Union européenne") == "UE");
    CHECK(label_of("Quai d’Orsay") == "Quai d'Orsay");
    CHECK(label_of("Elysée") == "Élysée");
    CHECK(type_of("Kremlin") == EntityType::Organization);
    CHECK(type_of("Hamas") == EntityType::Organization);
}

TEST_CASE("an acronym matches only a text in capitals", "[gazetteer]") {
    CHECK(label_of("UN") == "ONU");
    CHECK(label_of("Un") == "(none)");
    CHECK(label_of("un") == "(none)");
}

TEST_CASE("people are found under their transliterations", "[gazetteer]") {
    CHECK(label_of("Volodymyr Zelenskyy") == "Volodymyr Zelensky");
    CHECK(label_of("Zelenski") == "Volodymyr Zelensky");
    CHECK(label_of("Sergei Lavrov") == "Sergueï Lavrov");
    CHECK(label_of("Dmitry Peskov") == "Dmitri Peskov");
    CHECK(label_of("Macron") == "Emmanuel Macron");
    CHECK(type_of("Pete Hegseth") == EntityType::Person);
}

TEST_CASE("places have their French names", "[gazetteer]") {
    CHECK(label_of("Kyiv") == "Kiev");
    CHECK(label_of("bande de Gaza") == "Gaza");
    CHECK(label_of("Beijing") == "Pékin");
    CHECK(type_of("mer Noire") == EntityType::Place);
    CHECK(type_of("Moyen-Orient") == EntityType::Place);
    CHECK(type_of("Crimée") == EntityType::Place);
    // "les Occidentaux" (the Western countries, a capitalised noun) is the West.
    CHECK(label_of("Occidentaux") == "Occident");
    CHECK(label_of("monde occidental") == "Occident");
}

TEST_CASE("the type column may give a subclass the ontology declares", "[gazetteer]") {
    const auto subclass_of = [](const std::string& name) {
        const GazetteerEntry* entry = gazetteer().lookup(name);
        return entry ? entry->subclass : std::string("(none)");
    };
    CHECK(subclass_of("Kyiv") == "City");
    CHECK(type_of("Kyiv") == EntityType::Place);
    CHECK(subclass_of("Crimée") == "Region");
    CHECK(subclass_of("mer Noire").empty());
    CHECK(subclass_of("Alliance atlantique") == "InternationalOrganization");
    CHECK(type_of("Alliance atlantique") == EntityType::Organization);
    CHECK(subclass_of("Reuters") == "MediaOrganization");
    CHECK(subclass_of("Russie").empty());
    const std::string unknown = folder_with("unknown-subclass", "", "Wagner\tMercenaries\t\t\n");
    CHECK_THAT(load_error(unknown), Catch::Contains("organizations.tsv:1") && Catch::Contains("Mercenaries"));
}

TEST_CASE("keys of consecutive tokens append to the key of their text", "[gazetteer]") {
    NameKey key = Gazetteer::key("Côte");
    key.append(Gazetteer::key("d’"));
    key.append(Gazetteer::key("Ivoire"));
    const NameKey whole = Gazetteer::key("Côte d'Ivoire");
    CHECK(key.folded == whole.folded);
    CHECK(key.unaccented == whole.unaccented);
    CHECK(whole.unaccented == "coted'ivoire");
    CHECK(whole.has_upper);
    CHECK(whole.has_lower);
}

TEST_CASE("ASCII keys fold as the Unicode ones do", "[gazetteer]") {
    const NameKey plain = Gazetteer::key("Nouvelle-Zelande\tSud");
    CHECK(plain.folded == "nouvellezelandesud");
    CHECK(plain.unaccented == plain.folded);
    CHECK(plain.has_upper);
    CHECK(plain.has_lower);
    const NameKey capitals = Gazetteer::key("OTAN");
    CHECK(capitals.folded == "otan");
    CHECK(capitals.has_upper);
    CHECK(!capitals.has_lower);
    // The same text with one non-ASCII character goes through ICU and gives the same key around it.
    CHECK(Gazetteer::key("Nouvelle-Zélande\tSud").unaccented == plain.folded);
    CHECK(Gazetteer::key("1-2 !").folded == "12!");
    CHECK(Gazetteer::key("1‐2 !").folded == "12!");  // U+2010, a hyphen for ICU
}

TEST_CASE("a longer name is known to start with a key, or not", "[gazetteer]") {
    const auto starts = [](const std::string& text) { return gazetteer().longer_name_starts(Gazetteer::key(text)); };
    CHECK(starts("Côte"));           // Côte d'Ivoire
    CHECK(starts("cote"));           // without accents too
    CHECK(starts("Nations"));        // Nations unies
    CHECK(!starts("Ivoire"));        // ends a name, begins none
    CHECK(!starts("Côte d'Ivoire"));  // nothing longer
    CHECK(!starts("zzzqx"));
}

TEST_CASE("load errors name the file and line", "[gazetteer]") {
    const std::string header = "# comment\n";
    const std::string bad_type = folder_with("type", header + "RU\tNation\t\t\trusse\n", "");
    CHECK_THAT(load_error(bad_type), Catch::Contains("countries.tsv:2") && Catch::Contains("Nation"));

    const std::string bad_code = folder_with("code", "ZZ\tCountry\t\t\t\n", "");
    CHECK_THAT(load_error(bad_code), Catch::Contains("countries.tsv:1") && Catch::Contains("ZZ"));

    const std::string bad_columns = folder_with("columns", "", header + "\nOTAN\n");
    CHECK_THAT(load_error(bad_columns), Catch::Contains("organizations.tsv:3") && Catch::Contains("columns"));

    const std::string bad_wikidata = folder_with("wikidata", "", "OTAN\tOrganization\tNATO\tnato\n");
    CHECK_THAT(load_error(bad_wikidata), Catch::Contains("organizations.tsv:1") && Catch::Contains("Wikidata"));

    CHECK_THAT(load_error("/nonexistent/gazetteer"), Catch::Contains("/nonexistent/gazetteer/countries.tsv"));
}

TEST_CASE("the words around names load by kind; a plural title is a title too", "[gazetteer]") {
    const trame::NameWords& words = gazetteer().name_words();
    CHECK(words.titles.count("M."));
    CHECK(words.titles.count("MM."));
    CHECK(words.plural_titles.count("MM."));
    CHECK_FALSE(words.plural_titles.count("M."));
    CHECK(words.particles.count("von"));
    CHECK(words.name_articles.count("Le"));
    CHECK(words.common_acronyms.count("ONG"));
    const std::string dir = folder_with("name-words", "", "", "M.\ttitle\nvon\tprénom\n");
    CHECK_THAT(load_error(dir), Catch::Matchers::Contains("name_words.tsv:2") &&
                                    Catch::Matchers::Contains("expected WORD<TAB>KIND"));
}
