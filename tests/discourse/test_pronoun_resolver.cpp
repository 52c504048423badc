// Tests of the pronoun resolver on hand-analysed French sentences.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "discourse/discourse_lexicon.h"
#include "discourse/pronoun_resolver.h"
#include "tests/token_builder.h"

using namespace trame;
using trame::testing::add_tree;
using trame::testing::add_mention;
using trame::testing::make_sentence;

namespace {

/// The project's discourse lexicon (impersonal verbs, clitics).
const DiscourseLexicon& lexicon() {
    static const DiscourseLexicon loaded = DiscourseLexicon::load(TRAME_DATA_DIR "/lexicons");
    return loaded;
}

/// A document made of the given sentences, indexed in order.
Document make_document(std::vector<Sentence> sentences) {
    Document doc;
    doc.name = "essai.txt";
    doc.id = "essai";
    for (std::size_t i = 0; i < sentences.size(); ++i) {
        sentences[i].index = i;
        doc.sentences.push_back(std::move(sentences[i]));
    }
    return doc;
}

/// Resolves the pronouns of every sentence in order, as the pipeline does.
void resolve_all(Document& doc) {
    for (std::size_t i = 0; i < doc.sentences.size(); ++i) resolve_pronouns(doc, i, lexicon());
}

std::vector<const Mention*> pronouns(const Sentence& sentence) {
    std::vector<const Mention*> found;
    for (const Mention& m : sentence.mentions)
        if (m.pronoun) found.push_back(&m);
    return found;
}

/// "Jean Dupont a visité l' usine ." with Jean Dupont as a person.
Sentence dupont_visits() {
    Sentence s = make_sentence(
        "Jean/Jean/PROPN/np.ant Dupont/Dupont/PROPN/np.cog a/avoir/AUX/vbhaver.pri.p3.sg "
        "visité/visiter/VERB/vblex.pp.m.sg l'/le/DET/det.def.mf.sg usine/usine/NOUN/n.f.sg ././PUNCT/sent");
    add_mention(s, 0, 2, EntityType::Person);
    return s;
}

/// A sentence naming nobody: "Les travaux ont repris lundi ."
Sentence nobody() {
    return make_sentence(
        "Les/le/DET/det.def.mf.pl travaux/travail/NOUN/n.m.pl ont/avoir/AUX/vbhaver.pri.p3.pl "
        "repris/reprendre/VERB/vblex.pp lundi/lundi/NOUN/n.m.sg ././PUNCT/sent");
}

/// "Il a promis des embauches ." (the pronoun is token 0).
Sentence he_promised() {
    return make_sentence(
        "Il/il/PRON/prn.subj.p3.m.sg a/avoir/AUX/vbhaver.pri.p3.sg promis/promettre/VERB/vblex.pp "
        "des/un/DET/det.ind.mf.pl embauches/embauche/NOUN/n.f.pl ././PUNCT/sent");
}

}  // namespace

TEST_CASE("pronoun_resolver: il resolved to the first person named earlier in the same sentence") {
    // "Jean Dupont a reçu Marie Leroy et il a signé l' accord ."
    Sentence s = make_sentence(
        "Jean/Jean/PROPN/np.ant Dupont/Dupont/PROPN/np.cog a/avoir/AUX/vbhaver.pri.p3.sg "
        "reçu/recevoir/VERB/vblex.pp Marie/Marie/PROPN/np.ant Leroy/Leroy/PROPN/np.cog et/et/CCONJ/cnjcoo "
        "il/il/PRON/prn.subj.p3.m.sg a/avoir/AUX/vbhaver.pri.p3.sg signé/signer/VERB/vblex.pp "
        "l'/le/DET/det.def.mf.sg accord/accord/NOUN/n.m.sg ././PUNCT/sent");
    add_mention(s, 0, 2, EntityType::Person);
    add_mention(s, 4, 6, EntityType::Person);
    Document doc = make_document({s});
    resolve_pronouns(doc, 0, lexicon());
    const auto found = pronouns(doc.sentences[0]);
    REQUIRE(found.size() == 1);
    CHECK(found[0]->first == 7);
    CHECK(found[0]->last == 8);
    CHECK(found[0]->canonical == "Jean Dupont");
}

