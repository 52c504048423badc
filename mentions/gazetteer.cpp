#include "mentions/gazetteer.h"

#include "document/data_file.h"

#include <fstream>
#include <map>
#include <set>
#include <stdexcept>
#include <utility>

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace trame {

namespace {

/// One non-comment line of a gazetteer file, split into its tab-separated columns.
struct Line {
    std::size_t number = 0;
    std::vector<std::string> columns;
};

/// One line of countries.tsv.
struct CountryRow {
    EntityType type = EntityType::Country;
    std::string label;
    std::vector<std::string> alternatives;
    std::vector<std::string> demonyms;
    std::string wikidata;
};

std::runtime_error error_at(const std::string& where, const std::string& message) {
    return std::runtime_error(where + ": " + message);
}

std::vector<std::string> split(const std::string& text, char separator) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    for (std::size_t stop; (stop = text.find(separator, start)) != std::string::npos; start = stop + 1)
        parts.emplace_back(trim_blanks(std::string_view(text).substr(start, stop - start)));
    parts.emplace_back(trim_blanks(std::string_view(text).substr(start)));
    return parts;
}

/// The '|'-separated names of a column, without empty ones.
std::vector<std::string> names_of(const std::string& column) {
    std::vector<std::string> names;
    for (std::string& name : split(column, '|'))
        if (!name.empty()) names.push_back(std::move(name));
    return names;
}

/// The data lines of a TSV file (comments and blank lines skipped), each with `min` to `max`
/// columns.
std::vector<Line> read_lines(const std::string& path, std::size_t min, std::size_t max) {
    std::vector<Line> lines;
    for (DataLine& data : read_data_lines(path, "gazetteer file", Fields::Tabs)) {
        if (data.fields.size() < min || data.fields.size() > max)
            throw data_line_error(path, data, "expected " + std::to_string(min) + " to " + std::to_string(max) +
                                                  " tab-separated columns");
        lines.push_back({data.number, std::move(data.fields)});
    }
    return lines;
}

EntityClass class_at(const std::string& where, const std::string& name) {
    if (auto found = entity_class_from_string(name)) return *found;
    throw error_at(where, "unknown entity type '" + name + "'");
}

EntityType type_at(const std::string& where, const std::string& name) { return class_at(where, name).type; }

/// The optional Wikidata column at `index`: empty or "Q" followed by digits.
std::string wikidata_at(const std::string& where, const std::vector<std::string>& columns, std::size_t index) {
    if (columns.size() <= index || columns[index].empty()) return "";
    const std::string& id = columns[index];
    if (id.size() < 2 || id[0] != 'Q' || id.find_first_not_of("0123456789", 1) != std::string::npos)
        throw error_at(where, "malformed Wikidata id '" + id + "'");
    return id;
}

std::string to_utf8(const icu::UnicodeString& text) {
    std::string out;
    text.toUTF8String(out);
    return out;
}

/// The French name ICU gives the region `code`.
std::string french_country_name(const char* code) {
    icu::UnicodeString name;
    icu::Locale("", code).getDisplayCountry(icu::Locale::getFrench(), name);
    return to_utf8(name);
}

/// The ISO 3166 alpha-2 codes ICU knows (pseudo-regions such as EU, UN or EZ are not among them).
std::vector<std::string> iso_country_codes() {
    std::vector<std::string> codes;
    for (const char* const* code = icu::Locale::getISOCountries(); *code; ++code) codes.emplace_back(*code);
    return codes;
}

const icu::Normalizer2& checked(const icu::Normalizer2* normalizer, UErrorCode status) {
    if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU normalizer unavailable: ") + u_errorName(status));
    return *normalizer;
}

const icu::Normalizer2& nfc() {
    UErrorCode status = U_ZERO_ERROR;
    static const icu::Normalizer2& instance = checked(icu::Normalizer2::getNFCInstance(status), status);
    return instance;
}

const icu::Normalizer2& nfd() {
    UErrorCode status = U_ZERO_ERROR;
    static const icu::Normalizer2& instance = checked(icu::Normalizer2::getNFDInstance(status), status);
    return instance;
}

bool is_separator(UChar32 c) {
    return u_isUWhiteSpace(c) || c == '-' || c == 0x2010 || c == 0x2011 || c == 0x00AD;
}

bool is_apostrophe(UChar32 c) { return c == 0x2019 || c == 0x2018 || c == 0x02BC; }

bool is_ascii(const std::string& text) {
    for (unsigned char c : text)
        if (c >= 0x80) return false;
    return true;
}

/// `text` without diacritics: the transform "NFD; [:Nonspacing Mark:] Remove; NFC", done with the
/// shared normalizers because an ICU Transliterator must not be shared between threads.
std::string without_accents(const icu::UnicodeString& text) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::UnicodeString decomposed = nfd().normalize(text, status);
    icu::UnicodeString bare;
    for (int32_t i = 0; i < decomposed.length();) {
        const UChar32 c = decomposed.char32At(i);
        if (u_charType(c) != U_NON_SPACING_MARK) bare.append(c);
        i += U16_LENGTH(c);
    }
    return to_utf8(nfc().normalize(bare, status));
}

}  // namespace

