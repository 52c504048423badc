#include "graph/graph_reconciler.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <set>
#include <stdexcept>
#include <cstdint>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <unordered_map>
#include <unordered_set>

#include "mentions/gazetteer.h"
#include "rdf/rdf_terms.h"

namespace trame {

namespace {

constexpr double kSameWikidata = 1.0;
constexpr double kSameName = 0.9;
constexpr double kSurname = 0.85;
constexpr double kVariant = 0.7;
constexpr double kLoneNameAcrossDocuments = 0.6;
constexpr double kKnownName = 2.0;  ///< Ties the names of a known entity, before any evidence.
constexpr int kVariantDistance = 2;
constexpr std::size_t kSurnamePrefix = 4;
constexpr std::size_t kMinTypoLength = 12;  ///< Shortest key of a place or organization a typo may join.
constexpr std::size_t kNone = SIZE_MAX;

std::uint64_t pair_key(std::uint64_t high, std::uint64_t low) { return high << 32 | low; }

/// Optimal-string-alignment (restricted Damerau-Levenshtein) distance of `a` and `b`, or
/// `bound` + 1 when it exceeds `bound`.
int edit_distance(std::string_view a, std::string_view b, int bound) {
    const int n = static_cast<int>(a.size());
    const int m = static_cast<int>(b.size());
    if (std::abs(n - m) > bound) return bound + 1;
    std::vector<int> before(m + 1), previous(m + 1), current(m + 1);
    for (int j = 0; j <= m; ++j) previous[j] = j;
    for (int i = 1; i <= n; ++i) {
        current[0] = i;
        int row_min = i;
        for (int j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                current[j] = std::min(current[j], before[j - 2] + 1);
            row_min = std::min(row_min, current[j]);
        }
        if (row_min > bound) return bound + 1;
        std::swap(before, previous);
        std::swap(previous, current);
    }
    return std::min(previous[m], bound + 1);
}

/// True when two ASCII given names may be spellings of one name: equal, or one edit apart when
/// both have 6 letters or more ("dmitri" / "dmitry"), or two when both have 8 or more. "Joe" and
/// "Hunter", "Marie" and "Mario" are different names.
bool compatible_given_names(const std::string& a, const std::string& b) {
    if (a == b) return true;
    const std::size_t shorter = std::min(a.size(), b.size());
    const int allowed = shorter >= 8 ? 2 : shorter >= 6 ? 1 : 0;
    return allowed > 0 && edit_distance(a, b, allowed) <= allowed;
}

/// The ASCII letters and digits of `text` after transliteration ("Zelensky" for "Зеленський").
std::string ascii_form(const std::string& text) {
    std::string out = slug(text);
    out.erase(std::remove(out.begin(), out.end(), '-'), out.end());
    return out;
}

/// The normalized key of a name of several words with each word in the singular: a final "s" goes
/// from words of four letters or more ("Frères musulmans" and "Frère musulman" are one key), so
/// that a name written in the singular and in the plural is one name.
std::string singular_key(const std::string& name) {
    std::string key;
    std::size_t start = 0;
    while (start < name.size()) {
        std::size_t end = name.find(' ', start);
        if (end == std::string::npos) end = name.size();
        std::string word = Gazetteer::key(name.substr(start, end - start)).unaccented;
        if (word.size() >= 4 && word.back() == 's' && word[word.size() - 2] != 's') word.pop_back();
        key += word;
        start = end + 1;
    }
    return key;
}

/// What the reconciler needs to know of one canonical name.
struct NameFacts {
    std::uint32_t key = 0;       ///< Id of the normalized key of the whole name.
    std::uint32_t last_key = 0;  ///< Id of the normalized key of its last word.
    std::uint32_t first_key = 0; ///< Id of the normalized key of its first word.
    std::uint32_t words = 0;     ///< Number of words.
    bool ascii_done = false;     ///< The three forms below are computed.
    std::uint32_t given = 0;     ///< Id of the ASCII form of the words before the last.
    std::uint32_t surname = 0;   ///< Id of the ASCII form of the last word.
    std::string full;            ///< given + " " + surname, for the edit distance.
};

/// The NameFacts of the canonical names of a graph, computed once per distinct name, with the
/// keys and ASCII forms interned as small integers.
class NameFactsTable {
public:
    explicit NameFactsTable(const MentionGraph& graph)
        : graph_(graph), facts_(graph.string_count()), done_(graph.string_count(), false) {
        intern("");
    }

    /// The facts of `name`, with the ASCII forms when `person`.
    const NameFacts& of(StringId name, bool person) {
        NameFacts& facts = facts_[name];
        if (!done_[name]) compute_keys(graph_.text(name), facts);
        done_[name] = true;
        if (person && !facts.ascii_done) compute_ascii(graph_.text(name), facts);
        return facts;
    }
    const std::string& text(std::uint32_t id) const { return texts_[id]; }

private:
    std::uint32_t intern(const std::string& text) {
        const auto [it, inserted] = ids_.emplace(text, static_cast<std::uint32_t>(texts_.size()));
        if (inserted) texts_.push_back(text);
        return it->second;
    }

