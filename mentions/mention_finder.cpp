#include "mentions/mention_finder.h"

#include <algorithm>
#include <optional>

#include <unordered_set>
#include <vector>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "document/utf8.h"

namespace trame {

namespace {

/// The longest name the gazetteer is asked about, in tokens: the full names of international
/// organizations run long ("Organisation des Nations unies pour l'éducation, la science et la
/// culture" is 13). The search stops as soon as no gazetteer name begins with the tokens read.
constexpr std::size_t kMaxNameTokens = 16;

/// Article prefixes that a multiword token may carry before a name ("la Maison Blanche").
const char* const kArticlePrefixes[] = {"le ", "la ", "les ", "l'", "l’", "Le ", "La ", "Les ", "L'", "L’"};

bool is_first_name(const Token& token) { return token.upos == "PROPN" && token.has_tag("ant"); }

/// A token that can be part of a proper-noun sequence: a proper noun or a capitalised acronym
/// (the analyser tags OTAN, ONU or CNN as common nouns n.acr), not a common noun's acronym.
bool is_name_token(const Token& token, const NameWords& words) {
    if (words.common_acronyms.count(token.form)) return false;
    return token.upos == "PROPN" || (token.has_tag("acr") && starts_upper(token.form));
}

bool is_particle(const Token& token, const NameWords& words) {
    return words.particles.count(token.form) || words.name_articles.count(token.form);
}

/// True when only punctuation comes before token `i`.
bool sentence_initial(const std::vector<Token>& tokens, std::size_t i) {
    for (std::size_t k = 0; k < i; ++k)
        if (tokens[k].upos != "PUNCT") return false;
    return true;
}

/// True when token `k` follows token `k - 1` without a gap in the document ("l'" + "Otan"); tokens
/// without offsets are taken as separate words.
bool glued_to_previous(const std::vector<Token>& tokens, std::size_t k) {
    const Token& previous = tokens[k - 1];
    return previous.end > previous.begin && previous.end == tokens[k].begin;
}

/// The document text of tokens [first, last): their forms, with a space between separate words.
std::string text_of(const std::vector<Token>& tokens, std::size_t first, std::size_t last) {
    std::string text = tokens[first].form;
    for (std::size_t k = first + 1; k < last; ++k) {
        if (!glued_to_previous(tokens, k)) text += ' ';
        text += tokens[k].form;
    }
    return text;
}

/// The entity type the analyser's proper-noun tags suggest for tokens [first, last). Two or three
/// capitalised words the lexicon does not know ("Daria Zarivna") are, in news, a person's name.
EntityType type_from_tags(const std::vector<Token>& tokens, std::size_t first, std::size_t last) {
    bool person = false, place = false, organization = false;
    for (std::size_t k = first; k < last; ++k) {
        const Token& t = tokens[k];
        person = person || t.has_tag("ant") || t.has_tag("cog");
        place = place || t.has_tag("top");
        organization = organization || t.has_tag("acr") || t.has_tag("al");
    }
    if (person) return EntityType::Person;
    if (place) return EntityType::Place;
    if (organization) return EntityType::Organization;
    const std::size_t words = last - first;
    if ((words == 2 || words == 3) &&
        std::all_of(tokens.begin() + first, tokens.begin() + last, [](const Token& t) { return t.has_tag("unk"); }))
        return EntityType::Person;
    return EntityType::Other;
}

/// The name a multiword token carries after a leading article ("Maison Blanche" for "la Maison
/// Blanche"), or an empty string.
std::string after_article(const std::string& form) {
    for (const char* prefix : kArticlePrefixes) {
        const std::string p(prefix);
        if (form.size() > p.size() && form.compare(0, p.size(), p) == 0) return form.substr(p.size());
    }
    return "";
}

/// The scan of one sentence: the tokens with their gazetteer keys, computed once.
class SentenceScan {
public:
    SentenceScan(const Gazetteer& gazetteer, const std::vector<Token>& tokens) : gazetteer_(gazetteer), tokens_(tokens) {
        keys_.reserve(tokens.size());
        for (const Token& t : tokens) keys_.push_back(Gazetteer::key(t.form));
    }

