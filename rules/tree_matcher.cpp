#include "rules/tree_matcher.h"

#include <algorithm>

#include "rules/dependency_tree.h"

namespace trame {

namespace {

constexpr std::size_t kMaxStates = 256;

/// The captures and mentions bound so far while matching one root word. A capture standing for
/// a phrase keeps its word until the match is complete: its range leaves out the other captures'
/// words that hang from it.
struct Binding {
    std::vector<std::pair<int, int>> captures;
    std::vector<int> words;         ///< Per capture: the word it was bound at, -1 if unbound.
    std::vector<bool> phrases;      ///< Per capture: true when it stands for the phrase of its word.
    std::vector<std::size_t> mentions;
};

class TreeMatcher {
public:
    TreeMatcher(const Pattern& pattern, const SentenceView& view)
        : pattern_(pattern), view_(view), tree_(view.tree(pattern.lexicon.get())) {}

    std::vector<PatternMatch> run() {
        std::vector<PatternMatch> matches;
        if (!tree_.parsed()) return matches;
        for (std::size_t i = 0; i < tree_.size(); ++i) {
            const std::size_t n = pattern_.capture_names.size();
            Binding start{std::vector<std::pair<int, int>>(n, {-1, -1}), std::vector<int>(n, -1), std::vector<bool>(n, false), {}};
            for (Binding& binding : match(*pattern_.tree, i, start)) {
                for (std::size_t c = 0; c < n; ++c) {
                    if (!binding.phrases[c]) continue;
                    const std::size_t word = static_cast<std::size_t>(binding.words[c]);
                    std::vector<std::size_t> without;
                    for (std::size_t other = 0; other < n; ++other)
                        if (other != c && binding.words[other] >= 0 && tree_.head(binding.words[other]) == static_cast<int>(word))
                            without.push_back(static_cast<std::size_t>(binding.words[other]));
                    // The relative clause the match went through ("une réunion qui devrait se tenir à
                    // X": the réunion) is no part of the antecedent's phrase.
                    for (std::size_t clause : tree_.children(word, "acl:relcl")) {
                        std::vector<std::size_t> below = tree_.descendants(clause);
                        below.push_back(clause);
                        for (std::size_t other = 0; other < n; ++other)
                            if (other != c && binding.words[other] >= 0 &&
                                std::find(below.begin(), below.end(), static_cast<std::size_t>(binding.words[other])) != below.end()) {
                                without.push_back(clause);
                                break;
                            }
                    }
                    binding.captures[c] = tree_.phrase(word, without);
                }
                PatternMatch found;
                found.first = found.last = i;
                ++found.last;
                for (const auto& [first, last] : binding.captures)
                    if (first >= 0) {
                        found.first = std::min(found.first, static_cast<std::size_t>(first));
                        found.last = std::max(found.last, static_cast<std::size_t>(last));
                    }
                found.captures = std::move(binding.captures);
                found.mentions = std::move(binding.mentions);
                found.anchor = static_cast<int>(i);
                matches.push_back(std::move(found));
            }
        }
        return matches;
    }

private:
    /// The mention word i stands for as an @-node of `types`: the mention it heads, or the one
    /// named in its apposition or flat name ("le président américain Joe Biden"); -1 if none.
    int mention_for(std::size_t i, const std::vector<std::string>& types) const {
        const auto fits = [&](std::size_t w) {
            const int m = view_.mention_at(w);
            if (m < 0 || !mention_has_type(view_.sentence().mentions[m], types)) return -1;
            const Mention& mention = view_.sentence().mentions[m];
            const int head = tree_.head(w);  // the word must be the mention's top, not a word inside it
            const bool top = head < 0 || static_cast<std::size_t>(head) < mention.first ||
                             static_cast<std::size_t>(head) >= mention.last;
            return top ? m : -1;
        };
        if (const int m = fits(i); m >= 0) return m;
        // "le président Joe Biden", "l'agence Bloomberg": a person's or an organization's name
        // hangs from the title or class noun as apposition, flat name, or a noun modifier with no
        // preposition, written as a proper noun or as common words a mention covers ("le journal
        // Le Soir").
        const auto names = [&](std::size_t c) {
            const std::string& relation = tree_.deprel(c);
            if (relation == "appos" || DependencyTree::label_matches(relation, "flat:*")) return true;
            return relation == "nmod" && (view_.sentence().tokens[c].upos == "PROPN" || view_.mention_at(c) >= 0) &&
                   tree_.children(c, "case").empty();
        };
        for (std::size_t c : tree_.children(i))
            if (names(c))
                if (const int m = fits(c); m >= 0 && (view_.sentence().mentions[m].type == EntityType::Person ||
                                                      view_.sentence().mentions[m].type == EntityType::Organization))
                    return m;
        return -1;
    }