    void compute_keys(const std::string& name, NameFacts& facts) {
        const std::size_t space = name.rfind(' ');
        facts.words = name.empty() ? 0 : static_cast<std::uint32_t>(std::count(name.begin(), name.end(), ' ') + 1);
        facts.key = intern(facts.words > 1 ? singular_key(name) : Gazetteer::key(name).unaccented);
        facts.last_key = space == std::string::npos ? facts.key : intern(Gazetteer::key(name.substr(space + 1)).unaccented);
        const std::size_t first_space = name.find(' ');
        facts.first_key =
            first_space == std::string::npos ? facts.key : intern(Gazetteer::key(name.substr(0, first_space)).unaccented);
    }

    void compute_ascii(const std::string& name, NameFacts& facts) {
        const std::size_t space = name.rfind(' ');
        const std::string given = space == std::string::npos ? "" : ascii_form(name.substr(0, space));
        const std::string surname = ascii_form(space == std::string::npos ? name : name.substr(space + 1));
        facts.given = intern(given);
        facts.surname = intern(surname);
        facts.full = given + " " + surname;
        facts.ascii_done = true;
    }

    const MentionGraph& graph_;
    std::vector<NameFacts> facts_;  ///< By StringId of the name.
    std::vector<bool> done_;
    std::unordered_map<std::string, std::uint32_t> ids_;
    std::vector<std::string> texts_;
};

bool is_person(const MentionVertex& v) { return v.type == EntityType::Person; }

/// Finds the evidence edges of a graph from its blocking keys and links them.
class EvidenceBuilder {
public:
    /// `alias` marks the pseudo-mentions of known altLabels (may be shorter than the graph).
    EvidenceBuilder(MentionGraph& graph, NameFactsTable& names, const std::vector<bool>& alias)
        : graph_(graph), names_(names), alias_(alias) {}

    void build() {
        index_full_names();
        const bool contiguous = documents_contiguous();
        for (std::size_t v = 0; v < graph_.size(); ++v) {
            if (contiguous && v > 0 && graph_[v].document != graph_[v - 1].document) {
                // The groups are per document: with each document's mentions together, those
                // of the documents done are needed no more.
                groups_.clear();
                group_rep_.clear();
                wikidata_groups_.clear();
            }
            link_by_name(v);
        }
        join_untyped_blocks();
        for (std::size_t v = 0; v < graph_.size(); ++v) link_surname(v);
        for (std::size_t v = 0; v < graph_.size(); ++v) link_given_name(v);
        link_variants();
        link_name_typos();
    }

private:
    /// The mentions of one canonical key and type.
    struct Block {
        std::uint32_t key = 0;
        EntityType type = EntityType::Other;
        std::size_t rep = kNone;  ///< The mention the documents' representatives link to.
        bool person_full_name = false;
    };

    /// True when the mentions of each document are numbered one after the other.
    bool documents_contiguous() const {
        std::vector<bool> seen(graph_.string_count(), false);
        for (std::size_t v = 0; v < graph_.size(); ++v) {
            const StringId document = graph_[v].document;
            if (v > 0 && document == graph_[v - 1].document) continue;
            if (seen[document]) return false;
            seen[document] = true;
        }
        return true;
    }

    const NameFacts& facts(std::size_t v) { return names_.of(graph_[v].canonical, is_person(graph_[v])); }

    bool alias(std::size_t v) const { return v < alias_.size() && alias_[v]; }

    /// Indexes the full names of persons by (document, surname) and the given names by surname;
    /// the altLabels of known entities are no full names ("M. Poutine").
    void index_full_names() {
        for (std::size_t v = 0; v < graph_.size(); ++v) {
            if (!is_person(graph_[v]) || facts(v).words < 2 || alias(v)) continue;
            const NameFacts& f = facts(v);
            full_names_[pair_key(graph_[v].document, f.last_key)].push_back(v);
            given_in_document_[pair_key(graph_[v].document, f.first_key)].push_back(v);
            first_full_name_.emplace(f.last_key, v);
            auto& given = given_names_[f.last_key];
            if (std::find(given.begin(), given.end(), f.given) == given.end()) given.push_back(f.given);
        }
    }

    /// True when full names of this surname have incompatible given names.
    bool ambiguous_surname(std::uint32_t surname_key) {
        const auto known = ambiguous_.find(surname_key);
        if (known != ambiguous_.end()) return known->second;
        bool ambiguous = false;
        if (const auto given = given_names_.find(surname_key); given != given_names_.end())
            for (std::size_t i = 0; i < given->second.size() && !ambiguous; ++i)
                for (std::size_t j = i + 1; j < given->second.size() && !ambiguous; ++j)
                    ambiguous = !compatible_given_names(names_.text(given->second[i]), names_.text(given->second[j]));
        ambiguous_.emplace(surname_key, ambiguous);
        return ambiguous;
    }

