// Tests of what the words around a mention say about it.
#include <catch2/catch.hpp>

#include "discourse/mention_context.h"
#include "tests/token_builder.h"

using namespace trame;
using trame::testing::add_mention;
using trame::testing::add_tree;
using trame::testing::make_sentence;

TEST_CASE("mention_context: a mention after a preposition, with or without its article") {
    Sentence s = make_sentence("Léa/Léa/PROPN/np.ant.f parle/parler/VERB/vblex à/à/ADP/pr la/le/DET/det.def.f.sg "
                               "Croatie/Croatie/PROPN/np.top ././PUNCT/sent");
    add_mention(s, 0, 1, EntityType::Person);
    add_mention(s, 4, 5, EntityType::Country);
    CHECK_FALSE(after_preposition(s, s.mentions[0]));
    CHECK(after_preposition(s, s.mentions[1]));
}

TEST_CASE("mention_context: a name beside a common noun is governed by the noun's preposition") {
    Sentence s = make_sentence("Léa/Léa/PROPN/np.ant.f écrit/écrire/VERB/vblex pour/pour/ADP/pr la/le/DET/det.def.f.sg "
                               "chaîne/chaîne/NOUN/n.f.sg Canal/Canal/PROPN/np.al ././PUNCT/sent");
    add_tree(s, "2:nsubj 0:root 5:case 5:det 2:obl 5:appos 2:punct");
    add_mention(s, 0, 1, EntityType::Person);
    add_mention(s, 5, 6, EntityType::Organization);
    CHECK(after_preposition(s, s.mentions[1]));
    // Beside a noun that does not govern it ("la chaîne, Canal, …" read as a subject), it is free.
    s.tokens[5].head = 1;
    s.tokens[5].deprel = "nsubj";
    CHECK_FALSE(after_preposition(s, s.mentions[1]));
}

TEST_CASE("mention_context: a sentence without a verb is a fragment") {
    CHECK(verbless(make_sentence("Clinton/Clinton/PROPN/np.cog )/)/PUNCT/rpar ././PUNCT/sent")));
    CHECK_FALSE(verbless(make_sentence("Léa/Léa/PROPN/np.ant.f parle/parler/VERB/vblex ././PUNCT/sent")));
    CHECK_FALSE(verbless(make_sentence("Léa/Léa/PROPN/np.ant.f est/être/AUX/vbser ici/ici/ADV/adv ././PUNCT/sent")));
}

TEST_CASE("mention_context: a woman by her title or first name, nobody by an empty span") {
    Sentence s = make_sentence("Léa/Léa/PROPN/np.ant.f Morel/Morel/PROPN/np.cog et/et/CCONJ/cnjcoo "
                               "Marc/Marc/PROPN/np.ant.m Roux/Roux/PROPN/np.cog ././PUNCT/sent");
    add_mention(s, 0, 2, EntityType::Person);
    add_mention(s, 3, 5, EntityType::Person);
    CHECK(known_woman(s, s.mentions[0]));
    CHECK_FALSE(known_woman(s, s.mentions[1]));
    Mention titled = s.mentions[1];
    titled.title = "Mme";
    CHECK(known_woman(s, titled));
    Mention empty = s.mentions[0];
    empty.first = empty.last = s.tokens.size();
    CHECK_FALSE(known_woman(s, empty));
}

TEST_CASE("mention_context: quoted words, a quotation opened in the sentence before included") {
    Document doc;
    doc.sentences = {make_sentence("«/«/PUNCT/lquot Nous/nous/PRON/prn partons/partir/VERB/vblex ././PUNCT/sent"),
                     make_sentence("Léa/Léa/PROPN/np.ant.f reste/rester/VERB/vblex »/»/PUNCT/rquot ,/,/PUNCT/cm "
                                   "dit/dire/VERB/vblex Marc/Marc/PROPN/np.ant.m ././PUNCT/sent")};
    doc.sentences[1].index = 1;
    CHECK(quoted_tokens(doc, 0) == std::vector<bool>{false, true, true, true});
    CHECK(quoted_tokens(doc, 1) == std::vector<bool>{true, true, false, false, false, false, false});
}
