#include "rules/rule_set.h"

#include "document/quote_marks.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <map>
#include <tuple>
#include <unordered_set>

#include "rules/dependency_tree.h"
#include "rules/ontology.h"
#include "rules/pattern_matcher.h"
#include "rules/polarity.h"
#include "rules/rule_parser.h"
#include "document/utf8.h"

namespace trame {

namespace {

/// The words that may join or introduce the mentions of an entity argument ("l'OTAN et les États-Unis").
bool is_linking_token(const Token& token) {
    return token.upos == "DET" || token.upos == "CCONJ" || token.form == "," || token.lemma == "de" ||
           token.lemma == "à" || token.form == "ni";
}

bool is_edge_punctuation(const Token& token) {
    return token.form == "," || token.form == ";" || token.form == ":" || token.form == "." || token.form == "-" ||
           token.form == "(" || token.form == ")";
}

/// A word that cannot end a phrase: a conjunction, a determiner or a preposition ("sa flotte d'").
bool is_dangling(const Token& token) {
    return token.upos == "CCONJ" || token.upos == "DET" || token.upos == "ADP";
}

bool is_quote(const Token& token) { return quote_mark(token.form) != QuoteMark::None; }

/// Narrows [first, last) to a phrase: no punctuation or conjunction at its edges, and no quotation
/// mark left open at either end ("jouer son rôle »" gives "jouer son rôle").
void trim_phrase(const Sentence& sentence, int& first, int& last) {
    for (bool changed = true; changed && first < last;) {
        changed = false;
        while (first < last && is_edge_punctuation(sentence.tokens[first])) ++first, changed = true;
        while (last > first && (is_edge_punctuation(sentence.tokens[last - 1]) || is_dangling(sentence.tokens[last - 1])))
            --last, changed = true;
        int quotes = 0;
        for (int i = first; i < last; ++i) quotes += is_quote(sentence.tokens[i]);
        if (quotes % 2 == 1) {
            if (is_quote(sentence.tokens[last - 1])) --last, changed = true;
            else if (is_quote(sentence.tokens[first])) ++first, changed = true;
        }
    }
}

/// The exact document text of tokens [first, last) of the sentence.
std::string span_text(const Sentence& sentence, std::size_t first, std::size_t last) {
    const std::size_t from = utf8_byte_offset(sentence.text, sentence.tokens[first].begin - sentence.begin);
    const std::size_t to = utf8_byte_offset(sentence.text, sentence.tokens[last - 1].end - sentence.begin);
    return sentence.text.substr(from, to - from);
}

Argument entity_argument(const Sentence& sentence, std::size_t mention) {
    const Mention& m = sentence.mentions[mention];
    return {static_cast<int>(mention), m.text, sentence.tokens[m.first].begin, sentence.tokens[m.last - 1].end};
}

/// The mentions that @-atoms consumed inside [first, last).
std::vector<std::size_t> mentions_within(const Sentence& sentence, const PatternMatch& match, int first, int last) {
    std::vector<std::size_t> inside;
    for (std::size_t m : match.mentions)
        if (static_cast<int>(sentence.mentions[m].first) >= first && static_cast<int>(sentence.mentions[m].last) <= last &&
            std::find(inside.begin(), inside.end(), m) == inside.end())
            inside.push_back(m);
    return inside;
}

/// True when the span holds nothing but the given mentions and linking words.
bool only_mentions(const Sentence& sentence, const std::vector<std::size_t>& mentions, int first, int last) {
    std::vector<bool> covered(sentence.tokens.size(), false);
    for (std::size_t m : mentions)
        for (std::size_t i = sentence.mentions[m].first; i < sentence.mentions[m].last; ++i) covered[i] = true;
    for (int i = first; i < last; ++i)
        if (!covered[i] && !is_linking_token(sentence.tokens[i]) && !is_edge_punctuation(sentence.tokens[i]))
            return false;
    return true;
}

/// The mention that is exactly tokens [first, last) after a leading determiner ("la Pologne"), or -1.
int mention_spanning(const Sentence& sentence, int first, int last) {
    while (first < last && sentence.tokens[first].upos == "DET") ++first;
    for (std::size_t m = 0; m < sentence.mentions.size(); ++m) {
        const Mention& mention = sentence.mentions[m];
        if (static_cast<int>(mention.first) == first && static_cast<int>(mention.last) == last && !mention.demonym)
            return static_cast<int>(m);
    }
    return -1;
}

/// The mention `m` and those that share its words as another entity the discourse stage resolved
/// them to ("les deux dirigeants": one mention for each of the two), in the order the article
/// named them.
std::vector<std::size_t> with_twins(const Sentence& sentence, std::size_t m) {
    const Mention& mention = sentence.mentions[m];
    if (mention.resolution.empty()) return {m};
    std::vector<std::size_t> all;
    for (std::size_t k = 0; k < sentence.mentions.size(); ++k) {
        const Mention& other = sentence.mentions[k];
        if (k == m || (other.first == mention.first && other.last == mention.last && !other.resolution.empty() &&
                       other.canonical != mention.canonical))
            all.push_back(k);
    }
    return all;
}

/// The arguments a capture stands for: its entities, or its text as a phrase when `phrase_allowed`
/// and the capture is more than a list of entities. Empty when the capture cannot fill the slot.
std::vector<Argument> arguments(const Sentence& sentence, const PatternMatch& match, std::pair<int, int> span,
                                bool phrase_allowed) {
    auto [first, last] = span;
    if (first < 0 || first >= last) return {};
    const std::vector<std::size_t> mentions = mentions_within(sentence, match, first, last);
    std::vector<Argument> result;
    std::vector<std::size_t> taken;
    const auto take = [&](std::size_t m) {
        for (std::size_t k : with_twins(sentence, m))
            if (std::find(taken.begin(), taken.end(), k) == taken.end()) {
                taken.push_back(k);
                result.push_back(entity_argument(sentence, k));
            }
    };
    if (!mentions.empty() && (!phrase_allowed || only_mentions(sentence, mentions, first, last))) {
        for (std::size_t m : mentions) take(m);
        return result;
    }
    if (!phrase_allowed) return {};
    trim_phrase(sentence, first, last);
    if (const int m = mention_spanning(sentence, first, last); m >= 0) {
        take(static_cast<std::size_t>(m));
        return result;
    }
    if (first >= last) return {};
    result.push_back({-1, span_text(sentence, first, last), sentence.tokens[first].begin,
                      sentence.tokens[last - 1].end});
    return result;
}

/// The phrase of a capture as an event to be made an entity ("offensive russe en Ukraine").
std::vector<Argument> event_argument(const Sentence& sentence, std::pair<int, int> span) {
    auto [first, last] = span;
    while (first < last && sentence.tokens[first].upos == "DET") ++first;
    if (first < 0 || first >= last) return {};
    Argument argument{-1, span_text(sentence, first, last), sentence.tokens[first].begin, sentence.tokens[last - 1].end};
    argument.event = true;
    return {argument};
}

/// The token whose tense and negation stand for the match: the last verb of the capture `v`.
std::optional<std::size_t> trigger_token(const Sentence& sentence, const Pattern& pattern, const PatternMatch& match) {
    const int v = pattern.capture_index("v");
    if (v < 0 || match.captures[v].first < 0) {
        if (match.anchor >= 0) return static_cast<std::size_t>(match.anchor);  // a tree pattern's root word
        return std::nullopt;
    }
    const auto [first, last] = match.captures[v];
    for (int i = last; i-- > first;)
        if (sentence.tokens[i].upos == "VERB" || sentence.tokens[i].upos == "AUX") return static_cast<std::size_t>(i);
    return static_cast<std::size_t>(first);
}

/// Puts the regular expressions of each bracket of a token pattern after its other tests, which
/// are cheaper and usually fail first ("[lemma=/…/ & upos=VERB]" tries upos first); a bracket is
/// a conjunction without side effects, so its matches are the same.
void regexes_last(PatternNode& node) {
    std::stable_partition(node.tests.begin(), node.tests.end(), [](const TokenTest& t) { return !t.regex; });
    for (PatternNode& child : node.children) regexes_last(child);
}

/// The word sets of a pattern compiled without a rule parser: none.
const RuleLexicon kNoWords;

std::string argument_key(const Argument& argument) {
    return argument.is_entity() ? "@" + std::to_string(argument.mention) : fold_case(argument.text);
}

}  // namespace

RuleSet::RuleSet(std::vector<Rule> rules, const Ontology& ontology)
    : rules_(std::move(rules)),
      fact_index_(rules_, [](const Rule& r) { return !r.emits.empty(); }),
      name_index_(rules_, [](const Rule& r) { return !r.namings.empty(); }),
      description_index_(rules_, [](const Rule& r) { return !r.references.empty(); }),
      ontology_(&ontology) {
    std::vector<std::shared_ptr<const RuleLexicon>> distinct;
    for (Rule& rule : rules_)
        for (Pattern& pattern : rule.patterns) {
            regexes_last(pattern.root);
            if (!pattern.lexicon) continue;
            const auto same = std::find_if(distinct.begin(), distinct.end(),
                                           [&](const auto& known) { return *known == *pattern.lexicon; });
            if (same == distinct.end()) distinct.push_back(pattern.lexicon);
            else pattern.lexicon = *same;
        }
}

RuleSet RuleSet::load(const std::string& dir, const Ontology& ontology) {
    std::vector<std::string> files;
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator(dir, error))
        if (entry.is_regular_file() && entry.path().extension() == ".rules") files.push_back(entry.path().string());
    if (error) throw std::runtime_error(dir + ": cannot read the rule folder: " + error.message());
    if (files.empty()) throw std::runtime_error(dir + ": no .rules file");
    std::sort(files.begin(), files.end());
    RuleParser parser(ontology);
    for (const std::string& file : files) parser.parse_file(file);
    return RuleSet(parser.take_rules(), ontology);
}

