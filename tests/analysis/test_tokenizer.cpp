// Tests of analysis/tokenizer: UD French tokens, words and sentences from raw text.
#include <catch2/catch.hpp>

#include <cstdio>
#include <fstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "analysis/tokenizer.h"
#include "document/input_error.h"
#include "tests/code_points.h"
#include "tests/temp_dir.h"

using trame::analysis::Tokenizer;
using trame::analysis::TokenizerLexicon;
namespace ud = trame::ud;

namespace {

const Tokenizer& tokenizer() {
    static const Tokenizer instance = Tokenizer::load(TRAME_DATA_DIR "/lexicons");
    return instance;
}

/// The token forms of all sentences, in order.
std::vector<std::string> token_forms(const std::vector<ud::Sentence>& sentences) {
    std::vector<std::string> out;
    for (const ud::Sentence& s : sentences)
        for (const ud::Token& t : s.tokens) out.push_back(t.form);
    return out;
}

std::vector<std::string> tokens(const std::string& text) { return token_forms(tokenizer().tokenize(text)); }

/// The word forms of all sentences, multiword tokens expanded.
std::vector<std::string> words(const std::string& text) {
    std::vector<std::string> out;
    for (const ud::Sentence& s : tokenizer().tokenize(text))
        for (const ud::Word& w : s.words) out.push_back(w.form);
    return out;
}

std::vector<std::string> sentence_texts(const std::string& text) {
    std::vector<std::string> out;
    for (const ud::Sentence& s : tokenizer().tokenize(text)) out.push_back(s.text);
    return out;
}

/// `text` without its spaces, tabs, line breaks and no-break spaces (the only white space used here).
std::string without_space(std::string text) {
    for (std::size_t at = text.find("\u00a0"); at != std::string::npos; at = text.find("\u00a0")) text.erase(at, 2);
    std::string out;
    for (char c : text)
        if (c != ' ' && c != '\n' && c != '\t') out += c;
    return out;
}

/// Checks the invariants every tokenization keeps: offsets slice the forms out of the text, the
/// forms spell the text without its white space, words cover the tokens in order.
void check_invariants(const std::string& text) {
    const std::vector<ud::Sentence> sentences = tokenizer().tokenize(text);
    std::string spelled;
    std::size_t previous_end = 0;
    for (const ud::Sentence& s : sentences) {
        std::size_t next_word = 0;
        for (const ud::Token& t : s.tokens) {
            CHECK(trame::testing::code_points(text, t.begin, t.end) == t.form);
            CHECK(t.begin >= previous_end);
            previous_end = t.end;
            CHECK(t.first_word == next_word);
            next_word += t.word_count;
            spelled += without_space(t.form);
        }
        CHECK(next_word == s.words.size());
        CHECK(s.text == trame::testing::code_points(text, s.tokens.front().begin, s.tokens.back().end));
    }
    CHECK(spelled == without_space(text));
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("tokenizer: offsets, forms and words cover the text", "[tokenizer]") {
    for (const std::string& text : {
             std::string("L’été dernier, M. Lefèvre a-t-il vraiment payé 12 300 € au garage du coin ?"),
             std::string("« Prêts ! » a lancé l'entraîneuse. Puis elle est partie…\n\nDeuxième paragraphe, sans point"),
             std::string("Écrivez à marie.durand@exemple.org ou voyez https://exemple.org/a?b=1. C'est-à-dire demain."),
             std::string("  Espaces   au début\tet\u00a0insécables  à la fin.  ")}) {
        INFO(text);
        check_invariants(text);
    }
}

TEST_CASE("tokenizer: contractions are multiword tokens", "[tokenizer]") {
    const std::vector<ud::Sentence> s = tokenizer().tokenize("Il parle au maire du village aux habitants.");
    REQUIRE(s.size() == 1);
    CHECK(token_forms(s) == V{"Il", "parle", "au", "maire", "du", "village", "aux", "habitants", "."});
    CHECK(s[0].tokens[2].word_count == 2);
    CHECK(s[0].tokens[2].first_word == 2);
    CHECK(words("Il parle au maire du village aux habitants.") ==
          V{"Il", "parle", "à", "le", "maire", "de", "le", "village", "à", "les", "habitants", "."});
    CHECK(words("Le projet auquel il tient, duquel il parle, auxquelles elles songent.") ==
          V{"Le", "projet", "à", "lequel", "il", "tient", ",", "de", "lequel", "il", "parle", ",", "à", "lesquelles",
            "elles", "songent", "."});
    CHECK(words("Au loin, Du Bellay.") == V{"À", "le", "loin", ",", "De", "le", "Bellay", "."});
    CHECK(words("Dudit contrat.") == V{"De", "ledit", "contrat", "."});
}

TEST_CASE("tokenizer: des is an article or de + les by its context", "[tokenizer]") {
    // indefinite article: sentence start, after a preposition, after a verb
    CHECK(words("Des enfants jouent avec des ballons.") == V{"Des", "enfants", "jouent", "avec", "des", "ballons", "."});
    CHECK(words("Elle vend des pommes.") == V{"Elle", "vend", "des", "pommes", "."});
    CHECK(words("Ils mangent des pommes.") == V{"Ils", "mangent", "des", "pommes", "."});
    CHECK(words("Il faut utiliser des outils.") == V{"Il", "faut", "utiliser", "des", "outils", "."});
    CHECK(words("Nous avons des doutes.") == V{"Nous", "avons", "des", "doutes", "."});
    CHECK(words("A-t-il des frères ?") == V{"A", "-t-il", "des", "frères", "?"});
    // preposition + article: after a noun, a quantity, a name, a number
    CHECK(words("La fin des travaux approche.") == V{"La", "fin", "de", "les", "travaux", "approche", "."});
    CHECK(words("L'un des joueurs est blessé.") == V{"L'", "un", "de", "les", "joueurs", "est", "blessé", "."});
    CHECK(words("Trois des joueurs sont blessés.") == V{"Trois", "de", "les", "joueurs", "sont", "blessés", "."});
    CHECK(words("Elle parle des élections.") == V{"Elle", "parle", "de", "les", "élections", "."});
    // endings, clitics and auxiliaries tell verbs and adverbs from nouns
    CHECK(words("En présentant des excuses, il ouvre des portes.") ==
          V{"En", "présentant", "des", "excuses", ",", "il", "ouvre", "des", "portes", "."});
    CHECK(words("Elle a déjà publié des romans.") == V{"Elle", "a", "déjà", "publié", "des", "romans", "."});
    CHECK(words("Le comité composé des maires.") == V{"Le", "comité", "composé", "de", "les", "maires", "."});
    CHECK(words("Il visite uniquement des musées, le gouvernement des juges.") ==
          V{"Il", "visite", "uniquement", "des", "musées", ",", "le", "gouvernement", "de", "les", "juges", "."});
    CHECK(words("Le représentant des salariés.") == V{"Le", "représentant", "de", "les", "salariés", "."});
    CHECK(words("Il obtient aisément des aides, un élément des débats.") ==
          V{"Il", "obtient", "aisément", "des", "aides", ",", "un", "élément", "de", "les", "débats", "."});
    // verbs built with "de"
    CHECK(words("Elle se soucie des voisins et profitait des vacances.") ==
          V{"Elle", "se", "soucie", "de", "les", "voisins", "et", "profitait", "de", "les", "vacances", "."});
    // coordination repeats the reading of the first
    CHECK(words("Le sort des femmes et des enfants.") ==
          V{"Le", "sort", "de", "les", "femmes", "et", "de", "les", "enfants", "."});
    CHECK(words("Il vend des livres et des disques.") ==
          V{"Il", "vend", "des", "livres", "et", "des", "disques", "."});
}

TEST_CASE("tokenizer: elided words keep their apostrophe, straight or curly", "[tokenizer]") {
    CHECK(tokens("L'État s'engage jusqu'à l’été.") == V{"L'", "État", "s'", "engage", "jusqu'", "à", "l’", "été", "."});
    CHECK(tokens("Qu’il vienne, lorsqu'on l'appelle, puisqu'elle n'ose pas.") ==
          V{"Qu’", "il", "vienne", ",", "lorsqu'", "on", "l'", "appelle", ",", "puisqu'", "elle", "n'", "ose", "pas", "."});
    CHECK(tokens("C'est j'ai m'a t'es d'où") == V{"C'", "est", "j'", "ai", "m'", "a", "t'", "es", "d'", "où"});
    // words that keep their apostrophe
    CHECK(tokens("Aujourd'hui quelqu'un sait ce que l'on ignore d'aujourd'hui.") ==
          V{"Aujourd'hui", "quelqu'un", "sait", "ce", "que", "l'on", "ignore", "d'", "aujourd'hui", "."});
    // an apostrophe in a name is not an elision; English "'s" and "'n" written apart are tokens
    CHECK(tokens("Le pub O'Brien, chez McDonald's") == V{"Le", "pub", "O'Brien", ",", "chez", "McDonald's"});
    CHECK(tokens("le Farmer 's, du rock 'n roll, 'sic'") ==
          V{"le", "Farmer", "'s", ",", "du", "rock", "'n", "roll", ",", "'", "sic", "'"});
    const std::vector<ud::Sentence> s = tokenizer().tokenize("l'avion");
    CHECK_FALSE(s[0].tokens[0].space_after);
}

TEST_CASE("tokenizer: hyphenated pronouns after a verb are tokens", "[tokenizer]") {
    CHECK(tokens("Que fait-il ? A-t-elle dit oui ? Est-ce vrai ?") ==
          V{"Que", "fait", "-il", "?", "A", "-t-elle", "dit", "oui", "?", "Est", "-ce", "vrai", "?"});
    CHECK(tokens("Allons-y, donnez-le-moi, allez-vous-en.") ==
          V{"Allons", "-y", ",", "donnez", "-le", "-moi", ",", "allez", "-vous", "-en", "."});
    CHECK(tokens("Ce jour-là, celui-ci et celle-là attendaient.") ==
          V{"Ce", "jour", "-là", ",", "celui-ci", "et", "celle-là", "attendaient", "."});
    // compounds stay whole
    CHECK(tokens("Jean-Pierre viendra peut-être à Saint-Étienne, c'est-à-dire demain.") ==
          V{"Jean-Pierre", "viendra", "peut-être", "à", "Saint-Étienne", ",", "c'est-à-dire", "demain", "."});
    CHECK(tokens("DIT-IL") == V{"DIT", "-IL"});
}

TEST_CASE("tokenizer: numbers keep their digit groups and decimal comma", "[tokenizer]") {
    CHECK(tokens("Il y a 12 300 habitants et 1 000 000 d'euros, soit 3,5 %.") ==
          V{"Il", "y", "a", "12 300", "habitants", "et", "1 000 000", "d'", "euros", ",", "soit", "3,5", "%", "."});
    CHECK(tokens("Le 14 juillet 2024 à 20 h 30, -2,5 degrés et 1\u00a0250,75 euros.") ==
          V{"Le", "14", "juillet", "2024", "à", "20", "h", "30", ",", "-2,5", "degrés", "et", "1\u00a0250,75", "euros", "."});
    // a unit written against its number is split from it; ordinals and names with digits are not
    CHECK(tokens("À 20h30, 160km et 12kg. Le 1er et le XXIe siècle, le G20.") ==
          V{"À", "20", "h", "30", ",", "160", "km", "et", "12", "kg", ".", "Le", "1er", "et", "le", "XXIe", "siècle",
            ",", "le", "G20", "."});
    CHECK(tokens("Il fait 25 °C, au n° 5.") == V{"Il", "fait", "25", "°C", ",", "au", "n°", "5", "."});
    CHECK(tokens("Les élu(e)s et les AUTRE(S) (voir)") ==
          V{"Les", "élu(e)s", "et", "les", "AUTRE(S)", "(", "voir", ")"});
    // a year before a number is not a digit group
    CHECK(tokens("En 2024 300 salariés") == V{"En", "2024", "300", "salariés"});
    CHECK(tokens("1, 2, 3") == V{"1", ",", "2", ",", "3"});
}

TEST_CASE("tokenizer: abbreviations and initials do not end a sentence", "[tokenizer]") {
    CHECK(sentence_texts("M. Martin et Mme Roux sont arrivés. Ils repartent demain.") ==
          V{"M. Martin et Mme Roux sont arrivés.", "Ils repartent demain."});
    CHECK(tokens("M. Martin et MM. Roux") == V{"M.", "Martin", "et", "MM.", "Roux"});
    CHECK(sentence_texts("George H. W. Bush a visité les U.S. en avion. Voir p. 12 et Dr. Kahn.") ==
          V{"George H. W. Bush a visité les U.S. en avion.", "Voir p. 12 et Dr. Kahn."});
    CHECK(tokens("George H. W. Bush, J.-C. Decaux") == V{"George", "H.", "W.", "Bush", ",", "J.-C.", "Decaux"});
    // "etc." may end a sentence
    CHECK(sentence_texts("Des pommes, des poires, etc. Puis du pain.") == V{"Des pommes, des poires, etc.", "Puis du pain."});
    // then its period is a token of its own, as when it ends the text; inside a sentence it is not
    CHECK(tokens("des poires, etc. Puis") == V{"des", "poires", ",", "etc", ".", "Puis"});
    CHECK(tokens("des poires, etc.") == V{"des", "poires", ",", "etc", "."});
    CHECK(tokens("(des poires, etc.) et du pain") == V{"(", "des", "poires", ",", "etc.", ")", "et", "du", "pain"});
    // a word that only ends like an abbreviation does end the sentence
    CHECK(sentence_texts("Le mur est blanc. Ainsi soit-il.") == V{"Le mur est blanc.", "Ainsi soit-il."});
}

TEST_CASE("tokenizer: URLs and e-mail addresses stay whole", "[tokenizer]") {
    CHECK(tokens("Voir https://www.exemple.fr/actu/2024?id=3, ou www.exemple.org.") ==
          V{"Voir", "https://www.exemple.fr/actu/2024?id=3", ",", "ou", "www.exemple.org", "."});
    CHECK(tokens("Écrire à (jeanne.roux@exemple.fr).") == V{"Écrire", "à", "(", "jeanne.roux@exemple.fr", ")", "."});
    CHECK(tokens("contact:jeanne_roux+info@exemple.fr, merci") ==
          V{"contact", ":", "jeanne_roux+info@exemple.fr", ",", "merci"});
    // an at sign without a domain is not an address
    CHECK(tokens("rendez-vous @midi") == V{"rendez-vous", "@", "midi"});
}

TEST_CASE("tokenizer: punctuation and quotes", "[tokenizer]") {
    CHECK(tokens("« Bonjour », dit-il… Quoi ?! Non... “Oui” (enfin)") ==
          V{"«", "Bonjour", "»", ",", "dit", "-il", "…", "Quoi", "?!", "Non", "...", "“", "Oui", "”", "(", "enfin", ")"});
    CHECK(tokens("«Collés»") == V{"«", "Collés", "»"});
    const std::vector<ud::Sentence> s = tokenizer().tokenize("« Oui »");
    CHECK(s[0].tokens[0].space_after);
    CHECK(s[0].tokens[1].space_after);
}

TEST_CASE("tokenizer: sentence boundaries", "[tokenizer]") {
    CHECK(sentence_texts("Il pleut. Elle sort ! Pourquoi ? Parce que.") ==
          V{"Il pleut.", "Elle sort !", "Pourquoi ?", "Parce que."});
    // a lower-case word or a comma after the mark keeps the sentence going
    CHECK(sentence_texts("« Prêts ? » a-t-il demandé. « Oui ! », ont-ils répondu.") ==
          V{"« Prêts ? » a-t-il demandé.", "« Oui ! », ont-ils répondu."});
    // closing quotes and brackets stay with their sentence
    CHECK(sentence_texts("Elle a dit : « C'est fini. » Puis elle est partie. (Il restait.) Voilà.") ==
          V{"Elle a dit : « C'est fini. »", "Puis elle est partie.", "(Il restait.)", "Voilà."});
    CHECK(sentence_texts("Il a dit \"non.\" \"Jamais\" répète-t-il.") == V{"Il a dit \"non.\"", "\"Jamais\" répète-t-il."});
    // numbers and list dashes after a period start a sentence
    CHECK(sentence_texts("Fin du premier acte. 2e acte : le retour.") == V{"Fin du premier acte.", "2e acte : le retour."});
    CHECK(sentence_texts("Précautions. - si vous avez froid.") == V{"Précautions.", "- si vous avez froid."});
    // a line break and a blank line end a sentence
    CHECK(sentence_texts("Un titre sans point\nLe texte suit.\n\nUn autre paragraphe") ==
          V{"Un titre sans point", "Le texte suit.", "Un autre paragraphe"});
    // a capitalized opener after an unpunctuated headline
    CHECK(sentence_texts("Grève des transports Le trafic sera perturbé lundi.") ==
          V{"Grève des transports", "Le trafic sera perturbé lundi."});
    // a semicolon before a capital, an initial before an opener, a heading in capitals, a short
    // heading with a colon
    CHECK(sentence_texts("Le vent souffle ; Marie rentre ; elle a froid.") ==
          V{"Le vent souffle ;", "Marie rentre ; elle a froid."});
    CHECK(sentence_texts("Il tourne sous Mac OS X. Une version existe. Il voit J. Martin.") ==
          V{"Il tourne sous Mac OS X.", "Une version existe.", "Il voit J. Martin."});
    CHECK(sentence_texts("MODE D'EMPLOI Agiter avant usage.") == V{"MODE D'EMPLOI", "Agiter avant usage."});
    CHECK(sentence_texts("Conservation : Le flacon se garde au frais. Note : Marie viendra.") ==
          V{"Conservation :", "Le flacon se garde au frais.", "Note : Marie viendra."});
    CHECK(sentence_texts("Photo Marc DURAND Le maire a parlé.") == V{"Photo Marc DURAND", "Le maire a parlé."});
    // but not a title after a preposition, nor a name
    CHECK(sentence_texts("Il écrit dans Le journal de Paris et lit La Croix.") ==
          V{"Il écrit dans Le journal de Paris et lit La Croix."});
    // punctuation alone on its line joins the sentence before it (or after it, when first)
    CHECK(sentence_texts("Paris, 3 mai. –\nLe conseil vote.") == V{"Paris, 3 mai. –", "Le conseil vote."});
    CHECK(sentence_texts("***\nLe conseil vote.") == V{"*** Le conseil vote."});
    CHECK(tokenizer().tokenize("").empty());
    CHECK(tokenizer().tokenize(" \n\n \t").empty());
}

TEST_CASE("tokenizer: hard-wrapped text keeps its sentences across lines", "[tokenizer]") {
    const Tokenizer wrapped(TokenizerLexicon::load(TRAME_DATA_DIR "/lexicons"), false);
    std::vector<std::string> texts;
    for (const ud::Sentence& s : wrapped.tokenize("Le conseil municipal a voté\nle budget hier. Il sera\nappliqué.\n\nFin"))
        texts.push_back(s.text);
    CHECK(texts == V{"Le conseil municipal a voté le budget hier.", "Il sera appliqué.", "Fin"});
}

TEST_CASE("tokenizer: invisible characters, very long words and sentences", "[tokenizer]") {
    CHECK(tokens("\uFEFFBonjour\u200Bà tous") == V{"Bonjour", "à", "tous"});
    CHECK(tokens("la cons\u00ADtitution") == V{"la", "cons\u00ADtitution"});
    const std::string long_word(100000, 'a');
    CHECK(tokens("l'" + long_word + "-il") == V{"l'", long_word, "-il"});
    std::string many;
    for (int i = 0; i < 2500; ++i) many += "mot ";
    const std::vector<ud::Sentence> s = tokenizer().tokenize(many);
    REQUIRE(s.size() == 3);
    CHECK(s[0].tokens.size() == Tokenizer::kMaxSentenceTokens);
    CHECK(s[2].tokens.size() == 500);
    check_invariants(many);
}

TEST_CASE("tokenizer: words carry no analysis yet", "[tokenizer]") {
    const std::vector<ud::Sentence> s = tokenizer().tokenize("Du pain.");
    REQUIRE(s.size() == 1);
    for (const ud::Word& w : s[0].words) {
        CHECK(w.lemma == "_");
        CHECK(w.upos == "_");
        CHECK(w.head == -2);
    }
}

TEST_CASE("tokenizer: invalid input and lexicons are reported", "[tokenizer]") {
    CHECK_THROWS_AS(tokenizer().tokenize("caf\xC3"), std::invalid_argument);
    CHECK_THROWS_WITH(Tokenizer::load("/nonexistent/lexicons"), Catch::Contains("/nonexistent/lexicons/abbreviations.txt"));

    trame::testing::TempDir dir("trame-tokenizer");
    for (const char* name : {"abbreviations.txt", "elisions.txt", "apostrophe_words.txt", "contractions.txt",
                             "hyphen_clitics.txt", "des_contexts.txt", "units.txt", "sentence_openers.txt"})
        dir.write(name, trame::testing::read_file(std::string(TRAME_DATA_DIR "/lexicons/") + name));
    CHECK_NOTHROW(Tokenizer::load(dir.path.string()));
    dir.write("des_contexts.txt", trame::testing::read_file(dir / "des_contexts.txt") + "maybe que\n");
    CHECK_THROWS_AS(Tokenizer::load(dir.path.string()), trame::InputError);
    CHECK_THROWS_WITH(Tokenizer::load(dir.path.string()), Catch::Contains("des_contexts.txt:"));
}
