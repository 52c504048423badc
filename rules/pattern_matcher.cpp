#include "rules/pattern_matcher.h"

#include <algorithm>
#include <type_traits>

#include "rules/tree_matcher.h"
#include "document/utf8.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace trame {

SentenceView::SentenceView(const Sentence& sentence)
    : sentence_(sentence),
      covering_(sentence.tokens.size(), -1),
      starting_(sentence.tokens.size(), -1) {
    forms_.reserve(sentence.tokens.size());
    lemmas_.reserve(sentence.tokens.size());
    for (const Token& token : sentence.tokens) {
        forms_.push_back(fold_case(token.form));
        lemmas_.push_back(fold_case(token.lemma));
    }
    for (std::size_t m = 0; m < sentence.mentions.size(); ++m) {
        const Mention& mention = sentence.mentions[m];
        if (mention.first >= mention.last || mention.last > sentence.tokens.size()) continue;
        starting_[mention.first] = static_cast<int>(m);
        for (std::size_t i = mention.first; i < mention.last; ++i) covering_[i] = static_cast<int>(m);
    }
}

const DependencyTree& SentenceView::tree(const RuleLexicon* lexicon) const {
    for (const auto& [known, tree] : trees_)
        if (known == lexicon) return *tree;
    trees_.emplace_back(lexicon, std::make_unique<const DependencyTree>(sentence_, lexicon));
    return *trees_.back().second;
}

/// True when the mention fits the one @-type `type`.
bool mention_is(const Mention& mention, const std::string& type) {
    if (type == "Any") return true;
    if (type == "Demonym") return mention.demonym;
    if (mention.demonym) return false;
    if (type == "Entity") return true;
    if (type == "Agent")
        return mention.type == EntityType::Person || mention.type == EntityType::Organization ||
               mention.type == EntityType::Country;
    // "il" is an agent, not a name that a title can introduce; "l'organisation" or "elle" resolved
    // to an organization, country or place is still one.
    if (mention.pronoun && mention.type == EntityType::Person) return false;
    return type == to_string(mention.type);
}

bool mention_has_type(const Mention& mention, const std::vector<std::string>& types) {
    return std::any_of(types.begin(), types.end(), [&](const std::string& type) { return mention_is(mention, type); });
}

namespace {

constexpr long kStepBudget = 200000;

/// True when the token has every tag or feature of `tags` (one alternative of a tag test, split at its commas)
/// ("Tense=Pres,VerbForm=Part": a present participle).
bool has_all_tags(const Token& token, const std::vector<std::string>& tags) {
    return std::all_of(tags.begin(), tags.end(), [&](const std::string& tag) { return token.has_tag(tag); });
}

/// True when `value` is one of `words`; a single word (the usual [upos=DET]) is compared without hashing.
bool one_of(const std::unordered_set<std::string>& words, const std::string& value) {
    if (words.size() == 1) return *words.begin() == value;
    return words.count(value) > 0;
}

bool test_token(const TokenTest& test, const SentenceView& view, std::size_t i) {
    const Token& token = view.sentence().tokens[i];
    bool result = false;
    switch (test.field) {
        case TokenField::Form:
        case TokenField::Lemma: {
            const std::string& value = test.field == TokenField::Form ? view.form(i) : view.lemma(i);
            result = test.regex ? std::regex_match(value, *test.regex) : one_of(test.words, value);
            break;
        }
        case TokenField::Upos: result = one_of(test.words, token.upos); break;
        case TokenField::Deprel: result = one_of(test.words, token.deprel); break;
        case TokenField::Tag:
            result = std::any_of(test.tag_sets.begin(), test.tag_sets.end(),
                                 [&](const std::vector<std::string>& tags) { return has_all_tags(token, tags); });
            break;
        case TokenField::Case: {
            UChar32 first = 0;
            int32_t offset = 0;
            U8_NEXT(token.form.data(), offset, static_cast<int32_t>(token.form.size()), first);
            result = test.words.count(u_isupper(first) ? "upper" : "lower") > 0;
            break;
        }
        case TokenField::Mention: {
            const int m = view.mention_at(i);
            result = m >= 0 && std::any_of(test.words.begin(), test.words.end(), [&](const std::string& type) {
                         return mention_is(view.sentence().mentions[m], type);
                     });
            break;
        }
    }
    return result != test.negated;
}

/// A non-owning reference to a continuation, a callable bool(std::size_t end). A continuation is
/// only called while the call it was passed to runs, so it is never copied: unlike std::function,
/// taking one allocates nothing, whatever the lambda captures.
class Continuation {
public:
    template <class F, class = std::enable_if_t<!std::is_same_v<std::decay_t<F>, Continuation>>>
    Continuation(const F& f)  // NOLINT: implicit, so that a lambda is passed as is
        : object_(&f), call_([](const void* object, std::size_t end) { return (*static_cast<const F*>(object))(end); }) {}