    /// Adds the mentions that start at token `i` to `out` and returns the token after them (`i + 1`
    /// when none starts there).
    std::size_t scan_at(std::size_t i, std::vector<Mention>& out) {
        if (words().titles.count(tokens_[i].form)) {
            const std::size_t next = titled_names(i, out);
            if (next > i) return next;
        }
        const Match known = gazetteer_match(i);
        const std::size_t sequence = proper_noun_end(i);
        if (known.entry && (known.last >= sequence || known_prefix_wins(i, *known.entry))) {
            out.push_back(known_mention(i, known));
            add_inner_known(i, known, out);
            return known.last;
        }
        if (sequence > i) {
            // A lone capital letter ("W", an initial cut off its name) is a fragment, not a name.
            if (sequence > i + 1 || utf8_length(tokens_[i].form) > 1) out.push_back(name_mention(i, sequence));
            return sequence;
        }
        if (const GazetteerEntry* country = demonym_at(i)) {
            out.push_back(demonym_mention(i, *country));
        }
        return i + 1;
    }

private:
    /// A gazetteer name over tokens [first, last); `name` is set when it differs from their text.
    struct Match {
        std::size_t last = 0;
        const GazetteerEntry* entry = nullptr;
        std::string name;
    };

    /// Adds the organization or country a known name ends with, after "de" ("ONU" in "Conseil de
    /// sécurité de l'ONU"): a body of an organization is an entity, and so is the organization.
    void add_inner_known(std::size_t first, const Match& outer, std::vector<Mention>& out) {
        for (std::size_t k = first + 2; k < outer.last; ++k) {
            if (tokens_[k - 1].lemma != "de" && !(tokens_[k - 1].upos == "DET" && tokens_[k - 2].lemma == "de")) continue;
            const Match inner = gazetteer_match(k);
            if (!inner.entry || inner.last != outer.last || inner.entry == outer.entry) continue;
            if (inner.entry->type != EntityType::Organization && inner.entry->type != EntityType::Country) continue;
            out.push_back(known_mention(k, inner));
            return;
        }
    }

    /// True when a known place or organization at `i` wins over a longer proper-noun sequence
    /// ("Kremlin Peskov" is two names), unless the sequence opens with a first name
    /// ("Dominique de Villepin" is not the island of Dominica).
    bool known_prefix_wins(std::size_t i, const GazetteerEntry& known) const {
        return known.type != EntityType::Person && !is_first_name(tokens_[i]);
    }

    /// The longest gazetteer name starting at token `i` (entry null when none).
    Match gazetteer_match(std::size_t i) {
        Match best{i, nullptr, ""};
        if (tokens_[i].upos == "PUNCT") return best;
        scratch_.clear();
        for (std::size_t last = i + 1; last <= tokens_.size() && last - i <= kMaxNameTokens; ++last) {
            scratch_.append(keys_[last - 1]);
            const GazetteerEntry* entry = gazetteer_.lookup(scratch_);
            // A name written without capitals only counts when the gazetteer writes it so ("pays
            // baltes"), so that "une réunion" is not the island of La Réunion.
            if (entry && (scratch_.has_upper || !starts_upper(entry->label))) best = Match{last, entry, ""};
            // No longer name begins here: only a token with an empty key ("-") can still extend it.
            if (!gazetteer_.longer_name_starts(scratch_) && (last == tokens_.size() || !keys_[last].folded.empty())) break;
        }
        if (!best.entry) {
            const Match article = article_token_match(i);
            return article.entry ? article : former_state_match(i);
        }
        if (best.last == i + 1 && common_word_at_start(i)) return Match{i, nullptr, ""};
        return best;
    }

    /// A multiword token whose form starts with an article before a known name ("la Maison Blanche").
    Match article_token_match(std::size_t i) const {
        const std::string name = after_article(tokens_[i].form);
        if (name.empty() || !starts_upper(name)) return Match{i, nullptr, ""};
        const GazetteerEntry* entry = gazetteer_.lookup(name);
        return entry ? Match{i + 1, entry, name} : Match{i, nullptr, ""};
    }

