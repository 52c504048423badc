// Tests of the mention finder on hand-analysed French sentences.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "mentions/gazetteer.h"
#include "mentions/mention_finder.h"

using namespace trame;

namespace {

const Gazetteer& gazetteer() {
    static const Gazetteer instance = Gazetteer::load(std::string(TRAME_SOURCE_DIR) + "/ontology/gazetteer");
    return instance;
}

/// A token as the analyser would give it; the features are the Apertium tags after the first.
Token tok(const std::string& form, const std::string& upos, const std::string& xpos) {
    Token t;
    t.form = form;
    t.lemma = form;
    t.upos = upos;
    t.xpos = xpos;
    for (std::size_t start = xpos.find('.'); start != std::string::npos;) {
        const std::size_t stop = xpos.find('.', start + 1);
        t.feats.push_back(xpos.substr(start + 1, stop == std::string::npos ? std::string::npos : stop - start - 1));
        start = stop;
    }
    return t;
}

// Shorthands for the common kinds of token.
Token det(const std::string& form) { return tok(form, "DET", "det.def.mf.sg"); }
Token noun(const std::string& form) { return tok(form, "NOUN", "n.m.sg"); }
Token adj(const std::string& form) { return tok(form, "ADJ", "adj.mf.sg"); }
Token verb(const std::string& form) { return tok(form, "VERB", "vblex.pri.p3.sg"); }
Token adp(const std::string& form) { return tok(form, "ADP", "pr"); }
Token cconj(const std::string& form) { return tok(form, "CCONJ", "cnjcoo"); }
Token punct(const std::string& form) { return tok(form, "PUNCT", "sent"); }
Token first_name(const std::string& form) { return tok(form, "PROPN", "np.ant.m.sg"); }
Token surname(const std::string& form) { return tok(form, "PROPN", "np.cog.mf.sg"); }
Token place(const std::string& form) { return tok(form, "PROPN", "np.top.f.sg"); }
Token unknown(const std::string& form) { return tok(form, "PROPN", "np.unk"); }

/// The sentence of `tokens`, with document offsets: a space between tokens, none after an
/// elided word ("l'") nor before punctuation.
Sentence sentence_of(std::vector<Token> tokens) {
    Sentence s;
    std::size_t offset = 0;
    for (std::size_t k = 0; k < tokens.size(); ++k) {
        Token& t = tokens[k];
        const bool glued = k == 0 || t.upos == "PUNCT" || tokens[k - 1].form.back() == '\'';
        if (!glued) ++offset;
        t.begin = offset;
        offset += t.form.size();  // the test forms' code points are counted as bytes: only gaps matter
        t.end = offset;
    }
    s.end = offset;
    s.tokens = std::move(tokens);
    return s;
}

std::vector<Mention> mentions_of(std::vector<Token> tokens) {
    Sentence s = sentence_of(std::move(tokens));
    MentionFinder(gazetteer()).find(s);
    return s.mentions;
}

std::vector<std::string> texts(const std::vector<Mention>& mentions) {
    std::vector<std::string> out;
    for (const Mention& m : mentions) out.push_back(m.text);
    return out;
}

using Texts = std::vector<std::string>;

}  // namespace

TEST_CASE("gazetteer names are found with their canonical label and type", "[mention_finder]") {
    const auto m = mentions_of({det("Les"), place("États-Unis"), cconj("et"), det("l'"), place("Ukraine"),
                                verb("négocient"), punct(".")});
    REQUIRE(texts(m) == Texts{"États-Unis", "Ukraine"});
    CHECK(m[0].type == EntityType::Country);
    CHECK(m[0].canonical == "États-Unis");
    CHECK(m[1].first == 4);
    CHECK(m[1].last == 5);
}

TEST_CASE("a name written without accents gets the accented label", "[mention_finder]") {
    const auto m = mentions_of({det("les"), place("Etats-Unis"), verb("répondent")});
    REQUIRE(m.size() == 1);
    CHECK(m[0].text == "Etats-Unis");
    CHECK(m[0].canonical == "États-Unis");
}

TEST_CASE("the article before a name is left out", "[mention_finder]") {
    const auto m = mentions_of({noun("Le"), noun("chef"), adp("de"), det("l'"), tok("Otan", "PROPN", "np.al.f.sg"),
                                verb("parle")});
    REQUIRE(m.size() == 1);
    CHECK(m[0].text == "Otan");
    CHECK(m[0].name == "Otan");
    CHECK(m[0].canonical == "OTAN");
    CHECK(m[0].type == EntityType::Organization);
}

