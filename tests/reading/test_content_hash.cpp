// Tests of the content hash (reading/content_hash): SHA-256, as sha256sum gives it.
#include <catch2/catch.hpp>

#include <string>

#include "reading/content_hash.h"

TEST_CASE("content_hash: the SHA-256 of the UTF-8 bytes, in lowercase hex") {
    // FIPS 180-2's test vectors.
    CHECK(trame::content_hash("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(trame::content_hash("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

TEST_CASE("content_hash: different texts, different hashes; the same text, the same hash") {
    const std::string a = "La Finlande exige un sommet.";
    CHECK(trame::content_hash(a) == trame::content_hash(std::string(a)));
    CHECK(trame::content_hash(a) != trame::content_hash(a + "\n"));
    CHECK(trame::content_hash("\xC3\xA9") != trame::content_hash("e\xCC\x81"));  // NFC and NFD differ: hash NFC text
}