void NameKey::append(const NameKey& next) {
    folded += next.folded;
    unaccented += next.unaccented;
    has_upper = has_upper || next.has_upper;
    has_lower = has_lower || next.has_lower;
}

void NameKey::clear() {
    folded.clear();
    unaccented.clear();
    has_upper = has_lower = false;
}

NameKey Gazetteer::key(const std::string& text) {
    if (is_ascii(text)) {  // NFC, case folding and the separators reduce to their ASCII cases
        NameKey key;
        key.folded.reserve(text.size());
        for (const char c : text) {
            const bool upper = c >= 'A' && c <= 'Z';
            key.has_upper = key.has_upper || upper;
            key.has_lower = key.has_lower || (c >= 'a' && c <= 'z');
            if (c == ' ' || (c >= '\t' && c <= '\r') || c == '-') continue;  // White_Space and hyphen
            key.folded += upper ? static_cast<char>(c - 'A' + 'a') : c;
        }
        key.unaccented = key.folded;
        return key;
    }
    UErrorCode status = U_ZERO_ERROR;
    const icu::UnicodeString composed = nfc().normalize(icu::UnicodeString::fromUTF8(text), status);
    NameKey key;
    icu::UnicodeString kept;
    for (int32_t i = 0; i < composed.length();) {
        const UChar32 c = composed.char32At(i);
        i += U16_LENGTH(c);
        key.has_upper = key.has_upper || u_isUUppercase(c);
        key.has_lower = key.has_lower || u_isULowercase(c);
        if (is_separator(c)) continue;
        kept.append(is_apostrophe(c) ? UChar32('\'') : c);
    }
    kept.foldCase();
    key.folded = to_utf8(kept);
    key.unaccented = is_ascii(key.folded) ? key.folded : without_accents(kept);
    return key;
}

void Gazetteer::Index::add(const std::string& spelling, std::size_t entry) {
    const NameKey key = Gazetteer::key(spelling);
    const Target target{entry, key.has_upper && !key.has_lower};
    insert(folded, key.folded, target);
    insert(unaccented, key.unaccented, target);
    for (const std::string* k : {&key.folded, &key.unaccented})
        for (std::size_t length = 1; length < k->size(); ++length) prefixes.insert(k->substr(0, length));
}

void Gazetteer::Index::insert(std::unordered_map<std::string, Target>& names, const std::string& key, Target target) {
    auto [it, inserted] = names.emplace(key, target);
    if (!inserted && it->second.entry == target.entry) it->second.acronym = it->second.acronym && target.acronym;
}

std::size_t Gazetteer::add_entry(GazetteerEntry entry) {
    entries_.push_back(std::move(entry));
    names_.add(entries_.back().label, entries_.size() - 1);
    return entries_.size() - 1;
}