TEST_CASE("a former state written with 'ex-' is that state", "[mention_finder]") {
    // "Les pays de l'ex-URSS ont voté, pas l'ex-ministre."
    const auto m = mentions_of({det("Les"), noun("pays"), adp("de"), det("l'"), tok("ex-URSS", "NOUN", "unk"),
                                verb("ont"), verb("voté"), punct(","), tok("pas", "ADV", "adv"), det("l'"),
                                noun("ex-ministre"), punct(".")});
    REQUIRE(texts(m) == Texts{"ex-URSS"});
    CHECK(m[0].type == EntityType::Country);
    CHECK(m[0].canonical == "URSS");
    CHECK(m[0].wikidata == "Q15180");
}

TEST_CASE("the longest gazetteer name wins", "[mention_finder]") {
    const auto m = mentions_of({det("Le"), noun("Conseil"), adp("de"), noun("sécurité"), adp("de"), det("l'"),
                                tok("ONU", "NOUN", "n.acr.f.sg"), verb("se"), verb("réunit"), adp("sur"),
                                det("l'"), noun("Union"), adj("européenne")});
    // The ONU it ends with is a mention of its own (see below).
    REQUIRE(texts(m) == Texts{"Conseil de sécurité de l'ONU", "ONU", "Union européenne"});
    CHECK(m[0].canonical == "Conseil de sécurité de l'ONU");
    CHECK(m[2].canonical == "UE");
}

TEST_CASE("a long official name is found whole, not as the shorter name it starts with", "[mention_finder]") {
    // "L'Organisation des Nations unies pour l'alimentation et l'agriculture publie ..." (10 words)
    const auto m = mentions_of({det("L'"), noun("Organisation"), adp("des"), noun("Nations"), adj("unies"),
                                adp("pour"), det("l'"), noun("alimentation"), cconj("et"), det("l'"),
                                noun("agriculture"), verb("publie")});
    REQUIRE(m.size() == 1);
    CHECK(m[0].canonical == "FAO");
}

TEST_CASE("an adjective inside a known name is not a demonym", "[mention_finder]") {
    const auto m = mentions_of({det("Le"), noun("Congrès"), adj("américain"), verb("vote")});
    REQUIRE(m.size() == 1);
    CHECK(m[0].canonical == "Congrès américain");
    CHECK_FALSE(m[0].demonym);
}

TEST_CASE("a multiword token is looked up whole, with or without its article", "[mention_finder]") {
    const auto m = mentions_of({adp("en"), place("Arabie saoudite"), punct(","), tok("la Maison Blanche", "PROPN",
                                                                                        "np.al.f.sg")});
    REQUIRE(texts(m) == Texts{"Arabie saoudite", "la Maison Blanche"});
    CHECK(m[0].type == EntityType::Country);
    CHECK(m[1].name == "Maison Blanche");
    CHECK(m[1].canonical == "Maison Blanche");
}

TEST_CASE("consecutive proper nouns form one name", "[mention_finder]") {
    const auto m = mentions_of({det("La"), noun("ministre"), first_name("Ingrid"), unknown("Vandermolen"),
                                verb("a"), verb("rencontré"), first_name("Vladimir"), surname("Poutine")});
    REQUIRE(texts(m) == Texts{"Ingrid Vandermolen", "Vladimir Poutine"});
    CHECK(m[0].type == EntityType::Person);
    CHECK(m[0].canonical == "Ingrid Vandermolen");
    CHECK(m[1].canonical == "Vladimir Poutine");
}

TEST_CASE("particles join the parts of a personal name", "[mention_finder]") {
    const auto m = mentions_of({first_name("Hamid"), tok("ben", "X", "unk"), unknown("Youssouf"), verb("salue"),
                                first_name("Karl"), tok("von", "X", "unk"), tok("der", "X", "unk"),
                                surname("Brenner")});
    REQUIRE(texts(m) == Texts{"Hamid ben Youssouf", "Karl von der Brenner"});
    CHECK(m[0].type == EntityType::Person);
}

TEST_CASE("a particle after a place does not join the next name", "[mention_finder]") {
    const auto m = mentions_of({det("la"), place("Russie"), adp("de"), surname("Poutine"), verb("avance")});
    REQUIRE(texts(m) == Texts{"Russie", "Poutine"});
    CHECK(m[1].canonical == "Vladimir Poutine");
}

