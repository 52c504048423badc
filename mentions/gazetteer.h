// The gazetteer: known names of countries, organizations, places and people.
#pragma once

#include <cstddef>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "document/entity_type.h"

namespace trame {

/// What the gazetteer knows about one named entity: the label to give it, its ontology class and,
/// when the data has one, its Wikidata id.
struct GazetteerEntry {
    std::string label;                    ///< Canonical French label ("États-Unis", "OTAN").
    EntityType type = EntityType::Other;
    std::string wikidata;                 ///< Wikidata id ("Q30"), empty when the data has none.
    std::vector<std::string> demonyms;    ///< A country's adjectives of nationality, masculine singular first.
    std::string subclass;                 ///< A finer class under `type` ("City", "InternationalOrganization"), or empty.
};

/// A text reduced to the form under which the gazetteer indexes names. The keys of consecutive
/// tokens can be appended to give the key of the tokens' text, so a multi-token name is looked up
/// without rebuilding its text.
struct NameKey {
    std::string folded;      ///< NFC, case-folded, ’ as ', without spaces and hyphens ("étatsunis").
    std::string unaccented;  ///< `folded` without diacritics ("etatsunis").
    bool has_upper = false;  ///< The text has an upper-case letter.
    bool has_lower = false;  ///< The text has a lower-case letter.

    /// Extends this key with the key of the text that follows.
    void append(const NameKey& next);
    /// Makes this the key of the empty text, keeping the strings' storage.
    void clear();
};

/// The words around names that the mention finder reads (ontology/gazetteer/name_words.tsv).
struct NameWords {
    std::unordered_set<std::string> titles;          ///< "M.", "Mme" (the plural ones too)
    std::unordered_set<std::string> plural_titles;   ///< "MM.", "Mesdames": several people follow
    std::unordered_set<std::string> particles;       ///< "de", "von", "ben" inside a personal name
    std::unordered_set<std::string> name_articles;   ///< "Le", "La" of a surname
    std::unordered_set<std::string> common_acronyms; ///< "ONG", "PME": capitals naming no one
};

/// The names the extractor knows in advance, read from the TSV files of ontology/gazetteer: the
/// countries (French names from ICU plus countries.tsv), international organizations and
/// institutions, places and public figures, each name and alias mapped to its entry, and the
/// adjectives of nationality mapped to their country. Lookups ignore case, apostrophe style,
/// spaces, hyphens and, failing an exact match, accents.
class Gazetteer {
public:
    /// Reads the gazetteer files of `dir` (countries.tsv, organizations.tsv, places.tsv,
    /// people.tsv, and the words around names of name_words.tsv). Throws std::runtime_error naming file:line on a malformed line, and the file
    /// when it cannot be read. When two entries claim the same name, the first read keeps it.
    static Gazetteer load(const std::string& dir);

    /// The key of `text` (see NameKey).
    static NameKey key(const std::string& text);

    /// The entry named `name` (label or alias), or nullptr.
    const GazetteerEntry* lookup(const std::string& name) const;
    /// The entry whose name has key `key`, or nullptr. A name written in capitals only (an
    /// acronym such as "UN") matches only a text in capitals only.
    const GazetteerEntry* lookup(const NameKey& key) const;
    /// The country whose adjective of nationality is `form` ("russe", "américaines"), or nullptr.
    const GazetteerEntry* lookup_demonym(const std::string& form) const;
    /// The country whose adjective of nationality has key `key`, or nullptr.
    const GazetteerEntry* lookup_demonym(const NameKey& key) const;
    /// True when some name (not adjective of nationality) has a longer key that begins with
    /// `key` (folded, or without accents): false means that no name starts with these tokens and
    /// more, so a search for the longest name from here can stop.
    bool longer_name_starts(const NameKey& key) const {
        return names_.prefixes.count(key.folded) > 0 ||
               (key.unaccented != key.folded && names_.prefixes.count(key.unaccented) > 0);
    }

    /// The words around names (titles, particles, acronyms of common nouns).
    const NameWords& name_words() const { return name_words_; }

    /// Number of entries.
    std::size_t size() const { return entries_.size(); }
    /// Number of distinct names (labels and aliases, by key) that lead to an entry.
    std::size_t name_count() const { return names_.folded.size(); }

private:
    /// Where a name leads: an entry, and whether every spelling with this key is an acronym.
    struct Target {
        std::size_t entry = 0;
        bool acronym = false;
    };
    /// Names indexed by folded key, with a second index by unaccented key.
    struct Index {
        std::unordered_map<std::string, Target> folded;
        std::unordered_map<std::string, Target> unaccented;
        std::unordered_set<std::string> prefixes;  ///< Every proper prefix of a key of either map.

        /// Indexes `spelling` for `entry`; a key already taken by another entry stays with it.
        void add(const std::string& spelling, std::size_t entry);

    private:
        static void insert(std::unordered_map<std::string, Target>& names, const std::string& key, Target target);
    };

    std::size_t add_entry(GazetteerEntry entry);
    void load_countries(const std::string& path);
    void load_entries(const std::string& path);
    void load_name_words(const std::string& path);
    const GazetteerEntry* find(const Index& index, const NameKey& key) const;
    const GazetteerEntry* accepted(const std::unordered_map<std::string, Target>& names, const std::string& key,
                                   const NameKey& text) const;

    std::vector<GazetteerEntry> entries_;
    Index names_;
    Index demonyms_;
    NameWords name_words_;
};

}  // namespace trame
