#include "rules/rule_parser.h"

#include "document/data_file.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <fstream>
#include <sstream>

#include "rules/ontology.h"
#include "rules/rule_error.h"
#include "document/utf8.h"

namespace trame {

namespace {

const std::unordered_set<std::string> kMentionTypes = {"Person", "Organization", "Country", "Place", "Event",
                                                       "Other",  "Agent",        "Entity",  "Demonym", "Any"};

/// The largest repetition count of a pattern or of a regular expression ({n}, {n,m}): a sentence has
/// at most a few thousand tokens, and larger counts are refused before they overflow an int.
constexpr int kMaxRepetition = 10000;

/// The most nodes a pattern or macro may have once its macros are expanded (the largest of the
/// project's rules has a few hundred), and the most all the patterns and macros of a RuleParser may
/// have together: macros are copied where they are used, so a chain of macros each using the one
/// before twice would otherwise double the size at every step.
constexpr std::size_t kMaxPatternNodes = 10000;
constexpr std::size_t kMaxTotalNodes = 500000;

/// How deep parentheses may nest in one pattern, and how deep a macro's tree may be where it is
/// used (the project's rules need a few levels): the parser, the matcher and the copies of the
/// trees recurse that deep, and must not exhaust the stack.
constexpr int kMaxNesting = 50;
constexpr std::size_t kMaxMacroDepth = 200;

/// The depth of the tree `node` (1 for a leaf).
std::size_t tree_depth(const PatternNode& node) {
    std::size_t depth = 0;
    for (const PatternNode& child : node.children) depth = std::max(depth, tree_depth(child));
    return depth + 1;
}

/// The number of nodes of the tree `node`, counted up to a little past `limit` only.
std::size_t count_nodes(const PatternNode& node, std::size_t limit) {
    std::size_t count = 1;
    for (const PatternNode& child : node.children) {
        if (count > limit) break;
        count += count_nodes(child, limit - count);
    }
    return count;
}

/// True when `digits` (ASCII digits only) is a number above kMaxRepetition.
bool above_max_repetition(const std::string& digits) {
    const std::size_t first = std::min(digits.find_first_not_of('0'), digits.size());
    return digits.size() - first > 5 || (first < digits.size() && std::stoi(digits.substr(first)) > kMaxRepetition);
}

/// Why the regular expression `regex` of a rule cannot be given to std::regex, or "" when it can:
/// libstdc++'s compiler overflows a long (undefined behaviour) on a long back-reference number or
/// repetition count, so back-references (useless on one token's field) and counts above
/// kMaxRepetition are refused first.
std::string unsafe_regex(const std::string& regex) {
    for (std::size_t i = 0; i < regex.size(); ++i) {
        if (regex[i] == '\\') {
            if (i + 1 < regex.size() && std::isdigit(static_cast<unsigned char>(regex[i + 1])))
                return "a back-reference or digit escape ('\\" + std::string(1, regex[i + 1]) +
                       "') is not allowed in a rule's regular expression";
            ++i;
        } else if (regex[i] == '{') {  // also inside [...], where a long count is as useless
            for (std::size_t j = i + 1; j < regex.size();) {
                const std::size_t end = std::min(regex.find_first_not_of("0123456789", j), regex.size());
                if (above_max_repetition(regex.substr(j, end - j)))
                    return "a repetition count is at most " + std::to_string(kMaxRepetition);
                if (end >= regex.size() || regex[end] != ',') break;
                j = end + 1;
            }
        }
    }
    return "";
}

bool is_blank(const std::string& s) { return s.find_first_not_of(" \t") == std::string::npos; }

std::string trim(const std::string& s) { return std::string(trim_blanks(s)); }

/// Removes a comment: '#' at the start of the line or after a blank, outside quotes and brackets.
std::string strip_comment(const std::string& line) {
    bool quoted = false;
    int depth = 0;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (c == '"') quoted = !quoted;
        else if (!quoted && c == '[') ++depth;
        else if (!quoted && c == ']') --depth;
        else if (!quoted && depth <= 0 && c == '#' && (i == 0 || line[i - 1] == ' ' || line[i - 1] == '\t'))
            return line.substr(0, i);
    }
    return line;
}

/// The words of `text`, split at white space.
std::vector<std::string> split_words(const std::string& text) {
    std::istringstream words(text);
    std::vector<std::string> parts;
    for (std::string w; words >> w;) parts.push_back(w);
    return parts;
}

}  // namespace