    bool operator()(std::size_t end) const { return call_(object_, end); }

private:
    const void* object_;
    bool (*call_)(const void*, std::size_t);
};

/// Backtracking matcher in continuation-passing style: match(node, pos, k) calls k with every end
/// position at which `node` can match from `pos`, in priority order, until k returns true.
class Matcher {
public:
    Matcher(const Pattern& pattern, const SentenceView& view)
        : view_(view), captures_(pattern.capture_names.size(), {-1, -1}) {}

    /// Forgets the captures, mentions and step count of the previous attempt.
    void reset() {
        std::fill(captures_.begin(), captures_.end(), std::pair<int, int>{-1, -1});
        mentions_.clear();
        steps_ = 0;
    }

    bool match(const PatternNode& node, std::size_t pos, const Continuation& k) {
        if (++steps_ > kStepBudget) return false;
        switch (node.kind) {
            case PatternNode::Kind::Token:
                if (pos >= view_.size() || !passes(node.tests, view_, pos)) return false;
                return k(pos + 1);
            case PatternNode::Kind::Mention: {
                if (pos >= view_.size()) return false;
                const int m = view_.mention_starting_at(pos);
                if (m < 0 || !mention_has_type(view_.sentence().mentions[m], node.mention_types)) return false;
                mentions_.push_back(static_cast<std::size_t>(m));
                if (k(view_.sentence().mentions[m].last)) return true;
                mentions_.pop_back();
                return false;
            }
            case PatternNode::Kind::Sequence: return sequence(node, 0, pos, k);
            case PatternNode::Kind::Choice:
                for (const PatternNode& child : node.children)
                    if (match(child, pos, k)) return true;
                return false;
            case PatternNode::Kind::Repeat: return repeat(node, pos, 0, k);
            case PatternNode::Kind::Capture: {
                const int index = node.capture;
                return match(node.children[0], pos, [&, index](std::size_t end) {
                    const auto saved = captures_[index];
                    captures_[index] = {static_cast<int>(pos), static_cast<int>(end)};
                    if (k(end)) return true;
                    captures_[index] = saved;
                    return false;
                });
            }
            case PatternNode::Kind::Start: return pos == 0 && k(pos);
            case PatternNode::Kind::End: return pos == view_.size() && k(pos);
        }
        return false;
    }

    std::vector<std::pair<int, int>> captures() const { return captures_; }
    std::vector<std::size_t> mentions() const { return mentions_; }

private:
    bool sequence(const PatternNode& node, std::size_t index, std::size_t pos, const Continuation& k) {
        if (index == node.children.size()) return k(pos);
        return match(node.children[index], pos, [&](std::size_t next) { return sequence(node, index + 1, next, k); });
    }

    bool repeat(const PatternNode& node, std::size_t pos, int count, const Continuation& k) {
        const bool may_stop = count >= node.min;
        const bool may_go_on = node.max < 0 || count < node.max;
        auto again = [&](std::size_t next) { return next != pos && repeat(node, next, count + 1, k); };
        if (node.lazy) {
            if (may_stop && k(pos)) return true;
            return may_go_on && match(node.children[0], pos, again);
        }
        if (may_go_on && match(node.children[0], pos, again)) return true;
        return may_stop && k(pos);
    }

    const SentenceView& view_;
    std::vector<std::pair<int, int>> captures_;
    std::vector<std::size_t> mentions_;
    long steps_ = 0;
};

}  // namespace

bool passes(const TokenTests& tests, const SentenceView& view, std::size_t i) {
    return std::all_of(tests.begin(), tests.end(), [&](const TokenTest& test) { return test_token(test, view, i); });
}

std::vector<PatternMatch> find_matches(const Pattern& pattern, const SentenceView& view) {
    if (pattern.tree) return find_tree_matches(pattern, view);
    std::vector<PatternMatch> matches;
    Matcher matcher(pattern, view);
    for (std::size_t start = 0; start <= view.size(); ++start) {
        matcher.reset();
        PatternMatch found;
        const bool ok = matcher.match(pattern.root, start, [&](std::size_t end) {
            if (end == start) return false;  // an empty match says nothing
            found.first = start;
            found.last = end;
            found.captures = matcher.captures();
            found.mentions = matcher.mentions();
            return true;
        });
        if (ok) matches.push_back(std::move(found));
    }
    return matches;
}

}  // namespace trame
