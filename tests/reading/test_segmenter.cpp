// Tests of the Segmenter: sentence boundaries, offsets in code points, headlines and long sentences.
#include <catch2/catch.hpp>

#include "tests/code_points.h"

#include <string>
#include <vector>

#include "reading/reader.h"
#include "reading/segmenter.h"

using namespace trame;

using trame::testing::code_points;

namespace {

const Segmenter& segmenter() {
    static const Segmenter instance;
    return instance;
}

/// The document of `text`, read and segmented.
Document segmented(const std::string& text) {
    static const Reader reader(Boilerplate::load(TRAME_SOURCE_DIR "/ontology/boilerplate.tsv"));
    Document doc = reader.parse("test.txt", text);
    segmenter().segment(doc);
    return doc;
}

std::vector<std::string> sentence_texts(const std::string& text) {
    std::vector<std::string> texts;
    for (const Sentence& sentence : segmented(text).sentences) texts.push_back(sentence.text);
    return texts;
}

std::vector<bool> headlines(const std::string& text) {
    std::vector<bool> flags;
    for (const Sentence& sentence : segmented(text).sentences) flags.push_back(sentence.headline);
    return flags;
}

std::size_t code_point_count(const std::string& text) {
    std::size_t count = 0;
    for (unsigned char c : text) count += (c & 0xC0) != 0x80;
    return count;
}

/// Checks that every sentence is its own span of the document text, in order and numbered from 0.
void check_spans(const Document& doc) {
    std::size_t previous_end = 0;
    for (std::size_t i = 0; i < doc.sentences.size(); ++i) {
        const Sentence& sentence = doc.sentences[i];
        INFO("sentence " << i << ": " << sentence.text);
        CHECK(sentence.index == i);
        CHECK(sentence.begin >= previous_end);
        CHECK(sentence.begin < sentence.end);
        CHECK(code_points(doc.text, sentence.begin, sentence.end) == sentence.text);
        previous_end = sentence.end;
    }
}

}  // namespace

TEST_CASE("segmenter: M. and MM. do not end a sentence", "[segmenter]") {
    CHECK(sentence_texts("Selon M. Lefèvre, le vote aura lieu demain. MM. Durand et Petit le confirment. "
                         "Mme Roux s'y oppose.") ==
          std::vector<std::string>{"Selon M. Lefèvre, le vote aura lieu demain.", "MM. Durand et Petit le confirment.",
                                   "Mme Roux s'y oppose."});
}

TEST_CASE("segmenter: etc. before a capital ends a sentence, a decimal point does not", "[segmenter]") {
    CHECK(sentence_texts("Il a cité les pommes, les poires, etc. Le marché a progressé de 3.5 % en mai. "
                         "Le taux est de 2,7 %.") ==
          std::vector<std::string>{"Il a cité les pommes, les poires, etc.", "Le marché a progressé de 3.5 % en mai.",
                                   "Le taux est de 2,7 %."});
}

TEST_CASE("segmenter: a quote followed by its speech verb stays one sentence", "[segmenter]") {
    CHECK(sentence_texts("« Nous sommes prêts. » a-t-il dit. Puis il est parti.") ==
          std::vector<std::string>{"« Nous sommes prêts. » a-t-il dit.", "Puis il est parti."});
    CHECK(sentence_texts("« Nous sommes prêts ! » a-t-il lancé devant la presse.").size() == 1);
    CHECK(sentence_texts("« Est-ce la fin ? », s'est interrogé le ministre.").size() == 1);
    CHECK(sentence_texts("\"C'est terminé !\" a-t-elle affirmé.").size() == 1);
}

TEST_CASE("segmenter: a sentence starting with a quote is kept whole", "[segmenter]") {
    CHECK(sentence_texts("« Il faut que cette rencontre se tienne vite, car les sujets ne manquent pas », a déclaré "
                         "le porte-parole. Il n'a pas précisé la date.") ==
          std::vector<std::string>{"« Il faut que cette rencontre se tienne vite, car les sujets ne manquent pas », "
                                   "a déclaré le porte-parole.",
                                   "Il n'a pas précisé la date."});
    CHECK(sentence_texts("“Le dialogue doit reprendre”, estime l’ambassadeur.").size() == 1);
    CHECK(sentence_texts("Le ministre a été clair. « Nous ne céderons pas. » La séance a été levée.") ==
          std::vector<std::string>{"Le ministre a été clair.", "« Nous ne céderons pas. »", "La séance a été levée."});
}