/// A block of a rule file: its header line and its indented body lines (with line numbers).
struct RuleParser::Block {
    std::string file;
    int line = 0;
    std::string kind;
    std::string name;
    std::vector<std::pair<int, std::string>> body;
};

/// Recursive-descent parser of one pattern string; functions are named after the productions:
///   alternatives := sequence ('|' sequence)*
///   sequence     := item*
///   item         := atom quantifier?
///   atom         := '[' tests ']' | '_' | '@' TYPE ('|' TYPE)* | '(' alternatives ')'
///                 | '(?<' NAME '>' alternatives ')' | MACRO | '^' | '$'
///   quantifier   := ('?' | '*' | '+' | '{' N (',' N?)? '}') '?'?
///   tests        := test ('&' test)*      test := '!'? FIELD ('=' | '!=') value ('|' value)*
///   value        := WORD | '"' TEXT '"' | '/' REGEX '/' | '$' SET
class PatternParser {
public:
    PatternParser(const RuleParser& rules, const std::string& file, int line, int column, const std::string& text)
        : rules_(rules), file_(file), line_(line), column_(column), text_(text) {}

    Pattern parse() {
        Pattern pattern;
        captures_ = &pattern.capture_names;
        pattern.root = read_alternatives();
        skip_blanks();
        if (pos_ < text_.size()) fail(text_[pos_] == ')' ? "unbalanced ')'" : "unexpected character");
        return pattern;
    }

    /// Parses a tree pattern (`tree:`):
    ///   element  := primary relation*
    ///   primary  := '[' tests ']' | '_' | '@' TYPE ('|' TYPE)* ('[' tests ']')? | '(' element ')'
    ///               | '(?<' NAME '>' element ')'
    ///   relation := '>' labels primary | '!>' labels primary | '<' labels primary | '>>' primary
    ///   labels   := LABEL ('|' LABEL)*    LABEL := 'nsubj' | 'obl:agent' | 'obl:*' | '*' ...
    Pattern parse_tree() {
        Pattern pattern;
        captures_ = &pattern.capture_names;
        pattern.tree = std::make_shared<const TreeNode>(read_tree_element());
        skip_blanks();
        if (pos_ < text_.size()) fail(text_[pos_] == ')' ? "unbalanced ')'" : "unexpected character");
        return pattern;
    }

    /// Parses a macro body (no captures allowed).
    PatternNode parse_macro() {
        std::vector<std::string> none;
        captures_ = &none;
        PatternNode node = read_alternatives();
        skip_blanks();
        if (pos_ < text_.size()) fail("unexpected character");
        if (!none.empty()) fail("a macro cannot hold captures");
        return node;
    }

private:
    [[noreturn]] void fail(const std::string& message) const {
        throw RuleError(file_, line_, column_ + static_cast<int>(utf8_length(text_.substr(0, pos_))), message);
    }

    void skip_blanks() {
        while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\t')) ++pos_;
    }

    bool accept(char c) {
        skip_blanks();
        if (pos_ < text_.size() && text_[pos_] == c) {
            ++pos_;
            return true;
        }
        return false;
    }

    void expect(char c, const char* what) {
        if (!accept(c)) fail(std::string("expected ") + what);
    }

    std::string read_name() {
        const std::size_t start = pos_;
        while (pos_ < text_.size() && (std::isalnum(static_cast<unsigned char>(text_[pos_])) || text_[pos_] == '_'))
            ++pos_;
        return text_.substr(start, pos_ - start);
    }

