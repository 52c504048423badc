// Tests of the analysis stage: UD tokenizer, trained tagger and parser, lttoolbox readings as XPOS.
#include <catch2/catch.hpp>

#include <stdexcept>
#include <string>
#include <vector>

#include "analysis/analyser.h"

using trame::Analyser;
using trame::Document;
using trame::Sentence;
using trame::Token;

namespace {

/// One analyser for the whole test binary: loading it takes a tenth of a second.
Analyser& analyser() {
    static Analyser instance(TRAME_DATA_DIR);
    return instance;
}

std::size_t code_point_count(const std::string& s) {
    std::size_t n = 0;
    for (unsigned char c : s)
        if ((c & 0xC0) != 0x80) ++n;
    return n;
}

/// The UTF-8 text of code points [begin, end) of `text`.
std::string code_point_substr(const std::string& text, std::size_t begin, std::size_t end) {
    std::size_t cp = 0;
    std::size_t from = text.size();
    std::size_t to = text.size();
    for (std::size_t i = 0; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
        if (cp == begin) from = i;
        if (cp == end) to = i;
        ++cp;
    }
    return from > to ? std::string() : text.substr(from, to - from);
}

/// A document made of `sentences`, one per line, as the segmenter would leave it.
Document make_document(const std::vector<std::string>& sentences) {
    Document doc;
    doc.name = "test";
    doc.id = "test";
    for (const std::string& text : sentences) {
        Sentence s;
        s.index = doc.sentences.size();
        s.text = text;
        s.begin = code_point_count(doc.text);
        s.end = s.begin + code_point_count(text);
        doc.text += text + "\n";
        doc.sentences.push_back(s);
    }
    return doc;
}

/// Analyses one sentence (placed after a first one, so that offsets do not start at 0).
std::vector<Token> analyse(const std::string& sentence) {
    Document doc = make_document({"Première phrase.", sentence});
    analyser().analyse(doc);
    return doc.sentences[1].tokens;
}

std::vector<std::string> forms(const std::vector<Token>& tokens) {
    std::vector<std::string> out;
    for (const Token& t : tokens) out.push_back(t.form);
    return out;
}

const Token& find(const std::vector<Token>& tokens, const std::string& form) {
    for (const Token& t : tokens)
        if (t.form == form) return t;
    FAIL("no token '" << form << "'");
    throw std::logic_error("unreachable");
}

/// Every token's offsets point at its form in the document, inside its sentence, in order.
void check_offsets(const Document& doc) {
    for (const Sentence& s : doc.sentences) {
        std::size_t previous_end = s.begin;
        for (const Token& t : s.tokens) {
            INFO("token " << t << " at " << t.begin << "-" << t.end);
            CHECK(code_point_substr(doc.text, t.begin, t.end) == t.form);
            CHECK(t.begin >= previous_end);
            CHECK(t.end <= s.end);
            CHECK(t.begin < t.end);
            CHECK_FALSE(t.upos.empty());
            CHECK_FALSE(t.lemma.empty());
            previous_end = t.end;
        }
    }
}

}  // namespace

TEST_CASE("analyser: offsets match the document text, accents and apostrophes included") {
    Document doc = make_document({
        "Selon M. Dupont, l’Ukraine exigera le retrait des troupes étrangères.",
        "Le député a répété qu'il n'a jamais été consulté, d’après l’Élysée.",
        "« Nous refusons ce chantage », a lancé la présidente – sans détour…",
    });
    analyser().analyse(doc);
    for (const Sentence& s : doc.sentences) CHECK_FALSE(s.tokens.empty());
    check_offsets(doc);
}

TEST_CASE("analyser: elided words are split and lemmatised, with ’ and '") {
    std::vector<Token> tokens = analyse("Le Kremlin a rappelé qu'il n'a pas reconnu l’Ukraine.");
    CHECK(forms(tokens) == std::vector<std::string>{"Le", "Kremlin", "a", "rappelé", "qu'", "il", "n'", "a",
                                                    "pas", "reconnu", "l’", "Ukraine", "."});
    CHECK(find(tokens, "qu'").lemma == "que");
    CHECK(find(tokens, "n'").lemma == "ne");
    CHECK(find(tokens, "l’").lemma == "le");
    CHECK(find(tokens, "Ukraine").upos == "PROPN");
    CHECK(find(tokens, "Le").lemma == "le");  // common words: no case copied onto the lemma
}

TEST_CASE("analyser: the abbreviation M. is one token") {
    std::vector<Token> tokens = analyse("M. Dupont a rencontré le ministre.");
    REQUIRE(tokens.size() >= 2);
    CHECK(tokens[0].form == "M.");
    CHECK(tokens[1].form == "Dupont");
    CHECK(tokens[1].upos == "PROPN");
}

TEST_CASE("analyser: digit groups make one number") {
    std::vector<Token> tokens = analyse("Moscou a envoyé 12 300 soldats et 1\u202F000\u00A0000 euros en 2024.");
    const Token& soldiers = find(tokens, "12 300");
    CHECK(soldiers.upos == "NUM");
    CHECK(soldiers.lemma == "12300");
    CHECK(find(tokens, "1\u202F000\u00A0000").lemma == "1000000");
    CHECK(find(tokens, "2024").upos == "NUM");
    CHECK(find(tokens, "soldats").lemma == "soldat");
}