    /// A token "ex-" and a known country ("l'ex-URSS"): the former state is that country's entity.
    Match former_state_match(std::size_t i) const {
        const std::string& form = tokens_[i].form;
        if (form.size() <= 3 || fold_case(form.substr(0, 3)) != "ex-") return Match{i, nullptr, ""};
        const std::string name = form.substr(3);
        if (!starts_upper(name)) return Match{i, nullptr, ""};
        const GazetteerEntry* entry = gazetteer_.lookup(name);
        return entry && entry->type == EntityType::Country ? Match{i + 1, entry, name} : Match{i, nullptr, ""};
    }

    /// A capitalised common word opening the sentence ("Les", "Grenade" as a noun) is not a name;
    /// acronyms are.
    bool common_word_at_start(std::size_t i) const {
        const bool acronym = keys_[i].has_upper && !keys_[i].has_lower;
        return sentence_initial(tokens_, i) && tokens_[i].upos != "PROPN" && !acronym;
    }

    /// One past the proper-noun sequence starting at `i` (`i` when none starts there).
    std::size_t proper_noun_end(std::size_t i) const { return is_name_token(tokens_[i], words()) ? extend_name(i, i + 1) : i; }

    /// One past the name after a title at `i - 1`: any capitalised word opens it ("M. Le Pen").
    std::size_t titled_name_end(std::size_t i) const {
        if (i >= tokens_.size() || tokens_[i].upos == "PUNCT") return i;
        return is_name_token(tokens_[i], words()) || starts_upper(tokens_[i].form) ? extend_name(i, i + 1) : i;
    }

    /// Extends the name [first, end) over the proper nouns that follow, and over particles between
    /// two of them.
    std::size_t extend_name(std::size_t first, std::size_t end) const {
        while (end < tokens_.size()) {
            std::size_t next = end;
            while (next < tokens_.size() && next - end < 2 && is_particle(tokens_[next], words()) && !is_place(end - 1)) ++next;
            if (next >= tokens_.size() || !continues_name(first, end, next)) break;
            end = next + 1;
        }
        return end;
    }

    /// True when token `next` continues the name [first, end): it is a proper noun, and not a first
    /// name after a surname or place ("Otan Mark Rutte" holds two names).
    bool continues_name(std::size_t first, std::size_t end, std::size_t next) const {
        if (!is_name_token(tokens_[next], words())) return false;
        if (!is_first_name(tokens_[next])) return true;
        for (std::size_t k = first; k < end; ++k)
            if (!is_first_name(tokens_[k]) && !is_particle(tokens_[k], words())) return false;
        return true;
    }

    /// True when token `k` names a place, after which "de" starts a complement ("la Russie de
    /// Poutine"); a first name is not a place ("Dominique de Villepin").
    bool is_place(std::size_t k) const {
        if (tokens_[k].has_tag("top")) return true;
        if (is_first_name(tokens_[k])) return false;
        const GazetteerEntry* entry = gazetteer_.lookup(keys_[k]);
        return entry && (entry->type == EntityType::Country || entry->type == EntityType::Place);
    }

    /// Adds the people named after the title at `i` ("M. Dupont"; "MM. Dupont et Durand" gives two)
    /// and returns the token after them, or `i` when no name follows the title.
    std::size_t titled_names(std::size_t i, std::vector<Mention>& out) const {
        const std::size_t end = titled_name_end(i + 1);
        if (end == i + 1) return i;
        out.push_back(person_mention(i, i + 1, end, true));
        return words().plural_titles.count(tokens_[i].form) ? more_titled_names(i, end, out) : end;
    }

