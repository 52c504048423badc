// Tests of the Reader: finding inputs, checking and normalizing text, date lines and paragraphs.
#include <catch2/catch.hpp>

#include "tests/code_points.h"
#include "tests/temp_dir.h"

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <unistd.h>

#include "document/input_error.h"
#include "reading/reader.h"

using namespace trame;
namespace fs = std::filesystem;

using trame::testing::code_points;
using trame::testing::TempDir;

namespace {

const Reader& reader() {
    static const Reader instance(Boilerplate::load(TRAME_SOURCE_DIR "/ontology/boilerplate.tsv"));
    return instance;
}

std::vector<std::string> paragraph_texts(const Document& doc) {
    std::vector<std::string> texts;
    for (const TextSpan& span : doc.paragraphs) texts.push_back(code_points(doc.text, span.begin, span.end));
    return texts;
}

/// The InputError thrown by parsing `bytes` (fails the test when nothing is thrown).
InputError parse_error(const std::string& bytes) {
    try {
        reader().parse("article.txt", bytes);
    } catch (const InputError& e) {
        return e;
    }
    FAIL("no InputError for the input");
    return InputError("", "");
}

}  // namespace

TEST_CASE("reader: paragraphs are the trimmed non-empty lines that are not boilerplate", "[reader]") {
    Document doc = reader().parse("a.txt",
                                  "Crédit : Agence Lumière\n\n  Le sommet de Vienne est reporté  \n"
                                  "Les ministres se retrouveront en mai.\nPARTAGEZ!\n\t\nLa photo officielle a été prise hier.\n");
    CHECK(doc.name == "a.txt");
    CHECK(doc.id.empty());
    CHECK_FALSE(doc.date);
    CHECK(paragraph_texts(doc) == std::vector<std::string>{"Le sommet de Vienne est reporté",
                                                           "Les ministres se retrouveront en mai.",
                                                           "La photo officielle a été prise hier."});
    CHECK(doc.paragraphs[0].begin == 27);  // "Crédit : Agence Lumière" is 23 code points, then "\n\n  "
}

TEST_CASE("reader: CRLF and CR line ends become LF", "[reader]") {
    Document doc = reader().parse("a.txt", "Première ligne.\r\nDeuxième ligne.\rTroisième ligne.\r\n");
    CHECK(doc.text == "Première ligne.\nDeuxième ligne.\nTroisième ligne.\n");
    CHECK(paragraph_texts(doc) ==
          std::vector<std::string>{"Première ligne.", "Deuxième ligne.", "Troisième ligne."});
}

TEST_CASE("reader: a UTF-8 byte order mark is removed", "[reader]") {
    Document doc = reader().parse("a.txt", "\xEF\xBB\xBFÉté chaud à Lyon.");
    CHECK(doc.text == "Été chaud à Lyon.");
    REQUIRE(doc.paragraphs.size() == 1);
    CHECK(doc.paragraphs[0].begin == 0);
    CHECK(doc.paragraphs[0].end == 17);
}

TEST_CASE("reader: text is NFC-normalized", "[reader]") {
    Document doc = reader().parse("a.txt", "Le de\xCC\x81le\xCC\x81gue\xCC\x81 arrive.");  // e + U+0301
    CHECK(doc.text == "Le délégué arrive.");
    REQUIRE(doc.paragraphs.size() == 1);
    CHECK(doc.paragraphs[0].end == 18);
}