    int read_number() {
        skip_blanks();
        const std::size_t start = pos_;
        while (pos_ < text_.size() && std::isdigit(static_cast<unsigned char>(text_[pos_]))) ++pos_;
        if (start == pos_) fail("expected a number");
        const std::string digits = text_.substr(start, pos_ - start);
        if (above_max_repetition(digits)) {
            pos_ = start;
            fail("a repetition count is at most " + std::to_string(kMaxRepetition));
        }
        return std::stoi(digits);
    }

    PatternNode read_alternatives() {
        PatternNode choice;
        choice.kind = PatternNode::Kind::Choice;
        choice.children.push_back(read_sequence());
        while (accept('|')) choice.children.push_back(read_sequence());
        if (choice.children.size() == 1) return std::move(choice.children.front());
        return choice;
    }

    PatternNode read_sequence() {
        PatternNode sequence;
        sequence.kind = PatternNode::Kind::Sequence;
        for (;;) {
            skip_blanks();
            if (pos_ >= text_.size() || text_[pos_] == '|' || text_[pos_] == ')') break;
            sequence.children.push_back(read_item());
        }
        if (sequence.children.size() == 1) return std::move(sequence.children.front());
        return sequence;
    }

    PatternNode read_item() {
        PatternNode atom = read_atom();
        skip_blanks();
        if (pos_ >= text_.size()) return atom;
        PatternNode repeat;
        repeat.kind = PatternNode::Kind::Repeat;
        const char c = text_[pos_];
        if (c == '?') repeat.min = 0, repeat.max = 1;
        else if (c == '*') repeat.min = 0, repeat.max = -1;
        else if (c == '+') repeat.min = 1, repeat.max = -1;
        else if (c == '{') {
            ++pos_;
            repeat.min = read_number();
            repeat.max = accept(',') ? (skip_blanks(), pos_ < text_.size() && text_[pos_] == '}' ? -1 : read_number())
                                     : repeat.min;
            skip_blanks();
            if (pos_ >= text_.size() || text_[pos_] != '}') fail("expected '}'");
            if (repeat.max != -1 && repeat.max < repeat.min) fail("repetition maximum below its minimum");
        } else
            return atom;
        ++pos_;
        if (pos_ < text_.size() && text_[pos_] == '?') {
            repeat.lazy = true;
            ++pos_;
        }
        repeat.children.push_back(std::move(atom));
        return repeat;
    }

    /// The next character after blanks (not consumed); fails with `expected` at the end of the text.
    char next_char(const std::string& expected) {
        skip_blanks();
        if (pos_ >= text_.size()) fail(expected);
        return text_[pos_];
    }

    /// Consumes the '(' of a group, failing when groups nest more than kMaxNesting deep;
    /// close_group() consumes its ')'.
    void open_group() {
        if (++nesting_ > kMaxNesting) fail("parentheses nest more than " + std::to_string(kMaxNesting) + " deep");
        ++pos_;
    }

    void close_group() {
        expect(')', "')'");
        --nesting_;
    }

    PatternNode read_atom() {
        const char c = next_char("expected a token, '(' or a macro");
        PatternNode node;
        if (c == '[') {
            ++pos_;
            node.kind = PatternNode::Kind::Token;
            node.tests = read_tests();
        } else if (c == '_') {
            ++pos_;
            node.kind = PatternNode::Kind::Token;
        } else if (c == '^' || c == '$') {
            ++pos_;
            node.kind = c == '^' ? PatternNode::Kind::Start : PatternNode::Kind::End;
        } else if (c == '@') {
            ++pos_;
            node.kind = PatternNode::Kind::Mention;
            node.mention_types = read_mention_types();
        } else if (c == '(') {
            open_group();
            if (const int capture = read_capture_start(); capture >= 0) {
                node.kind = PatternNode::Kind::Capture;
                node.capture = capture;
                node.children.push_back(read_alternatives());
            } else
                node = read_alternatives();
            close_group();
        } else if (std::isupper(static_cast<unsigned char>(c))) {
            const std::size_t start = pos_;
            const std::string name = read_name();
            const auto macro = rules_.macros_.find(name);
            if (macro == rules_.macros_.end()) {
                pos_ = start;
                fail("unknown macro '" + name + "'");
            }
            nodes_ += count_nodes(macro->second.second, kMaxPatternNodes);
            if (nodes_ > kMaxPatternNodes) {
                pos_ = start;
                fail("more than " + std::to_string(kMaxPatternNodes) + " pattern nodes once the macros are expanded");
            }
            if (tree_depth(macro->second.second) > kMaxMacroDepth) {
                pos_ = start;
                fail("macro '" + name + "' nests more than " + std::to_string(kMaxMacroDepth) + " levels deep");
            }
            node = macro->second.second;
        } else
            fail(std::string("unexpected character '") + c + "'");
        return node;
    }