TEST_CASE("analyser: names carry their lttoolbox tags in XPOS, unknown words 'unk'") {
    std::vector<Token> tokens = analyse("L'Arabie saoudite et l'ONU ont reçu Zelinskovitch à Riyad.");
    CHECK(find(tokens, "Arabie").upos == "PROPN");
    CHECK(find(tokens, "Arabie").has_tag("top"));
    const Token& un = find(tokens, "ONU");
    CHECK(un.upos == "PROPN");
    CHECK(un.has_tag("acr"));
    CHECK(un.lemma == "ONU");
    const Token& unknown = find(tokens, "Zelinskovitch");
    CHECK(unknown.upos == "PROPN");
    CHECK(unknown.xpos == "unk");
    CHECK(unknown.has_tag("unk"));
    CHECK(unknown.lemma == "Zelinskovitch");
}

TEST_CASE("analyser: every token has a head inside the sentence and one root") {
    std::vector<Token> tokens = analyse("Le prochain sommet aura lieu à Genève.");
    int roots = 0;
    for (const Token& t : tokens) {
        CHECK(t.head >= -1);
        CHECK(t.head < static_cast<int>(tokens.size()));
        CHECK_FALSE(t.deprel.empty());
        roots += t.head == -1;
    }
    CHECK(roots == 1);
    CHECK(find(tokens, "aura").has_tag("Tense=Fut"));
}

TEST_CASE("analyser: quotes and symbols are tokens of their own") {
    std::vector<Token> tokens =
        analyse("Le porte-parole a dénoncé « une provocation » et des “mensonges” : 45 % des aides, 3 €.");
    const Token& open = find(tokens, "«");
    CHECK(open.upos == "PUNCT");
    CHECK(find(tokens, "»").upos == "PUNCT");
    CHECK(find(tokens, "“").upos == "PUNCT");
    CHECK(find(tokens, "”").upos == "PUNCT");
    CHECK(find(tokens, "%").upos == "SYM");
    CHECK(find(tokens, "€").upos == "SYM");
    CHECK(find(tokens, "mensonges").lemma == "mensonge");
}

TEST_CASE("analyser: contractions du and aux are one token of two words, ADP with the article's features") {
    Document doc = make_document({"Le président du Sénat s'est adressé aux journalistes."});
    analyser().analyse(doc);
    const Sentence& sentence = doc.sentences[0];
    const Token& du = find(sentence.tokens, "du");
    CHECK(du.lemma == "de");
    CHECK(du.upos == "ADP");
    CHECK(du.has_tag("Definite=Def"));
    REQUIRE(du.word_count == 2);
    CHECK(sentence.words[du.first_word].form == "de");
    CHECK(sentence.words[du.first_word + 1].form == "le");
    CHECK(sentence.words[du.first_word + 1].upos == "DET");
    const Token& aux = find(sentence.tokens, "aux");
    CHECK(aux.lemma == "à");
    CHECK(aux.upos == "ADP");
    CHECK(aux.word_count == 2);
    std::size_t words = 0;
    for (const Token& t : sentence.tokens) {
        CHECK(t.first_word == words);
        words += t.word_count;
    }
    CHECK(words == sentence.words.size());
}

TEST_CASE("analyser: verbs get their lemma and tense") {
    std::vector<Token> tokens = analyse("Le gouvernement exigera des garanties, car Berlin pourrait refuser.");
    const Token& future = find(tokens, "exigera");
    CHECK(future.lemma == "exiger");
    CHECK(future.upos == "VERB");
    CHECK(future.has_tag("Tense=Fut"));
    const Token& conditional = find(tokens, "pourrait");
    CHECK(conditional.lemma == "pouvoir");
    CHECK(conditional.has_tag("Mood=Cnd"));
}

TEST_CASE("analyser: Apertium's special characters in the text are harmless") {
    Document doc = make_document({
        "Le ^rapport$ contient <balises> et /barres/ \\ @ {x} [note] # * +.",
        "^$/<>\\@{}[]",
    });
    analyser().analyse(doc);
    check_offsets(doc);
    const std::vector<Token>& tokens = doc.sentences[0].tokens;
    CHECK(find(tokens, "rapport").lemma == "rapport");
    CHECK(find(tokens, "balises").lemma == "balise");
    CHECK(find(tokens, "^").upos == "SYM");
    CHECK(find(tokens, "[").upos == "PUNCT");
}

TEST_CASE("analyser: empty, punctuation-only and very long sentences") {
    std::string long_sentence = "Le ministre";
    for (int i = 0; i < 400; ++i) long_sentence += " et le ministre";
    long_sentence += " ont voté.";
    Document doc = make_document({"", "« … » !", long_sentence, "Il viendra"});
    analyser().analyse(doc);
    check_offsets(doc);
    CHECK(doc.sentences[0].tokens.empty());
    CHECK(forms(doc.sentences[1].tokens) == std::vector<std::string>{"«", "…", "»", "!"});
    CHECK(doc.sentences[2].tokens.size() == 2 + 400 * 3 + 3);
    CHECK(forms(doc.sentences[3].tokens) == std::vector<std::string>{"Il", "viendra"});
    CHECK(find(doc.sentences[3].tokens, "viendra").lemma == "venir");
}

TEST_CASE("analyser: an empty document") {
    Document doc;
    analyser().analyse(doc);
    CHECK(doc.sentences.empty());
}

TEST_CASE("analyser: a second analyser in the same process works") {
    Analyser second(TRAME_DATA_DIR);
    Document doc = make_document({"La Commission européenne a proposé de nouvelles sanctions."});
    second.analyse(doc);
    check_offsets(doc);
    CHECK(find(doc.sentences[0].tokens, "proposé").lemma == "proposer");
}

TEST_CASE("analyser: a missing data folder names the file") {
    try {
        Analyser broken("/nonexistent/data");
        FAIL("no exception");
    } catch (const std::exception& e) {
        CHECK(std::string(e.what()).find("/nonexistent/data") != std::string::npos);
    }
}
