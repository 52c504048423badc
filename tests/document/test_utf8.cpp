// Tests of the UTF-8 helpers: code-point offsets, lengths and case folding.
#include <catch2/catch.hpp>

#include <string>

#include "document/utf8.h"

using namespace trame;

TEST_CASE("utf8: length counts code points, not bytes") {
    CHECK(utf8_length("") == 0);
    CHECK(utf8_length("Lyon") == 4);
    const std::string ete = "été";  // 2 + 1 + 2 bytes
    CHECK(ete.size() == 5);
    CHECK(utf8_length(ete) == 3);
    CHECK(utf8_length("Noël à Orléans") == 14);
    const std::string emoji = "a\xF0\x9F\x98\x80" "b";  // "a😀b": the emoji takes 4 bytes
    CHECK(emoji.size() == 6);
    CHECK(utf8_length(emoji) == 3);
    CHECK(utf8_length("\xE2\x82\xAC") == 1);  // "€", 3 bytes
}

TEST_CASE("utf8: byte offset of a code point in accented text") {
    const std::string text = "élève";  // é(2) l(1) è(2) v(1) e(1)
    CHECK(utf8_byte_offset(text, 0) == 0);
    CHECK(utf8_byte_offset(text, 1) == 2);
    CHECK(utf8_byte_offset(text, 2) == 3);
    CHECK(utf8_byte_offset(text, 3) == 5);
    CHECK(utf8_byte_offset(text, 4) == 6);
    CHECK(utf8_byte_offset(text, 5) == text.size());
    // The byte offset cuts the text at a code-point boundary.
    CHECK(text.substr(utf8_byte_offset(text, 2)) == "ève");
}

TEST_CASE("utf8: byte offset across a 4-byte emoji") {
    const std::string text = "a\xF0\x9F\x98\x80" "b";
    CHECK(utf8_byte_offset(text, 0) == 0);
    CHECK(utf8_byte_offset(text, 1) == 1);
    CHECK(utf8_byte_offset(text, 2) == 5);
    CHECK(utf8_byte_offset(text, 3) == 6);
    CHECK(text.substr(utf8_byte_offset(text, 1), utf8_byte_offset(text, 2) - utf8_byte_offset(text, 1)) ==
          "\xF0\x9F\x98\x80");
}

TEST_CASE("utf8: byte offset past the end is the text size") {
    CHECK(utf8_byte_offset("", 0) == 0);
    CHECK(utf8_byte_offset("", 3) == 0);
    CHECK(utf8_byte_offset("ça", 2) == 3);
    CHECK(utf8_byte_offset("ça", 3) == 3);
    CHECK(utf8_byte_offset("ça", 1000) == 3);
    CHECK(utf8_byte_offset("\xF0\x9F\x98\x80", 7) == 4);
}

TEST_CASE("utf8: offsets and length agree") {
    const std::string text = "Où est la Forêt-Noire ? \xF0\x9F\x8C\xB2 Près de Fribourg.";
    const std::size_t n = utf8_length(text);
    CHECK(utf8_byte_offset(text, n) == text.size());
    std::size_t previous = 0;
    for (std::size_t i = 1; i <= n; ++i) {
        const std::size_t offset = utf8_byte_offset(text, i);
        CHECK(offset > previous);
        CHECK(utf8_length(text.substr(0, offset)) == i);
        previous = offset;
    }
}

TEST_CASE("utf8: fold_case of ASCII text lowers A-Z only") {
    CHECK(fold_case("OTAN-2024 [Paris] @x_Y") == "otan-2024 [paris] @x_y");
    CHECK(fold_case("") == "");
    CHECK(fold_case("Zz\t~") == "zz\t~");
}

TEST_CASE("utf8: fold_case lowers accented capitals") {
    CHECK(fold_case("ÉTATS") == "états");
    CHECK(fold_case("États-Unis") == "états-unis");
    CHECK(fold_case("ÇA VA") == "ça va");
    CHECK(fold_case("ŒUVRE") == "œuvre");
    CHECK(fold_case("Il") == "il");
    CHECK(fold_case("-T-IL") == "-t-il");
    CHECK(fold_case("") == "");
}

TEST_CASE("utf8: fold_case applies full case folding") {
    CHECK(fold_case("Straße") == "strasse");
    CHECK(fold_case("STRASSE") == fold_case("Straße"));
    CHECK(fold_case("straße") == fold_case("STRASSE"));
}

TEST_CASE("utf8: fold_case keeps what has no case") {
    CHECK(fold_case("2025 - n°3") == "2025 - n°3");
    CHECK(fold_case("\xF0\x9F\x98\x80") == "\xF0\x9F\x98\x80");
    CHECK(fold_case("déjà") == "déjà");
    // Accents are not removed: folding is about case only.
    CHECK(fold_case("Etats") != fold_case("États"));
}

TEST_CASE("utf8: suffix offsets count code points from the end") {
    const std::string word = "Noël à Orléans";
    CHECK(word.substr(utf8_suffix_offset(word, 3)) == "ans");
    CHECK(word.substr(utf8_suffix_offset(word, 5)) == "léans");
    CHECK(utf8_suffix_offset(word, 100) == 0);
    CHECK(utf8_suffix_offset(word, 0) == word.size());
}

TEST_CASE("utf8: next decodes one code point and moves past it") {
    const std::string text = "a€\xF0\x9F\x98\x80";
    std::size_t i = 0;
    CHECK(utf8_next(text, i) == U'a');
    CHECK(i == 1);
    CHECK(utf8_next(text, i) == U'€');
    CHECK(i == 4);
    CHECK(utf8_next(text, i) == U'\U0001F600');
    CHECK(i == text.size());
    const std::string broken = "\xC3(";
    i = 0;
    CHECK(utf8_next(broken, i) == U'\uFFFD');
    CHECK(i == 1);
    CHECK(utf8_next(broken, i) == U'(');
}

TEST_CASE("utf8: decode and encode are inverse; decode names the bad byte") {
    const std::string text = "Ça coûte 5 € — œuvre";
    const std::u32string cps = utf8_decode(text);
    CHECK(cps.size() == utf8_length(text));
    CHECK(cps[0] == U'Ç');
    CHECK(utf8_encode(cps) == text);
    CHECK(utf8_decode("") == U"");
    CHECK_THROWS_WITH(utf8_decode("ab\xE2\x82"), "invalid UTF-8 at byte 2");
}

TEST_CASE("utf8: invalid_offset finds the first ill-formed sequence") {
    CHECK(utf8_invalid_offset("déjà vu") == std::string_view::npos);
    CHECK(utf8_invalid_offset("") == std::string_view::npos);
    CHECK(utf8_invalid_offset("été\xFF") == 5);
    CHECK(utf8_invalid_offset("\x80 et") == 0);
}