    TreeNode read_tree_element() {
        TreeNode node = read_tree_primary();
        for (;;) {
            skip_blanks();
            if (pos_ >= text_.size() || text_[pos_] == ')') return node;
            TreeRelation relation;
            if (text_.compare(pos_, 2, ">>") == 0) {
                relation.kind = TreeRelation::Kind::Descendant;
                pos_ += 2;
            } else if (text_.compare(pos_, 2, "!>") == 0) {
                relation.kind = TreeRelation::Kind::NoChild;
                pos_ += 2;
            } else if (text_[pos_] == '>' || text_[pos_] == '<') {
                relation.kind = text_[pos_] == '>' ? TreeRelation::Kind::Child : TreeRelation::Kind::Head;
                ++pos_;
            } else
                fail("expected a relation ('>LABEL', '!>LABEL', '<LABEL' or '>>')");
            if (relation.kind != TreeRelation::Kind::Descendant) relation.labels = read_labels();
            relation.node = std::make_shared<TreeNode>(read_tree_primary());
            node.relations.push_back(std::move(relation));
        }
    }

    std::vector<std::string> read_labels() {
        std::vector<std::string> labels;
        do {
            const std::size_t start = pos_;
            while (pos_ < text_.size() && (std::islower(static_cast<unsigned char>(text_[pos_])) || text_[pos_] == ':' ||
                                           text_[pos_] == '*'))
                ++pos_;
            const std::string label = text_.substr(start, pos_ - start);
            const std::size_t star = label.find('*');
            const bool valid = !label.empty() && label.front() != ':' && label.back() != ':' &&
                               (star == std::string::npos || label == "*" ||
                                (star == label.size() - 1 && label[star - 1] == ':'));
            if (!valid) {
                pos_ = start;
                fail("expected a dependency label (nsubj, obl:agent, obl:*, *)");
            }
            labels.push_back(label);
        } while (pos_ < text_.size() && text_[pos_] == '|' && ++pos_);
        return labels;
    }

    TreeNode read_tree_primary() {
        const char c = next_char("expected a word: '[...]', '_', '@TYPE' or '('");
        TreeNode node;
        if (c == '[') {
            ++pos_;
            node.tests = read_tests();
        } else if (c == '_') {
            ++pos_;
        } else if (c == '@') {
            ++pos_;
            node.mention_types = read_mention_types();
            if (pos_ < text_.size() && text_[pos_] == '[') {  // "@Agent[upos!=PRON]": the mention's word passes tests
                ++pos_;
                node.tests = read_tests();
            }
        } else if (c == '(') {
            open_group();
            const int capture = read_capture_start();
            node = read_tree_element();
            if (capture >= 0) {
                if (node.capture >= 0) fail("a word can be captured once");
                node.capture = capture;
            }
            close_group();
        } else
            fail(std::string("unexpected character '") + c + "' (a tree pattern has no macros or repetitions)");
        return node;
    }

    /// After '@': TYPE ('|' TYPE)*.
    std::vector<std::string> read_mention_types() {
        std::vector<std::string> types;
        do {
            const std::string type = read_name();
            if (!kMentionTypes.count(type)) fail("unknown mention type '@" + type + "'");
            types.push_back(type);
        } while (pos_ < text_.size() && text_[pos_] == '|' && pos_ + 1 < text_.size() &&
                 std::isupper(static_cast<unsigned char>(text_[pos_ + 1])) && ++pos_);
        return types;
    }

