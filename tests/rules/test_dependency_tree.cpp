// Tests of the dependency tree's phrases: what a phrase capture keeps and what it drops.
#include <catch2/catch.hpp>

#include "rules/dependency_tree.h"
#include "tests/ontology_fixture.h"
#include "tests/token_builder.h"

using namespace trame;
using trame::testing::add_tree;
using trame::testing::make_sentence;

namespace {

std::string words(const Sentence& s, std::pair<int, int> range) {
    std::string out;
    for (int i = range.first; i < range.second; ++i) out += (out.empty() ? "" : " ") + s.tokens[i].form;
    return out;
}

}  // namespace

TEST_CASE("dependency_tree: an infinitive phrase drops its purpose clause, keeps its time clause") {
    // Le Chili a demandé de passer au vote pour convaincre les élus .
    Sentence s = make_sentence(
        "Le/le/DET/det Chili/Chili/PROPN/np.top a/avoir/AUX/vbhaver demandé/demander/VERB/vblex.pp "
        "de/de/ADP/pr passer/passer/VERB/vblex.inf au/à/ADP/pr vote/vote/NOUN/n pour/pour/ADP/pr "
        "convaincre/convaincre/VERB/vblex.inf les/le/DET/det élus/élu/NOUN/n ././PUNCT/sent");
    add_tree(s, "2:det 4:nsubj 4:aux 0:root 6:mark 4:xcomp 8:case 6:obl:arg 10:mark 6:advcl 12:det 10:obj 4:punct");
    const DependencyTree tree(s);
    CHECK(words(s, tree.phrase(5)) == "passer au vote");
    // The same phrase under UD features instead of Apertium tags.
    s.tokens[5].xpos = "VERB";
    s.tokens[5].feats = {"VerbForm=Inf"};
    CHECK(words(s, DependencyTree(s).phrase(5)) == "passer au vote");
    // de passer au vote après avoir consulté les élus
    s.tokens[8].form = s.tokens[8].lemma = "après";
    s.tokens[9].form = "consulté";
    s.tokens[9].lemma = "consulter";
    CHECK(words(s, DependencyTree(s).phrase(5)) == "passer au vote après consulté les élus");
}

TEST_CASE("dependency_tree: a clause drops an adverbial clause set off by a comma after it") {
    // que la réforme passera , même si l' opposition proteste .
    Sentence s = make_sentence(
        "que/que/SCONJ/cnjsub la/le/DET/det réforme/réforme/NOUN/n passera/passer/VERB/vblex.fti ,/,/PUNCT/cm "
        "même_si/même_si/SCONJ/cnjsub l'/le/DET/det opposition/opposition/NOUN/n proteste/protester/VERB/vblex.pri "
        "././PUNCT/sent");
    add_tree(s, "4:mark 3:det 4:nsubj 0:root 9:punct 9:mark 8:det 9:nsubj 4:advcl 4:punct");
    CHECK(words(s, DependencyTree(s).phrase(3)) == "la réforme passera");
}

TEST_CASE("dependency_tree: a clause keeps an adverbial clause with no comma, a noun its relative clause") {
    // que la réforme passera si l' opposition cède .
    Sentence s = make_sentence(
        "que/que/SCONJ/cnjsub la/le/DET/det réforme/réforme/NOUN/n passera/passer/VERB/vblex.fti "
        "si/si/SCONJ/cnjsub l'/le/DET/det opposition/opposition/NOUN/n cède/céder/VERB/vblex.pri ././PUNCT/sent");
    add_tree(s, "4:mark 3:det 4:nsubj 0:root 8:mark 7:det 8:nsubj 4:advcl 4:punct");
    CHECK(words(s, DependencyTree(s).phrase(3)) == "la réforme passera si l' opposition cède");
    // les navires qui traversent le détroit
    Sentence n = make_sentence(
        "les/le/DET/det navires/navire/NOUN/n qui/qui/PRON/rel traversent/traverser/VERB/vblex.pri "
        "le/le/DET/det détroit/détroit/NOUN/n");
    add_tree(n, "2:det 0:root 4:nsubj 2:acl:relcl 6:det 4:obj");
    CHECK(words(n, DependencyTree(n).phrase(1)) == "les navires qui traversent le détroit");
}