TEST_CASE("a first name after another name starts a new name", "[mention_finder]") {
    const auto m = mentions_of({det("le"), noun("porte-parole"), adp("du"), tok("Kremlin", "PROPN", "np.al.m.sg"),
                                first_name("Dmitri"), surname("Peskov"), verb("a"), verb("dit")});
    REQUIRE(texts(m) == Texts{"Kremlin", "Dmitri Peskov"});
    CHECK(m[0].type == EntityType::Organization);
    CHECK(m[1].type == EntityType::Person);
}

TEST_CASE("a known organization does not swallow the surname after it", "[mention_finder]") {
    const auto m = mentions_of({det("le"), tok("Kremlin", "PROPN", "np.al.m.sg"), unknown("Zarbekov"), verb("dit")});
    REQUIRE(texts(m) == Texts{"Kremlin", "Zarbekov"});
}

TEST_CASE("a first name that is also a country opens a personal name", "[mention_finder]") {
    const auto m = mentions_of({first_name("Dominique"), adp("de"), surname("Villepin"), verb("parle")});
    REQUIRE(texts(m) == Texts{"Dominique de Villepin"});
    CHECK(m[0].type == EntityType::Person);
}

TEST_CASE("titles give Person mentions that keep the title", "[mention_finder]") {
    const auto m = mentions_of({tok("M.", "NOUN", "n.m.sg"), unknown("Dupont"), verb("a"), verb("répondu"),
                                adp("à"), tok("Mme", "NOUN", "n.f.sg"), tok("Le", "DET", "det.def.m.sg"),
                                unknown("Pen"), punct(".")});
    REQUIRE(texts(m) == Texts{"M. Dupont", "Mme Le Pen"});
    CHECK(m[0].name == "Dupont");
    CHECK(m[0].title == "M.");
    CHECK(m[0].type == EntityType::Person);
    CHECK(m[1].name == "Le Pen");
    CHECK(m[1].title == "Mme");
}

TEST_CASE("a title before a known surname gives the person's label", "[mention_finder]") {
    const auto m = mentions_of({tok("M.", "NOUN", "n.m.sg"), surname("Peskov"), verb("a"), verb("souligné")});
    REQUIRE(m.size() == 1);
    CHECK(m[0].canonical == "Dmitri Peskov");
    CHECK(m[0].name == "Peskov");
}

TEST_CASE("a plural title before a list gives one mention per person", "[mention_finder]") {
    const auto m = mentions_of({tok("MM.", "NOUN", "n.m.pl"), unknown("Dupont"), cconj("et"), unknown("Durand"),
                                verb("se"), verb("sont"), verb("rencontrés")});
    REQUIRE(texts(m) == Texts{"MM. Dupont", "Durand"});
    CHECK(m[1].name == "Durand");
    CHECK(m[1].title == "MM.");
    CHECK(m[1].type == EntityType::Person);

    const auto three = mentions_of({tok("Messieurs", "NOUN", "n.m.pl"), unknown("Arnaud"), punct(","),
                                    unknown("Bertin"), cconj("et"), unknown("Collet"), verb("votent"), adp("pour"),
                                    place("Paris")});
    REQUIRE(texts(three) == Texts{"Messieurs Arnaud", "Bertin", "Collet", "Paris"});
}

TEST_CASE("the analyser's name tags give the type of unknown names", "[mention_finder]") {
    const auto m = mentions_of({place("Trifouillis"), punct(","), tok("CGTX", "NOUN", "n.acr.f.sg"), punct(","),
                                tok("Intervision", "PROPN", "np.al.f.sg"), punct(","), unknown("Zarbek"), punct(","),
                                first_name("Jessica"), unknown("Kowalczykowa")});
    REQUIRE(m.size() == 5);
    CHECK(m[0].type == EntityType::Place);
    CHECK(m[1].type == EntityType::Organization);
    CHECK(m[2].type == EntityType::Organization);
    CHECK(m[3].type == EntityType::Other);
    CHECK(m[4].type == EntityType::Person);
    CHECK(m[4].canonical == "Jessica Kowalczykowa");
}

TEST_CASE("a capitalised common word opening the sentence is not a name", "[mention_finder]") {
    CHECK(mentions_of({det("Les"), noun("dirigeants"), verb("parlent")}).empty());
    CHECK(mentions_of({noun("Grenade"), adj("lancée"), adp("sur"), det("la"), noun("foule")}).empty());
    CHECK(mentions_of({det("Un"), noun("responsable"), verb("parle")}).empty());
}

