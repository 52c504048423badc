// Tests of definite and demonstrative noun phrases resolved on hand-analysed sentences.
#include <catch2/catch.hpp>

#include "discourse/description_resolver.h"
#include "tests/token_builder.h"

using namespace trame;
using trame::testing::add_mention;
using trame::testing::make_sentence;

namespace {

Document document(std::vector<Sentence> sentences) {
    Document doc;
    for (std::size_t i = 0; i < sentences.size(); ++i) {
        sentences[i].index = i;
        doc.sentences.push_back(std::move(sentences[i]));
    }
    return doc;
}

const std::unordered_map<std::string, EntityType> kHeads = {{"pays", EntityType::Country},
                                                            {"organisation", EntityType::Organization}};

/// "Interpol a reçu Marc Petit ." (an organization, then a man).
Sentence interpol_receives() {
    Sentence s = make_sentence("Interpol/Interpol/PROPN/np a/avoir/AUX/vbhaver reçu/recevoir/VERB/vblex.pp "
                               "Marc/Marc/PROPN/np.ant.m Petit/Petit/PROPN/np.cog ././PUNCT/sent");
    add_mention(s, 0, 1, EntityType::Organization);
    add_mention(s, 3, 5, EntityType::Person);
    return s;
}

std::vector<std::string> resolved(const Sentence& s) {
    std::vector<std::string> out;
    for (const Mention& m : s.mentions)
        if (!m.resolution.empty()) out.push_back(m.resolution + ": " + m.text + " -> " + m.canonical);
    return out;
}

}  // namespace

TEST_CASE("description_resolver: 'ce dernier' in two words is the last entity named") {
    Document doc = document({interpol_receives(),
                             make_sentence("Ce/ce/DET/det.dem dernier/dernier/ADJ/adj.m.sg a/avoir/AUX/vbhaver "
                                           "parlé/parler/VERB/vblex.pp ././PUNCT/sent")});
    resolve_demonstratives(doc, 1);
    CHECK(resolved(doc.sentences[1]) == std::vector<std::string>{"demonstrative: Ce dernier -> Marc Petit"});
}

TEST_CASE("description_resolver: 'ce dernier' before its own noun is no reference") {
    Document doc = document({interpol_receives(),
                             make_sentence("Ce/ce/DET/det.dem dernier/dernier/ADJ/adj.m.sg point/point/NOUN/n.m.sg "
                                           "reste/rester/VERB/vblex.pri ouvert/ouvert/ADJ/adj ././PUNCT/sent")});
    resolve_demonstratives(doc, 1);
    CHECK(resolved(doc.sentences[1]).empty());
}

TEST_CASE("description_resolver: 'l'organisation' is the last organization named, not a later person") {
    Document doc = document({interpol_receives(),
                             make_sentence("L'/le/DET/det.def organisation/organisation/NOUN/n.f.sg "
                                           "a/avoir/AUX/vbhaver répondu/répondre/VERB/vblex.pp ././PUNCT/sent")});
    ArticleModel model;
    model.observe(doc.sentences[0]);
    resolve_definites(doc, 1, model, kHeads);
    CHECK(resolved(doc.sentences[1]) == std::vector<std::string>{"definite: organisation -> Interpol"});
    CHECK(doc.sentences[1].mentions[0].first == 1);  // the noun, as for role descriptions
}

TEST_CASE("description_resolver: a plural or qualified description is not resolved") {
    Document doc = document({interpol_receives(),
                             make_sentence("Les/le/DET/det.def.pl pays/pays/NOUN/n.m.pl ont/avoir/AUX/vbhaver "
                                           "répondu/répondre/VERB/vblex.pp ././PUNCT/sent"),
                             make_sentence("L'/le/DET/det.def organisation/organisation/NOUN/n.f.sg "
                                           "humanitaire/humanitaire/ADJ/adj a/avoir/AUX/vbhaver "
                                           "répondu/répondre/VERB/vblex.pp ././PUNCT/sent")});
    ArticleModel model;
    model.observe(doc.sentences[0]);
    resolve_definites(doc, 1, model, kHeads);
    resolve_definites(doc, 2, model, kHeads);
    CHECK(resolved(doc.sentences[1]).empty());
    CHECK(resolved(doc.sentences[2]).empty());
}

