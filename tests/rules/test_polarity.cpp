// Tests of negation and modality read off the verb group.
#include <catch2/catch.hpp>

#include "rules/dependency_tree.h"
#include "rules/pattern.h"
#include "rules/polarity.h"
#include "tests/ontology_fixture.h"
#include "tests/token_builder.h"

using namespace trame;
using trame::testing::add_tree;
using trame::testing::make_sentence;

TEST_CASE("polarity: its words are the rule files' sets, not the code's") {
    const Sentence s = make_sentence(
        "Oslo/Oslo/PROPN/np.top ne/ne/ADV/adv signera/signer/VERB/VERB.Tense=Fut jamais/jamais/ADV/adv");
    // The same sentence without the sets: "jamais" is no negative word, and nothing else counts.
    CHECK_FALSE(assess_polarity(s, 2, RuleLexicon{}).negated);
    CHECK(assess_polarity(s, 2, testing::rule_lexicon()).negated);
    RuleLexicon own;
    own[WordSet::NegativeWord] = {"jamais"};
    CHECK(assess_polarity(s, 2, own).negated);
    // An event noun is planned by a word of PLANNED_CUE.
    const Sentence planned = make_sentence("un/un/DET/det sommet/sommet/NOUN/n éventuel/éventuel/ADJ/adj");
    CHECK(assess_polarity(planned, 1, testing::rule_lexicon()).modality == Modality::Hypothetical);
    CHECK(assess_polarity(planned, 1, RuleLexicon{}).modality == Modality::Asserted);
}

TEST_CASE("polarity: a plain verb is asserted and not negated") {
    const Sentence s = make_sentence("Paris/Paris/PROPN/np.top accepte/accepter/VERB/vblex.pri.p3.sg l'/le/DET/det offre/offre/NOUN/n");
    const Polarity p = assess_polarity(s, 1, testing::rule_lexicon());
    CHECK(!p.negated);
    CHECK(p.modality == Modality::Asserted);
}

TEST_CASE("polarity: ne ... pas, ne ... aucun, ni ... ni are negations; ne ... que is not") {
    const Sentence pas = make_sentence(
        "Rome/Rome/PROPN/np.top n'/ne/ADV/adv a/avoir/AUX/vbhaver.pri.p3.sg pas/pas/ADV/adv "
        "accepté/accepter/VERB/vblex.pp.m.sg/VerbForm=Part l'/le/DET/det offre/offre/NOUN/n");
    CHECK(assess_polarity(pas, 4, testing::rule_lexicon()).negated);
    const Sentence aucun = make_sentence(
        "Oslo/Oslo/PROPN/np.top n'/ne/ADV/adv a/avoir/AUX/vbhaver.pri.p3.sg posé/poser/VERB/vblex.pp.m.sg/VerbForm=Part "
        "aucune/aucun/DET/det.ind.f.sg condition/condition/NOUN/n");
    CHECK(assess_polarity(aucun, 3, testing::rule_lexicon()).negated);
    const Sentence ni = make_sentence(
        "ni/ni/CCONJ/cnjcoo Paris/Paris/PROPN/np.top ni/ni/CCONJ/cnjcoo Rome/Rome/PROPN/np.top n'/ne/ADV/adv "
        "ont/avoir/AUX/vbhaver.pri.p3.pl répondu/répondre/VERB/vblex.pp.m.sg/VerbForm=Part");
    CHECK(assess_polarity(ni, 6, testing::rule_lexicon()).negated);
    const Sentence que = make_sentence(
        "Rome/Rome/PROPN/np.top ne/ne/ADV/adv demande/demander/VERB/vblex.pri.p3.sg qu'/que/SCONJ/cnjsub "
        "une/un/DET/det trêve/trêve/NOUN/n");
    CHECK(!assess_polarity(que, 2, testing::rule_lexicon()).negated);
}

TEST_CASE("polarity: refuser is a verb of its own, not a negation") {
    const Sentence s = make_sentence(
        "Kiev/Kiev/PROPN/np.top refuse/refuser/VERB/vblex.pri.p3.sg de/de/ADP/pr céder/céder/VERB/vblex.inf/VerbForm=Inf");
    CHECK(!assess_polarity(s, 1, testing::rule_lexicon()).negated);
}

TEST_CASE("polarity: conditional, future, modals and aller + infinitive are hypothetical") {
    const Sentence cni = make_sentence("Rome/Rome/PROPN/np.top accepterait/accepter/VERB/vblex.cni.p3.sg/Mood=Cnd");
    CHECK(assess_polarity(cni, 1, testing::rule_lexicon()).modality == Modality::Hypothetical);
    const Sentence fti = make_sentence("Rome/Rome/PROPN/np.top acceptera/accepter/VERB/vblex.fti.p3.sg/Tense=Fut");
    CHECK(assess_polarity(fti, 1, testing::rule_lexicon()).modality == Modality::Hypothetical);
    const Sentence modal = make_sentence(
        "la/le/DET/det réunion/réunion/NOUN/n devrait/devoir/VERB/vbmod.cni.p3.sg/Mood=Cnd se/se/PRON/prn.pro.ref "
        "tenir/tenir/VERB/vblex.inf/VerbForm=Inf");
    CHECK(assess_polarity(modal, 4, testing::rule_lexicon()).modality == Modality::Hypothetical);
    const Sentence peut = make_sentence("Rome/Rome/PROPN/np.top peut/pouvoir/VERB/vbmod.pri.p3.sg accepter/accepter/VERB/vblex.inf/VerbForm=Inf");
    CHECK(assess_polarity(peut, 2, testing::rule_lexicon()).modality == Modality::Hypothetical);
    const Sentence va = make_sentence("Rome/Rome/PROPN/np.top va/aller/VERB/vblex.pri.p3.sg signer/signer/VERB/vblex.inf/VerbForm=Inf");
    CHECK(assess_polarity(va, 2, testing::rule_lexicon()).modality == Modality::Hypothetical);
}