    /// Adds the further names of a plural title's list (", Durand et Martin") from token `next`.
    std::size_t more_titled_names(std::size_t title, std::size_t next, std::vector<Mention>& out) const {
        while (next + 1 < tokens_.size() && (tokens_[next].form == "," || tokens_[next].form == "et")) {
            if (!is_name_token(tokens_[next + 1], words())) break;
            const bool last_item = tokens_[next].form == "et";
            const std::size_t end = extend_name(next + 1, next + 2);
            out.push_back(person_mention(title, next + 1, end, false));
            next = end;
            if (last_item) break;
        }
        return next;
    }

    /// The mention of the person named [first, last) under the title at `title`; the title token
    /// is part of the mention when `with_title`.
    Mention person_mention(std::size_t title, std::size_t first, std::size_t last, bool with_title) const {
        Mention m;
        m.first = with_title ? title : first;
        m.last = last;
        m.text = text_of(tokens_, m.first, last);
        m.name = text_of(tokens_, first, last);
        m.title = tokens_[title].form;
        m.type = EntityType::Person;
        const GazetteerEntry* entry = gazetteer_.lookup(m.name);
        const bool known = entry && entry->type == EntityType::Person;
        m.canonical = known ? entry->label : m.name;
        if (known) m.wikidata = entry->wikidata;
        if (known) m.subclass = entry->subclass;
        return m;
    }

    Mention known_mention(std::size_t first, const Match& match) const {
        Mention m;
        m.first = first;
        m.last = match.last;
        m.text = text_of(tokens_, first, match.last);
        m.name = match.name.empty() ? m.text : match.name;
        m.canonical = match.entry->label;
        m.type = match.entry->type;
        m.subclass = match.entry->subclass;
        m.wikidata = match.entry->wikidata;
        return m;
    }

    Mention name_mention(std::size_t first, std::size_t last) const {
        Mention m;
        m.first = first;
        m.last = last;
        m.text = text_of(tokens_, first, last);
        m.name = m.text;
        m.canonical = m.text;
        m.type = type_from_tags(tokens_, first, last);
        return m;
    }

    /// The country whose adjective of nationality is the adjective at `i`, or null.
    const GazetteerEntry* demonym_at(std::size_t i) const {
        return tokens_[i].upos == "ADJ" ? gazetteer_.lookup_demonym(keys_[i]) : nullptr;
    }

    Mention demonym_mention(std::size_t i, const GazetteerEntry& country) const {
        Mention m;
        m.first = i;
        m.last = i + 1;
        m.text = tokens_[i].form;
        m.name = m.text;
        m.canonical = country.label;
        m.type = EntityType::Country;
        m.wikidata = country.wikidata;
        m.demonym = true;
        return m;
    }

    const NameWords& words() const { return gazetteer_.name_words(); }