TEST_CASE("description_resolver: 'la ville' is the one place the sentence before named, nobody when it named several") {
    const std::unordered_map<std::string, EntityType> heads = {{"ville", EntityType::Place}};
    const Sentence entered = make_sentence("L'/le/DET/det.def armée/armée/NOUN/n.f.sg est/être/AUX/vbser "
                                           "entrée/entrer/VERB/vblex.pp dans/dans/ADP/pr la/le/DET/det.def.f.sg "
                                           "ville/ville/NOUN/n.f.sg ././PUNCT/sent");
    Sentence one = make_sentence("Les/le/DET/det.def.pl combats/combat/NOUN/n.m.pl continuent/continuer/VERB/vblex "
                                 "à/à/ADP/pr Tikrit/Tikrit/PROPN/np.top ././PUNCT/sent");
    add_mention(one, 4, 5, EntityType::Place);
    Document doc = document({one, entered});
    ArticleModel model;
    model.observe(doc.sentences[0]);
    resolve_definites(doc, 1, model, heads);
    CHECK(resolved(doc.sentences[1]) == std::vector<std::string>{"definite: ville -> Tikrit"});

    Sentence several = make_sentence("Les/le/DET/det.def.pl combats/combat/NOUN/n.m.pl continuent/continuer/VERB/vblex "
                                     "à/à/ADP/pr Tikrit/Tikrit/PROPN/np.top et/et/CCONJ/cnjcoo à/à/ADP/pr "
                                     "Samarra/Samarra/PROPN/np.top ././PUNCT/sent");
    add_mention(several, 4, 5, EntityType::Place);
    add_mention(several, 7, 8, EntityType::Place);
    Document ambiguous = document({several, entered});
    ArticleModel other;
    other.observe(ambiguous.sentences[0]);
    resolve_definites(ambiguous, 1, other, heads);
    CHECK(resolved(ambiguous.sentences[1]).empty());
}

namespace {

const std::unordered_map<std::string, EntityType> kPairHeads = {{"dirigeants", EntityType::Person},
                                                                {"pays", EntityType::Country}};

/// "Les deux dirigeants ont parlé ." or, with `participle`, "Les deux dirigeants élus ont parlé ."
Sentence two_leaders_spoke(bool participle = false) {
    return make_sentence(std::string("Les/le/DET/det.def.pl deux/deux/NUM/num dirigeants/dirigeant/NOUN/n.m.pl ") +
                         (participle ? "élus/élire/VERB/vblex.pp.m.pl/VerbForm=Part " : "") +
                         "ont/avoir/AUX/vbhaver parlé/parler/VERB/vblex.pp ././PUNCT/sent");
}

}  // namespace

TEST_CASE("description_resolver: 'les deux dirigeants' are the two persons the sentence before named") {
    Document doc = document({interpol_receives(), two_leaders_spoke()});
    // Only one person there (Marc Petit): nobody.
    resolve_pairs(doc, 1, kPairHeads);
    CHECK(resolved(doc.sentences[1]).empty());

    Sentence two = make_sentence("Marc/Marc/PROPN/np.ant.m Petit/Petit/PROPN/np.cog a/avoir/AUX/vbhaver "
                                 "appelé/appeler/VERB/vblex.pp Léa/Léa/PROPN/np.ant.f Roy/Roy/PROPN/np.cog ././PUNCT/sent");
    add_mention(two, 0, 2, EntityType::Person);
    add_mention(two, 4, 6, EntityType::Person);
    Document pair = document({two, two_leaders_spoke()});
    resolve_pairs(pair, 1, kPairHeads);
    CHECK(resolved(pair.sentences[1]) ==
          std::vector<std::string>{"definite: dirigeants -> Marc Petit", "definite: dirigeants -> Léa Roy"});
    CHECK(pair.sentences[1].mentions[0].first == 2);
    CHECK(pair.sentences[1].mentions[1].first == 2);

    // A participle makes them a set of their own; three persons named are no pair.
    Document qualified = document({two, two_leaders_spoke(true)});
    resolve_pairs(qualified, 1, kPairHeads);
    CHECK(resolved(qualified.sentences[1]).empty());
    Sentence three = two;
    add_mention(three, 3, 4, EntityType::Person);  // a third person, whatever its words
    three.mentions.back().canonical = "Jean Valjean";
    Document many = document({three, two_leaders_spoke()});
    resolve_pairs(many, 1, kPairHeads);
    CHECK(resolved(many.sentences[1]).empty());
}