    std::size_t block_of(std::size_t v) {
        const NameFacts& f = facts(v);
        const MentionVertex& m = graph_[v];
        const auto [it, inserted] =
            block_index_.emplace(pair_key(f.key, static_cast<std::uint32_t>(m.type)), blocks_.size());
        if (inserted) {
            blocks_.push_back({f.key, m.type, kNone, is_person(m) && f.words > 1});
            blocks_of_key_[f.key].push_back(it->second);
            if (blocks_of_key_[f.key].size() == 1) keys_.push_back(f.key);
        }
        return it->second;
    }

    /// SameName: a mention links to the first mention of its block in its document; that one to
    /// the block's representative. SameWikidata: the first mention of each (id, block, document)
    /// links to the first mention of that id.
    void link_by_name(std::size_t v) {
        const std::size_t b = block_of(v);
        const MentionVertex& m = graph_[v];
        const auto [group, first_here] = groups_.emplace(pair_key(b, m.document), groups_.size());
        if (first_here) {
            group_rep_.push_back(v);
            link_across_documents(v, blocks_[b]);
        } else {
            link_to(v, group_rep_[group->second], Evidence::SameName, kSameName);
        }
        if (m.wikidata != 0 && wikidata_groups_.insert(pair_key(m.wikidata, group->second)).second) {
            const auto [rep, first_of_id] = wikidata_rep_.emplace(m.wikidata, v);
            if (!first_of_id) link_to(v, rep->second, Evidence::SameWikidata, kSameWikidata);
        }
    }

    /// Links the first mention of a block in a document to the block's representative. A lone
    /// person name ("Biden") is weak evidence across documents, and none at all from a document
    /// that names a person of that surname in full when the surname has several bearers.
    void link_across_documents(std::size_t v, Block& block) {
        const MentionVertex& m = graph_[v];
        const bool lone_name = is_person(m) && facts(v).words == 1;
        if (lone_name && full_names_.count(pair_key(m.document, block.key)) && ambiguous_surname(block.key)) return;
        if (block.rep != kNone) {
            link_to(v, block.rep, Evidence::SameName, lone_name ? kLoneNameAcrossDocuments : kSameName);
            return;
        }
        block.rep = v;
        if (lone_name) link_to_only_bearer(v, block.key);
    }

    /// Links a lone surname from a document that names nobody of that surname in full to the
    /// first full name of that surname in the run, when all its bearers have compatible given names.
    void link_to_only_bearer(std::size_t v, std::uint32_t surname_key) {
        const auto bearer = first_full_name_.find(surname_key);
        if (bearer == first_full_name_.end() || full_names_.count(pair_key(graph_[v].document, surname_key)) ||
            ambiguous_surname(surname_key))
            return;
        link_to(v, bearer->second, Evidence::Surname, kLoneNameAcrossDocuments);
    }

    /// An untyped (Other) block joins the first typed block of the same key.
    void join_untyped_blocks() {
        for (const std::uint32_t key : keys_) {
            const auto& blocks = blocks_of_key_[key];
            const auto typed = std::find_if(blocks.begin(), blocks.end(),
                                            [&](std::size_t b) { return blocks_[b].type != EntityType::Other; });
            const auto untyped = std::find_if(blocks.begin(), blocks.end(),
                                              [&](std::size_t b) { return blocks_[b].type == EntityType::Other; });
            if (typed == blocks.end() || untyped == blocks.end()) continue;
            const Block& from = blocks_[*untyped];
            const Block& to = blocks_[*typed];
            if (from.rep == kNone || to.rep == kNone) continue;
            const bool lone_name = to.type == EntityType::Person && !to.person_full_name;
            link_to(from.rep, to.rep, Evidence::SameName, lone_name ? kLoneNameAcrossDocuments : kSameName);
        }
    }

    /// Surname: a one-word person name to the full name of that surname nearest before it (else
    /// after it) in the same document. An untyped one-word name ("Spicer", a word the lexicon
    /// does not know) counts too when the document names a person of that surname in full.
    void link_surname(std::size_t v) {
        const MentionVertex& m = graph_[v];
        if ((!is_person(m) && m.type != EntityType::Other) || m.pronoun || m.description || facts(v).words != 1) return;
        const auto found = full_names_.find(pair_key(graph_[v].document, facts(v).key));
        if (found == full_names_.end()) return;
        const auto& full = found->second;
        const auto after = std::upper_bound(full.begin(), full.end(), v);
        link_to(v, after == full.begin() ? full.front() : *(after - 1), Evidence::Surname, kSurname);
    }

    /// Given name: a one-word person name ("Hillary") to the full name that starts with it in the
    /// same document ("Hillary Clinton"), when the document names one person of that given name
    /// and nobody of that surname; a lone given name is a fragment, never an entity of its own
    /// when its bearer is named.
    void link_given_name(std::size_t v) {
        const MentionVertex& m = graph_[v];
        if (!is_person(m) || m.pronoun || m.description || facts(v).words != 1) return;
        const std::uint32_t key = facts(v).key;
        if (full_names_.count(pair_key(m.document, key))) return;
        const auto found = given_in_document_.find(pair_key(m.document, key));
        if (found == given_in_document_.end()) return;
        const std::uint32_t full = facts(found->second.front()).key;
        for (const std::size_t other : found->second)
            if (facts(other).key != full) return;
        link_to(v, found->second.front(), Evidence::Surname, kSurname);
    }