TEST_CASE("names joined by a conjunction stay two mentions", "[mention_finder]") {
    const auto m = mentions_of({place("Paris"), cconj("et"), place("Berlin"), verb("discutent")});
    REQUIRE(texts(m) == Texts{"Paris", "Berlin"});
    CHECK(m[0].type == EntityType::Place);
    CHECK(m[1].type == EntityType::Place);
}

TEST_CASE("a title-like noun before a surname is not part of the name", "[mention_finder]") {
    const auto m = mentions_of({det("le"), noun("président"), surname("Macron"), verb("a"), verb("dit")});
    REQUIRE(m.size() == 1);
    CHECK(m[0].text == "Macron");
    CHECK(m[0].type == EntityType::Person);
    CHECK(m[0].canonical == "Emmanuel Macron");
    CHECK(m[0].title.empty());
}

TEST_CASE("an adjective of nationality stands for its country", "[mention_finder]") {
    const auto m = mentions_of({det("le"), noun("président"), adj("russe"), first_name("Vladimir"),
                                surname("Poutine"), verb("menace"), det("les"), noun("forces"), adj("ukrainiennes")});
    REQUIRE(texts(m) == Texts{"russe", "Vladimir Poutine", "ukrainiennes"});
    CHECK(m[0].demonym);
    CHECK(m[0].type == EntityType::Country);
    CHECK(m[0].canonical == "Russie");
    CHECK(m[0].name == "russe");
    CHECK(m[2].canonical == "Ukraine");
    CHECK_FALSE(m[1].demonym);
}

TEST_CASE("mentions are ordered and do not overlap", "[mention_finder]") {
    const auto m = mentions_of({tok("M.", "NOUN", "n.m.sg"), unknown("Witkov"), adp("à"), place("Moscou"),
                                adp("avec"), det("le"), noun("chef"), adp("de"), det("la"), noun("diplomatie"),
                                adj("américaine"), first_name("Marco"), surname("Rubio"), adp("et"), det("l'"),
                                tok("OTAN", "NOUN", "n.acr.f.sg"), punct(".")});
    REQUIRE(texts(m) == Texts{"M. Witkov", "Moscou", "américaine", "Marco Rubio", "OTAN"});
    for (std::size_t k = 1; k < m.size(); ++k) CHECK(m[k - 1].last <= m[k].first);
}

namespace {

/// The mentions of `tokens` when the recognizer found `names` in them.
std::vector<Mention> mentions_with(std::vector<Token> tokens, const std::vector<TypedSpan>& names) {
    Sentence s = sentence_of(std::move(tokens));
    MentionFinder(gazetteer()).find(s, names);
    return s.mentions;
}

}  // namespace

TEST_CASE("recognised names the rules miss are added", "[mention_finder]") {
    // "Les Jardins suspendus ont fermé , selon l' association Terre Bleue ." — neither name is a
    // proper-noun sequence for the analyser.
    const auto m = mentions_with({det("Les"), noun("Jardins"), adj("suspendus"), verb("ont"), verb("fermé"), punct(","),
                                  adp("selon"), det("l'"), noun("association"), noun("Terre"), adj("Bleue"), punct(".")},
                                 {{0, 3, NerType::Location}, {9, 11, NerType::Organization}});
    REQUIRE(m.size() == 2);
    CHECK(m[0].text == "Jardins suspendus");  // the article is left out
    CHECK(m[0].type == EntityType::Place);
    CHECK(m[1].text == "Terre Bleue");
    CHECK(m[1].type == EntityType::Organization);
}

TEST_CASE("a recognised name gives a plain proper-noun sequence its span and type", "[mention_finder]") {
    // "Le cyclone Mireille approche" : the rules type the unknown name from its tags.
    const auto m = mentions_with({det("Le"), noun("cyclone"), unknown("Mireille"), verb("approche")},
                                 {{2, 3, NerType::Event}});
    REQUIRE(m.size() == 1);
    CHECK(m[0].text == "Mireille");
    CHECK(m[0].type == EntityType::Event);
}

TEST_CASE("the rules keep priority where they are specific", "[mention_finder]") {
    // "M. Varenne a parlé à la Russie" : a titled name and a gazetteer name stay as they are.
    const auto m = mentions_with({tok("M.", "NOUN", "n.m.sg"), unknown("Varenne"), verb("a"), verb("parlé"), adp("à"),
                                  det("la"), place("Russie")},
                                 {{1, 2, NerType::Organization}, {5, 7, NerType::Person}});
    REQUIRE(m.size() == 2);
    CHECK(m[0].text == "M. Varenne");
    CHECK(m[0].type == EntityType::Person);
    CHECK(m[1].text == "Russie");
    CHECK(m[1].type == EntityType::Country);
}

