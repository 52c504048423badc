// The dependency tree of an analysed sentence, and the argument structure read off it.
#pragma once

#include <cstddef>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

#include "document/sentence.h"
#include "rules/rule_lexicon.h"

namespace trame {

/// The dependency tree that the parser left in a sentence's tokens (`Token::head`, `Token::deprel`),
/// with the questions tree rules ask of it answered once for every rule: the children of a word,
/// the phrase a word heads, and who the subject of a verb is when the sentence does not say it
/// next to the verb (coordinated verbs, control verbs, participle and gerund clauses, relative
/// clauses). One known misreading is repaired when the tree is built (repair_partitive_objects).
/// A sentence without a parse gives a tree with no arcs, where no tree rule matches.
class DependencyTree {
public:
    /// `lexicon` (may be null: no such verbs): its SUBJECT_CONTROL verbs, whose subject, not
    /// their object, does what their infinitive says ("promettre à Y de partir": the one who
    /// promised leaves), and its ETRE_VERB verbs, whose subject is active whatever the parser
    /// called it ("est arrivé").
    explicit DependencyTree(const Sentence& sentence, const RuleLexicon* lexicon = nullptr);

    bool parsed() const { return parsed_; }
    std::size_t size() const { return heads_.size(); }
    /// The head of word i, or -1 for the root (and for every word of an unparsed sentence).
    int head(std::size_t i) const { return heads_[i]; }
    const std::string& deprel(std::size_t i) const { return deprels_[i]; }
    /// The children of word i, in sentence order.
    const std::vector<std::size_t>& children(std::size_t i) const { return children_[i]; }
    /// The children of word i whose relation is `label` ("obl:agent"; "obl:*" is obl and its subtypes).
    std::vector<std::size_t> children(std::size_t i, const std::string& label) const;
    /// Every word below i, in sentence order.
    std::vector<std::size_t> descendants(std::size_t i) const;

    /// The phrase word i heads, as a token range [first, last). These are the trimming rules of
    /// every phrase capture, stated here once. The phrase is i's subtree, without:
    ///  - the words coordinated to i when it is a noun phrase (they are phrases of their own);
    ///  - the clauses set beside it or its words (parataxis: "…, a-t-il dit" after a quote);
    ///  - the purpose and manner clauses of an infinitive or participle head ("pour", "afin de",
    ///    a gerund: "passer au vote pour convaincre les élus": passer au vote; a time clause stays:
    ///    "les avoir arrêtées après avoir été prévenus"), and any adverbial clause set off by a
    ///    comma after the head ("la réforme passera, même si l'opposition proteste": la réforme
    ///    passera), and a participle detached by a comma after a noun of the phrase ("une rencontre
    ///    avec Y, disant vouloir …": une rencontre avec Y; "vouloir une rencontre, disant …": vouloir
    ///    une rencontre);
    ///  - the children listed in `without`, with their subtrees ("Selon X, la frontière restera
    ///    ouverte": the phrase of "restera" without "Selon X");
    ///  - a leading preposition, subordinating conjunction or coordinator ("à", "que", "et"),
    ///    and punctuation at its edges;
    /// and it is the unbroken run of those words around i.
    std::pair<int, int> phrase(std::size_t i, const std::vector<std::size_t>& without = {}) const;
    /// Word i and the words coordinated to it ("la Grèce et Chypre": Grèce, Chypre), for a noun
    /// phrase or an adjective ("les gouvernements letton et estonien"); coordinated clauses ("que
    /// X … et que Y …") stay one content.
    std::vector<std::size_t> conjuncts(std::size_t i) const;
    /// True when word i heads a noun phrase (noun, name, pronoun, number).
    bool nominal(std::size_t i) const;
    /// The word a relative pronoun stands for ("qui" in "le pays qui exige": pays), else i itself.
    std::size_t antecedent(std::size_t i) const;
    /// The subjects of verb (or predicate) v: its own nsubj, else the subject its clause takes
    /// from the clause above: a coordinated verb's subject, the controller of an infinitive
    /// ("X a décidé de soutenir Y", "X a demandé à Y de partir"), the subject of the clause a
    /// gerund or adverbial infinitive depends on, the noun a present participle or relative clause
    /// describes (a participle detached by a comma takes the subject of the clause above). Conjuncts and relative pronouns are resolved. Empty when nothing says.
    std::vector<std::size_t> subjects(std::size_t v) const;

    /// The words whose clause holds word i's clause as a complement, nearest first: the verb an
    /// infinitive, a "que" clause or a gerund depends on ("soutenir" in "a refusé de soutenir":
    /// refusé), the noun a noun depends on ("l'annulation de la rencontre": annulation) or the verb
    /// or adjective a noun is the object or argument of ("a nié tout soutien": nié; "ouvert à une
    /// rencontre": ouvert),
    /// through coordinated verbs, up to the main clause.
    /// Each as (governing verb, the word of the chain that hangs from it).
    std::vector<std::pair<std::size_t, std::size_t>> governing_verbs(std::size_t i) const;

    /// True when `deprel` is `label`, or one of its subtypes when label ends in ":*" ("*" is any).
    static bool label_matches(const std::string& deprel, const std::string& label);

private:
    /// "a dénoncé la répression des manifestations": a second object right after the first and
    /// opened by "de" ("des" read as a partitive article) is hung from the first as its nmod.
    void repair_partitive_objects();
    std::vector<std::size_t> own_subjects(std::size_t v) const;
    /// True when word w opens the sentence (after determiners at most) and its words end at a
    /// colon: the topic of a headline ("Syrie : …"), not a subject.
    bool headline_topic(std::size_t w) const;
    std::vector<std::size_t> inherited_subjects(std::size_t v, int depth) const;
    std::vector<std::size_t> expand(const std::vector<std::size_t>& words) const;

    const Sentence& sentence_;
    const RuleLexicon* lexicon_;
    std::vector<int> heads_;
    std::vector<std::string> deprels_;  ///< The parser's relations, after repair_partitive_objects.
    std::vector<std::vector<std::size_t>> children_;
    bool parsed_ = false;
};

}  // namespace trame