TEST_CASE("pronoun_resolver: a person of the same sentence wins over the previous sentence") {
    Sentence first = make_sentence("Paul/Paul/PROPN/np.ant Martin/Martin/PROPN/np.cog a/avoir/AUX/vbhaver.pri.p3.sg "
                                   "parlé/parler/VERB/vblex.pp ././PUNCT/sent");
    add_mention(first, 0, 2, EntityType::Person);
    // "Marc Leroy a dit qu' il partait ."
    Sentence second = make_sentence(
        "Marc/Marc/PROPN/np.ant Leroy/Leroy/PROPN/np.cog a/avoir/AUX/vbhaver.pri.p3.sg dit/dire/VERB/vblex.pp "
        "qu'/que/SCONJ/cnjsub il/il/PRON/prn.subj.p3.m.sg partait/partir/VERB/vblex.pii.p3.sg ././PUNCT/sent");
    add_mention(second, 0, 2, EntityType::Person);
    Document doc = make_document({first, second});
    resolve_all(doc);
    const auto found = pronouns(doc.sentences[1]);
    REQUIRE(found.size() == 1);
    CHECK(found[0]->canonical == "Marc Leroy");
}

TEST_CASE("pronoun_resolver: a name after a preposition is no subject, and il looks further back") {
    Sentence first = make_sentence("Paul/Paul/PROPN/np.ant Martin/Martin/PROPN/np.cog a/avoir/AUX/vbhaver.pri.p3.sg "
                                   "parlé/parler/VERB/vblex.pp ././PUNCT/sent");
    add_mention(first, 0, 2, EntityType::Person);
    // "Devant Marc Leroy , il a reculé ."
    Sentence second = make_sentence(
        "Devant/devant/ADP/pr Marc/Marc/PROPN/np.ant Leroy/Leroy/PROPN/np.cog ,/,/PUNCT/cm "
        "il/il/PRON/prn.subj.p3.m.sg a/avoir/AUX/vbhaver.pri.p3.sg reculé/reculer/VERB/vblex.pp ././PUNCT/sent");
    add_mention(second, 1, 3, EntityType::Person);
    Document doc = make_document({first, second});
    resolve_all(doc);
    const auto found = pronouns(doc.sentences[1]);
    REQUIRE(found.size() == 1);
    CHECK(found[0]->canonical == "Paul Martin");
}

TEST_CASE("pronoun_resolver: il after a sentence about a country or an organization stays unresolved") {
    Sentence first = make_sentence("Paul/Paul/PROPN/np.ant Martin/Martin/PROPN/np.cog a/avoir/AUX/vbhaver.pri.p3.sg "
                                   "parlé/parler/VERB/vblex.pp ././PUNCT/sent");
    add_mention(first, 0, 2, EntityType::Person);
    // "Le Japon a annoncé qu' il signerait ."
    Sentence second = make_sentence(
        "Le/le/DET/det Japon/Japon/PROPN/np.top a/avoir/AUX/vbhaver.pri.p3.sg annoncé/annoncer/VERB/vblex.pp "
        "qu'/que/SCONJ/cnjsub il/il/PRON/prn.subj.p3.m.sg signerait/signer/VERB/vblex.cni.p3.sg ././PUNCT/sent");
    add_mention(second, 1, 2, EntityType::Country);
    Document doc = make_document({first, second});
    resolve_all(doc);
    CHECK(pronouns(doc.sentences[1]).empty());
}

TEST_CASE("pronoun_resolver: il resolved to the first person of the previous sentence") {
    // "Jean Dupont a critiqué Marie Leroy ." then "Il a promis des embauches ."
    Sentence first = make_sentence(
        "Jean/Jean/PROPN/np.ant Dupont/Dupont/PROPN/np.cog a/avoir/AUX/vbhaver.pri.p3.sg "
        "critiqué/critiquer/VERB/vblex.pp Marie/Marie/PROPN/np.ant Leroy/Leroy/PROPN/np.cog ././PUNCT/sent");
    add_mention(first, 0, 2, EntityType::Person);
    add_mention(first, 4, 6, EntityType::Person);
    Document doc = make_document({first, he_promised()});
    resolve_all(doc);
    CHECK(pronouns(doc.sentences[0]).empty());
    const auto found = pronouns(doc.sentences[1]);
    REQUIRE(found.size() == 1);
    CHECK(found[0]->first == 0);
    CHECK(found[0]->text == "Il");
    CHECK(found[0]->canonical == "Jean Dupont");
}

