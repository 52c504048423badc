// Tests of tree patterns over hand-parsed sentences: relations, captures, and the argument
// handling every tree rule shares (coordination, control, relatives, passives, appositions).
#include <catch2/catch.hpp>

#include "rules/ontology.h"
#include "tests/ontology_fixture.h"
#include "rules/pattern_matcher.h"
#include "rules/rule_set.h"
#include "tests/token_builder.h"

using namespace trame;
using trame::testing::ontology;
using trame::testing::add_mention;
using trame::testing::add_tree;
using trame::testing::make_sentence;

namespace {

std::vector<Fact> run(const std::string& rule_body, const Sentence& sentence, const std::string& sets = "") {
    const std::string text = sets + "rule r\n  example: x\n  expect: x | x | x\n" + rule_body;
    return RuleSet::from_text(text, ontology()).apply(sentence);
}

std::string show(const std::vector<Fact>& facts) {
    std::string out;
    for (const Fact& f : facts)
        out += f.subject.text + " | " + f.predicate + " | " + f.object.text + (f.negated ? " | negated" : "") + "\n";
    return out;
}

const char* const kSupport = "  tree: (?<v>[lemma=soutenir]) >nsubj (?<s>@Agent) >obj (?<o>_)\n  emit: s supports o\n";

}  // namespace

TEST_CASE("tree_matcher: subject and object by relation; coordinated subjects give one fact each") {
    // La Grèce et Chypre exigent le retrait des troupes .
    Sentence s = make_sentence(
        "La/le/DET/det Grèce/Grèce/PROPN/np.top et/et/CCONJ/cnjcoo Chypre/Chypre/PROPN/np.top "
        "exigent/exiger/VERB/vblex.pri.p3.pl le/le/DET/det retrait/retrait/NOUN/n "
        "des/de/ADP/pr troupes/troupe/NOUN/n ././PUNCT/sent");
    add_tree(s, "2:det 5:nsubj 4:cc 2:conj 0:root 7:det 5:obj 9:case 7:nmod 5:punct");
    add_mention(s, 1, 2, EntityType::Country);
    add_mention(s, 3, 4, EntityType::Country);
    const auto facts = run("  tree: (?<v>[lemma=exiger]) >nsubj (?<s>@Agent) >obj (?<o>_)\n  emit: s demands o\n", s);
    CHECK(show(facts) == "Grèce | demands | le retrait des troupes\nChypre | demands | le retrait des troupes\n");
}

TEST_CASE("tree_matcher: a complement of the subject never stands for it") {
    // Le chef de la diplomatie du Kenya a exigé des excuses .
    Sentence s = make_sentence(
        "Le/le/DET/det chef/chef/NOUN/n de/de/ADP/pr la/le/DET/det diplomatie/diplomatie/NOUN/n "
        "du/de/ADP/pr Kenya/Kenya/PROPN/np.top a/avoir/AUX/vbhaver exigé/exiger/VERB/vblex.pp "
        "des/un/DET/det excuses/excuse/NOUN/n ././PUNCT/sent");
    add_tree(s, "2:det 9:nsubj 5:case 5:det 2:nmod 7:case 5:nmod 9:aux 0:root 11:det 9:obj 9:punct");
    add_mention(s, 6, 7, EntityType::Country);
    CHECK(run("  tree: (?<v>[lemma=exiger]) >nsubj (?<s>@Agent) >obj (?<o>_)\n  emit: s demands o\n", s).empty());
}

TEST_CASE("tree_matcher: the object of a verb is coordinated too, one fact per entity") {
    // Le Mali soutient le Niger et le Tchad .
    Sentence s = make_sentence(
        "Le/le/DET/det Mali/Mali/PROPN/np.top soutient/soutenir/VERB/vblex.pri.p3.sg le/le/DET/det "
        "Niger/Niger/PROPN/np.top et/et/CCONJ/cnjcoo le/le/DET/det Tchad/Tchad/PROPN/np.top ././PUNCT/sent");
    add_tree(s, "2:det 3:nsubj 0:root 5:det 3:obj 8:cc 8:det 5:conj 3:punct");
    add_mention(s, 1, 2, EntityType::Country);
    add_mention(s, 4, 5, EntityType::Country);
    add_mention(s, 7, 8, EntityType::Country);
    const auto facts = run(kSupport, s);
    REQUIRE(facts.size() == 2);
    CHECK(facts[0].object.is_entity());
    CHECK(show(facts) == "Mali | supports | Niger\nMali | supports | Tchad\n");
}

