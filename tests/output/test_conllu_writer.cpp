// Tests of output/conllu_writer: a processed document as CoNLL-U, mentions in IOB2 in MISC, facts
// as comments.
#include <catch2/catch.hpp>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include "output/conllu_writer.h"
#include "tests/token_builder.h"

using namespace trame;
using trame::testing::add_mention;
using trame::testing::add_tree;
using trame::testing::make_sentence;
using Catch::Matchers::Contains;

namespace {

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

}  // namespace

TEST_CASE("conllu_writer: ten columns a token, IOB2 entities and token ranges in MISC, facts as comments") {
    Document doc;
    doc.id = "essai";
    Sentence sentence = make_sentence("Jean/Jean/PROPN Morel/Morel/PROPN parle/parler/VERB ./././PUNCT");
    add_tree(sentence, "3:nsubj 1:flat 0:root 3:punct");
    add_mention(sentence, 0, 2, EntityType::Person);
    doc.sentences.push_back(sentence);
    Fact fact;
    fact.subject.mention = 0;
    fact.subject.text = "Jean Morel";
    fact.predicate = "says";
    fact.object.text = "rien";
    fact.rule = "says-test";
    const std::vector<std::string> lines = lines_of(document_conllu(doc, {fact}));
    REQUIRE(lines.size() == 9);
    CHECK(lines[0] == "# newdoc id = essai");
    CHECK(lines[1] == "# sent_id = essai-1");
    CHECK(lines[2] == "# text = Jean Morel parle .");
    CHECK(lines[3] == "1\tJean\tJean\tPROPN\tx\t_\t3\tnsubj\t_\tTokenRange=0:4|Entity=B-Person|Mention=Person:Jean Morel");
    CHECK(lines[4] == "2\tMorel\tMorel\tPROPN\tx\t_\t1\tflat\t_\tTokenRange=5:10|Entity=I-Person");
    CHECK(lines[5] == "3\tparle\tparler\tVERB\tx\t_\t0\troot\t_\tTokenRange=11:16");
    CHECK_THAT(lines[7], Contains("# fact = (Jean Morel, says, \"rien\") [says-test]"));
    CHECK(lines[8].empty());
    for (std::size_t i = 3; i <= 6; ++i) {
        INFO(lines[i]);
        CHECK(std::count(lines[i].begin(), lines[i].end(), '\t') == 9);
    }
}

TEST_CASE("conllu_writer: the longest of nested mentions gives the entity tags") {
    Document doc;
    doc.id = "groupes";
    Sentence sentence = make_sentence("les/le/DET rebelles/rebelle/NOUN syriens/syrien/ADJ");
    add_mention(sentence, 2, 3, EntityType::Country, true, "Syrie");
    add_mention(sentence, 1, 3, EntityType::Organization);
    doc.sentences.push_back(sentence);
    const std::string text = document_conllu(doc, {});
    CHECK_THAT(text, Contains("rebelles\trebelle\tNOUN\tx\t_\t_\t_\t_\tTokenRange=4:12|Entity=B-Organization"));
    CHECK_THAT(text, Contains("TokenRange=13:20|Entity=I-Organization|Mention=Country:demonym:Syrie"));
}