TEST_CASE("pronoun_resolver: demonyms and non-persons are not antecedents") {
    // "Le ministre français et l' entreprise Renault ont discuté ." then "Il a promis ..."
    Sentence first = make_sentence(
        "Le/le/DET/det.def.m.sg ministre/ministre/NOUN/n.m.sg français/français/ADJ/adj.m.sg "
        "et/et/CCONJ/cnjcoo l'/le/DET/det.def.mf.sg entreprise/entreprise/NOUN/n.f.sg "
        "Renault/Renault/PROPN/np ont/avoir/AUX/vbhaver.pri.p3.pl discuté/discuter/VERB/vblex.pp ././PUNCT/sent");
    add_mention(first, 2, 3, EntityType::Person, true, "France");
    add_mention(first, 6, 7, EntityType::Organization);
    Document doc = make_document({first, he_promised()});
    resolve_all(doc);
    CHECK(pronouns(doc.sentences[1]).empty());
    CHECK(doc.sentences[1].mentions.empty());
}

TEST_CASE("pronoun_resolver: headlines are skipped when looking back") {
    Sentence headline = make_sentence("Marie/Marie/PROPN/np.ant Leroy/Leroy/PROPN/np.cog en/en/ADP/pr "
                                      "visite/visite/NOUN/n.f.sg à/à/ADP/pr Lyon/Lyon/PROPN/np.loc");
    headline.headline = true;
    add_mention(headline, 0, 2, EntityType::Person);
    add_mention(headline, 5, 6, EntityType::Place);

    SECTION("the person of the sentence before the headline is taken") {
        Document doc = make_document({dupont_visits(), headline, he_promised()});
        resolve_all(doc);
        const auto found = pronouns(doc.sentences[2]);
        REQUIRE(found.size() == 1);
        CHECK(found[0]->canonical == "Jean Dupont");
    }
    SECTION("a headline alone gives no antecedent") {
        Document doc = make_document({headline, he_promised()});
        resolve_all(doc);
        CHECK(doc.sentences[1].mentions.empty());
    }
}

TEST_CASE("pronoun_resolver: persons inside quotation marks are not antecedents") {
    SECTION("French guillemets") {
        // "« Marie Leroy nous a trompés » , il a répété ."
        Sentence quoted = make_sentence(
            "«/«/PUNCT/lquot Marie/Marie/PROPN/np.ant Leroy/Leroy/PROPN/np.cog nous/nous/PRON/prn.obj.p1.mf.pl "
            "a/avoir/AUX/vbhaver.pri.p3.sg trompés/tromper/VERB/vblex.pp.m.pl »/»/PUNCT/rquot ,/,/PUNCT/cm "
            "il/il/PRON/prn.subj.p3.m.sg a/avoir/AUX/vbhaver.pri.p3.sg répété/répéter/VERB/vblex.pp ././PUNCT/sent");
        add_mention(quoted, 1, 3, EntityType::Person);
        Document doc = make_document({dupont_visits(), quoted});
        resolve_all(doc);
        const auto found = pronouns(doc.sentences[1]);
        REQUIRE(found.size() == 1);
        CHECK(found[0]->first == 8);
        CHECK(found[0]->canonical == "Jean Dupont");
    }
    SECTION("straight double quotes") {
        Sentence quoted = make_sentence(
            "\"/\"/PUNCT/quot Marie/Marie/PROPN/np.ant Leroy/Leroy/PROPN/np.cog a/avoir/AUX/vbhaver.pri.p3.sg "
            "raison/raison/NOUN/n.f.sg \"/\"/PUNCT/quot ,/,/PUNCT/cm il/il/PRON/prn.subj.p3.m.sg "
            "a/avoir/AUX/vbhaver.pri.p3.sg admis/admettre/VERB/vblex.pp ././PUNCT/sent");
        add_mention(quoted, 1, 3, EntityType::Person);
        Document doc = make_document({dupont_visits(), quoted});
        resolve_all(doc);
        const auto found = pronouns(doc.sentences[1]);
        REQUIRE(found.size() == 1);
        CHECK(found[0]->canonical == "Jean Dupont");
    }
    SECTION("a quoted person of an earlier sentence is not taken either") {
        // "« Marie Leroy a tort » , a déclaré le syndicat ." then "Il a promis ..."
        Sentence quoted = make_sentence(
            "«/«/PUNCT/lquot Marie/Marie/PROPN/np.ant Leroy/Leroy/PROPN/np.cog a/avoir/AUX/vbhaver.pri.p3.sg "
            "tort/tort/NOUN/n.m.sg »/»/PUNCT/rquot ,/,/PUNCT/cm a/avoir/AUX/vbhaver.pri.p3.sg "
            "déclaré/déclarer/VERB/vblex.pp le/le/DET/det.def.m.sg syndicat/syndicat/NOUN/n.m.sg ././PUNCT/sent");
        add_mention(quoted, 1, 3, EntityType::Person);
        Document doc = make_document({dupont_visits(), quoted, he_promised()});
        resolve_all(doc);
        const auto found = pronouns(doc.sentences[2]);
        REQUIRE(found.size() == 1);
        CHECK(found[0]->canonical == "Jean Dupont");
    }
}

