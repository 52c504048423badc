// Tests of the CoNLL-U reader and writer.
#include <catch2/catch.hpp>

#include <sstream>

#include "analysis/conllu.h"
#include "tests/analysis/tiny_treebank.h"

using namespace trame;

namespace {

std::vector<ud::Sentence> read_text(const std::string& text) {
    std::istringstream in(text);
    return ud::read_conllu(in, "mem.conllu");
}

std::string error_of(const std::string& text) {
    try {
        read_text(text);
    } catch (const ud::ConlluError& e) {
        return e.what();
    }
    return "";
}

}  // namespace

TEST_CASE("conllu: reads words, multiword tokens, comments and spacing") {
    std::vector<ud::Sentence> s = testing::tiny_treebank();
    REQUIRE(s.size() == 3);
    CHECK(s[0].text == "Le chat mange une pomme.");
    CHECK(s[0].comments.front() == "sent_id = t1");
    REQUIRE(s[1].words.size() == 9);
    REQUIRE(s[1].tokens.size() == 8);
    const ud::Token& au = s[1].tokens[5];
    CHECK(au.form == "au");
    CHECK(au.first_word == 5);
    CHECK(au.word_count == 2);
    CHECK(s[1].words[5].form == "à");
    CHECK(s[1].words[6].form == "le");
    CHECK(s[1].words[2].head == -1);
    CHECK(s[1].words[7].head == 2);
    CHECK(s[1].words[7].deprel == "obl:mod");
    CHECK_FALSE(s[1].tokens[6].space_after);  // "jardin."
    CHECK(s[2].tokens[1].begin == 6);          // "Marie dort": code points
    CHECK(s[2].tokens[2].begin == 10);
}

TEST_CASE("conllu: writing what was read gives the same text back") {
    std::ostringstream out;
    ud::write_conllu(out, testing::tiny_treebank());
    CHECK(out.str() == testing::tiny_treebank_text());
}

TEST_CASE("conllu: empty nodes are skipped") {
    auto s = read_text(
        "1\tIl\til\tPRON\t_\t_\t2\tnsubj\t_\t_\n"
        "1.1\tvient\tvenir\tVERB\t_\t_\t_\t_\t_\t_\n"
        "2\tvient\tvenir\tVERB\t_\t_\t0\troot\t_\t_\n");
    REQUIRE(s.size() == 1);
    CHECK(s[0].words.size() == 2);
}

TEST_CASE("conllu: malformed input names the file and line") {
    CHECK(error_of("1\tIl\til\tPRON\n") == "mem.conllu:1: expected 10 tab-separated columns, found 4");
    CHECK(error_of("1\tIl\til\tPRON\t_\t_\t0\troot\t_\t_\n3\tva\taller\tVERB\t_\t_\t1\tx\t_\t_\n")
              .rfind("mem.conllu:2: word id 3 out of sequence", 0) == 0);
    CHECK(error_of("1-2\tdu\t_\t_\t_\t_\t_\t_\t_\t_\n1\tde\tde\tADP\t_\t_\t0\troot\t_\t_\n\n")
              .rfind("mem.conllu:3: sentence ends inside a multiword token range", 0) == 0);
    CHECK(error_of("1\tIl\til\tPRON\t_\t_\tx\troot\t_\t_\n") == "mem.conllu:1: bad head 'x'");
    CHECK(error_of("1\tIl\til\tPRON\t_\t_\t5\troot\t_\t_\n").find("head beyond the sentence") != std::string::npos);
    CHECK_THROWS_WITH(ud::read_conllu_file("/nonexistent/x.conllu"), "/nonexistent/x.conllu: cannot open");
}