    /// After '(': "?<NAME>" declares capture NAME and gives its number; -1 when no capture starts.
    int read_capture_start() {
        if (text_.compare(pos_, 2, "?<") != 0) return -1;
        pos_ += 2;
        const std::string name = read_name();
        if (name.empty()) fail("expected a capture name");
        expect('>', "'>' after the capture name");
        for (const auto& existing : *captures_)
            if (existing == name) fail("capture '" + name + "' defined twice");
        captures_->push_back(name);
        return static_cast<int>(captures_->size()) - 1;
    }

    TokenTests read_tests() {
        TokenTests tests;
        skip_blanks();
        if (accept(']')) return tests;
        do tests.push_back(read_test());
        while (accept('&'));
        expect(']', "']' or '&'");
        return tests;
    }

    TokenTest read_test() {
        TokenTest test;
        skip_blanks();
        if (accept('!')) test.negated = true;
        skip_blanks();
        const std::size_t field_pos = pos_;
        const std::string field = read_name();
        if (field == "form") test.field = TokenField::Form;
        else if (field == "lemma") test.field = TokenField::Lemma;
        else if (field == "upos") test.field = TokenField::Upos;
        else if (field == "tag") test.field = TokenField::Tag;
        else if (field == "deprel") test.field = TokenField::Deprel;
        else if (field == "mention") test.field = TokenField::Mention;
        else if (field == "case") test.field = TokenField::Case;
        else {
            pos_ = field_pos;
            fail("unknown field '" + field + "' (form, lemma, upos, tag, deprel, mention, case)");
        }
        skip_blanks();
        if (text_.compare(pos_, 2, "!=") == 0) {
            test.negated = !test.negated;
            pos_ += 2;
        } else
            expect('=', "'=' or '!='");
        do read_value(test);
        while (accept('|'));
        if (test.field == TokenField::Tag) split_tags(test);
        return test;
    }

    void read_value(TokenTest& test) {
        skip_blanks();
        if (pos_ >= text_.size()) fail("expected a value");
        const char c = text_[pos_];
        if (c == '/') {
            const std::size_t end = text_.find('/', pos_ + 1);
            if (end == std::string::npos) fail("unterminated regular expression");
            if (test.regex || !test.words.empty()) fail("a regular expression cannot be combined with other values");
            const std::string regex = text_.substr(pos_ + 1, end - pos_ - 1);
            if (const std::string why = unsafe_regex(regex); !why.empty()) fail(why);
            try {
                test.regex = std::make_shared<const std::regex>(regex,
                                                                std::regex::ECMAScript | std::regex::optimize);
            } catch (const std::regex_error& e) {
                fail(std::string("invalid regular expression: ") + e.what());
            }
            pos_ = end + 1;
        } else if (c == '"') {
            const std::size_t end = text_.find('"', pos_ + 1);
            if (end == std::string::npos) fail("unterminated string");
            add_word(test, text_.substr(pos_ + 1, end - pos_ - 1));
            pos_ = end + 1;
        } else if (c == '$') {
            ++pos_;
            const std::string name = read_name();
            const auto set = rules_.sets_.find(name);
            if (set == rules_.sets_.end()) fail("unknown set '$" + name + "'");
            test.words.insert(set->second.begin(), set->second.end());
        } else {
            const std::size_t start = pos_;
            while (pos_ < text_.size() && !std::strchr(" \t|&]", text_[pos_])) ++pos_;
            if (start == pos_) fail("expected a value");
            add_word(test, text_.substr(start, pos_ - start));
        }
    }

    /// Splits each alternative of a tag test at its commas, so matching compares whole tags.
    static void split_tags(TokenTest& test) {
        for (const std::string& tags : test.words) {
            std::vector<std::string> all;
            for (std::size_t start = 0; start <= tags.size();) {
                const std::size_t stop = std::min(tags.find(',', start), tags.size());
                all.push_back(tags.substr(start, stop - start));
                start = stop + 1;
            }
            test.tag_sets.push_back(std::move(all));
        }
    }