TEST_CASE("recognised locations are typed through the gazetteer, products left out", "[mention_finder]") {
    // "la Pologne et le Mont Vorel , vus depuis le satellite Orbis"
    const auto m = mentions_with({det("la"), noun("Pologne"), cconj("et"), det("le"), noun("Mont"), noun("Vorel"), punct(","),
                                  verb("vus"), adp("depuis"), det("le"), noun("satellite"), noun("Orbis")},
                                 {{1, 2, NerType::Location}, {4, 6, NerType::Location}, {11, 12, NerType::Product}});
    REQUIRE(m.size() == 2);
    CHECK(m[0].type == EntityType::Country);
    CHECK(m[0].canonical == "Pologne");
    CHECK(m[1].text == "Mont Vorel");
    CHECK(m[1].type == EntityType::Place);
}

TEST_CASE("recognised names without a capital letter are left out", "[mention_finder]") {
    const auto m = mentions_with({det("la"), noun("police"), verb("enquête")}, {{1, 2, NerType::Organization}});
    CHECK(m.empty());
}

TEST_CASE("recognised names lose their leading lower-case words, and fragments of a word are left out", "[mention_finder]") {
    // "l' agence Vesta a confirmé" : the name is "Vesta".
    const auto agency = mentions_with({det("l'"), noun("agence"), unknown("Vesta"), verb("a"), verb("confirmé")},
                                      {{0, 3, NerType::Organization}});
    REQUIRE(agency.size() == 1);
    CHECK(agency[0].text == "Vesta");
    CHECK(agency[0].type == EntityType::Organization);
    // "le journal L'Aube-Le Soir" : "Le Soir" alone is a piece of the title, not a name.
    Sentence s = sentence_of({det("le"), noun("journal"), det("L'"), noun("Aube"), punct("-"), det("Le"), noun("Soir")});
    s.tokens[4].begin = s.tokens[3].end;  // the hyphen is glued to both words
    s.tokens[4].end = s.tokens[4].begin + 1;
    s.tokens[5].begin = s.tokens[4].end;
    s.tokens[5].end = s.tokens[5].begin + 2;
    s.tokens[6].begin = s.tokens[5].end + 1;
    s.tokens[6].end = s.tokens[6].begin + 4;
    MentionFinder(gazetteer()).find(s, {{5, 7, NerType::Organization}});
    CHECK(s.mentions.empty());
    MentionFinder(gazetteer()).find(s, {{2, 7, NerType::Organization}});
    REQUIRE(s.mentions.size() == 1);
    CHECK(s.mentions[0].text == "L'Aube-Le Soir");
}

TEST_CASE("a common noun's acronym does not open a name", "[mention_finder]") {
    // "l'ONG Voix Libres a publié": the name is "Voix Libres"; "l'ONG" alone names nothing.
    const auto m = mentions_of({det("l'"), tok("ONG", "NOUN", "n.acr.f.sg"), unknown("Voix"), unknown("Libres"),
                                verb("publie"), punct(".")});
    REQUIRE(texts(m) == Texts{"Voix Libres"});
    const auto alone = mentions_of({det("l'"), tok("ONG", "NOUN", "n.acr.f.sg"), verb("publie"), punct(".")});
    CHECK(alone.empty());
}

TEST_CASE("a known body of an organization holds the organization as a mention of its own", "[mention_finder]") {
    auto de = [] { return tok("de", "ADP", "pr"); };
    const auto m = mentions_of({det("Le"), noun("Conseil"), de(), noun("sécurité"), de(), det("l'"),
                                tok("ONU", "NOUN", "n.acr.f.sg"), verb("siège"), punct(".")});
    REQUIRE(texts(m) == Texts{"Conseil de sécurité de l'ONU", "ONU"});
    CHECK(m[1].canonical == "ONU");
    CHECK(m[1].first == 6);
    CHECK(m[1].last == 7);
    // A known name without a known organization at its end holds nothing more.
    const auto alone = mentions_of({det("Le"), noun("Conseil"), de(), noun("sécurité"), verb("siège"), punct(".")});
    CHECK(texts(alone) == Texts{"Conseil de sécurité"});
}

TEST_CASE("a lone capital letter is a fragment, not a name", "[mention_finder]") {
    const auto m = mentions_of({tok("W", "PROPN", "np"), punct("."), surname("Bush"), verb("parle")});
    CHECK(texts(m) == Texts{"Bush"});
}