TEST_CASE("reader: a date line gives the publication date and is not a paragraph", "[reader]") {
    SECTION("date YYYY-MM") {
        Document doc = reader().parse("a.txt", "date 2025-02\nLe texte commence ici.");
        CHECK(doc.date == "2025-02");
        CHECK(paragraph_texts(doc) == std::vector<std::string>{"Le texte commence ici."});
    }
    SECTION("Date: YYYY-MM-DD") {
        Document doc = reader().parse("a.txt", "\n  Date: 2024-11-05\nLe texte commence ici.");
        CHECK(doc.date == "2024-11-05");
        CHECK(doc.paragraphs.size() == 1);
    }
    SECTION("text after the date on the same line stays a paragraph") {
        Document doc = reader().parse("a.txt", " date 2025-02 L’été s’annonce sec.\nSuite.");
        CHECK(doc.date == "2025-02");
        CHECK(paragraph_texts(doc) == std::vector<std::string>{"L’été s’annonce sec.", "Suite."});
        CHECK(doc.paragraphs[0].begin == 14);
    }
    SECTION("French datelines") {
        CHECK(reader().parse("a.txt", "Publié le 13 février 2025\nTexte.").date == "2025-02-13");
        CHECK(reader().parse("a.txt", "Publié le jeudi 13 février 2025 à 10h32, mis à jour le 14 février 2025\nTexte.")
                  .date == "2025-02-13");
        CHECK(reader().parse("a.txt", "MIS À JOUR LE 1ER MARS 2024\nTexte.").date == "2024-03-01");
        CHECK(reader().parse("a.txt", "Publié le 05/09/2023\nTexte.").date == "2023-09-05");
    }
    SECTION("a dateline that runs on into the first sentence") {
        Document doc = reader().parse("a.txt", "Le pont est rouvert\n\n4 mars 2019. – Le maire a coupé le ruban.");
        CHECK(doc.date == "2019-03-04");
        CHECK(paragraph_texts(doc) == std::vector<std::string>{"Le pont est rouvert", "Le maire a coupé le ruban."});
        CHECK(doc.paragraphs[1].begin == 36);
        // Without a dash, a sentence that opens with a date is not a dateline.
        Document plain = reader().parse("a.txt", "Titre\n4 mars 2019 restera une date noire.");
        CHECK(!plain.date);
        CHECK(paragraph_texts(plain).size() == 2);
    }
    SECTION("a dateline under the title") {
        Document doc = reader().parse("a.txt", "Le sommet est reporté\n\n9 août 2016, 14 h 05 UTC. –\nLe texte.");
        CHECK(doc.date == "2016-08-09");
        CHECK(paragraph_texts(doc) == std::vector<std::string>{"Le sommet est reporté", "Le texte."});
    }
    SECTION("sentences and impossible dates are not date lines") {
        Document doc = reader().parse("a.txt", "Le 13 février 2025, la réunion a eu lieu.\ndate 2025-13\n31 février 2024");
        CHECK_FALSE(doc.date);
        CHECK(doc.paragraphs.size() == 3);
    }
    SECTION("a date far from the top is not the publication date") {
        Document doc = reader().parse("a.txt", "Titre\nUn.\nDeux.\nPublié le 13 février 2025\n");
        CHECK_FALSE(doc.date);
        CHECK(doc.paragraphs.size() == 3);  // the late stamp is boilerplate
    }
}

TEST_CASE("reader: invalid UTF-8 is an error giving the byte offset", "[reader]") {
    CHECK(std::string(parse_error("abc\xC3(").what()) == "article.txt: invalid UTF-8 at byte offset 3");
    CHECK(parse_error("é\xC0\xAF").message() == "invalid UTF-8 at byte offset 2");       // overlong '/'
    CHECK(parse_error("\xED\xA0\x80 surrogate").message() == "invalid UTF-8 at byte offset 0");
    CHECK(parse_error("fin tronquée \xE2\x82").message() == "invalid UTF-8 at byte offset 14");
    CHECK(parse_error("Latin-1 caf\xE9").message() == "invalid UTF-8 at byte offset 11");
}

TEST_CASE("reader: binary data is an error", "[reader]") {
    CHECK(parse_error(std::string("PK\x03\x04", 4)).message() == "binary data (control byte 0x03 at byte offset 2)");
    CHECK(parse_error(std::string("texte\0suite", 11)).message() == "binary data (control byte 0x00 at byte offset 5)");
    CHECK_NOTHROW(reader().parse("a.txt", "colonne\tcolonne\f\nligne."));
}