TEST_CASE("dependency_tree: a noun that a verb takes as object depends on that verb") {
    // Le Danemark a nié tout soutien aux rebelles .
    Sentence s = make_sentence(
        "Le/le/DET/det Danemark/Danemark/PROPN/np.top a/avoir/AUX/vbhaver nié/nier/VERB/vblex.pp "
        "tout/tout/DET/det soutien/soutien/NOUN/n aux/à/ADP/pr rebelles/rebelle/NOUN/n ././PUNCT/sent");
    add_tree(s, "2:det 4:nsubj 4:aux 0:root 6:det 4:obj 8:case 6:nmod 4:punct");
    const auto verbs = DependencyTree(s).governing_verbs(5);
    REQUIRE(verbs.size() == 1);
    CHECK(verbs[0].first == 3);
    CHECK(DependencyTree(s).governing_verbs(3).empty());  // the main verb depends on nothing
}

TEST_CASE("dependency_tree: a noun phrase drops a participle detached by a comma") {
    // une rencontre avec le Chili , disant vouloir la paix
    Sentence s = make_sentence(
        "une/un/DET/det rencontre/rencontre/NOUN/n avec/avec/ADP/pr le/le/DET/det Chili/Chili/PROPN/np.top "
        ",/,/PUNCT/cm disant/dire/VERB/vblex.pprs vouloir/vouloir/VERB/vblex.inf la/le/DET/det paix/paix/NOUN/n");
    add_tree(s, "2:det 0:root 5:case 5:det 2:nmod 7:punct 2:acl 7:xcomp 10:det 8:obj");
    CHECK(words(s, DependencyTree(s).phrase(1)) == "une rencontre avec le Chili");
    // Attached, the participle describes the noun and stays: "les pays soutenant la paix".
    Sentence attached = make_sentence(
        "les/le/DET/det pays/pays/NOUN/n soutenant/soutenir/VERB/vblex.pprs la/le/DET/det paix/paix/NOUN/n");
    add_tree(attached, "2:det 0:root 2:acl 5:det 3:obj");
    CHECK(words(attached, DependencyTree(attached).phrase(1)) == "les pays soutenant la paix");
}

TEST_CASE("dependency_tree: a participle detached after a noun inside the phrase is dropped too") {
    // vouloir une rencontre avec le Chili , disant attendre la paix
    Sentence s = make_sentence(
        "vouloir/vouloir/VERB/vblex.inf une/un/DET/det rencontre/rencontre/NOUN/n avec/avec/ADP/pr "
        "le/le/DET/det Chili/Chili/PROPN/np.top ,/,/PUNCT/cm disant/dire/VERB/vblex.pprs "
        "attendre/attendre/VERB/vblex.inf la/le/DET/det paix/paix/NOUN/n");
    add_tree(s, "0:root 3:det 1:obj 6:case 6:det 3:nmod 8:punct 3:acl 8:xcomp 11:det 9:obj");
    CHECK(words(s, DependencyTree(s).phrase(0)) == "vouloir une rencontre avec le Chili");
}

TEST_CASE("dependency_tree: coordinated adjectives are conjuncts, coordinated clauses are not") {
    // les gouvernements letton et estonien
    Sentence s = make_sentence(
        "les/le/DET/det gouvernements/gouvernement/NOUN/n letton/letton/ADJ/adj et/et/CCONJ/cnjcoo "
        "estonien/estonien/ADJ/adj");
    add_tree(s, "2:det 0:root 2:amod 5:cc 3:conj");
    CHECK(DependencyTree(s).conjuncts(2) == std::vector<std::size_t>{2, 4});
    // Rome signe et Oslo refuse
    Sentence v = make_sentence(
        "Rome/Rome/PROPN/np signe/signer/VERB/vblex.pri et/et/CCONJ/cnjcoo Oslo/Oslo/PROPN/np refuse/refuser/VERB/vblex.pri");
    add_tree(v, "2:nsubj 0:root 5:cc 5:nsubj 2:conj");
    CHECK(DependencyTree(v).conjuncts(1) == std::vector<std::size_t>{1});
}