    /// Variant: the distinct full names of persons, blocked by the first letters of their ASCII
    /// surname, compared pairwise inside a block.
    void link_variants() {
        std::unordered_map<std::string, std::vector<std::size_t>> by_prefix;
        std::vector<const std::vector<std::size_t>*> order;
        for (const Block& block : blocks_) {
            if (block.type != EntityType::Person || !block.person_full_name || block.rep == kNone) continue;
            const NameFacts& f = facts(block.rep);
            const std::string& surname = names_.text(f.surname);
            if (surname.size() < kSurnamePrefix) continue;
            auto& members = by_prefix[surname.substr(0, kSurnamePrefix)];
            if (members.empty()) order.push_back(&members);
            members.push_back(block.rep);
        }
        for (const auto* members : order)
            for (std::size_t i = 0; i < members->size(); ++i)
                for (std::size_t j = i + 1; j < members->size(); ++j)
                    if (variants(facts((*members)[i]), facts((*members)[j])))
                        link_to((*members)[j], (*members)[i], Evidence::Variant, kVariant);
    }

    /// Variant: two names of several words and of one type one letter apart ("Pennsylvania
    /// Aavenue" and "Pennsylvania Avenue": a typo, wherever it falls, which the surname blocks of
    /// link_variants miss), both of kMinTypoLength letters or more, blocked by type and the first
    /// letters of their keys; persons' given names must be compatible.
    void link_name_typos() {
        std::unordered_map<std::string, std::vector<std::size_t>> by_prefix;
        std::vector<const std::vector<std::size_t>*> order;
        for (const Block& block : blocks_) {
            if (block.type == EntityType::Other || block.rep == kNone) continue;
            const std::string& key = names_.text(block.key);
            if (facts(block.rep).words < 2 || key.size() < kMinTypoLength) continue;
            auto& members = by_prefix[std::to_string(static_cast<int>(block.type)) + key.substr(0, kSurnamePrefix)];
            if (members.empty()) order.push_back(&members);
            members.push_back(block.rep);
        }
        for (const auto* members : order)
            for (std::size_t i = 0; i < members->size(); ++i)
                for (std::size_t j = i + 1; j < members->size(); ++j)
                    if (typos((*members)[i], (*members)[j]))
                        link_to((*members)[j], (*members)[i], Evidence::Variant, kVariant);
    }

    bool typos(std::size_t a, std::size_t b) {
        const NameFacts& fa = facts(a);
        const NameFacts& fb = facts(b);
        if (edit_distance(names_.text(fa.key), names_.text(fb.key), 1) > 1) return false;
        if (!is_person(graph_[a])) return true;
        // Persons whose surnames share their first letters are link_variants' own.
        const std::string& sa = names_.text(fa.surname);
        const std::string& sb = names_.text(fb.surname);
        return sa.compare(0, kSurnamePrefix, sb, 0, kSurnamePrefix) != 0 &&
               compatible_given_names(names_.text(fa.given), names_.text(fb.given));
    }

    bool variants(const NameFacts& a, const NameFacts& b) {
        return edit_distance(a.full, b.full, kVariantDistance) <= kVariantDistance &&
               compatible_given_names(names_.text(a.given), names_.text(b.given));
    }

    void link_to(std::size_t a, std::size_t b, Evidence kind, double weight) {
        if (a != b) graph_.link(a, b, kind, weight);
    }