TEST_CASE("reader: empty input is an error", "[reader]") {
    CHECK(parse_error("").message() == "empty file");
    CHECK(parse_error(" \n\t\r\n\xC2\xA0\n").message() == "empty file (only white space)");
    CHECK(parse_error("\xEF\xBB\xBF").message() == "empty file (only white space)");
    CHECK(parse_error("Publicité\nPARTAGEZ!\n").message() == "no article text (only boilerplate or a date)");
    CHECK(parse_error("date 2025-02\n").message() == "no article text (only boilerplate or a date)");
}

TEST_CASE("reader: input larger than the limit is an error", "[reader]") {
    CHECK_THAT(parse_error(std::string(Reader::kMaxBytes + 1, 'a')).message(), Catch::StartsWith("larger than the 64 MiB"));
}

TEST_CASE("reader: a missing path is an error naming it", "[reader]") {
    TempDir dir("trame-reader");
    std::string missing = (dir.path / "absent.txt").string();
    std::string present = dir.write("present.txt", "Un texte.");
    std::vector<InputError> errors;
    CHECK(reader().expand({missing, present}, errors) == std::vector<std::string>{present});
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].path() == missing);
    CHECK(std::string(errors[0].what()) == missing + ": no such file or directory");
    CHECK_THROWS_WITH(reader().read(missing), Catch::StartsWith(missing + ": cannot read"));
}

TEST_CASE("reader: read() names the file in its errors and returns its document", "[reader]") {
    TempDir dir("trame-reader");
    std::string bad = dir.write("bad.txt", "caf\xE9 cr\xE8me");
    CHECK_THROWS_WITH(reader().read(bad), bad + ": invalid UTF-8 at byte offset 3");
    std::string empty = dir.write("empty.txt", "");
    CHECK_THROWS_WITH(reader().read(empty), empty + ": empty file");
    CHECK_THROWS_WITH(reader().read(dir.path.string()), dir.path.string() + ": is a directory");
    std::string good = dir.write("good.txt", "date 2025-02-13\r\nLe Kremlin a répondu.\r\n");
    Document doc = reader().read(good);
    CHECK(doc.name == good);
    CHECK(doc.date == "2025-02-13");
    CHECK(paragraph_texts(doc) == std::vector<std::string>{"Le Kremlin a répondu."});
}

TEST_CASE("reader: directories are walked recursively for .txt files, sorted by path", "[reader]") {
    TempDir dir("trame-reader");
    std::string b = dir.write("b.txt", "B.");
    std::string a = dir.write("a.txt", "A.");
    std::string c = dir.write("sous-dossier/c.txt", "C.");
    dir.write("notes.md", "ignoré");
    dir.write("sous-dossier/image.png", "ignoré");
    fs::create_directories(dir.path / "vide");
    std::string single = dir.write("autre/seul.text", "Un fichier donné tel quel.");
    std::vector<InputError> errors;
    std::vector<std::string> files = reader().expand({dir.path.string(), "-", single}, errors);
    CHECK(files == std::vector<std::string>{a, b, c, "-", single});
    CHECK(errors.empty());

    std::vector<InputError> empty_errors;
    CHECK(reader().expand({(dir.path / "vide").string()}, empty_errors).empty());
    REQUIRE(empty_errors.size() == 1);
    CHECK(empty_errors[0].path() == (dir.path / "vide").string());
}

TEST_CASE("reader: an unreadable file is an error naming it", "[reader]") {
    if (::geteuid() == 0) return;  // root reads everything
    TempDir dir("trame-reader");
    std::string locked = dir.write("locked.txt", "Secret.");
    fs::permissions(locked, fs::perms::none);
    std::vector<InputError> errors;
    CHECK(reader().expand({dir.path.string()}, errors).empty());
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].path() == locked);
}
