// Tests of the committed models (ontology/models) through the tagging + parsing API, on a
// sentence written for this test.
#include <catch2/catch.hpp>

#include <filesystem>

#include "analysis/syntax.h"

using namespace trame;

namespace {

ud::Sentence sentence_of(const std::vector<std::string>& forms) {
    ud::Sentence s;
    for (const std::string& f : forms) {
        ud::Word w;
        w.form = f;
        s.words.push_back(w);
        ud::Token t;
        t.form = f;
        t.first_word = s.words.size() - 1;
        s.tokens.push_back(t);
    }
    return s;
}

int index_of(const ud::Sentence& s, const std::string& form) {
    for (std::size_t i = 0; i < s.words.size(); ++i)
        if (s.words[i].form == form) return static_cast<int>(i);
    return -99;
}

const std::string kModels = std::string(TRAME_SOURCE_DIR) + "/ontology/models";
const std::string kAutomorf = std::string(TRAME_APERTIUM_DIR) + "/fra-cat.automorf.bin";

}  // namespace

TEST_CASE("syntax: the committed models tag and parse a sentence") {
    static const ud::SyntaxModels models = ud::SyntaxModels::load(kModels);
    ud::SyntaxAnalyser analyser(models, kAutomorf);
    ud::Sentence s = sentence_of({"La", "ministre", "de", "la", "Santé", "a", "présenté", "hier", "un", "nouveau",
                                  "plan", "contre", "la", "grippe", "."});
    analyser.analyse(s);
    const int verb = index_of(s, "présenté");
    CHECK(s.words[static_cast<std::size_t>(verb)].upos == "VERB");
    CHECK(s.words[static_cast<std::size_t>(verb)].lemma == "présenter");
    CHECK(s.words[static_cast<std::size_t>(verb)].head == -1);
    CHECK(s.words[static_cast<std::size_t>(verb)].deprel == "root");
    const ud::Word& subject = s.words[static_cast<std::size_t>(index_of(s, "ministre"))];
    CHECK(subject.head == verb);
    CHECK(subject.deprel == "nsubj");
    const ud::Word& object = s.words[static_cast<std::size_t>(index_of(s, "plan"))];
    CHECK(object.head == verb);
    CHECK(object.deprel == "obj");
    CHECK(object.feats == "Gender=Masc|Number=Sing");
    const ud::Word& aux = s.words[static_cast<std::size_t>(index_of(s, "a"))];
    CHECK(aux.upos == "AUX");
    CHECK(aux.lemma == "avoir");
    CHECK(aux.head == verb);
    CHECK(s.words[static_cast<std::size_t>(index_of(s, "Santé"))].head == index_of(s, "ministre"));
}

TEST_CASE("syntax: a sentence gets the same analysis alone and after others") {
    static const ud::SyntaxModels models = ud::SyntaxModels::load(kModels);
    ud::SyntaxAnalyser first(models, kAutomorf), second(models, kAutomorf);
    ud::Sentence a = sentence_of({"Les", "avions", "décollent", "tôt", "."});
    ud::Sentence warmup = sentence_of({"Nous", "avions", "froid", "."});
    second.analyse(warmup);
    ud::Sentence b = a;
    first.analyse(a);
    second.analyse(b);
    for (std::size_t i = 0; i < a.words.size(); ++i) {
        CHECK(a.words[i].upos == b.words[i].upos);
        CHECK(a.words[i].lemma == b.words[i].lemma);
        CHECK(a.words[i].head == b.words[i].head);
        CHECK(a.words[i].deprel == b.words[i].deprel);
    }
    CHECK(a.words[1].upos == "NOUN");
    CHECK(a.words[1].lemma == "avion");
}

TEST_CASE("syntax: a missing model folder names the file") {
    CHECK_THROWS_WITH(ud::SyntaxModels::load("/nonexistent/models"), "/nonexistent/models/tagger.model: cannot open tagger model");
}