TEST_CASE("description_resolver: 'ces deux pays' are the two countries named just before") {
    Sentence named = make_sentence("Le/le/DET/det.def.m.sg Pérou/Pérou/PROPN/np.top et/et/CCONJ/cnjcoo "
                                   "le/le/DET/det.def.m.sg Chili/Chili/PROPN/np.top négocient/négocier/VERB/vblex ././PUNCT/sent");
    add_mention(named, 1, 2, EntityType::Country);
    add_mention(named, 4, 5, EntityType::Country);
    Sentence pair = make_sentence("Ces/ce/DET/det.dem.pl deux/deux/NUM/num pays/pays/NOUN/n.m.sp ont/avoir/AUX/vbhaver "
                                  "signé/signer/VERB/vblex.pp ././PUNCT/sent");
    Document doc = document({named, pair});
    resolve_pairs(doc, 1, kPairHeads);
    CHECK(resolved(doc.sentences[1]) ==
          std::vector<std::string>{"definite: pays -> Pérou", "definite: pays -> Chili"});
}

TEST_CASE("description_resolver: 'les rebelles' is the one group the article named 'rebelles …'") {
    Sentence named = make_sentence("Les/le/DET/det.def.pl rebelles/rebelle/NOUN/n.m.pl/Number=Plur "
                                   "touaregs/touareg/ADJ/adj.m.pl ont/avoir/AUX/vbhaver pris/prendre/VERB/vblex.pp "
                                   "Kidal/Kidal/PROPN/np.top ././PUNCT/sent");
    add_mention(named, 1, 3, EntityType::Organization);
    const auto bare = [] {
        return make_sentence("Les/le/DET/det.def.pl rebelles/rebelle/NOUN/n.m.pl/Number=Plur ont/avoir/AUX/vbhaver "
                             "refusé/refuser/VERB/vblex.pp ././PUNCT/sent");
    };
    Document doc = document({named, bare()});
    ArticleModel model;
    model.observe(doc.sentences[0]);
    resolve_group_descriptions(doc, 1, model);
    CHECK(resolved(doc.sentences[1]) == std::vector<std::string>{"definite: rebelles -> rebelles touaregs"});

    // Two groups of that name: nobody.
    Sentence other = make_sentence("Les/le/DET/det.def.pl rebelles/rebelle/NOUN/n.m.pl/Number=Plur "
                                   "peuls/peul/ADJ/adj.m.pl résistent/résister/VERB/vblex ././PUNCT/sent");
    add_mention(other, 1, 3, EntityType::Organization);
    Document two = document({named, other, bare()});
    ArticleModel both;
    both.observe(two.sentences[0]);
    both.observe(two.sentences[1]);
    resolve_group_descriptions(two, 2, both);
    CHECK(resolved(two.sentences[2]).empty());
}

TEST_CASE("description_resolver: two countries named by their adjectives are a pair of countries") {
    Sentence named = make_sentence("Les/le/DET/det.def.pl ministres/ministre/NOUN/n.m.pl péruvien/péruvien/ADJ/adj.m.sg "
                                   "et/et/CCONJ/cnjcoo chilien/chilien/ADJ/adj.m.sg négocient/négocier/VERB/vblex ././PUNCT/sent");
    add_mention(named, 2, 3, EntityType::Country, true, "Pérou");
    add_mention(named, 4, 5, EntityType::Country, true, "Chili");
    Sentence pair = make_sentence("Les/le/DET/det.def.pl deux/deux/NUM/num pays/pays/NOUN/n.m.sp ont/avoir/AUX/vbhaver "
                                  "signé/signer/VERB/vblex.pp ././PUNCT/sent");
    Document doc = document({named, pair});
    resolve_pairs(doc, 1, kPairHeads);
    CHECK(resolved(doc.sentences[1]) ==
          std::vector<std::string>{"definite: pays -> Pérou", "definite: pays -> Chili"});
    CHECK_FALSE(doc.sentences[1].mentions[0].demonym);
}