TEST_CASE("pronoun_resolver: impersonal il is not resolved") {
    Sentence impersonal;
    SECTION("il y a") {
        impersonal = make_sentence("Il/il/PRON/prn.subj.p3.m.sg y/y/PRON/adv a/avoir/VERB/vbhaver.pri.p3.sg "
                                   "des/un/DET/det.ind.mf.pl retards/retard/NOUN/n.m.pl ././PUNCT/sent");
    }
    SECTION("il faut") {
        impersonal = make_sentence("Il/il/PRON/prn.subj.p3.m.sg faut/falloir/VERB/vblex.pri.p3.sg "
                                   "agir/agir/VERB/vblex.inf vite/vite/ADV/adv ././PUNCT/sent");
    }
    SECTION("il est nécessaire") {
        impersonal = make_sentence("Il/il/PRON/prn.subj.p3.m.sg est/être/AUX/vbser.pri.p3.sg "
                                   "nécessaire/nécessaire/ADJ/adj.mf.sg d'/de/ADP/pr agir/agir/VERB/vblex.inf "
                                   "././PUNCT/sent");
    }
    SECTION("il s'agit") {
        impersonal = make_sentence("Il/il/PRON/prn.subj.p3.m.sg s'/se/PRON/prn.ref.p3.mf.sg "
                                   "agit/agir/VERB/vblex.pri.p3.sg d'/de/ADP/pr une/un/DET/det.ind.f.sg "
                                   "erreur/erreur/NOUN/n.f.sg ././PUNCT/sent");
    }
    Document doc = make_document({dupont_visits(), impersonal});
    resolve_all(doc);
    CHECK(doc.sentences[1].mentions.empty());
}

TEST_CASE("pronoun_resolver: inverted -t-il is resolved") {
    // "« Nous resterons » , a-t-il ajouté ."
    Sentence s = make_sentence(
        "«/«/PUNCT/lquot Nous/nous/PRON/prn.subj.p1.mf.pl resterons/rester/VERB/vblex.fti.p1.pl »/»/PUNCT/rquot "
        ",/,/PUNCT/cm a/avoir/AUX/vbhaver.pri.p3.sg -t-il/il/PRON/prn.subj.p3.m.sg "
        "ajouté/ajouter/VERB/vblex.pp ././PUNCT/sent");
    Document doc = make_document({dupont_visits(), s});
    resolve_all(doc);
    const auto found = pronouns(doc.sentences[1]);
    REQUIRE(found.size() == 1);
    CHECK(found[0]->first == 6);
    CHECK(found[0]->text == "-t-il");
    CHECK(found[0]->canonical == "Jean Dupont");
}

