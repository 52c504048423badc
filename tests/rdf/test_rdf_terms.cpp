// Tests of rdf/rdf_terms: IRI, language tag and literal checks, slugs, IRI minting.
#include <catch2/catch.hpp>

#include <stdexcept>

#include "rdf/rdf_terms.h"
#include "rdf/vocabulary.h"

using namespace trame;

TEST_CASE("rdf_terms: slug transliterates accents and other scripts to ASCII") {
    CHECK(slug("Sergueï Lavrov") == "serguei-lavrov");
    CHECK(slug("  Élysée — Palais  ") == "elysee-palais");
    CHECK(slug("Владимир Путин") == "vladimir-putin");
    CHECK(slug("l'OTAN") == "l-otan");
    CHECK(slug("G7 2025") == "g7-2025");
}

TEST_CASE("rdf_terms: slug never returns an empty string") {
    const std::string empty = slug("");
    const std::string punctuation = slug("« … »");
    CHECK(empty.size() == 17);
    CHECK(empty[0] == 'h');
    CHECK(punctuation.size() == 17);
    CHECK(punctuation != empty);
    CHECK(slug("« … »") == punctuation);
}

TEST_CASE("rdf_terms: valid_iri accepts absolute IRIs") {
    CHECK(valid_iri("https://w3id.org/trame/id/entity/vladimir-poutine"));
    CHECK(valid_iri("urn:isbn:0451450523"));
    CHECK(valid_iri("http://exemple.fr/élection%20présidentielle"));
    CHECK(valid_iri("https://w3id.org/trame/id/doc/a#char=0,12"));
}

TEST_CASE("rdf_terms: valid_iri rejects spaces, forbidden characters and relative IRIs") {
    CHECK_FALSE(valid_iri("http://exemple.fr/a b"));
    CHECK_FALSE(valid_iri("http://exemple.fr/\"cité\""));
    CHECK_FALSE(valid_iri("http://exemple.fr/{x}"));
    CHECK_FALSE(valid_iri("http://exemple.fr/a\\b"));
    CHECK_FALSE(valid_iri("http://exemple.fr/a\tb"));
    CHECK_FALSE(valid_iri("http://exemple.fr/%zz"));
    CHECK_FALSE(valid_iri("http://exemple.fr/\xE9t\xE9"));  // Latin-1, not UTF-8
    CHECK_FALSE(valid_iri("relative/path"));
    CHECK_FALSE(valid_iri("/absolute/path"));
    CHECK_FALSE(valid_iri("1http://exemple.fr/"));
    CHECK_FALSE(valid_iri(""));
}

TEST_CASE("rdf_terms: valid_language_tag follows the BCP 47 shape") {
    for (const char* tag : {"fr", "fr-FR", "fr-CA", "zh-Hant-TW", "es-419", "de-CH-1996", "x-trame", "sgn-ase"})
        CHECK(valid_language_tag(tag));
    for (const char* tag : {"", "f", "fr FR", "fr_FR", "fr-FR-123456789", "not a tag!", "fr-", "-fr", "français"})
        CHECK_FALSE(valid_language_tag(tag));
}

TEST_CASE("rdf_terms: sanitize_literal removes control characters and repairs UTF-8") {
    CHECK(sanitize_literal("a\x01" "b\x1F" "c") == "abc");
    CHECK(sanitize_literal(std::string("nul\0!", 5)) == "nul!");
    CHECK(sanitize_literal("ligne 1\nligne 2\r\n\ttab") == "ligne 1\nligne 2\r\n\ttab");
    CHECK(sanitize_literal("« il a dit \"non\" \\ »") == "« il a dit \"non\" \\ »");
    CHECK(sanitize_literal("caf\xE9") == "caf\xEF\xBF\xBD");
    CHECK(sanitize_literal("\xC3") == "\xEF\xBF\xBD");
    CHECK(sanitize_literal("\xED\xA0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // a UTF-16 surrogate
    CHECK(valid_utf8(sanitize_literal("\xF8\x88\x80\x80\x80 Kyiv")));
}

TEST_CASE("rdf_terms: iri_percent_encode keeps one path segment") {
    CHECK(iri_percent_encode("vladimir-poutine") == "vladimir-poutine");
    CHECK(iri_percent_encode("a b/c#d") == "a%20b%2Fc%23d");
    CHECK(iri_percent_encode("é") == "%C3%A9");
}

TEST_CASE("rdf_terms: predicate_iri maps core names and open lemmas") {
    CHECK(predicate_iri("demands") == std::string(vocab::kOntology) + "demands");
    CHECK(predicate_iri("open:bombarder") == std::string(vocab::kRelation) + "bombarder");
    CHECK(predicate_iri("open:s'élever contre") == std::string(vocab::kRelation) + "s-elever-contre");
    CHECK_THROWS_AS(predicate_iri("open:"), std::invalid_argument);
    CHECK_THROWS_AS(predicate_iri(""), std::invalid_argument);
    CHECK_THROWS_AS(predicate_iri("leader of"), std::invalid_argument);
}

TEST_CASE("rdf_terms: IriMinter mints entity, document, sentence and statement IRIs") {
    const IriMinter iris("https://exemple.fr/kg/");
    CHECK(iris.entity("emmanuel-macron") == "https://exemple.fr/kg/entity/emmanuel-macron");
    CHECK(iris.document("article-1") == "https://exemple.fr/kg/doc/article-1");
    CHECK(iris.sentence("article-1", 10, 52) == "https://exemple.fr/kg/doc/article-1#char=10,52");
    CHECK(iris.statement("article-1", 3) == "https://exemple.fr/kg/doc/article-1/fact/3");
    CHECK(valid_iri(iris.entity("nom avec espaces")));
}

TEST_CASE("rdf_terms: a bad base IRI is rejected") {
    CHECK_THROWS_AS(IriMinter("https://exemple.fr/mon graphe/"), std::invalid_argument);
    CHECK_THROWS_AS(IriMinter("kg/"), std::invalid_argument);
    CHECK_THROWS_AS(IriMinter("https://exemple.fr/kg"), std::invalid_argument);
    CHECK_THROWS_AS(IriMinter("https://exemple.fr/kg#/"), std::invalid_argument);
    CHECK_THROWS_WITH(IriMinter("https://exemple.fr/a b/"), Catch::Contains("invalid base IRI"));
}

TEST_CASE("rdf_terms: RdfTerm checks what it is given") {
    CHECK_THROWS_AS(RdfTerm::iri("pas une IRI"), std::invalid_argument);
    CHECK_THROWS_AS(RdfTerm::literal("texte", "not a tag!"), std::invalid_argument);
    CHECK(RdfTerm::literal("a\x02z", "fr").value == "az");
    CHECK(RdfTerm::literal("a\x02z", "fr").language == "fr");
}

TEST_CASE("rdf_terms: long_string_safe finds what Serd cannot read back from a long string") {
    CHECK(long_string_safe("une ligne\net \"une citation\" suivie"));
    CHECK(long_string_safe("\"\"\" trois guillemets\n"));
    CHECK(long_string_safe("fin \\ sur une barre\n\\"));
    CHECK(long_string_safe("un guillemet à la fin\""));
    CHECK(long_string_safe(""));
    CHECK_FALSE(long_string_safe("il a dit \"\\non\"\n"));
    CHECK_FALSE(long_string_safe("\"\\"));
    CHECK_FALSE(long_string_safe("deux guillemets à la fin\"\""));
    CHECK_FALSE(long_string_safe("\"\x7F"));
    CHECK_FALSE(long_string_safe("\"\x01"));
}