TEST_CASE("tree_matcher: an infinitive takes its controller's subject, or object") {
    // La France a décidé de soutenir le Mali .
    Sentence s = make_sentence(
        "La/le/DET/det France/France/PROPN/np.top a/avoir/AUX/vbhaver décidé/décider/VERB/vblex.pp "
        "de/de/ADP/pr soutenir/soutenir/VERB/vblex.inf le/le/DET/det Mali/Mali/PROPN/np.top ././PUNCT/sent");
    add_tree(s, "2:det 4:nsubj 4:aux 0:root 6:mark 4:xcomp 8:det 6:obj 4:punct");
    add_mention(s, 1, 2, EntityType::Country);
    add_mention(s, 7, 8, EntityType::Country);
    CHECK(show(run(kSupport, s)) == "France | supports | Mali\n");

    // Le Tchad a demandé à la Libye de soutenir le Mali .
    Sentence o = make_sentence(
        "Le/le/DET/det Tchad/Tchad/PROPN/np.top a/avoir/AUX/vbhaver demandé/demander/VERB/vblex.pp à/à/ADP/pr "
        "la/le/DET/det Libye/Libye/PROPN/np.top de/de/ADP/pr soutenir/soutenir/VERB/vblex.inf le/le/DET/det "
        "Mali/Mali/PROPN/np.top ././PUNCT/sent");
    add_tree(o, "2:det 4:nsubj 4:aux 0:root 7:case 7:det 4:obl:arg 9:mark 4:xcomp 11:det 9:obj 4:punct");
    add_mention(o, 1, 2, EntityType::Country);
    add_mention(o, 6, 7, EntityType::Country);
    add_mention(o, 10, 11, EntityType::Country);
    CHECK(show(run(kSupport, o)) == "Libye | supports | Mali\n");

    // Le Niger a promis à la Libye de soutenir le Mali : "promettre" keeps its own subject.
    Sentence p = make_sentence(
        "Le/le/DET/det Niger/Niger/PROPN/np.top a/avoir/AUX/vbhaver promis/promettre/VERB/vblex.pp à/à/ADP/pr "
        "la/le/DET/det Libye/Libye/PROPN/np.top de/de/ADP/pr soutenir/soutenir/VERB/vblex.inf le/le/DET/det "
        "Mali/Mali/PROPN/np.top ././PUNCT/sent");
    add_tree(p, "2:det 4:nsubj 4:aux 0:root 7:case 7:det 4:obl:arg 9:mark 4:xcomp 11:det 9:obj 4:punct");
    add_mention(p, 1, 2, EntityType::Country);
    add_mention(p, 6, 7, EntityType::Country);
    add_mention(p, 10, 11, EntityType::Country);
    CHECK(show(run(kSupport, p, "set SUBJECT_CONTROL\n  promettre\n")) == "Niger | supports | Mali\n");
    CHECK(show(run(kSupport, p)) == "Libye | supports | Mali\n");
}

TEST_CASE("tree_matcher: a relative pronoun stands for its antecedent") {
    // Ils saluent la Norvège , qui soutient l' accord .
    Sentence s = make_sentence(
        "Ils/il/PRON/prn saluent/saluer/VERB/vblex.pri.p3.pl la/le/DET/det Norvège/Norvège/PROPN/np.top ,/,/PUNCT/cm "
        "qui/qui/PRON/rel soutient/soutenir/VERB/vblex.pri.p3.sg l'/le/DET/det accord/accord/NOUN/n ././PUNCT/sent");
    add_tree(s, "2:nsubj 0:root 4:det 2:obj 7:punct 7:nsubj 4:acl:relcl 9:det 7:obj 2:punct");
    add_mention(s, 3, 4, EntityType::Country);
    CHECK(show(run(kSupport, s)) == "Norvège | supports | l' accord\n");
}