RuleSet RuleSet::from_text(const std::string& text, const Ontology& ontology) {
    RuleParser parser(ontology);
    parser.parse_text("<text>", text);
    return RuleSet(parser.take_rules(), ontology);
}

std::vector<Fact> RuleSet::apply(const Rule& rule, const Sentence& sentence) const {
    return apply(rule, SentenceView(sentence));
}

std::vector<Fact> RuleSet::apply(const Rule& rule, const SentenceView& view, const std::vector<bool>* candidates,
                                 std::size_t rule_number) const {
    const Sentence& sentence = view.sentence();
    std::vector<Fact> facts;
    for (std::size_t p = 0; p < rule.patterns.size(); ++p) {
        if (!tried(candidates, rule_number, p)) continue;
        const Pattern& pattern = rule.patterns[p];
        const RuleLexicon& lexicon = pattern.lexicon ? *pattern.lexicon : kNoWords;
        const DependencyTree* tree = pattern.tree ? &view.tree(pattern.lexicon.get()) : nullptr;
        for (const PatternMatch& match : find_matches(pattern, view)) {
            const std::optional<std::size_t> trigger = trigger_token(sentence, pattern, match);
            const Polarity polarity = !trigger ? Polarity{}
                                      : tree   ? assess_tree_polarity(sentence, *tree, *trigger, lexicon)
                                               : assess_polarity(sentence, *trigger, lexicon);
            for (const Emit& emit : rule.emits) {
                std::string predicate = emit.predicate;
                if (emit.object_from_capture_lemma) {
                    const auto span = match.captures[pattern.capture_index(predicate.substr(5))];
                    if (span.first < 0) continue;
                    predicate = "open:" + fold_case(sentence.tokens[span.first].lemma);
                }
                const bool phrase = predicate.rfind("open:", 0) == 0 || ontology_->literal_object_allowed(predicate);
                const int s = pattern.capture_index(emit.subject), o = pattern.capture_index(emit.object);
                const auto subjects = emit.subject_event ? event_argument(sentence, match.captures[s])
                                                         : arguments(sentence, match, match.captures[s], false);
                const auto objects = s == o ? subjects : arguments(sentence, match, match.captures[o], phrase);
                for (std::size_t i = 0; i < subjects.size(); ++i)
                    for (std::size_t j = s == o ? i + 1 : 0; j < objects.size(); ++j) {
                        if (subjects[i].is_entity() && objects[j].is_entity() &&
                            sentence.mentions[subjects[i].mention].canonical ==
                                sentence.mentions[objects[j].mention].canonical)
                            continue;  // nobody meets or leads themselves
                        Fact fact;
                        fact.subject = subjects[i];
                        fact.predicate = predicate;
                        fact.object = objects[j];
                        fact.negated = polarity.negated != emit.negated;
                        fact.modality = emit.modality.value_or(polarity.modality);
                        fact.confidence = rule.confidence;
                        fact.rule = rule.id;
                        fact.sentence = sentence.index;
                        facts.push_back(std::move(fact));
                    }
            }
        }
    }
    return facts;
}