    MentionGraph& graph_;
    NameFactsTable& names_;
    const std::vector<bool>& alias_;
    std::unordered_map<std::uint64_t, std::vector<std::size_t>> full_names_;  ///< (document, surname key) -> mentions
    std::unordered_map<std::uint32_t, std::size_t> first_full_name_;             ///< surname key -> first full name
    std::unordered_map<std::uint64_t, std::vector<std::size_t>> given_in_document_;  ///< (document, given key) -> full names
    std::unordered_map<std::uint32_t, std::vector<std::uint32_t>> given_names_;  ///< surname key -> given names
    std::unordered_map<std::uint32_t, bool> ambiguous_;
    std::vector<Block> blocks_;
    std::unordered_map<std::uint64_t, std::size_t> block_index_;  ///< (key, type) -> block
    std::unordered_map<std::uint32_t, std::vector<std::size_t>> blocks_of_key_;
    std::vector<std::uint32_t> keys_;                        ///< Keys in order of first mention.
    std::unordered_map<std::uint64_t, std::size_t> groups_;  ///< (block, document) -> group
    std::vector<std::size_t> group_rep_;                     ///< group -> its first mention
    std::unordered_set<std::uint64_t> wikidata_groups_;      ///< (wikidata, group) pairs seen
    std::unordered_map<StringId, std::size_t> wikidata_rep_;
};

/// A union-find of mentions whose merges respect the cannot-link constraints. Each root holds
/// what its cluster's constraints need; a merge checks and moves the smaller side's lists. The
/// lists (full names of persons, related mentions) live in slots that only the mentions having
/// some get, so a mention costs 17 bytes here.
class ConstrainedUnion {
public:
    /// `known` gives the known entity of each mention (kNone for a real one) and `alias` marks the
    /// known altLabels; both may be shorter than the graph (the rest: real mentions).
    ConstrainedUnion(const MentionGraph& graph, NameFactsTable& names,
                     const std::vector<std::pair<std::uint32_t, std::uint32_t>>& related,
                     const std::vector<std::size_t>& known, const std::vector<bool>& alias,
                     std::vector<std::uint32_t> homonym)
        : names_(names), homonym_(std::move(homonym)), parent_(graph.size()), size_(graph.size(), 1), types_(graph.size(), 0),
          wikidata_(graph.size(), 0), known_(graph.size(), kNoIndex), slot_(graph.size(), kNoIndex) {
        for (std::size_t v = 0; v < graph.size(); ++v) {
            const MentionVertex& m = graph[v];
            if (v < known.size() && known[v] != kNone) known_[v] = static_cast<std::uint32_t>(known[v]);
            parent_[v] = static_cast<std::uint32_t>(v);
            if (m.type != EntityType::Other) types_[v] = static_cast<std::uint8_t>(1u << static_cast<unsigned>(m.type));
            wikidata_[v] = m.wikidata;
            if (!is_person(m) || (v < alias.size() && alias[v])) continue;
            const NameFacts& f = names.of(m.canonical, true);
            if (f.words > 1) lists(v).persons.emplace_back(f.surname, f.given);
        }
        for (const auto& [a, b] : related) {
            lists(a).related.push_back(b);
            lists(b).related.push_back(a);
        }
    }

    /// Merges the clusters of `a` and `b` unless they are one already or a constraint forbids it;
    /// true when they merged.
    bool unite(std::uint32_t a, std::uint32_t b) {
        a = find(a);
        b = find(b);
        if (a == b || forbidden(a, b)) return false;
        if (size_[a] < size_[b]) std::swap(a, b);
        parent_[b] = a;
        size_[a] += size_[b];
        types_[a] |= types_[b];
        if (wikidata_[a] == 0) wikidata_[a] = wikidata_[b];
        known_[a] = std::min(known_[a], known_[b]);  // the oldest known entity keeps its id
        if (slot_[b] != kNoIndex) {
            if (slot_[a] == kNoIndex) {
                slot_[a] = slot_[b];
            } else {
                absorb_persons(slots_[slot_[a]].persons, slots_[slot_[b]].persons);
                absorb_related(slots_[slot_[a]].related, slots_[slot_[b]].related);
            }
            slot_[b] = kNoIndex;
        }
        return true;
    }

private:
    using Person = std::pair<std::uint32_t, std::uint32_t>;  ///< (surname, given name) ids
    static constexpr std::uint32_t kNoIndex = UINT32_MAX;

    /// What a cluster's constraints keep in lists.
    struct Lists {
        std::vector<Person> persons;               ///< Full names of persons.
        std::vector<std::uint32_t> related;        ///< Mentions a fact relates to a member.
    };

    Lists& lists(std::size_t v) {
        if (slot_[v] == kNoIndex) {
            slot_[v] = static_cast<std::uint32_t>(slots_.size());
            slots_.emplace_back();
        }
        return slots_[slot_[v]];
    }
    const Lists& lists_or_none(std::uint32_t v) const { return slot_[v] == kNoIndex ? none_ : slots_[slot_[v]]; }

    std::uint32_t find(std::uint32_t v) {
        while (parent_[v] != v) v = parent_[v] = parent_[parent_[v]];
        return v;
    }

    bool forbidden(std::uint32_t a, std::uint32_t b) {
        const unsigned types = types_[a] | types_[b];
        if (types & (types - 1)) return true;
        if (wikidata_[a] != 0 && wikidata_[b] != 0 && wikidata_[a] != wikidata_[b]) return true;
        if (known_[a] != kNoIndex && known_[b] != kNoIndex && known_[a] != known_[b] && homonym_[known_[a]] == homonym_[known_[b]]) return true;
        return clashing_persons(a, b) || related_clusters(a, b);
    }

    /// Full names with the same surname and incompatible given names.
    bool clashing_persons(std::uint32_t a, std::uint32_t b) const {
        const auto& pa = lists_or_none(a).persons;
        const auto& pb = lists_or_none(b).persons;
        const auto& small = pa.size() < pb.size() ? pa : pb;
        const auto& large = &small == &pa ? pb : pa;
        for (const Person& p : small)
            for (const Person& q : large)
                if (p.first == q.first && p.second != q.second &&
                    !compatible_given_names(names_.text(p.second), names_.text(q.second)))
                    return true;
        return false;
    }