void Gazetteer::load_countries(const std::string& path) {
    const std::vector<std::string> codes = iso_country_codes();
    const std::set<std::string> known(codes.begin(), codes.end());
    std::map<std::string, CountryRow> rows;
    for (const Line& line : read_lines(path, 5, 6)) {
        const std::string where = path + ":" + std::to_string(line.number);
        const std::string& code = line.columns[0];
        if (!known.count(code)) throw error_at(where, "'" + code + "' is not an ISO 3166 country code known to ICU");
        if (rows.count(code)) throw error_at(where, "country code " + code + " given twice");
        rows[code] = CountryRow{type_at(where, line.columns[1]),
                                line.columns[2],
                                names_of(line.columns[3]),
                                names_of(line.columns[4]),
                                wikidata_at(where, line.columns, 5)};
    }
    for (const std::string& code : codes) {
        const std::string icu_name = french_country_name(code.c_str());
        const auto row = rows.find(code);
        if (row == rows.end()) {
            add_entry(GazetteerEntry{icu_name, EntityType::Country, "", {}, ""});
            continue;
        }
        const CountryRow& r = row->second;
        const std::size_t entry =
            add_entry(GazetteerEntry{r.label.empty() ? icu_name : r.label, r.type, r.wikidata, r.demonyms, ""});
        names_.add(icu_name, entry);
        for (const std::string& name : r.alternatives) names_.add(name, entry);
        for (const std::string& form : r.demonyms) demonyms_.add(form, entry);
    }
}

void Gazetteer::load_entries(const std::string& path) {
    for (const Line& line : read_lines(path, 3, 4)) {
        const std::string where = path + ":" + std::to_string(line.number);
        if (line.columns[0].empty()) throw error_at(where, "empty label");
        const EntityClass found = class_at(where, line.columns[1]);
        const std::size_t entry =
            add_entry(GazetteerEntry{line.columns[0], found.type, wikidata_at(where, line.columns, 3), {}, found.subclass});
        for (const std::string& name : names_of(line.columns[2])) names_.add(name, entry);
    }
}

void Gazetteer::load_name_words(const std::string& path) {
    const std::unordered_map<std::string, std::unordered_set<std::string>*> kinds = {
        {"title", &name_words_.titles},
        {"plural-title", &name_words_.plural_titles},
        {"particle", &name_words_.particles},
        {"name-article", &name_words_.name_articles},
        {"common-acronym", &name_words_.common_acronyms}};
    for (const Line& line : read_lines(path, 2, 2)) {
        const auto kind = kinds.find(line.columns[1]);
        if (line.columns[0].empty() || kind == kinds.end())
            throw error_at(path + ":" + std::to_string(line.number),
                           "expected WORD<TAB>KIND, KIND title, plural-title, particle, name-article or common-acronym");
        kind->second->insert(line.columns[0]);
        if (line.columns[1] == "plural-title") name_words_.titles.insert(line.columns[0]);
    }
}

Gazetteer Gazetteer::load(const std::string& dir) {
    Gazetteer gazetteer;
    gazetteer.load_countries(dir + "/countries.tsv");
    for (const char* file : {"organizations.tsv", "places.tsv", "people.tsv"}) gazetteer.load_entries(dir + "/" + file);
    gazetteer.load_name_words(dir + "/name_words.tsv");
    return gazetteer;
}

const GazetteerEntry* Gazetteer::accepted(const std::unordered_map<std::string, Target>& names,
                                          const std::string& key, const NameKey& text) const {
    const auto it = names.find(key);
    if (it == names.end()) return nullptr;
    if (it->second.acronym && (text.has_lower || !text.has_upper)) return nullptr;
    return &entries_[it->second.entry];
}

const GazetteerEntry* Gazetteer::find(const Index& index, const NameKey& key) const {
    if (const GazetteerEntry* entry = accepted(index.folded, key.folded, key)) return entry;
    return accepted(index.unaccented, key.unaccented, key);
}

const GazetteerEntry* Gazetteer::lookup(const std::string& name) const { return lookup(key(name)); }

const GazetteerEntry* Gazetteer::lookup(const NameKey& key) const { return find(names_, key); }

const GazetteerEntry* Gazetteer::lookup_demonym(const std::string& form) const { return lookup_demonym(key(form)); }

const GazetteerEntry* Gazetteer::lookup_demonym(const NameKey& key) const { return find(demonyms_, key); }

}  // namespace trame