namespace {

/// True when mention `m` lies inside the rule-found name `named` and gives way to it: an untyped
/// name, or a name of the same type that is neither a demonym nor linked to Wikidata ("Rouge"
/// inside "place Rouge"; "syrienne" and "ONU" stay).
bool inner_name(const Mention& m, const Mention& named) {
    if (m.first < named.first || m.last > named.last) return false;
    if (m.type == EntityType::Other) return true;
    return m.type == named.type && !m.demonym && m.wikidata.empty();
}

/// Calls `visit(rule, item, pattern, match)` for each item of `rule.*items` (its namings, its
/// references) and each match of one of the rule's patterns that `tried(rule number, pattern
/// number)` lets through, rule after rule.
template <typename Item, typename Tried, typename Visit>
void for_each_match(const std::vector<Rule>& rules, std::vector<Item> Rule::*items, const SentenceView& view,
                    Tried tried, Visit visit) {
    for (std::size_t r = 0; r < rules.size(); ++r)
        for (const Item& item : rules[r].*items)
            for (std::size_t p = 0; p < rules[r].patterns.size(); ++p) {
                if (!tried(r, p)) continue;
                const Pattern& pattern = rules[r].patterns[p];
                for (const PatternMatch& match : find_matches(pattern, view)) visit(rules[r], item, pattern, match);
            }
}

}  // namespace