TEST_CASE("dependency_tree: a verb conjugated with être has its subject, a passive has none") {
    // Lima est devenu la capitale . (the parser calls "Lima" a passive subject)
    Sentence s = make_sentence(
        "Lima/Lima/PROPN/np est/être/AUX/vbser devenu/devenir/VERB/vblex.pp la/le/DET/det capitale/capitale/NOUN/n");
    add_tree(s, "3:nsubj:pass 3:aux:pass 0:root 5:det 3:xcomp");
    CHECK(DependencyTree(s, &testing::rule_lexicon()).subjects(2) == std::vector<std::size_t>{0});
    CHECK(DependencyTree(s).subjects(2).empty());  // without the rule files' ETRE_VERB set
    // Le plan est rejeté . : the plan is what is rejected, not who rejects.
    Sentence p = make_sentence("Le/le/DET/det plan/plan/NOUN/n est/être/AUX/vbser rejeté/rejeter/VERB/vblex.pp");
    add_tree(p, "2:det 4:nsubj:pass 4:aux:pass 0:root");
    CHECK(DependencyTree(p).subjects(3).empty());
}

TEST_CASE("dependency_tree: a second object opened by 'des' right after the first is its complement") {
    // Oslo a dénoncé la répression des manifestations . (parsed with two objects)
    Sentence s = make_sentence(
        "Oslo/Oslo/PROPN/np a/avoir/AUX/vbhaver dénoncé/dénoncer/VERB/vblex.pp la/le/DET/det "
        "répression/répression/NOUN/n des/de/ADP/pr manifestations/manifestation/NOUN/n ././PUNCT/sent");
    add_tree(s, "3:nsubj 3:aux 0:root 5:det 3:obj 7:det 3:obj 3:punct");
    const DependencyTree tree(s);
    CHECK(tree.children(2, "obj") == std::vector<std::size_t>{4});
    CHECK(tree.head(6) == 4);
    CHECK(tree.deprel(6) == "nmod");
    CHECK(words(s, tree.phrase(4)) == "la répression des manifestations");
    // Two objects apart ("a donné à Rome des garanties") stay two.
    Sentence apart = make_sentence(
        "Oslo/Oslo/PROPN/np donne/donner/VERB/vblex.pri le/le/DET/det port/port/NOUN/n à/à/ADP/pr Rome/Rome/PROPN/np "
        "des/de/ADP/pr garanties/garantie/NOUN/n");
    add_tree(apart, "2:nsubj 0:root 4:det 2:obj 6:case 2:obl 8:det 2:obj");
    CHECK(DependencyTree(apart).children(1, "obj").size() == 2);
}

TEST_CASE("dependency_tree: an infinitive phrase drops a contrast clause, a finite clause keeps it") {
    // porter sa croissance à 8 % alors qu' elle stagne
    Sentence s = make_sentence(
        "porter/porter/VERB/vblex.inf sa/son/DET/det croissance/croissance/NOUN/n à/à/ADP/pr 8/8/NUM/num "
        "%/%/SYM/sym alors/alors/ADV/adv qu'/que/SCONJ/cnjsub elle/elle/PRON/prn stagne/stagner/VERB/vblex.pri");
    add_tree(s, "0:root 3:det 1:obj 6:case 6:nummod 1:obl:arg 10:mark 7:fixed 10:nsubj 6:acl:relcl");
    CHECK(words(s, DependencyTree(s).phrase(0)) == "porter sa croissance à 8 %");
    // que la croissance recule alors que les prix montent: what was said keeps its contrast.
    Sentence f = make_sentence(
        "que/que/SCONJ/cnjsub la/le/DET/det croissance/croissance/NOUN/n recule/reculer/VERB/vblex.pri "
        "alors/alors/ADV/adv que/que/SCONJ/cnjsub les/le/DET/det prix/prix/NOUN/n montent/monter/VERB/vblex.pri");
    add_tree(f, "4:mark 3:det 4:nsubj 0:root 9:mark 5:fixed 8:det 9:nsubj 4:advcl");
    CHECK(words(f, DependencyTree(f).phrase(3)) == "la croissance recule alors que les prix montent");
}