    /// A fact relates a member of one to a member of the other. Relations are stored at both ends,
    /// so scanning the shorter list suffices.
    bool related_clusters(std::uint32_t a, std::uint32_t b) {
        if (lists_or_none(a).related.size() > lists_or_none(b).related.size()) std::swap(a, b);
        for (const std::uint32_t other : lists_or_none(a).related)
            if (find(other) == b) return true;
        return false;
    }

    static void absorb_persons(std::vector<Person>& into, std::vector<Person>& from) {
        if (into.size() < from.size()) into.swap(from);
        for (const Person& p : from)
            if (std::find(into.begin(), into.end(), p) == into.end()) into.push_back(p);
        std::vector<Person>().swap(from);
    }

    static void absorb_related(std::vector<std::uint32_t>& into, std::vector<std::uint32_t>& from) {
        if (into.size() < from.size()) into.swap(from);
        into.insert(into.end(), from.begin(), from.end());
        std::vector<std::uint32_t>().swap(from);
    }

    NameFactsTable& names_;
    std::vector<std::uint32_t> homonym_;   ///< Known entity -> the first known entity of its label.
    std::vector<std::uint32_t> parent_;
    std::vector<std::uint32_t> size_;
    std::vector<std::uint8_t> types_;      ///< Bit per non-Other type present.
    std::vector<StringId> wikidata_;       ///< The cluster's Wikidata id, or 0.
    std::vector<std::uint32_t> known_;     ///< The cluster's known entity, or kNoIndex.
    std::vector<std::uint32_t> slot_;      ///< The cluster's lists in slots_, or kNoIndex.
    std::vector<Lists> slots_;
    const Lists none_;
};

/// A candidate label of a cluster: a canonical name, how it was used and how often.
struct LabelCandidate {
    int tier = 0;             ///< 0 known name, 1 proper name, 2 pronoun, description or demonym.
    std::uint32_t words = 0;  ///< Counted for tier 1 only (the fullest form wins).
    std::size_t count = 0;
    const std::string* text = nullptr;

    bool better_than(const LabelCandidate& other) const {
        if (tier != other.tier) return tier < other.tier;
        if (words != other.words) return words > other.words;
        if (count != other.count) return count > other.count;
        return *text < *other.text;
    }
};

int label_tier(const MentionVertex& m) {
    if (m.pronoun || m.description) return 2;
    if (m.wikidata != 0 || m.canonical != m.name) return 0;
    return m.demonym ? 2 : 1;
}

/// The best label of each of `count` clusters.
std::vector<const std::string*> choose_labels(const MentionGraph& graph, NameFactsTable& names,
                                              const std::vector<std::uint32_t>& component, std::size_t count) {
    std::vector<std::tuple<std::uint32_t, int, StringId>> uses;
    uses.reserve(graph.size());
    for (std::size_t v = 0; v < graph.size(); ++v) uses.emplace_back(component[v], label_tier(graph[v]), graph[v].canonical);
    std::sort(uses.begin(), uses.end());
    std::vector<LabelCandidate> best(count);
    for (std::size_t i = 0, j = 0; i < uses.size(); i = j) {
        while (j < uses.size() && uses[j] == uses[i]) ++j;
        const auto [cluster, tier, canonical] = uses[i];
        LabelCandidate candidate{tier, tier == 1 ? names.of(canonical, false).words : 0, j - i, &graph.text(canonical)};
        if (!best[cluster].text || candidate.better_than(best[cluster])) best[cluster] = candidate;
    }
    std::vector<const std::string*> labels(count);
    for (std::size_t c = 0; c < count; ++c) labels[c] = best[c].text;
    return labels;
}

/// The texts and names of each cluster's members other than its label; pronouns ("il") and role
/// descriptions ("le porte-parole", "le président américain") are no names of anybody in
/// particular, so they give no label.
std::vector<std::set<std::string>> collect_alt_labels(const MentionGraph& graph, const std::vector<std::uint32_t>& component,
                                                      const std::vector<const std::string*>& labels) {
    std::vector<std::pair<std::uint32_t, StringId>> forms;
    forms.reserve(2 * graph.size());
    for (std::size_t v = 0; v < graph.size(); ++v) {
        if (graph[v].pronoun || graph[v].description) continue;
        forms.emplace_back(component[v], graph[v].text);
        forms.emplace_back(component[v], graph[v].name);
    }
    std::sort(forms.begin(), forms.end());
    forms.erase(std::unique(forms.begin(), forms.end()), forms.end());
    std::vector<std::set<std::string>> alt(labels.size());
    for (const auto& [cluster, form] : forms)
        if (form != 0 && graph.text(form) != *labels[cluster]) alt[cluster].insert(graph.text(form));
    return alt;
}

/// The most frequent type other than Other of each cluster (Other when there is none), its
/// Wikidata id, and the finer class its mentions of that type give most often (the first given
/// on a tie; none when they give none).
void collect_types(const MentionGraph& graph, const std::vector<std::uint32_t>& component, std::vector<Entity>& entities) {
    std::vector<std::array<std::size_t, 6>> counts(entities.size());
    for (std::size_t v = 0; v < graph.size(); ++v) {
        ++counts[component[v]][static_cast<std::size_t>(graph[v].type)];
        if (entities[component[v]].wikidata.empty()) entities[component[v]].wikidata = graph.text(graph[v].wikidata);
    }
    for (std::size_t c = 0; c < entities.size(); ++c) {
        std::size_t best = 0;
        for (std::size_t t = 0; t < counts[c].size(); ++t) {
            if (static_cast<EntityType>(t) == EntityType::Other || counts[c][t] <= best) continue;
            best = counts[c][t];
            entities[c].type = static_cast<EntityType>(t);
        }
    }
    std::vector<std::vector<std::pair<StringId, std::size_t>>> subclasses(entities.size());  // in order of first use
    for (std::size_t v = 0; v < graph.size(); ++v) {
        if (graph[v].subclass == 0 || graph[v].type != entities[component[v]].type) continue;
        auto& counted = subclasses[component[v]];
        const auto found = std::find_if(counted.begin(), counted.end(), [&](const auto& p) { return p.first == graph[v].subclass; });
        if (found == counted.end()) counted.emplace_back(graph[v].subclass, 1);
        else ++found->second;
    }
    for (std::size_t c = 0; c < entities.size(); ++c) {
        std::size_t best = 0;
        for (const auto& [subclass, count] : subclasses[c])
            if (count > best) {
                best = count;
                entities[c].subclass = graph.text(subclass);
            }
    }
}

/// Gives each entity of a known entity its id, and each other the id slug(label), the later of
/// equal slugs (by label, then first mention) getting "-2", "-3"... and none a known or retired id.
void assign_ids(std::vector<Entity>& entities, const std::vector<std::size_t>& first_mention,
                const std::vector<const Entity*>& known) {
    std::vector<std::size_t> order(entities.size());
    for (std::size_t c = 0; c < order.size(); ++c) order[c] = c;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return std::tie(entities[a].label, first_mention[a]) < std::tie(entities[b].label, first_mention[b]);
    });
    std::unordered_set<std::string> used;
    for (std::size_t c = 0; c < entities.size(); ++c) {
        if (known[c]) used.insert(entities[c].id = known[c]->id);
        used.insert(entities[c].retired.begin(), entities[c].retired.end());
    }
    std::string previous_label;
    std::string base;
    for (const std::size_t c : order) {
        if (known[c]) continue;
        if (base.empty() || entities[c].label != previous_label) base = slug(entities[c].label);
        previous_label = entities[c].label;
        std::string id = base;
        for (int n = 2; !used.insert(id).second; ++n) id = base + "-" + std::to_string(n);
        entities[c].id = std::move(id);
    }
}