void RuleSet::name(Sentence& sentence) const {
    std::vector<Mention> found;
    {
        const SentenceView view(sentence);
        const std::vector<bool> candidates = name_index_.candidates(view);
        for_each_match(rules_, &Rule::namings, view, [&](std::size_t r, std::size_t p) { return tried(&candidates, r, p); },
            [&](const Rule&, const Naming& naming, const Pattern& pattern,
                                                          const PatternMatch& match) {
            auto [first, last] = match.captures[pattern.capture_index(naming.capture)];
            // Articles go; a possessive stays ("sa rencontre avec …" names one meeting).
            while (first < last && sentence.tokens[first].upos == "DET" && !sentence.tokens[first].has_tag("Poss=Yes"))
                ++first;
            if (first < 0 || first >= last) return;
            Mention mention;
            mention.first = first;
            mention.last = last;
            mention.text = mention.name = mention.canonical = span_text(sentence, first, last);
            mention.type = naming.type;
            mention.subclass = naming.subclass;
            found.push_back(std::move(mention));
        });
    }
    // Longest first, so that a name inside a longer one of the same type ("Armée syrienne" in
    // "Armée syrienne libre") gives way to it whichever rule found it.
    std::stable_sort(found.begin(), found.end(),
                     [](const Mention& a, const Mention& b) { return a.last - a.first > b.last - b.first; });
    for (const Mention& named : found) {
        auto& mentions = sentence.mentions;
        // A name of the vague type Other (as the recognizer may guess) takes the rule's own type
        // and class; a name another source found on the same words takes the rule's finer class.
        const auto same = std::find_if(mentions.begin(), mentions.end(), [&](const Mention& m) {
            return m.first == named.first && m.last == named.last && m.type == EntityType::Other && !m.demonym;
        });
        if (same != mentions.end() && named.type != EntityType::Other) {
            same->type = named.type;
            same->subclass = named.subclass;
            continue;
        }
        for (Mention& m : mentions)
            if (m.first == named.first && m.last == named.last && m.type == named.type && m.subclass.empty())
                m.subclass = named.subclass;
        const bool known = std::any_of(mentions.begin(), mentions.end(), [&](const Mention& m) {
            return (m.first == named.first && m.last == named.last) ||
                   (m.type == named.type && !m.demonym && m.first <= named.first && named.last <= m.last);
        });
        if (known) continue;
        mentions.erase(std::remove_if(mentions.begin(), mentions.end(),
                                      [&](const Mention& m) { return inner_name(m, named); }),
                       mentions.end());
        mentions.push_back(named);
    }
    std::stable_sort(sentence.mentions.begin(), sentence.mentions.end(),
                     [](const Mention& a, const Mention& b) { return a.first < b.first; });
}