    const Gazetteer& gazetteer_;
    const std::vector<Token>& tokens_;
    std::vector<NameKey> keys_;  ///< Gazetteer key of each token.
    NameKey scratch_;            ///< Key of the span being looked up, reused between spans.
};

/// The ontology class of a recognised name of `type` over `name`, or nothing for a Product.
std::optional<EntityType> recognised_type(NerType type, const GazetteerEntry* known) {
    switch (type) {
    case NerType::Person: return EntityType::Person;
    case NerType::Organization: return EntityType::Organization;
    case NerType::Event: return EntityType::Event;
    case NerType::Location:
        if (known && (known->type == EntityType::Country || known->type == EntityType::Place)) return known->type;
        return EntityType::Place;
    case NerType::Product: return std::nullopt;
    }
    return std::nullopt;
}

/// True when a rule mention is specific: a gazetteer name, a titled name, a demonym, a pronoun
/// or a description; the recognizer never overrides those.
bool specific(const Mention& m, const Gazetteer& gazetteer) {
    return m.demonym || m.pronoun || m.description || !m.title.empty() || !m.wikidata.empty() ||
           gazetteer.lookup(m.name) != nullptr;
}

/// True when tokens [first, last) start or end inside a written word: glued to a word or hyphen
/// before or after them ("Le Jour" in "L'Orient-Le Jour"), not to an elided word ("l'") or a
/// punctuation mark.
bool inside_word(const std::vector<Token>& tokens, std::size_t first, std::size_t last) {
    auto joins = [](const Token& t) {
        if (t.form == "-") return true;
        if (t.upos == "PUNCT") return false;
        const char end = t.form.back();
        return end != '\'' && t.form.compare(t.form.size() >= 3 ? t.form.size() - 3 : 0, 3, "\u2019") != 0;
    };
    if (first > 0 && glued_to_previous(tokens, first) && joins(tokens[first - 1])) return true;
    if (last < tokens.size() && glued_to_previous(tokens, last) &&
        (tokens[last].form == "-" || tokens[last].upos != "PUNCT"))
        return true;
    return false;
}

/// The mention of a recognised name over tokens [first, last), without the lower-case words that
/// lead it ("l'Angleterre" gives "Angleterre", "l'agence Ria" gives "Ria": the name rules and
/// role descriptions read those words), a common noun's acronym ("ONG") and a sentence-initial article; nothing when no name is left, when it is one common noun
/// of the lexicon ("Transports" in "le ministre des Transports": a fragment of a longer name more
/// often than a name), or for a Product.
std::optional<Mention> recognised_mention(const std::vector<Token>& tokens, std::size_t first, std::size_t last,
                                          NerType type, const Gazetteer& gazetteer) {
    // Lower-case words go, and an article written with a capital only because it opens the
    // sentence ("Les Jardins suspendus ont fermé").
    while (first < last && (!starts_upper(tokens[first].form) || gazetteer.name_words().common_acronyms.count(tokens[first].form) ||
                            (tokens[first].upos == "DET" && sentence_initial(tokens, first))))
        ++first;
    if (first == last) return std::nullopt;
    if (last - first == 1 && utf8_length(tokens[first].form) == 1) return std::nullopt;  // an initial alone
    if (inside_word(tokens, first, last)) return std::nullopt;
    if (last - first == 1 && tokens[first].upos == "NOUN" && !tokens[first].has_tag("acr")) return std::nullopt;
    Mention m;
    m.first = first;
    m.last = last;
    m.text = text_of(tokens, first, last);
    m.name = m.text;
    const GazetteerEntry* known = gazetteer.lookup(m.name);
    const std::optional<EntityType> mapped = recognised_type(type, known);
    if (!mapped) return std::nullopt;
    m.type = *mapped;
    const bool same_kind = known && known->type == m.type;
    m.canonical = same_kind ? known->label : m.name;
    if (same_kind) m.wikidata = known->wikidata;
    if (same_kind) m.subclass = known->subclass;
    return m;
}

}  // namespace

void MentionFinder::find(Sentence& sentence, const std::vector<TypedSpan>& names) const {
    find(sentence);
    std::vector<Mention>& mentions = sentence.mentions;
    for (const TypedSpan& name : names) {
        std::optional<Mention> found = recognised_mention(sentence.tokens, name.first, name.last, name.type, gazetteer_);
        if (!found) continue;
        std::vector<std::size_t> overlapping;
        for (std::size_t i = 0; i < mentions.size(); ++i)
            if (mentions[i].first < found->last && found->first < mentions[i].last) overlapping.push_back(i);
        const bool all_plain = std::all_of(overlapping.begin(), overlapping.end(),
                                           [&](std::size_t i) { return !specific(mentions[i], gazetteer_); });
        if (!all_plain) continue;
        // Plain proper-noun sequences under the recognised name give way to it.
        for (auto it = overlapping.rbegin(); it != overlapping.rend(); ++it)
            mentions.erase(mentions.begin() + static_cast<std::ptrdiff_t>(*it));
        const auto at = std::find_if(mentions.begin(), mentions.end(), [&](const Mention& m) { return m.first >= found->last; });
        mentions.insert(at, std::move(*found));
    }
}

void MentionFinder::find(Sentence& sentence) const {
    sentence.mentions.clear();
    SentenceScan scan(gazetteer_, sentence.tokens);
    for (std::size_t i = 0; i < sentence.tokens.size();) i = scan.scan_at(i, sentence.mentions);
}

}  // namespace trame
