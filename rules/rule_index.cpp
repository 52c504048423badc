#include "rules/rule_index.h"

#include <algorithm>

#include "rules/pattern_matcher.h"

namespace trame {

namespace {

/// A test that some token must pass, and the bracket of tests it belongs to.
struct Anchor {
    const TokenTest* test;
    const TokenTests* bracket;
};
/// Anchors of which one must hold (a disjunction).
using Alternatives = std::vector<Anchor>;
/// Alternatives that must all hold (a conjunction): what a match needs of the sentence.
using Needs = std::vector<Alternatives>;

/// True when a test can anchor a pattern: a positive test of the lemma or form.
bool anchoring(const TokenTest& test) {
    return !test.negated && (test.field == TokenField::Lemma || test.field == TokenField::Form) &&
           (test.regex || !test.words.empty());
}

void add_tests(const TokenTests& tests, Needs& needs) {
    for (const TokenTest& test : tests)
        if (anchoring(test)) needs.push_back({Anchor{&test, &tests}});
}

/// The alternatives that the fewest regular expressions make up, then the fewest tests.
const Alternatives* cheapest(const Needs& needs) {
    const auto cost = [](const Alternatives& a) {
        const auto regexes = std::count_if(a.begin(), a.end(), [](const Anchor& x) { return x.test->regex != nullptr; });
        return std::make_pair(regexes, a.size());
    };
    const Alternatives* best = nullptr;
    for (const Alternatives& a : needs)
        if (!best || cost(a) < cost(*best)) best = &a;
    return best;
}

/// What any match of a token-pattern node needs of the sentence.
Needs needs_of(const PatternNode& node) {
    Needs needs;
    switch (node.kind) {
        case PatternNode::Kind::Token: add_tests(node.tests, needs); break;
        case PatternNode::Kind::Sequence:
            for (const PatternNode& child : node.children) {
                Needs more = needs_of(child);
                needs.insert(needs.end(), more.begin(), more.end());
            }
            break;
        case PatternNode::Kind::Choice: {
            Alternatives any;
            for (const PatternNode& child : node.children) {
                const Needs branch = needs_of(child);
                const Alternatives* best = cheapest(branch);
                if (!best) return {};  // a branch that needs nothing: the choice needs nothing
                any.insert(any.end(), best->begin(), best->end());
            }
            if (!any.empty()) needs.push_back(std::move(any));
            break;
        }
        case PatternNode::Kind::Repeat:
            if (node.min >= 1) needs = needs_of(node.children[0]);
            break;
        case PatternNode::Kind::Capture: needs = needs_of(node.children[0]); break;
        case PatternNode::Kind::Mention:
        case PatternNode::Kind::Start:
        case PatternNode::Kind::End: break;
    }
    return needs;
}

/// What any match of a tree-pattern node needs: its own tests, and those of the nodes it must
/// have as dependents, head or descendants (not those it must not have).
Needs needs_of(const TreeNode& node) {
    Needs needs;
    add_tests(node.tests, needs);
    for (const TreeRelation& relation : node.relations) {
        if (relation.kind == TreeRelation::Kind::NoChild || !relation.node) continue;
        Needs more = needs_of(*relation.node);
        needs.insert(needs.end(), more.begin(), more.end());
    }
    return needs;
}

}  // namespace

RuleIndex::RuleIndex(const std::vector<Rule>& rules, const std::function<bool(const Rule&)>& indexed) {
    std::size_t number = 0;
    for (const Rule& rule : rules) {
        first_.push_back(number);
        for (const Pattern& pattern : rule.patterns) {
            if (indexed && !indexed(rule)) {  // never a candidate
                anchors_.emplace_back();
                never_.push_back(true);
                ++number;
                continue;
            }
            const Needs needs = pattern.tree ? needs_of(*pattern.tree) : needs_of(pattern.root);
            // Alternatives with words are checked from the index; a regular expression costs a
            // scan of the sentence, so it anchors a pattern only when nothing else does.
            const bool has_words = std::any_of(needs.begin(), needs.end(), [](const Alternatives& a) {
                return std::none_of(a.begin(), a.end(), [](const Anchor& x) { return x.test->regex != nullptr; });
            });
            std::vector<std::size_t> groups;
            for (const Alternatives& alternatives : needs) {
                const bool with_regex = std::any_of(alternatives.begin(), alternatives.end(),
                                                    [](const Anchor& x) { return x.test->regex != nullptr; });
                if (with_regex && has_words) continue;
                const std::size_t g = groups_.size();
                groups_.emplace_back();
                for (const Anchor& anchor : alternatives) {
                    const TokenTest* test = anchor.test;
                    if (test->regex) {
                        // The whole bracket must pass on one token: its other tests ("upos=VERB")
                        // are run first, so the expression runs on few tokens.
                        TokenTests bracket = *anchor.bracket;
                        std::stable_partition(bracket.begin(), bracket.end(), [](const TokenTest& t) { return !t.regex; });
                        groups_[g].brackets.push_back(brackets_.size());
                        brackets_.push_back(std::move(bracket));
                    } else {
                        const bool lemma = test->field == TokenField::Lemma;
                        for (const std::string& word : test->words) {
                            std::vector<std::size_t>& filed = (lemma ? lemmas_ : forms_)[word];
                            if (filed.empty() || filed.back() != g) filed.push_back(g);
                        }
                    }
                }
                groups.push_back(g);
            }
            // Groups of words first: they are known before any regular expression is run.
            std::stable_sort(groups.begin(), groups.end(), [&](std::size_t a, std::size_t b) {
                return groups_[a].brackets.empty() && !groups_[b].brackets.empty();
            });
            if (groups.empty()) ++always_;
            anchors_.push_back(std::move(groups));
            never_.push_back(false);
            ++number;
        }
    }
}

std::vector<bool> RuleIndex::candidates(const SentenceView& view) const {
    std::vector<char> hit(groups_.size(), 0);
    const auto file = [&](const std::unordered_map<std::string, std::vector<std::size_t>>& index, const std::string& word) {
        const auto found = index.find(word);
        if (found != index.end())
            for (std::size_t g : found->second) hit[g] = 1;
    };
    for (std::size_t i = 0; i < view.size(); ++i) {
        file(lemmas_, view.lemma(i));
        file(forms_, view.form(i));
    }
    std::vector<signed char> bracket_hit(brackets_.size(), -1);  // -1: not run yet on this sentence
    const auto bracket_passes = [&](std::size_t b) {
        if (bracket_hit[b] < 0) {
            bracket_hit[b] = 0;
            for (std::size_t i = 0; i < view.size() && !bracket_hit[b]; ++i) bracket_hit[b] = passes(brackets_[b], view, i);
        }
        return bracket_hit[b] == 1;
    };
    std::vector<bool> result(anchors_.size(), false);
    for (std::size_t p = 0; p < anchors_.size(); ++p)
        result[p] = !never_[p] && std::all_of(anchors_[p].begin(), anchors_[p].end(), [&](std::size_t g) {
            return hit[g] || std::any_of(groups_[g].brackets.begin(), groups_[g].brackets.end(), bracket_passes);
        });
    return result;
}

}  // namespace trame