    void add_word(TokenTest& test, const std::string& word) {
        if (test.field == TokenField::Mention && !kMentionTypes.count(word)) fail("unknown mention type '" + word + "'");
        if (test.field == TokenField::Case && word != "upper" && word != "lower") fail("case is 'upper' or 'lower'");
        const bool keep_case = test.field == TokenField::Upos || test.field == TokenField::Tag || test.field == TokenField::Deprel ||
                               test.field == TokenField::Mention || test.field == TokenField::Case;
        std::string value = keep_case ? word : fold_case(word);
        if (!keep_case) std::replace(value.begin(), value.end(), '_', ' ');  // mettre_fin: the lemma "mettre fin"
        test.words.insert(value);
    }

    const RuleParser& rules_;
    const std::string& file_;
    int line_;
    int column_;
    const std::string& text_;
    std::size_t pos_ = 0;
    std::size_t nodes_ = 0;  ///< The nodes of the macros expanded so far.
    int nesting_ = 0;        ///< The parentheses open at pos_.
    std::vector<std::string>* captures_ = nullptr;
};

void RuleParser::parse_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error(path + ": cannot read rule file");
    std::ostringstream text;
    text << in.rdbuf();
    parse_text(path, text.str());
}

void RuleParser::parse_text(const std::string& name, const std::string& text) {
    std::istringstream in(text);
    std::string raw;
    int number = 0;
    Block block;
    auto flush = [&] {
        if (!block.kind.empty()) compile_block(block);
        block = Block{};
    };
    while (std::getline(in, raw)) {
        ++number;
        if (!raw.empty() && raw.back() == '\r') raw.pop_back();
        const std::string line = strip_comment(raw);
        if (is_blank(line)) continue;
        if (line[0] == ' ' || line[0] == '\t') {
            if (block.kind.empty()) throw RuleError(name, number, 1, "indented line outside a block");
            block.body.emplace_back(number, line);
            continue;
        }
        flush();
        std::istringstream words(line);
        words >> block.kind >> block.name;
        std::string extra;
        if (block.kind != "set" && block.kind != "macro" && block.kind != "rule")
            throw RuleError(name, number, 1, "expected 'set', 'macro' or 'rule', found '" + block.kind + "'");
        if (block.name.empty()) throw RuleError(name, number, 1, "'" + block.kind + "' needs a name");
        if (words >> extra) throw RuleError(name, number, 1, "unexpected text after the name");
        block.file = name;
        block.line = number;
    }
    flush();
}

void RuleParser::compile_block(const Block& block) {
    if (block.kind == "set") {
        if (sets_.count(block.name)) throw RuleError(block.file, block.line, 5, "set '" + block.name + "' defined twice");
        lexicon_.reset();
        auto& set = sets_[block.name];
        for (const auto& [number, line] : block.body) {
            std::istringstream words(line);
            std::string word;
            while (words >> word) {
                for (char& c : word)
                    if (c == '_') c = ' ';  // "mettre_fin" stands for the multiword lemma "mettre fin"
                set.insert(fold_case(word));
            }
        }
        if (set.empty()) throw RuleError(block.file, block.line, 1, "set '" + block.name + "' is empty");
    } else if (block.kind == "macro") {
        if (macros_.count(block.name))
            throw RuleError(block.file, block.line, 7, "macro '" + block.name + "' defined twice");
        if (block.body.empty()) throw RuleError(block.file, block.line, 1, "macro '" + block.name + "' is empty");
        std::string source;
        for (const auto& [number, line] : block.body) source += (source.empty() ? "" : " ") + trim(line);
        const int column = static_cast<int>(block.body.front().second.find_first_not_of(" \t")) + 1;
        PatternParser parser(*this, block.file, block.body.front().first, column, source);
        PatternNode body = parser.parse_macro();
        count_total(block.file, block.line, body);
        macros_[block.name] = {source, std::move(body)};
    } else
        compile_rule(block);
}