/// Makes the entity of a cluster that holds a known entity that entity, with the cluster's other
/// names as new altLabels and its Wikidata id when the known one has none.
void keep_known(Entity& entity, const Entity& known) {
    std::set<std::string> alt = std::move(entity.alt_labels);
    alt.insert(entity.label);
    alt.insert(known.alt_labels.begin(), known.alt_labels.end());
    alt.erase(known.label);
    entity.label = known.label;
    entity.alt_labels = std::move(alt);
    if (entity.type != known.type || !known.subclass.empty()) entity.subclass = known.subclass;
    entity.type = known.type;
    if (!known.wikidata.empty()) entity.wikidata = known.wikidata;
}

/// The entities of the `count` clusters of `component`, sorted by id; `entity_of` receives the
/// index of each mention's entity. `known_of` gives the known entity of each mention (kNone for a
/// real one; it may be shorter than the graph).
std::vector<Entity> make_entities(const MentionGraph& graph, NameFactsTable& names, const std::vector<std::uint32_t>& component,
                                  std::size_t count, std::vector<std::uint32_t>& entity_of,
                                  const std::vector<Entity>& known_entities, const std::vector<std::size_t>& known_of) {
    const std::vector<const std::string*> labels = choose_labels(graph, names, component, count);
    std::vector<std::set<std::string>> alt_labels = collect_alt_labels(graph, component, labels);
    std::vector<Entity> entities(count);
    std::vector<std::size_t> first_mention(count, kNone);
    for (std::size_t c = 0; c < count; ++c) {
        entities[c].label = *labels[c];
        entities[c].alt_labels = std::move(alt_labels[c]);
    }
    for (std::size_t v = 0; v < graph.size(); ++v) first_mention[component[v]] = std::min(first_mention[component[v]], v);
    collect_types(graph, component, entities);
    // A cluster keeps its oldest known entity (the first added); the others' ids are retired.
    std::vector<std::size_t> oldest(count, kNone);
    for (std::size_t v = 0; v < known_of.size(); ++v)
        if (known_of[v] != kNone) oldest[component[v]] = std::min(oldest[component[v]], known_of[v]);
    std::vector<const Entity*> known(count, nullptr);
    for (std::size_t c = 0; c < count; ++c)
        if (oldest[c] != kNone) known[c] = &known_entities[oldest[c]];
    for (std::size_t c = 0; c < count; ++c)
        if (known[c]) keep_known(entities[c], *known[c]);
    for (std::size_t v = 0; v < known_of.size(); ++v) {
        if (known_of[v] == kNone) continue;
        const Entity& other = known_entities[known_of[v]];
        Entity& entity = entities[component[v]];
        entity.retired.insert(other.retired.begin(), other.retired.end());
        if (known_of[v] != oldest[component[v]]) {
            entity.retired.insert(other.id);
            entity.alt_labels.insert(other.alt_labels.begin(), other.alt_labels.end());
            if (other.label != entity.label) entity.alt_labels.insert(other.label);
            entity.alt_labels.erase(entity.label);
        }
    }
    assign_ids(entities, first_mention, known);

    std::vector<std::size_t> by_id(count);
    for (std::size_t c = 0; c < count; ++c) by_id[c] = c;
    std::sort(by_id.begin(), by_id.end(), [&](std::size_t a, std::size_t b) { return entities[a].id < entities[b].id; });
    std::vector<std::uint32_t> position(count);
    std::vector<Entity> sorted;
    sorted.reserve(count);
    for (const std::size_t c : by_id) {
        position[c] = static_cast<std::uint32_t>(sorted.size());
        sorted.push_back(std::move(entities[c]));
    }
    entity_of.resize(graph.size());
    for (std::size_t v = 0; v < graph.size(); ++v) entity_of[v] = position[component[v]];
    return sorted;
}

}  // namespace