std::vector<Description> RuleSet::describe(const Sentence& sentence) const {
    std::vector<Description> descriptions;
    const SentenceView view(sentence);
    const std::vector<bool> candidates = description_index_.candidates(view);
    for_each_match(rules_, &Rule::references, view, [&](std::size_t r, std::size_t p) { return tried(&candidates, r, p); },
            [&](const Rule& rule, const Reference& reference,
                                                         const Pattern& pattern, const PatternMatch& match) {
        const auto span = match.captures[pattern.capture_index(reference.description)];
        if (span.first < 0 || span.first >= span.second) return;
        Description description{static_cast<std::size_t>(span.first), static_cast<std::size_t>(span.second),
                                reference.predicate, 0, 0, rule.id, rule.confidence};
        if (!reference.object.empty()) {
            const auto object = match.captures[pattern.capture_index(reference.object)];
            const auto inside = mentions_within(sentence, match, object.first, object.second);
            if (inside.size() != 1) return;
            description.object_first = sentence.mentions[inside[0]].first;
            description.object_last = sentence.mentions[inside[0]].last;
        }
        descriptions.push_back(std::move(description));
    });
    return descriptions;
}

std::vector<Fact> RuleSet::apply(const Sentence& sentence) const {
    std::vector<Fact> facts;
    std::vector<bool> by_tree;  // per fact: read off the dependency parse (all its rule's patterns are trees)
    std::map<std::tuple<std::string, std::string, std::string, bool>, std::size_t> seen;
    const SentenceView view(sentence);  // folded once, shared by every rule
    const std::vector<bool> candidates = fact_index_.candidates(view);
    for (std::size_t r = 0; r < rules_.size(); ++r) {
        const Rule& rule = rules_[r];
        if (rule.emits.empty()) continue;  // a description or name rule
        const bool tree_rule = std::all_of(rule.patterns.begin(), rule.patterns.end(),
                                           [](const Pattern& p) { return p.tree != nullptr; });
        for (Fact& fact : apply(rule, view, &candidates, r)) {
            const auto key = std::make_tuple(argument_key(fact.subject), fact.predicate, argument_key(fact.object),
                                             fact.negated);
            const auto found = seen.find(key);
            if (found == seen.end()) {
                seen.emplace(key, facts.size());
                facts.push_back(std::move(fact));
                by_tree.push_back(tree_rule);
            } else if (fact.confidence > facts[found->second].confidence) {
                facts[found->second] = std::move(fact);
                by_tree[found->second] = tree_rule;
            }
        }
    }
    // Two rules reading one statement with different bounds ("que X" by a token rule, the same
    // clause without its incise by a tree rule), or with a different polarity ("a refusé
    // d'exclure X": rejects "exclure X", or not rejects "X"): the more confident reading stays; on
    // a tie a tree rule's (its bounds follow the phrase, DependencyTree::phrase, and its polarity
    // the clauses above), then the earlier rule's. Confidences one calibration step apart
    // (scripts/calibrate.py rounds to 0.05) are a tie: that difference is within what was measured.
    std::vector<bool> dropped(facts.size(), false);
    for (std::size_t i = 0; i < facts.size(); ++i)
        for (std::size_t j = 0; j < facts.size(); ++j) {
            const Fact& a = facts[i];
            const Fact& b = facts[j];
            if (i == j || dropped[j] || a.object.is_entity() || b.object.is_entity() || a.predicate != b.predicate ||
                argument_key(a.subject) != argument_key(b.subject))
                continue;
            if (!(a.object.begin < b.object.end && b.object.begin < a.object.end)) continue;
            constexpr double kStep = 0.05 + 1e-9;  // the calibration's rounding step
            const bool tie = std::abs(b.confidence - a.confidence) <= kStep;
            if ((!tie && b.confidence > a.confidence) ||
                (tie && (by_tree[j] != by_tree[i] ? by_tree[j]
                                                  : b.confidence > a.confidence || (b.confidence == a.confidence && j < i)))) {
                dropped[i] = true;
                break;
            }
        }
    std::vector<Fact> kept;
    for (std::size_t i = 0; i < facts.size(); ++i)
        if (!dropped[i]) kept.push_back(std::move(facts[i]));
    return kept;
}

}  // namespace trame
