// Reads rule files into compiled rules.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <unordered_set>
#include <vector>

#include "rules/pattern.h"
#include "rules/rule.h"

namespace trame {

class Ontology;

/// Compiles rule files. A file holds blocks that start at column 0 and have indented bodies:
///
///     set SAY                          # a word list, used as [lemma=$SAY]
///       déclarer affirmer indiquer
///     macro OBJ                        # a named sub-pattern, used as OBJ
///       [upos=DET]? [upos=NOUN] ...
///     rule says-que                    # a rule: examples and expected facts, patterns, emits
///       example: Le ministre a déclaré que la réunion aura lieu.
///       expect: ministre | says | la réunion aura lieu
///       match: (?<s>@Agent) [upos=AUX]* (?<v>[lemma=$SAY]) [lemma=que] (?<o>CLAUSE)
///       emit: s says o
///       confidence: 0.8
///
/// A rule may give several `example:` lines, each followed by its `expect:`; the tests run them all.
///
/// A rule may match the dependency parse instead of the token sequence, with `tree:` in place of
/// `match:` (rules/tree_matcher.h): a root word and its relations to other words.
///
///       tree: (?<v>[lemma=$DEMAND & upos=VERB]) >nsubj (?<s>@Agent) >obj|ccomp (?<o>_)
///
/// `>LABEL w` a dependent (`obl:*` for obl and its subtypes, `a|b` for either), `!>LABEL w` no such
/// dependent, `<LABEL w` the head, `>> w` any word below; `(...)` groups a word with relations of
/// its own; `@Agent[upos!=PRON]` is a mention whose word also passes the tests. A capture named v
/// stands for its word (the trigger), others for the phrase it heads.
///
/// Sets and macros are shared by every file read after them. Every error is a RuleError with
/// file:line:column; predicates are checked against the ontology. Bounds keep any file from
/// exhausting memory or the stack: repetition counts up to 10000, parentheses nested up to 50 deep,
/// macros up to 200 levels deep and a pattern up to 10000 nodes once its macros are expanded (all
/// the rules together up to 500000), and no back-references in /regular expressions/.
class RuleParser {
public:
    explicit RuleParser(const Ontology& ontology) : ontology_(ontology) {}
    /// Parses the rule file at `path` (throws RuleError or std::runtime_error if unreadable).
    void parse_file(const std::string& path);
    /// Parses rule text as if read from a file called `name`.
    void parse_text(const std::string& name, const std::string& text);
    /// The rules compiled so far, in file order.
    const std::vector<Rule>& rules() const { return rules_; }
    std::vector<Rule> take_rules() { return std::move(rules_); }
    /// The word sets the engine reads (RuleLexicon), as the sets read so far define them; every
    /// pattern keeps the one of the moment it was read.
    std::shared_ptr<const RuleLexicon> lexicon() const;

private:
    struct Block;
    void compile_block(const Block& block);
    void compile_rule(const Block& block);
    Pattern compile_pattern(const std::string& file, int line, int column, const std::string& text) const;
    /// Adds the nodes of `node` to total_nodes_; throws a RuleError at `line` past the limit.
    void count_total(const std::string& file, int line, const PatternNode& node);
    Naming compile_naming(const std::string& file, int line, int column, const std::string& text,
                          const Rule& rule) const;
    Reference compile_reference(const std::string& file, int line, int column, const std::string& text,
                                const Rule& rule) const;
    Emit compile_emit(const std::string& file, int line, int column, const std::string& text,
                      const Pattern& any_pattern) const;

    const Ontology& ontology_;
    std::map<std::string, std::unordered_set<std::string>> sets_;
    mutable std::shared_ptr<const RuleLexicon> lexicon_;  ///< Built from sets_ on demand; reset when a set changes.
    std::map<std::string, std::pair<std::string, PatternNode>> macros_;  // name -> (source, compiled body)
    std::unordered_set<std::string> rule_ids_;
    std::vector<Rule> rules_;
    std::size_t total_nodes_ = 0;  ///< Nodes of every macro and pattern compiled so far.
    friend class PatternParser;
};

}  // namespace trame