TEST_CASE("polarity: a question or a si-clause is hypothetical; sans + infinitive is negated") {
    const Sentence question = make_sentence("Rome/Rome/PROPN/np.top accepte/accepter/VERB/vblex.pri.p3.sg ?/?/PUNCT/sent");
    CHECK(assess_polarity(question, 1, testing::rule_lexicon()).modality == Modality::Hypothetical);
    const Sentence si = make_sentence(
        "si/si/SCONJ/cnjadv Rome/Rome/PROPN/np.top accepte/accepter/VERB/vblex.pri.p3.sg");
    CHECK(assess_polarity(si, 2, testing::rule_lexicon()).modality == Modality::Hypothetical);
    const Sentence sans = make_sentence(
        "Rome/Rome/PROPN/np.top a/avoir/AUX/vbhaver.pri.p3.sg signé/signer/VERB/vblex.pp/VerbForm=Part sans/sans/ADP/pr "
        "consulter/consulter/VERB/vblex.inf/VerbForm=Inf");
    CHECK(assess_polarity(sans, 4, testing::rule_lexicon()).negated);
}

TEST_CASE("polarity: an event noun is hypothetical when planned, negated after aucun") {
    const Sentence planned = make_sentence(
        "un/un/DET/det appel/appel/NOUN/n entre/entre/ADP/pr Rome/Rome/PROPN/np.top et/et/CCONJ/cnjcoo "
        "Paris/Paris/PROPN/np.top est/être/AUX/vbser.pri.p3.sg prévu/prévoir/VERB/vblex.pp.m.sg/VerbForm=Part ././PUNCT/sent");
    CHECK(assess_polarity(planned, 1, testing::rule_lexicon()).modality == Modality::Hypothetical);
    const Sentence held = make_sentence(
        "l'/le/DET/det appel/appel/NOUN/n entre/entre/ADP/pr Rome/Rome/PROPN/np.top et/et/CCONJ/cnjcoo "
        "Paris/Paris/PROPN/np.top a/avoir/AUX/vbhaver.pri.p3.sg duré/durer/VERB/vblex.pp.m.sg/VerbForm=Part ././PUNCT/sent");
    CHECK(assess_polarity(held, 1, testing::rule_lexicon()).modality == Modality::Asserted);
    CHECK(!assess_polarity(held, 1, testing::rule_lexicon()).negated);
    const Sentence none = make_sentence(
        "il/il/PRON/prn n'/ne/ADV/adv y/y/PRON/prn a/avoir/VERB/vblex.pri eu/avoir/AUX/vbhaver.pp/VerbForm=Part aucune/aucun/DET/det "
        "rencontre/rencontre/NOUN/n");
    CHECK(assess_polarity(none, 6, testing::rule_lexicon()).negated);
}

TEST_CASE("polarity: aurait dû / aurait pu + infinitive is a counterfactual, negated and hypothetical") {
    const Sentence s = make_sentence(
        "Rome/Rome/PROPN/np.top aurait/avoir/AUX/vbhaver.cni.p3.sg/Mood=Cnd dû/devoir/VERB/vbmod.pp.m.sg/VerbForm=Part "
        "signer/signer/VERB/vblex.inf/VerbForm=Inf");
    const Polarity p = assess_polarity(s, 3, testing::rule_lexicon());
    CHECK(p.negated);
    CHECK(p.modality == Modality::Hypothetical);
}

TEST_CASE("polarity: UD features say conditional, future and infinitive as the Apertium tags do") {
    const Sentence cnd = make_sentence("Rome/Rome/PROPN/PROPN accepterait/accepter/VERB/VERB.Mood=Cnd.Person=3");
    CHECK(assess_polarity(cnd, 1, testing::rule_lexicon()).modality == Modality::Hypothetical);
    const Sentence fut = make_sentence("Rome/Rome/PROPN/PROPN acceptera/accepter/VERB/VERB.Tense=Fut.Person=3");
    CHECK(assess_polarity(fut, 1, testing::rule_lexicon()).modality == Modality::Hypothetical);
    const Sentence pres = make_sentence("Rome/Rome/PROPN/PROPN accepte/accepter/VERB/VERB.Mood=Ind.Tense=Pres");
    CHECK(assess_polarity(pres, 1, testing::rule_lexicon()).modality == Modality::Asserted);
    const Sentence sans = make_sentence(
        "Rome/Rome/PROPN/PROPN a/avoir/AUX/AUX signé/signer/VERB/VERB.VerbForm=Part.Tense=Past sans/sans/ADP/ADP "
        "consulter/consulter/VERB/VERB.VerbForm=Inf");
    CHECK(assess_polarity(sans, 4, testing::rule_lexicon()).negated);
}