    /// The words a relation leads to from word i.
    std::vector<std::size_t> targets(const TreeRelation& relation, std::size_t i) const {
        std::vector<std::size_t> found;
        const auto add = [&](const std::vector<std::size_t>& words) {
            for (std::size_t w : words)
                for (std::size_t c : tree_.conjuncts(tree_.antecedent(w)))
                    if (std::find(found.begin(), found.end(), c) == found.end()) found.push_back(c);
        };
        switch (relation.kind) {
            case TreeRelation::Kind::Child:
            case TreeRelation::Kind::NoChild:
                for (const std::string& label : relation.labels) {
                    if (label == "nsubj") add(tree_.subjects(i));
                    else add(tree_.children(i, label));
                }
                break;
            case TreeRelation::Kind::Descendant: found = tree_.descendants(i); break;
            case TreeRelation::Kind::Head: {
                const int head = tree_.head(i);
                if (head < 0) break;
                for (const std::string& label : relation.labels)
                    if (DependencyTree::label_matches(tree_.deprel(i), label)) {
                        found.push_back(static_cast<std::size_t>(head));
                        break;
                    }
                break;
            }
        }
        return found;
    }

    /// Every way node can match at word i given the binding so far.
    std::vector<Binding> match(const TreeNode& node, std::size_t i, const Binding& binding) const {
        if (!passes(node.tests, view_, i)) return {};
        Binding bound = binding;
        if (!node.mention_types.empty()) {
            const int m = mention_for(i, node.mention_types);
            if (m < 0) return {};
            const Mention& mention = view_.sentence().mentions[m];
            bound.mentions.push_back(static_cast<std::size_t>(m));
            if (node.capture >= 0)
                bound.captures[node.capture] = {static_cast<int>(mention.first), static_cast<int>(mention.last)};
        } else if (node.capture >= 0) {  // the trigger "v" is a word; other captures, phrases
            bound.captures[node.capture] = {static_cast<int>(i), static_cast<int>(i) + 1};
            bound.phrases[node.capture] = pattern_.capture_names[node.capture] != "v";
            // A phrase headed by a name is that entity ("la Biélorussie").
            if (const int m = mention_for(i, {"Any"}); m >= 0 && bound.phrases[node.capture])
                bound.mentions.push_back(static_cast<std::size_t>(m));
        }
        if (node.capture >= 0) bound.words[node.capture] = static_cast<int>(i);
        std::vector<Binding> states{std::move(bound)};
        for (const TreeRelation& relation : node.relations) {
            const std::vector<std::size_t> words = targets(relation, i);
            std::vector<Binding> next;
            for (const Binding& state : states) {
                if (relation.kind == TreeRelation::Kind::NoChild) {
                    const bool found = std::any_of(words.begin(), words.end(), [&](std::size_t w) {
                        return !match(*relation.node, w, state).empty();
                    });
                    if (!found) next.push_back(state);
                    continue;
                }
                for (std::size_t w : words) {
                    if (w == i) continue;
                    for (Binding& b : match(*relation.node, w, state)) {
                        if (next.size() >= kMaxStates) break;
                        next.push_back(std::move(b));
                    }
                }
            }
            states = std::move(next);
            if (states.empty()) break;
        }
        return states;
    }

    const Pattern& pattern_;
    const SentenceView& view_;
    const DependencyTree& tree_;  ///< The sentence's, shared by every tree pattern.
};

}  // namespace

std::vector<PatternMatch> find_tree_matches(const Pattern& pattern, const SentenceView& view) {
    return TreeMatcher(pattern, view).run();
}

}  // namespace trame