TEST_CASE("tree_matcher: the agent of a passive, a gerund's subject, a coordinated verb's subject") {
    // Le plan a été rejeté par le Canada .
    Sentence passive = make_sentence(
        "Le/le/DET/det plan/plan/NOUN/n a/avoir/AUX/vbhaver été/être/AUX/vbser.pp rejeté/rejeter/VERB/vblex.pp "
        "par/par/ADP/pr le/le/DET/det Canada/Canada/PROPN/np.top ././PUNCT/sent");
    add_tree(passive, "2:det 5:nsubj:pass 5:aux 5:aux:pass 0:root 8:case 8:det 5:obl:agent 5:punct");
    add_mention(passive, 7, 8, EntityType::Country);
    const std::string reject = "  tree: (?<v>[lemma=rejeter]) >obl:agent (?<s>@Agent) >nsubj:pass (?<o>_)\n  emit: s rejects o\n";
    CHECK(show(run(reject, passive)) == "Canada | rejects | Le plan\n");
    // A passive subject is not an active one.
    CHECK(run("  tree: (?<v>[lemma=rejeter]) >nsubj (?<s>_)\n  emit: s rejects s\n", passive).empty());

    // La Turquie a répondu en soutenant le Qatar .
    Sentence gerund = make_sentence(
        "La/le/DET/det Turquie/Turquie/PROPN/np.top a/avoir/AUX/vbhaver répondu/répondre/VERB/vblex.pp "
        "en/en/ADP/pr soutenant/soutenir/VERB/vblex.ger le/le/DET/det Qatar/Qatar/PROPN/np.top ././PUNCT/sent");
    add_tree(gerund, "2:det 4:nsubj 4:aux 0:root 6:mark 4:advcl 8:det 6:obj 4:punct");
    add_mention(gerund, 1, 2, EntityType::Country);
    add_mention(gerund, 7, 8, EntityType::Country);
    CHECK(show(run(kSupport, gerund)) == "Turquie | supports | Qatar\n");

    // L' Iran critique le texte et soutient le Qatar .
    Sentence coordinated = make_sentence(
        "L'/le/DET/det Iran/Iran/PROPN/np.top critique/critiquer/VERB/vblex.pri.p3.sg le/le/DET/det "
        "texte/texte/NOUN/n et/et/CCONJ/cnjcoo soutient/soutenir/VERB/vblex.pri.p3.sg le/le/DET/det "
        "Qatar/Qatar/PROPN/np.top ././PUNCT/sent");
    add_tree(coordinated, "2:det 3:nsubj 0:root 5:det 3:obj 7:cc 3:conj 9:det 7:obj 3:punct");
    add_mention(coordinated, 1, 2, EntityType::Country);
    add_mention(coordinated, 8, 9, EntityType::Country);
    CHECK(show(run(kSupport, coordinated)) == "Iran | supports | Qatar\n");
}

TEST_CASE("tree_matcher: a title's apposition names the subject; a clause object loses its 'que'") {
    // Le président américain Joe Biden a annoncé qu' il soutient le plan .
    Sentence s = make_sentence(
        "Le/le/DET/det président/président/NOUN/n américain/américain/ADJ/adj Joe/Joe/PROPN/np.ant "
        "Biden/Biden/PROPN/np.cog a/avoir/AUX/vbhaver annoncé/annoncer/VERB/vblex.pp qu'/que/SCONJ/cnjsub "
        "il/il/PRON/prn soutient/soutenir/VERB/vblex.pri.p3.sg le/le/DET/det plan/plan/NOUN/n ././PUNCT/sent");
    add_tree(s, "2:det 7:nsubj 2:amod 2:appos 4:flat:name 7:aux 0:root 10:mark 10:nsubj 7:ccomp 12:det 10:obj 7:punct");
    add_mention(s, 3, 5, EntityType::Person);
    const auto facts =
        run("  tree: (?<v>[lemma=annoncer]) >nsubj (?<s>@Person) >ccomp (?<o>_)\n  emit: s says o\n", s);
    CHECK(show(facts) == "Joe Biden | says | il soutient le plan\n");
}

TEST_CASE("tree_matcher: a missing dependent, negation read at the root word, unparsed sentences") {
    // La Suède ne soutient pas le projet .
    Sentence s = make_sentence(
        "La/le/DET/det Suède/Suède/PROPN/np.top ne/ne/ADV/adv soutient/soutenir/VERB/vblex.pri.p3.sg "
        "pas/pas/ADV/adv le/le/DET/det projet/projet/NOUN/n ././PUNCT/sent");
    add_mention(s, 1, 2, EntityType::Country);
    CHECK(run(kSupport, s).empty());  // no parse, no tree match
    add_tree(s, "2:det 4:nsubj 4:advmod 0:root 4:advmod 7:det 4:obj 4:punct");
    // The negative words are the rule files' NEGATIVE_WORD set.
    CHECK(show(run(kSupport, s)) == "Suède | supports | le projet\n");
    CHECK(show(run(kSupport, s, "set NEGATIVE_WORD\n  pas jamais\n\n")) == "Suède | supports | le projet | negated\n");
    CHECK(run("  tree: (?<v>[lemma=soutenir]) >nsubj (?<s>@Agent) !>obj _\n  emit: s supports s\n", s).empty());
    CHECK(run("  tree: (?<v>[lemma=soutenir]) >nsubj (?<s>@Agent) !>obl:* _\n  emit: s says v\n", s).size() == 1);
    CHECK(run("  tree: (?<o>[lemma=projet]) <obj (?<v>[lemma=soutenir] >nsubj (?<s>@Agent))\n  emit: s supports o\n", s)
              .size() == 1);
    CHECK(run("  tree: (?<v>[lemma=soutenir]) >> (?<s>@Country)\n  emit: s says v\n", s).size() == 1);
}