void RuleParser::compile_rule(const Block& block) {
    if (!rule_ids_.insert(block.name).second)
        throw RuleError(block.file, block.line, 6, "rule '" + block.name + "' defined twice");
    Rule rule;
    rule.id = block.name;
    rule.file = block.file;
    rule.line = block.line;
    std::vector<std::tuple<int, int, std::string>> emits, refers, names;
    for (const auto& [number, line] : block.body) {
        const std::size_t indent = line.find_first_not_of(" \t");
        const std::size_t colon = line.find(':', indent);
        if (colon == std::string::npos)
            throw RuleError(block.file, number, static_cast<int>(indent) + 1, "expected 'key: value'");
        const std::string key = line.substr(indent, colon - indent);
        const std::size_t value_start = line.find_first_not_of(" \t", colon + 1);
        const std::string value = value_start == std::string::npos ? "" : trim(line.substr(value_start));
        const int column = static_cast<int>(value_start == std::string::npos ? colon + 2 : value_start + 1);
        if (value.empty()) throw RuleError(block.file, number, column, "'" + key + "' needs a value");
        if (key == "example") {
            if (!rule.examples.empty() && rule.examples.back().expect.empty())
                throw RuleError(block.file, number, static_cast<int>(indent) + 1, "'example:' before the last one's 'expect:'");
            rule.examples.push_back({value, ""});
        } else if (key == "expect") {
            if (rule.examples.empty() || !rule.examples.back().expect.empty())
                throw RuleError(block.file, number, static_cast<int>(indent) + 1, "'expect:' without an 'example:' before it");
            rule.examples.back().expect = value;
        }
        else if (key == "match") {
            rule.patterns.push_back(compile_pattern(block.file, number, column, value));
            count_total(block.file, number, rule.patterns.back().root);
            rule.patterns.back().lexicon = lexicon();
        } else if (key == "tree") {
            rule.patterns.push_back(PatternParser(*this, block.file, number, column, value).parse_tree());
            rule.patterns.back().lexicon = lexicon();
        }
        else if (key == "emit") emits.emplace_back(number, column, value);
        else if (key == "refer") refers.emplace_back(number, column, value);
        else if (key == "name") names.emplace_back(number, column, value);
        else if (key == "confidence") {
            char* end = nullptr;
            rule.confidence = std::strtod(value.c_str(), &end);
            if (*end != '\0' || rule.confidence < 0 || rule.confidence > 1)
                throw RuleError(block.file, number, column, "confidence must be a number in [0, 1]");
        } else
            throw RuleError(block.file, number, static_cast<int>(indent) + 1,
                            "unknown key '" + key + "' (example, expect, match, tree, emit, confidence)");
    }
    if (rule.patterns.empty())
        throw RuleError(block.file, block.line, 1, "rule '" + rule.id + "' has no 'match:' or 'tree:'");
    if (emits.empty() && refers.empty() && names.empty())
        throw RuleError(block.file, block.line, 1, "rule '" + rule.id + "' has no 'emit:', 'refer:' or 'name:'");
    if (rule.examples.empty()) throw RuleError(block.file, block.line, 1, "rule '" + rule.id + "' has no 'example:'");
    if (rule.examples.back().expect.empty())
        throw RuleError(block.file, block.line, 1, "rule '" + rule.id + "' has no 'expect:'");
    for (const auto& [number, column, text] : emits) {
        for (const Pattern& pattern : rule.patterns) compile_emit(block.file, number, column, text, pattern);
        rule.emits.push_back(compile_emit(block.file, number, column, text, rule.patterns.front()));
    }
    for (const auto& [number, column, text] : refers) rule.references.push_back(compile_reference(block.file, number, column, text, rule));
    for (const auto& [number, column, text] : names) rule.namings.push_back(compile_naming(block.file, number, column, text, rule));
    rules_.push_back(std::move(rule));
}

