// Tests of quotations that run over several sentences.
#include <catch2/catch.hpp>

#include "discourse/quotations.h"
#include "tests/token_builder.h"

using namespace trame;
using trame::testing::add_mention;
using trame::testing::make_sentence;

namespace {

Document quotation(const std::string& first, const std::string& second) {
    Document doc;
    doc.sentences = {make_sentence(first), make_sentence(second)};
    doc.sentences[1].index = 1;
    return doc;
}

Fact speaker_says(std::size_t sentence, const std::string& text) {
    Fact fact;
    fact.subject.text = "Dupont";
    fact.subject.mention = 0;
    fact.subject.mention_sentence = sentence;
    fact.predicate = "says";
    fact.object.text = text;
    fact.sentence = sentence;
    fact.rule = "says-quote-closing";
    return fact;
}

}  // namespace

TEST_CASE("quotations: the opening sentence of a quotation gets the speaker named after it") {
    Document doc = quotation("«/«/PUNCT/lquot Nous/nous/PRON/prn sommes/être/AUX/vbser prêts/prêt/ADJ/adj ././PUNCT/sent",
                                   "Tout/tout/PRON/prn ira/aller/VERB/vblex.fti bien/bien/ADV/adv »/»/PUNCT/rquot ,/,/PUNCT/cm "
                                   "a/avoir/AUX/vbhaver dit/dire/VERB/vblex.pp Dupont/Dupont/PROPN/np.cog ././PUNCT/sent");
    add_mention(doc.sentences[1], 7, 8, EntityType::Person);
    std::vector<Fact> facts = {speaker_says(1, "Tout ira bien")};
    attribute_quotations(doc, facts);
    REQUIRE(facts.size() == 2);
    CHECK(facts[1].sentence == 0);
    CHECK(facts[1].subject.mention_sentence == 0);  // the speaker's mention copied into the fact's sentence
    CHECK(facts[1].object.text == "Nous sommes prêts");
    CHECK(facts[1].rule == "says-quotation-continued");
    CHECK(facts[1].resolution == "quote-continuation");
    CHECK(facts[0].resolution.empty());
    // The copy names a mention of its own sentence: the speaker, after the sentence's words.
    const Sentence& opening = doc.sentences[0];
    REQUIRE(facts[1].subject.mention == 0);
    REQUIRE(opening.mentions.size() == 1);
    CHECK(opening.mentions[0].canonical == "Dupont");
    CHECK(opening.mentions[0].resolution == "quote-speaker");
    CHECK(opening.mentions[0].first == opening.tokens.size());
}

TEST_CASE("quotations: a closed quotation or one without a speaker adds nothing") {
    Document closed = quotation("«/«/PUNCT/lquot Oui/oui/ADV/adv »/»/PUNCT/rquot ././PUNCT/sent",
                                      "Il/il/PRON/prn part/partir/VERB/vblex ././PUNCT/sent");
    std::vector<Fact> facts = {speaker_says(0, "Oui")};
    attribute_quotations(closed, facts);
    CHECK(facts.size() == 1);

    Document open = quotation("«/«/PUNCT/lquot Nous/nous/PRON/prn sommes/être/AUX/vbser prêts/prêt/ADJ/adj ././PUNCT/sent",
                                    "Tout/tout/PRON/prn ira/aller/VERB/vblex.fti bien/bien/ADV/adv »/»/PUNCT/rquot ././PUNCT/sent");
    std::vector<Fact> none;
    attribute_quotations(open, none);
    CHECK(none.empty());
}