std::size_t GraphReconciler::add(const Document& doc, const Sentence& sentence, std::size_t index) {
    return graph_.add(doc, sentence, sentence.mentions[index]);
}

void GraphReconciler::relate(std::size_t a, std::size_t b) {
    if (a != b) related_.emplace_back(static_cast<std::uint32_t>(a), static_cast<std::uint32_t>(b));
}

std::vector<std::size_t> GraphReconciler::add_known(const Entity& entity) {
    if (entity.id.empty() || entity.label.empty())
        throw std::invalid_argument("a known entity needs an id and a label (\"" + entity.id + "\", \"" + entity.label + "\")");
    for (const Entity& other : known_)
        if (other.id == entity.id) throw std::invalid_argument("entity " + entity.id + " is already known");
    Document doc;
    doc.id = "\x1f" "known:" + entity.id;  // no slug has that byte: a document of its own
    Sentence sentence;
    std::vector<std::size_t> handles;
    std::vector<const std::string*> names{&entity.label};
    for (const std::string& alt : entity.alt_labels)
        if (alt != entity.label) names.push_back(&alt);
    for (const std::string* name : names) {
        Mention mention;
        mention.text = mention.name = mention.canonical = *name;
        mention.type = entity.type;
        mention.subclass = entity.subclass;
        mention.wikidata = entity.wikidata;
        handles.push_back(graph_.add(doc, sentence, mention));
    }
    known_of_.resize(graph_.size(), kNone);
    alias_.resize(graph_.size(), false);
    for (std::size_t i = 0; i < handles.size(); ++i) {
        known_of_[handles[i]] = known_.size();
        alias_[handles[i]] = i > 0;
        if (i > 0) graph_.link(handles.front(), handles[i], Evidence::SameName, kKnownName);
    }
    known_.push_back(entity);
    return handles;
}

void GraphReconciler::reconcile() {
    NameFactsTable names(graph_);
    EvidenceBuilder(graph_, names, alias_).build();
    {
        std::vector<std::uint32_t> homonym(known_.size());
        std::unordered_map<std::string, std::uint32_t> first_of_label;
        for (std::size_t k = 0; k < known_.size(); ++k)
            homonym[k] = first_of_label.emplace(known_[k].label, static_cast<std::uint32_t>(k)).first->second;
        ConstrainedUnion clusters(graph_, names, related_, known_of_, alias_, std::move(homonym));
        // Two known entities merge only through evidence from real mentions, never by their own names.
        const auto known_of = [&](std::size_t v) { return v < known_of_.size() ? known_of_[v] : kNone; };
        for (const MentionGraph::Edge edge : graph_.edges_by_weight()) {
            const auto& e = graph_.edge(edge);
            if (known_of(e.a) != kNone && known_of(e.b) != kNone && known_of(e.a) != known_of(e.b)) continue;
            if (clusters.unite(e.a, e.b)) graph_.keep(edge);
        }
    }
    std::vector<std::uint32_t> component;
    const std::size_t count = graph_.kept_components(component);
    entities_ = make_entities(graph_, names, component, count, entity_of_, known_, known_of_);
}

std::vector<std::vector<std::size_t>> GraphReconciler::clusters() const {
    std::vector<std::vector<std::size_t>> members(entities_.size());
    for (std::size_t v = 0; v < entity_of_.size(); ++v) members[entity_of_[v]].push_back(v);
    return members;
}

}  // namespace trame