namespace {

RuleLexicon lexicon() {
    RuleLexicon lex = testing::rule_lexicon();
    lex[WordSet::NegatingHead] = {"nier", "rejeter"};
    lex[WordSet::HypotheticalHead] = {"vouloir"};
    return lex;
}

}  // namespace

TEST_CASE("polarity: over the tree, a denying verb denies the noun it takes as object") {
    // Le Danemark a nié tout soutien aux rebelles .
    Sentence s = make_sentence(
        "Le/le/DET/det Danemark/Danemark/PROPN/np.top a/avoir/AUX/vbhaver nié/nier/VERB/vblex.pp "
        "tout/tout/DET/det soutien/soutien/NOUN/n aux/à/ADP/pr rebelles/rebelle/NOUN/n ././PUNCT/sent");
    add_tree(s, "2:det 4:nsubj 4:aux 0:root 6:det 4:obj 8:case 6:nmod 4:punct");
    const DependencyTree tree(s);
    CHECK(assess_tree_polarity(s, tree, 5, lexicon()).negated);
}

TEST_CASE("polarity: over the tree, a denying verb does not deny an adverbial clause beside it") {
    // L' offre a été rejetée par Oslo , et Rome lançait son offensive .
    Sentence s = make_sentence(
        "L'/le/DET/det offre/offre/NOUN/n a/avoir/AUX/vbhaver été/être/AUX/vbser rejetée/rejeter/VERB/vblex.pp "
        "par/par/ADP/pr Oslo/Oslo/PROPN/np.top ,/,/PUNCT/cm et/et/CCONJ/cnjcoo Rome/Rome/PROPN/np.top "
        "lançait/lancer/VERB/vblex.pii son/son/DET/det offensive/offensive/NOUN/n ././PUNCT/sent");
    add_tree(s, "2:det 5:nsubj:pass 5:aux 5:aux:pass 0:root 7:case 5:obl:agent 11:punct 11:cc 11:nsubj 5:advcl "
                "13:det 11:obj 5:punct");
    const DependencyTree tree(s);
    CHECK(!assess_tree_polarity(s, tree, 12, lexicon()).negated);
    CHECK(!assess_tree_polarity(s, tree, 10, lexicon()).negated);
}

TEST_CASE("polarity: over the tree, a si clause on the verb or above it is hypothetical") {
    // Rome signera l' accord si Oslo cède .
    Sentence s = make_sentence(
        "Rome/Rome/PROPN/np.top signe/signer/VERB/vblex.pri l'/le/DET/det accord/accord/NOUN/n "
        "si/si/SCONJ/cnjadv Oslo/Oslo/PROPN/np.top cède/céder/VERB/vblex.pri ././PUNCT/sent");
    add_tree(s, "2:nsubj 0:root 4:det 2:obj 7:mark 7:nsubj 2:advcl 2:punct");
    const DependencyTree tree(s);
    CHECK(assess_tree_polarity(s, tree, 1, lexicon()).modality == Modality::Hypothetical);
    CHECK(assess_tree_polarity(s, tree, 6, lexicon()).modality == Modality::Hypothetical);
    // Without the si clause, the verb is asserted.
    Sentence plain = make_sentence("Rome/Rome/PROPN/np.top signe/signer/VERB/vblex.pri l'/le/DET/det accord/accord/NOUN/n");
    add_tree(plain, "2:nsubj 0:root 4:det 2:obj");
    CHECK(assess_tree_polarity(plain, DependencyTree(plain), 1, lexicon()).modality == Modality::Asserted);
}

TEST_CASE("polarity: over the tree, a negated verb negates the event noun it takes as object") {
    // Rome n' a pas exprimé son soutien .
    Sentence s = make_sentence(
        "Rome/Rome/PROPN/np.top n'/ne/ADV/adv a/avoir/AUX/vbhaver pas/pas/ADV/adv exprimé/exprimer/VERB/vblex.pp "
        "son/son/DET/det soutien/soutien/NOUN/n ././PUNCT/sent");
    add_tree(s, "5:nsubj 5:advmod 5:aux 5:advmod 0:root 7:det 5:obj 5:punct");
    CHECK(assess_tree_polarity(s, DependencyTree(s), 6, lexicon()).negated);
    // Affirmative, the noun is not negated.
    Sentence a = make_sentence(
        "Rome/Rome/PROPN/np.top a/avoir/AUX/vbhaver exprimé/exprimer/VERB/vblex.pp son/son/DET/det "
        "soutien/soutien/NOUN/n ././PUNCT/sent");
    add_tree(a, "3:nsubj 3:aux 0:root 5:det 3:obj 3:punct");
    CHECK(!assess_tree_polarity(a, DependencyTree(a), 4, lexicon()).negated);
}