TEST_CASE("segmenter: each line is a hard boundary", "[segmenter]") {
    CHECK(sentence_texts("Un titre sans point\nUne phrase coupée\npar un retour à la ligne.") ==
          std::vector<std::string>{"Un titre sans point", "Une phrase coupée", "par un retour à la ligne."});
}

TEST_CASE("segmenter: a line without final punctuation is a headline", "[segmenter]") {
    CHECK(headlines("Le Kremlin veut une rencontre rapide") == std::vector<bool>{true});
    CHECK(headlines("Le Kremlin veut une rencontre rapide.") == std::vector<bool>{false});
    CHECK(headlines("Barack Obama : « le meilleur reste à venir ! »") == std::vector<bool>{false});
    CHECK(headlines("Il a répondu : « Non. »") == std::vector<bool>{false});
    CHECK(headlines("Et maintenant…") == std::vector<bool>{false});
    CHECK(headlines("Pourquoi un tel silence ?") == std::vector<bool>{false});
    CHECK(headlines("Exclusif. Le Kremlin répond à Washington") == std::vector<bool>{false, true});
    CHECK(headlines("Moscou répond\nLe Kremlin a publié un communiqué.") == std::vector<bool>{true, false});
}

TEST_CASE("segmenter: offsets are code points into the document text", "[segmenter]") {
    Document doc = segmented("😀 Été 2025 : l’œuvre 🇫🇷\n\nÀ Zürich, M. Müller a signé l’accord. "
                             "Il part ensuite à Genève ! Ça va ?\r\nPublicité\nDernière ligne.");
    check_spans(doc);
    REQUIRE(doc.sentences.size() == 5);
    CHECK(doc.sentences[0].begin == 0);
    CHECK(doc.sentences[0].end == 23);
    CHECK(doc.sentences[1].begin == 25);
    CHECK(doc.sentences[1].text == "À Zürich, M. Müller a signé l’accord.");
    CHECK(doc.sentences[3].text == "Ça va ?");
    CHECK(doc.sentences[4].text == "Dernière ligne.");
}

TEST_CASE("segmenter: segment() numbers the sentences again from 0", "[segmenter]") {
    Document doc = segmented("Première phrase. Deuxième phrase.\nTroisième phrase.");
    segmenter().segment(doc);
    REQUIRE(doc.sentences.size() == 3);
    check_spans(doc);
}

TEST_CASE("segmenter: a sentence longer than 2000 code points is cut at white space", "[segmenter]") {
    SECTION("cuts fall between words") {
        std::string text;
        while (code_point_count(text) < 5000) text += "éléphant ";
        text += "fin.";
        Document doc = segmented(text);
        check_spans(doc);
        REQUIRE(doc.sentences.size() == 3);
        std::string joined;
        for (const Sentence& sentence : doc.sentences) {
            CHECK(code_point_count(sentence.text) <= Segmenter::kMaxLength);
            if (&sentence != &doc.sentences.back())  // cut at the last space: at most a word shorter
                CHECK(code_point_count(sentence.text) > Segmenter::kMaxLength - 9);
            CHECK_FALSE(sentence.headline);
            joined += (joined.empty() ? "" : " ") + sentence.text;
        }
        CHECK(joined == text);
    }
    SECTION("a white space just after the limit keeps a full piece") {
        std::string word(Segmenter::kMaxLength, 'a');
        CHECK(sentence_texts(word + " suite.") == std::vector<std::string>{word, "suite."});
    }
    SECTION("a word longer than the limit is cut at the limit") {
        std::string word(4500, 'x');
        Document doc = segmented(word);
        check_spans(doc);
        REQUIRE(doc.sentences.size() == 3);
        CHECK(doc.sentences[0].text.size() == 2000);
        CHECK(doc.sentences[1].text.size() == 2000);
        CHECK(doc.sentences[2].text.size() == 500);
        CHECK_FALSE(doc.sentences[2].headline);
    }
}

TEST_CASE("segmenter: a name's initials do not end the sentence") {
    CHECK(sentence_texts("L'ancien président John F. Kennedy a visité Berlin. Il y a parlé.") ==
          std::vector<std::string>{"L'ancien président John F. Kennedy a visité Berlin.", "Il y a parlé."});
    CHECK(sentence_texts("Elle a salué Paul R. T. Lemoine hier.") ==
          std::vector<std::string>{"Elle a salué Paul R. T. Lemoine hier."});
    // A name of more than one letter ends a sentence as usual.
    CHECK(sentence_texts("Elle a salué Paul. Le lendemain, il est parti.") ==
          std::vector<std::string>{"Elle a salué Paul.", "Le lendemain, il est parti."});
}