TEST_CASE("tree_matcher: the verbs a clause depends on deny it or make it hypothetical") {
    // La Lettonie a refusé de soutenir le projet . / La Lettonie veut soutenir le projet .
    const auto sentence = [](const std::string& head, const std::string& lemma) {
        Sentence s = make_sentence("La/le/DET/det Lettonie/Lettonie/PROPN/np.top a/avoir/AUX/vbhaver " + head + "/" +
                                   lemma + "/VERB/vblex.pp de/de/ADP/pr soutenir/soutenir/VERB/vblex.inf le/le/DET/det "
                                   "projet/projet/NOUN/n ././PUNCT/sent");
        add_tree(s, "2:det 4:nsubj 4:aux 0:root 6:mark 4:xcomp 8:det 6:obj 4:punct");
        add_mention(s, 1, 2, EntityType::Country);
        return s;
    };
    const std::string sets = "set NEGATING_HEAD\n  refuser\nset HYPOTHETICAL_HEAD\n  décider\n";
    const auto refused = run(kSupport, sentence("refusé", "refuser"), sets);
    REQUIRE(refused.size() == 1);
    CHECK(refused[0].negated);
    CHECK(refused[0].modality == Modality::Asserted);
    const auto decided = run(kSupport, sentence("décidé", "décider"), sets);
    REQUIRE(decided.size() == 1);
    CHECK(!decided[0].negated);
    CHECK(decided[0].modality == Modality::Hypothetical);
    const auto managed = run(kSupport, sentence("réussi", "réussir"), sets);
    REQUIRE(managed.size() == 1);
    CHECK(!managed[0].negated);
    CHECK(managed[0].modality == Modality::Asserted);
}

TEST_CASE("tree_matcher: a phrase leaves out the captures that hang from it") {
    // Selon le Mexique , la frontière restera ouverte .
    Sentence s = make_sentence(
        "Selon/selon/ADP/pr le/le/DET/det Mexique/Mexique/PROPN/np.top ,/,/PUNCT/cm la/le/DET/det "
        "frontière/frontière/NOUN/n restera/rester/VERB/vblex.fti.p3.sg ouverte/ouvert/ADJ/adj ././PUNCT/sent");
    add_tree(s, "3:case 3:det 7:obl:mod 3:punct 6:det 7:nsubj 0:root 7:xcomp 7:punct");
    add_mention(s, 2, 3, EntityType::Country);
    const auto facts = run("  tree: (?<o>_) >obl:mod (?<s>@Agent >case [lemma=selon])\n  emit: s says o\n", s);
    CHECK(show(facts) == "Mexique | says | la frontière restera ouverte\n");
}

TEST_CASE("tree_matcher: an antecedent's phrase leaves out the relative clause the match went through") {
    // Le Chili rejette le plan que le Pérou soutient .
    Sentence s = make_sentence(
        "Le/le/DET/det Chili/Chili/PROPN/np.top rejette/rejeter/VERB/vblex.pri.p3.sg le/le/DET/det "
        "plan/plan/NOUN/n que/que/PRON/rel le/le/DET/det Pérou/Pérou/PROPN/np.top "
        "soutient/soutenir/VERB/vblex.pri.p3.sg ././PUNCT/sent");
    add_tree(s, "2:det 3:nsubj 0:root 5:det 3:obj 9:obj 8:det 9:nsubj 5:acl:relcl 3:punct");
    add_mention(s, 1, 2, EntityType::Country);
    add_mention(s, 7, 8, EntityType::Country);
    // Reached through "que", the plan is the plan, not "le plan que le Pérou soutient".
    CHECK(show(run(kSupport, s)) == "Pérou | supports | le plan\n");
    // Reached from its own verb, it keeps its relative clause.
    CHECK(show(run("  tree: (?<v>[lemma=rejeter]) >nsubj (?<s>@Agent) >obj (?<o>_)\n  emit: s rejects o\n", s)) ==
          "Chili | rejects | le plan que le Pérou soutient\n");
}

