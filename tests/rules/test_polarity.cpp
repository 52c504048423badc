// Tests of negation and modality read off the verb group.
#include <catch2/catch.hpp>

#include "rules/polarity.h"
#include "tests/token_builder.h"

using namespace trame;
using trame::testing::make_sentence;

TEST_CASE("polarity: a plain verb is asserted and not negated") {
    const Sentence s = make_sentence("Paris/Paris/PROPN/np.top accepte/accepter/VERB/vblex.pri.p3.sg l'/le/DET/det offre/offre/NOUN/n");
    const Polarity p = assess_polarity(s, 1);
    CHECK(!p.negated);
    CHECK(p.modality == Modality::Asserted);
}

TEST_CASE("polarity: ne ... pas, ne ... aucun, ni ... ni are negations; ne ... que is not") {
    const Sentence pas = make_sentence(
        "Rome/Rome/PROPN/np.top n'/ne/ADV/adv a/avoir/AUX/vbhaver.pri.p3.sg pas/pas/ADV/adv "
        "accepté/accepter/VERB/vblex.pp.m.sg/VerbForm=Part l'/le/DET/det offre/offre/NOUN/n");
    CHECK(assess_polarity(pas, 4).negated);
    const Sentence aucun = make_sentence(
        "Oslo/Oslo/PROPN/np.top n'/ne/ADV/adv a/avoir/AUX/vbhaver.pri.p3.sg posé/poser/VERB/vblex.pp.m.sg/VerbForm=Part "
        "aucune/aucun/DET/det.ind.f.sg condition/condition/NOUN/n");
    CHECK(assess_polarity(aucun, 3).negated);
    const Sentence ni = make_sentence(
        "ni/ni/CCONJ/cnjcoo Paris/Paris/PROPN/np.top ni/ni/CCONJ/cnjcoo Rome/Rome/PROPN/np.top n'/ne/ADV/adv "
        "ont/avoir/AUX/vbhaver.pri.p3.pl répondu/répondre/VERB/vblex.pp.m.sg/VerbForm=Part");
    CHECK(assess_polarity(ni, 6).negated);
    const Sentence que = make_sentence(
        "Rome/Rome/PROPN/np.top ne/ne/ADV/adv demande/demander/VERB/vblex.pri.p3.sg qu'/que/SCONJ/cnjsub "
        "une/un/DET/det trêve/trêve/NOUN/n");
    CHECK(!assess_polarity(que, 2).negated);
}

TEST_CASE("polarity: refuser is a verb of its own, not a negation") {
    const Sentence s = make_sentence(
        "Kiev/Kiev/PROPN/np.top refuse/refuser/VERB/vblex.pri.p3.sg de/de/ADP/pr céder/céder/VERB/vblex.inf/VerbForm=Inf");
    CHECK(!assess_polarity(s, 1).negated);
}

TEST_CASE("polarity: conditional, future, modals and aller + infinitive are hypothetical") {
    const Sentence cni = make_sentence("Rome/Rome/PROPN/np.top accepterait/accepter/VERB/vblex.cni.p3.sg/Mood=Cnd");
    CHECK(assess_polarity(cni, 1).modality == Modality::Hypothetical);
    const Sentence fti = make_sentence("Rome/Rome/PROPN/np.top acceptera/accepter/VERB/vblex.fti.p3.sg/Tense=Fut");
    CHECK(assess_polarity(fti, 1).modality == Modality::Hypothetical);
    const Sentence modal = make_sentence(
        "la/le/DET/det réunion/réunion/NOUN/n devrait/devoir/VERB/vbmod.cni.p3.sg/Mood=Cnd se/se/PRON/prn.pro.ref "
        "tenir/tenir/VERB/vblex.inf/VerbForm=Inf");
    CHECK(assess_polarity(modal, 4).modality == Modality::Hypothetical);
    const Sentence peut = make_sentence("Rome/Rome/PROPN/np.top peut/pouvoir/VERB/vbmod.pri.p3.sg accepter/accepter/VERB/vblex.inf/VerbForm=Inf");
    CHECK(assess_polarity(peut, 2).modality == Modality::Hypothetical);
    const Sentence va = make_sentence("Rome/Rome/PROPN/np.top va/aller/VERB/vblex.pri.p3.sg signer/signer/VERB/vblex.inf/VerbForm=Inf");
    CHECK(assess_polarity(va, 2).modality == Modality::Hypothetical);
}

TEST_CASE("polarity: a question or a si-clause is hypothetical; sans + infinitive is negated") {
    const Sentence question = make_sentence("Rome/Rome/PROPN/np.top accepte/accepter/VERB/vblex.pri.p3.sg ?/?/PUNCT/sent");
    CHECK(assess_polarity(question, 1).modality == Modality::Hypothetical);
    const Sentence si = make_sentence(
        "si/si/SCONJ/cnjadv Rome/Rome/PROPN/np.top accepte/accepter/VERB/vblex.pri.p3.sg");
    CHECK(assess_polarity(si, 2).modality == Modality::Hypothetical);
    const Sentence sans = make_sentence(
        "Rome/Rome/PROPN/np.top a/avoir/AUX/vbhaver.pri.p3.sg signé/signer/VERB/vblex.pp/VerbForm=Part sans/sans/ADP/pr "
        "consulter/consulter/VERB/vblex.inf/VerbForm=Inf");
    CHECK(assess_polarity(sans, 4).negated);
}

TEST_CASE("polarity: an event noun is hypothetical when planned, negated after aucun") {
    const Sentence planned = make_sentence(
        "un/un/DET/det appel/appel/NOUN/n entre/entre/ADP/pr Rome/Rome/PROPN/np.top et/et/CCONJ/cnjcoo "
        "Paris/Paris/PROPN/np.top est/être/AUX/vbser.pri.p3.sg prévu/prévoir/VERB/vblex.pp.m.sg/VerbForm=Part ././PUNCT/sent");
    CHECK(assess_polarity(planned, 1).modality == Modality::Hypothetical);
    const Sentence held = make_sentence(
        "l'/le/DET/det appel/appel/NOUN/n entre/entre/ADP/pr Rome/Rome/PROPN/np.top et/et/CCONJ/cnjcoo "
        "Paris/Paris/PROPN/np.top a/avoir/AUX/vbhaver.pri.p3.sg duré/durer/VERB/vblex.pp.m.sg/VerbForm=Part ././PUNCT/sent");
    CHECK(assess_polarity(held, 1).modality == Modality::Asserted);
    CHECK(!assess_polarity(held, 1).negated);
    const Sentence none = make_sentence(
        "il/il/PRON/prn n'/ne/ADV/adv y/y/PRON/prn a/avoir/VERB/vblex.pri eu/avoir/AUX/vbhaver.pp/VerbForm=Part aucune/aucun/DET/det "
        "rencontre/rencontre/NOUN/n");
    CHECK(assess_polarity(none, 6).negated);
}

TEST_CASE("polarity: aurait dû / aurait pu + infinitive is a counterfactual, negated and hypothetical") {
    const Sentence s = make_sentence(
        "Rome/Rome/PROPN/np.top aurait/avoir/AUX/vbhaver.cni.p3.sg/Mood=Cnd dû/devoir/VERB/vbmod.pp.m.sg/VerbForm=Part "
        "signer/signer/VERB/vblex.inf/VerbForm=Inf");
    const Polarity p = assess_polarity(s, 3);
    CHECK(p.negated);
    CHECK(p.modality == Modality::Hypothetical);
}