TEST_CASE("pronoun_resolver: lui after selon, d'après or pour is resolved") {
    Sentence s;
    std::size_t at = 0;
    SECTION("selon lui") {
        s = make_sentence("Selon/selon/ADP/pr lui/lui/PRON/prn.tn.p3.m.sg ,/,/PUNCT/cm la/le/DET/det.def.f.sg "
                          "crise/crise/NOUN/n.f.sg est/être/AUX/vbser.pri.p3.sg grave/grave/ADJ/adj.mf.sg "
                          "././PUNCT/sent");
        at = 1;
    }
    SECTION("d'après lui") {
        s = make_sentence("La/le/DET/det.def.f.sg crise/crise/NOUN/n.f.sg durera/durer/VERB/vblex.fti.p3.sg ,/,/PUNCT/cm "
                          "d'après/d'après/ADP/pr lui/lui/PRON/prn.tn.p3.m.sg ././PUNCT/sent");
        at = 5;
    }
    SECTION("pour lui") {
        s = make_sentence("Pour/pour/ADP/pr lui/lui/PRON/prn.tn.p3.m.sg ,/,/PUNCT/cm c'/ce/PRON/prn.dem "
                          "est/être/AUX/vbser.pri.p3.sg une/un/DET/det.ind.f.sg erreur/erreur/NOUN/n.f.sg "
                          "././PUNCT/sent");
        at = 1;
    }
    Document doc = make_document({dupont_visits(), s});
    resolve_all(doc);
    const auto found = pronouns(doc.sentences[1]);
    REQUIRE(found.size() == 1);
    CHECK(found[0]->first == at);
    CHECK(found[0]->text == "lui");
    CHECK(found[0]->canonical == "Jean Dupont");
}

TEST_CASE("pronoun_resolver: lui in other positions is left alone") {
    // "Le ministre lui a répondu ." — an object pronoun, not resolved.
    Sentence s = make_sentence("Le/le/DET/det.def.m.sg ministre/ministre/NOUN/n.m.sg lui/lui/PRON/prn.obj.p3.mf.sg "
                               "a/avoir/AUX/vbhaver.pri.p3.sg répondu/répondre/VERB/vblex.pp ././PUNCT/sent");
    Document doc = make_document({dupont_visits(), s});
    resolve_all(doc);
    CHECK(doc.sentences[1].mentions.empty());
}

TEST_CASE("pronoun_resolver: no antecedent within three sentences adds nothing") {
    SECTION("four sentences back is too far") {
        Document doc = make_document({dupont_visits(), nobody(), nobody(), nobody(), he_promised()});
        resolve_all(doc);
        CHECK(doc.sentences[4].mentions.empty());
    }
    SECTION("three sentences back is still in reach") {
        Document doc = make_document({dupont_visits(), nobody(), nobody(), he_promised()});
        resolve_all(doc);
        const auto found = pronouns(doc.sentences[3]);
        REQUIRE(found.size() == 1);
        CHECK(found[0]->canonical == "Jean Dupont");
    }
    SECTION("a first sentence has nothing before it") {
        Document doc = make_document({he_promised()});
        resolve_all(doc);
        CHECK(doc.sentences[0].mentions.empty());
    }
}

TEST_CASE("pronoun_resolver: the added mention copies the antecedent and keeps mentions sorted") {
    // "M. Dupont est arrivé à Paris ." with canonical "Jean Dupont" and title "M.".
    Sentence first = make_sentence("M./M./NOUN/n.m.sg Dupont/Dupont/PROPN/np.cog est/être/AUX/vbser.pri.p3.sg "
                                   "arrivé/arriver/VERB/vblex.pp à/à/ADP/pr Paris/Paris/PROPN/np.loc ././PUNCT/sent");
    add_mention(first, 0, 2, EntityType::Person, false, "Jean Dupont");
    first.mentions.back().name = "Dupont";
    first.mentions.back().title = "M.";
    first.mentions.back().wikidata = "Q0";
    add_mention(first, 5, 6, EntityType::Place);
    // "Devant l' ONU , il a cité Marie Leroy ."
    Sentence second = make_sentence(
        "Devant/devant/ADP/pr l'/le/DET/det.def.mf.sg ONU/ONU/PROPN/np.org ,/,/PUNCT/cm "
        "il/il/PRON/prn.subj.p3.m.sg a/avoir/AUX/vbhaver.pri.p3.sg cité/citer/VERB/vblex.pp "
        "Marie/Marie/PROPN/np.ant Leroy/Leroy/PROPN/np.cog ././PUNCT/sent");
    add_mention(second, 7, 9, EntityType::Person);  // appended out of order on purpose below
    add_mention(second, 2, 3, EntityType::Organization);
    std::swap(second.mentions[0], second.mentions[1]);  // mentions come ordered by first token
    Document doc = make_document({first, second});
    resolve_all(doc);

    const auto& mentions = doc.sentences[1].mentions;
    REQUIRE(mentions.size() == 3);
    for (std::size_t i = 1; i < mentions.size(); ++i) CHECK(mentions[i - 1].first <= mentions[i].first);
    CHECK(mentions[0].canonical == "ONU");
    CHECK(mentions[2].canonical == "Marie Leroy");
    CHECK_FALSE(mentions[0].pronoun);
    CHECK_FALSE(mentions[2].pronoun);

    const Mention& added = mentions[1];
    CHECK(added.pronoun);
    CHECK(added.type == EntityType::Person);
    CHECK(added.first == 4);
    CHECK(added.last == 5);
    CHECK(added.text == "il");
    CHECK(added.canonical == "Jean Dupont");
    CHECK(added.wikidata == "Q0");
    CHECK(added.title.empty());
    CHECK_FALSE(added.demonym);

    // The first sentence keeps its own mentions untouched.
    CHECK(doc.sentences[0].mentions.size() == 2);
}

