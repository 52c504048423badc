// Tests of the repairs of the tagger's output (analysis/word_repairs), on hand-built sentences.
#include <catch2/catch.hpp>

#include <memory>

#include "analysis/word_repairs.h"
#include "document/utf8.h"

using namespace trame::ud;

namespace {

Word word(const std::string& form, const std::string& lemma, const std::string& upos, const std::string& feats,
          int head, const std::string& deprel) {
    Word w;
    w.form = form;
    w.lemma = lemma;
    w.upos = upos;
    w.feats = feats;
    w.head = head;
    w.deprel = deprel;
    return w;
}

std::shared_ptr<const MorphEntry> entry(std::vector<MorphCandidate> candidates) {
    return std::make_shared<const MorphEntry>(make_entry(std::move(candidates)));
}

}  // namespace

TEST_CASE("word repairs: a reflexive se has the lemma se") {
    Sentence s;
    s.words = {word("Elle", "il", "PRON", "Person=3", 2, "nsubj"), word("s'", "soi", "PRON", "Person=3|Reflex=Yes", 2, "expl:pv"),
               word("éloigne", "éloigner", "VERB", "VerbForm=Fin", -1, "root")};
    repair_words(s, SentenceMorphology(3));
    CHECK(s.words[1].lemma == "se");
    CHECK(s.words[0].lemma == "il");
}

TEST_CASE("word repairs: a finite verb with a copula becomes the adjective lttoolbox knows") {
    Sentence s;
    s.words = {word("Anne", "Anne", "PROPN", "_", 2, "nsubj"), word("est", "être", "AUX", "VerbForm=Fin", 2, "cop"),
               word("contente", "contenter", "VERB", "Mood=Ind|VerbForm=Fin", -1, "root")};
    SentenceMorphology morph(3);
    morph[2] = entry({{"contenter", {"vblex", "pri", "p3", "sg"}, 0}, {"content", {"adj", "f", "sg"}, 0}});
    repair_words(s, morph);
    CHECK(s.words[2].upos == "ADJ");
    CHECK(s.words[2].lemma == "content");
    CHECK(s.words[2].feats == "Gender=Fem|Number=Sing");

    // Without a copula the verb stays.
    s.words[1].deprel = "aux:tense";
    s.words[2] = word("contente", "contenter", "VERB", "Mood=Ind|VerbForm=Fin", -1, "root");
    repair_words(s, morph);
    CHECK(s.words[2].upos == "VERB");
}

TEST_CASE("word repairs: an unknown plural noun has its singular as lemma") {
    Sentence s;
    s.words = {word("les", "le", "DET", "Number=Plur", 1, "det"), word("Wolofs", "Wolofs", "PROPN", "Number=Plur", -1, "root"),
               word("Thomas", "Thomas", "PROPN", "Number=Sing", 1, "appos")};
    repair_words(s, SentenceMorphology(3));
    CHECK(s.words[1].lemma == "Wolof");
    CHECK(s.words[2].lemma == "Thomas");
    // A word lttoolbox knows keeps the lemmatizer's lemma.
    SentenceMorphology known(3);
    known[1] = entry({{"Wolofs", {"np", "al"}, 0}});
    s.words[1].lemma = "Wolofs";
    repair_words(s, known);
    CHECK(s.words[1].lemma == "Wolofs");
}

TEST_CASE("word repairs: two surnames joined by a hyphen become two tokens", "[lttoolbox]") {
    Morphology morphology(TRAME_APERTIUM_DIR "/fra-cat.automorf.bin");
    Sentence s;
    const std::vector<std::string> forms = {"le", "duel", "Biden-Trump", "et", "Jean-Pierre"};
    std::size_t at = 0;
    for (const std::string& f : forms) {
        Token t;
        t.form = f;
        t.first_word = s.words.size();
        t.begin = at;
        t.end = at + trame::utf8_length(f);
        at = t.end + 1;
        s.tokens.push_back(t);
        Word w;
        w.form = f;
        s.words.push_back(w);
    }
    split_joined_names(s, morphology);
    REQUIRE(s.tokens.size() == 7);
    CHECK(s.tokens[2].form == "Biden");
    CHECK(s.tokens[3].form == "-");
    CHECK(s.tokens[4].form == "Trump");
    CHECK(s.tokens[3].begin == 13);
    CHECK(s.tokens[4].end == 19);
    CHECK(s.tokens[6].form == "Jean-Pierre");  // lttoolbox knows it as one name
    CHECK(s.words.size() == 7);
    CHECK(s.tokens[6].first_word == 6);
}