Naming RuleParser::compile_naming(const std::string& file, int line, int column, const std::string& text,
                                  const Rule& rule) const {
    std::istringstream words(text);
    std::string capture, type_name, extra;
    words >> capture >> type_name;
    const auto found = entity_class_from_string(type_name);
    if (capture.empty() || !found || (words >> extra))
        throw RuleError(file, line, column,
                        "expected 'CAPTURE TYPE' (Person, Organization, Country, Place, Event, Other, or a subclass "
                        "the ontology declares under one of them, such as GovernmentBody or Meeting)");
    for (const Pattern& pattern : rule.patterns)
        if (pattern.capture_index(capture) < 0)
            throw RuleError(file, line, column, "no capture named '" + capture + "' in every pattern");
    return Naming{capture, found->type, found->subclass};
}

Reference RuleParser::compile_reference(const std::string& file, int line, int column, const std::string& text,
                                        const Rule& rule) const {
    const std::vector<std::string> parts = split_words(text);
    if (parts.size() < 2 || parts.size() > 3)
        throw RuleError(file, line, column, "expected 'DESCRIPTION PREDICATE [OBJECT]'");
    Reference reference{parts[0], parts[1], parts.size() == 3 ? parts[2] : ""};
    for (const Pattern& pattern : rule.patterns)
        for (const std::string* name : {&reference.description, &reference.object})
            if (!name->empty() && pattern.capture_index(*name) < 0)
                throw RuleError(file, line, column, "no capture named '" + *name + "' in every pattern");
    if (!ontology_.has_predicate(reference.predicate))
        throw RuleError(file, line, column, "the ontology has no predicate '" + reference.predicate + "'");
    return reference;
}

void RuleParser::count_total(const std::string& file, int line, const PatternNode& node) {
    total_nodes_ += count_nodes(node, kMaxTotalNodes);
    if (total_nodes_ > kMaxTotalNodes)
        throw RuleError(file, line, 1, "the rules hold more than " + std::to_string(kMaxTotalNodes) +
                                           " pattern nodes once their macros are expanded");
}

std::shared_ptr<const RuleLexicon> RuleParser::lexicon() const {
    if (lexicon_) return lexicon_;
    auto lexicon = std::make_shared<RuleLexicon>();
    for (std::size_t i = 0; i < kWordSetNames.size(); ++i)
        if (const auto set = sets_.find(kWordSetNames[i]); set != sets_.end()) lexicon->sets[i] = set->second;
    lexicon_ = std::move(lexicon);
    return lexicon_;
}

Pattern RuleParser::compile_pattern(const std::string& file, int line, int column, const std::string& text) const {
    return PatternParser(*this, file, line, column, text).parse();
}

Emit RuleParser::compile_emit(const std::string& file, int line, int column, const std::string& text,
                              const Pattern& pattern) const {
    const std::vector<std::string> parts = split_words(text);
    if (parts.size() < 3 || parts.size() > 5)
        throw RuleError(file, line, column, "expected 'SUBJECT PREDICATE OBJECT [hypothetical|asserted] [negated]'");
    Emit emit{parts[0], parts[1], parts[2], std::nullopt, false, false, false};
    if (emit.subject.rfind("event:", 0) == 0) {
        emit.subject = emit.subject.substr(6);
        emit.subject_event = true;
    }
    for (const std::string* name : {&emit.subject, &emit.object})
        if (pattern.capture_index(*name) < 0)
            throw RuleError(file, line, column, "no capture named '" + *name + "' in every pattern");
    if (emit.predicate.rfind("open:", 0) == 0) {
        const std::string lemma = emit.predicate.substr(5);
        if (lemma.empty()) throw RuleError(file, line, column, "'open:' needs a lemma or a capture name");
        emit.object_from_capture_lemma = pattern.capture_index(lemma) >= 0;
    } else if (!ontology_.has_predicate(emit.predicate))
        throw RuleError(file, line, column, "the ontology has no predicate '" + emit.predicate + "'");
    for (std::size_t i = 3; i < parts.size(); ++i) {
        if (parts[i] == "hypothetical") emit.modality = Modality::Hypothetical;
        else if (parts[i] == "asserted") emit.modality = Modality::Asserted;
        else if (parts[i] == "negated") emit.negated = true;
        else throw RuleError(file, line, column, "expected 'hypothetical', 'asserted' or 'negated' after the object");
    }
    return emit;
}

}  // namespace trame