TEST_CASE("pronoun_resolver: a resolved pronoun carries its person to the next pronoun") {
    // Sentence 4 is four sentences away from the name, but three from the "il" of sentence 1,
    // which stands for Jean Dupont: "il" after "il" keeps the same referent.
    Document doc = make_document({dupont_visits(), he_promised(), nobody(), nobody(), he_promised()});
    resolve_all(doc);
    REQUIRE(pronouns(doc.sentences[1]).size() == 1);
    REQUIRE(pronouns(doc.sentences[4]).size() == 1);
    CHECK(pronouns(doc.sentences[4])[0]->canonical == "Jean Dupont");
}

TEST_CASE("pronoun_resolver: resolving a sentence twice adds nothing more") {
    Document doc = make_document({dupont_visits(), he_promised()});
    resolve_pronouns(doc, 1, lexicon());
    resolve_pronouns(doc, 1, lexicon());
    CHECK(doc.sentences[1].mentions.size() == 1);
}

TEST_CASE("pronoun_resolver: 'elle' stands for a woman named before, and 'il' not for her") {
    Sentence roche = make_sentence(
        "Mme/Mme/NOUN/n Anne/Anne/PROPN/np.ant.f Roche/Roche/PROPN/np.cog a/avoir/AUX/vbhaver.pri.p3.sg "
        "visité/visiter/VERB/vblex.pp.m.sg l'/le/DET/det.def.mf.sg usine/usine/NOUN/n.f.sg ././PUNCT/sent");
    add_mention(roche, 1, 3, EntityType::Person);
    roche.mentions[0].title = "Mme";
    const Sentence she = make_sentence(
        "Elle/elle/PRON/prn.subj.p3.f.sg a/avoir/AUX/vbhaver.pri.p3.sg promis/promettre/VERB/vblex.pp "
        "des/un/DET/det.ind.mf.pl embauches/embauche/NOUN/n.f.pl ././PUNCT/sent");
    Document doc = make_document({roche, she, he_promised()});
    resolve_all(doc);
    REQUIRE(pronouns(doc.sentences[1]).size() == 1);
    CHECK(pronouns(doc.sentences[1])[0]->canonical == "Anne Roche");
    CHECK(pronouns(doc.sentences[1])[0]->resolution == "pronoun");
    CHECK(pronouns(doc.sentences[2]).empty());  // "il" after a woman: nobody
}

namespace {

/// "Le Japon a indiqué qu' il enverrait des secours ." with its tree, Japon as a country.
Sentence japan_says_it_will() {
    Sentence s = make_sentence(
        "Le/le/DET/det.def.m.sg Japon/Japon/PROPN/np.top.m.sg a/avoir/AUX/vbhaver.pri.p3.sg "
        "indiqué/indiquer/VERB/vblex.pp.m.sg qu'/que/SCONJ/cnjsub il/il/PRON/prn.subj.p3.m.sg "
        "enverrait/envoyer/VERB/vblex.cni.p3.sg des/un/DET/det.ind.mf.pl secours/secours/NOUN/n.m.pl ././PUNCT/sent");
    add_tree(s, "2:det 4:nsubj 4:aux 0:root 7:mark 7:nsubj 4:ccomp 9:det 7:obj 4:punct");
    add_mention(s, 1, 2, EntityType::Country);
    return s;
}

}  // namespace