TEST_CASE("tree_matcher: the country a headline opens with before a colon is no subject") {
    // Chili : l' opposition soutient la grève (parsed with "Chili" as a second subject)
    Sentence s = make_sentence(
        "Chili/Chili/PROPN/np.top :/:/PUNCT/sent l'/le/DET/det opposition/opposition/NOUN/n "
        "soutient/soutenir/VERB/vblex.pri.p3.sg la/le/DET/det grève/grève/NOUN/n");
    add_tree(s, "5:nsubj 4:punct 4:det 5:nsubj 0:root 7:det 5:obj");
    add_mention(s, 0, 1, EntityType::Country);
    add_mention(s, 2, 4, EntityType::Organization);
    CHECK(show(run(kSupport, s)) == "l' opposition | supports | la grève\n");
}

TEST_CASE("tree_matcher: a participle after a reported clause is the reporter's") {
    // Le Chili a dit que le Pérou viendra , soutenant le projet .
    Sentence s = make_sentence(
        "Le/le/DET/det Chili/Chili/PROPN/np.top a/avoir/AUX/vbhaver dit/dire/VERB/vblex.pp que/que/SCONJ/cnjsub "
        "le/le/DET/det Pérou/Pérou/PROPN/np.top viendra/venir/VERB/vblex.fti.p3.sg ,/,/PUNCT/cm "
        "soutenant/soutenir/VERB/vblex.pprs le/le/DET/det projet/projet/NOUN/n ././PUNCT/sent");
    add_tree(s, "2:det 4:nsubj 4:aux 0:root 8:mark 7:det 8:nsubj 4:ccomp 10:punct 8:advcl 12:det 10:obj 4:punct");
    add_mention(s, 1, 2, EntityType::Country);
    add_mention(s, 6, 7, EntityType::Country);
    CHECK(show(run(kSupport, s)) == "Chili | supports | le projet\n");
}

TEST_CASE("tree_matcher: of two readings of one statement, the clearly more confident stays, the tree's on a tie") {
    // Le Chili a dit que le Pérou viendra , même si le port ferme .
    Sentence s = make_sentence(
        "Le/le/DET/det Chili/Chili/PROPN/np.top a/avoir/AUX/vbhaver dit/dire/VERB/vblex.pp que/que/SCONJ/cnjsub "
        "le/le/DET/det Pérou/Pérou/PROPN/np.top viendra/venir/VERB/vblex.fti.p3.sg ,/,/PUNCT/cm "
        "même_si/même_si/SCONJ/cnjsub le/le/DET/det port/port/NOUN/n ferme/fermer/VERB/vblex.pri ././PUNCT/sent");
    add_tree(s, "2:det 4:nsubj 4:aux 0:root 8:mark 7:det 8:nsubj 4:ccomp 13:punct 13:mark 12:det 13:nsubj 8:advcl "
                "4:punct");
    add_mention(s, 1, 2, EntityType::Country);
    add_mention(s, 6, 7, EntityType::Country);
    const auto rules = [](const std::string& token_confidence, const std::string& tree_confidence) {
        return "rule token\n  example: x\n  expect: x | x | x\n"
               "  match: (?<s>@Country) [upos=AUX] (?<v>[lemma=dire]) [lemma=que] (?<o>[form!=.]+)\n"
               "  emit: s says o\n  confidence: " + token_confidence + "\n"
               "rule tree\n  example: x\n  expect: x | x | x\n"
               "  tree: (?<v>[lemma=dire]) >nsubj (?<s>@Country) >ccomp (?<o>_)\n  emit: s says o\n  confidence: " +
               tree_confidence + "\n";
    };
    const auto tie = RuleSet::from_text(rules("0.8", "0.8"), ontology()).apply(s);
    REQUIRE(tie.size() == 1);
    CHECK(tie[0].rule == "tree");
    CHECK(tie[0].object.text == "le Pérou viendra");
    const auto token = RuleSet::from_text(rules("0.9", "0.6"), ontology()).apply(s);
    REQUIRE(token.size() == 1);
    CHECK(token[0].rule == "token");
    // One calibration step apart (0.05) is a tie.
    const auto step = RuleSet::from_text(rules("0.85", "0.8"), ontology()).apply(s);
    REQUIRE(step.size() == 1);
    CHECK(step[0].rule == "tree");
}

TEST_CASE("tree_matcher: a mention node may test its word too") {
    // Il soutient le projet . (the pronoun resolved to a person)
    Sentence s = make_sentence(
        "Il/il/PRON/prn soutient/soutenir/VERB/vblex.pri le/le/DET/det projet/projet/NOUN/n ././PUNCT/sent");
    add_tree(s, "2:nsubj 0:root 4:det 2:obj 2:punct");
    add_mention(s, 0, 1, EntityType::Person);
    CHECK(run("  tree: (?<v>[lemma=soutenir]) >nsubj (?<s>@Agent) >obj (?<o>_)\n  emit: s supports o\n", s).size() == 1);
    CHECK(run("  tree: (?<v>[lemma=soutenir]) >nsubj (?<s>@Agent[upos!=PRON]) >obj (?<o>_)\n  emit: s supports o\n", s)
              .empty());
}

TEST_CASE("tree_matcher: an organization's name after a class noun stands for it") {
    // Selon l' agence Bloomberg , Lima signera .
    Sentence s = make_sentence(
        "Selon/selon/ADP/pr l'/le/DET/det agence/agence/NOUN/n Bloomberg/Bloomberg/PROPN/np ,/,/PUNCT/cm "
        "Lima/Lima/PROPN/np.top signera/signer/VERB/vblex.fti ././PUNCT/sent");
    add_tree(s, "3:case 3:det 7:obl:mod 3:nmod 3:punct 7:nsubj 0:root 7:punct");
    add_mention(s, 3, 4, EntityType::Organization);
    add_mention(s, 5, 6, EntityType::Place);
    const auto facts = run("  tree: (?<o>_) >obl:mod (?<s>@Agent >case [lemma=selon])\n  emit: s says o\n", s);
    REQUIRE(facts.size() == 1);
    CHECK(facts[0].subject.text == "Bloomberg");
    // A place's name after a noun is a complement, not the noun's name ("le port Lima").
    s.mentions[0].type = EntityType::Place;
    CHECK(run("  tree: (?<o>_) >obl:mod (?<s>@Entity >case [lemma=selon])\n  emit: s says o\n", s).empty());
}

TEST_CASE("tree_matcher: the subject of a passive control verb controls its infinitive") {
    // Le Pérou est accusé par le Chili de vouloir le port .
    Sentence s = make_sentence(
        "Le/le/DET/det Pérou/Pérou/PROPN/np.top est/être/AUX/vbser accusé/accuser/VERB/vblex.pp par/par/ADP/pr "
        "le/le/DET/det Chili/Chili/PROPN/np.top de/de/ADP/pr vouloir/vouloir/VERB/vblex.inf le/le/DET/det "
        "port/port/NOUN/n ././PUNCT/sent");
    add_tree(s, "2:det 4:nsubj:pass 4:aux:pass 0:root 7:case 7:det 4:obl:agent 9:mark 4:xcomp 11:det 9:obj 4:punct");
    add_mention(s, 1, 2, EntityType::Country);
    add_mention(s, 6, 7, EntityType::Country);
    CHECK(show(run("  tree: (?<v>[lemma=vouloir]) >nsubj (?<s>@Agent) >obj (?<o>_)\n  emit: s wants o\n", s)) ==
          "Pérou | wants | le port\n");
}

TEST_CASE("tree_matcher: tree patterns with the same word sets share them, and the sentence's tree") {
    const std::string rule = "  example: x\n  expect: x | x | x\n" + std::string(kSupport) + "\n";
    const RuleSet set = RuleSet::from_text("rule a\n" + rule + "set SUBJECT_CONTROL\n  promettre\n\nrule b\n" + rule +
                                               "rule c\n" + rule,
                                           ontology());
    const auto lexicon = [&](std::size_t r) { return set.rules().at(r).patterns.at(0).lexicon; };
    CHECK(lexicon(0) != lexicon(1));  // read before the set was defined
    CHECK(lexicon(1) == lexicon(2));
    CHECK(lexicon(1)->has(WordSet::SubjectControl, "promettre"));

    const Sentence s = make_sentence("Le/le/DET/det Niger/Niger/PROPN/np.top soutient/soutenir/VERB/vblex.pri.p3.sg "
                                     "le/le/DET/det Mali/Mali/PROPN/np.top ././PUNCT/sent");
    const SentenceView view(s);
    const DependencyTree& shared = view.tree(lexicon(1).get());
    CHECK(&view.tree(lexicon(2).get()) == &shared);
    CHECK(&view.tree(lexicon(0).get()) != &shared);
}