TEST_CASE("pronoun_resolver: il in the complement of a country's verb of saying stands for that country") {
    Document doc = make_document({japan_says_it_will()});
    resolve_all(doc);
    const auto found = pronouns(doc.sentences[0]);
    REQUIRE(found.size() == 1);
    CHECK(found[0]->canonical == "Japon");
    CHECK(found[0]->type == EntityType::Country);
}

TEST_CASE("pronoun_resolver: a country that is not the subject of the governing verb is no antecedent") {
    Sentence s = japan_says_it_will();
    s.tokens[1].deprel = "obl:mod";  // "Au Japon, on a indiqué qu'il …": not the one who speaks
    Document doc = make_document({s});
    resolve_all(doc);
    CHECK(pronouns(doc.sentences[0]).empty());
}

TEST_CASE("pronoun_resolver: il in a relative clause or adverbial clause is not taken for the country") {
    Sentence s = japan_says_it_will();
    s.tokens[6].deprel = "advcl";  // "… indiqué, parce qu'il enverrait …"
    Document doc = make_document({s});
    resolve_all(doc);
    CHECK(pronouns(doc.sentences[0]).empty());
}

TEST_CASE("pronoun_resolver: elle stands for a name set beside a feminine noun in the same sentence") {
    // "L' ONG Lumen publie un rapport où elle dénonce la torture ."
    Sentence s = make_sentence(
        "L'/le/DET/det.def.mf.sg ONG/ONG/NOUN/n.f.sg/Gender=Fem|Number=Sing Lumen/Lumen/PROPN/np.al "
        "publie/publier/VERB/vblex.pri.p3.sg un/un/DET/det.ind.m.sg rapport/rapport/NOUN/n.m.sg où/où/PRON/rel.adv "
        "elle/elle/PRON/prn.subj.p3.f.sg dénonce/dénoncer/VERB/vblex.pri.p3.sg la/le/DET/det.def.f.sg "
        "torture/torture/NOUN/n.f.sg ././PUNCT/sent");
    add_tree(s, "2:det 4:nsubj 2:appos 0:root 6:det 4:obj 9:obl:mod 9:nsubj 6:acl:relcl 11:det 9:obj 4:punct");
    add_mention(s, 2, 3, EntityType::Organization);
    Document doc = make_document({s});
    resolve_all(doc);
    auto found = pronouns(doc.sentences[0]);
    REQUIRE(found.size() == 1);
    CHECK(found[0]->canonical == "Lumen");

    // Beside a masculine noun ("le groupe Lumen"), "elle" is somebody else.
    Sentence masculine = s;
    masculine.tokens[1].feats = {"Gender=Masc", "Number=Sing"};
    masculine.tokens[1].xpos = "n.m.sg";
    Document other = make_document({masculine});
    resolve_all(other);
    CHECK(pronouns(other.sentences[0]).empty());
}

TEST_CASE("pronoun_resolver: a sentence without a verb gives no topic and is stepped over") {
    // "Jean Dupont a visité l'usine. Marie Curie)." then "Il a parlé.": the fragment is no topic.
    Sentence fragment = make_sentence("Marie/Marie/PROPN/np.ant.f Curie/Curie/PROPN/np.cog )/)/PUNCT/rpar ././PUNCT/sent");
    add_mention(fragment, 0, 2, EntityType::Person);
    Sentence speaks = make_sentence("Il/il/PRON/prn.subj.p3.m.sg a/avoir/AUX/vbhaver.pri.p3.sg "
                                    "parlé/parler/VERB/vblex.pp.m.sg ././PUNCT/sent");
    Document doc = make_document({dupont_visits(), fragment, speaks});
    resolve_all(doc);
    const auto found = pronouns(doc.sentences[2]);
    REQUIRE(found.size() == 1);
    CHECK(found[0]->canonical == "Jean Dupont");
}
