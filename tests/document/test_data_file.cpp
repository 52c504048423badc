// Tests of document/data_file: the data lines of a word list or a table, with their numbers.
#include <catch2/catch.hpp>

#include <string>

#include "document/data_file.h"
#include "tests/temp_dir.h"

using trame::DataLine;
using trame::Fields;
using trame::read_data_lines;
using trame::testing::TempDir;
using Catch::Matchers::Contains;

TEST_CASE("data_file: comments and blank lines are skipped, numbers kept, fields split on blanks or tabs") {
    TempDir dir("trame-data");
    const std::string path = dir.write("liste.txt", "# Une liste.\n\n  falloir  \r\n   # encore un commentaire\nnom\tOrganization  x\n");
    const auto words = read_data_lines(path, "word list");
    REQUIRE(words.size() == 2);
    CHECK(words[0].number == 3);
    CHECK(words[0].text == "falloir");
    CHECK(words[0].fields == std::vector<std::string>{"falloir"});
    CHECK(words[1].number == 5);
    CHECK(words[1].fields == std::vector<std::string>{"nom", "Organization", "x"});
    const auto columns = read_data_lines(path, "table", Fields::Tabs);
    CHECK(columns[1].fields == std::vector<std::string>{"nom", "Organization  x"});
    const auto empty_last = read_data_lines(dir.write("t.tsv", "a\tb\t\n"), "table", Fields::Tabs);
    CHECK(empty_last[0].fields == std::vector<std::string>{"a", "b", ""});
}

TEST_CASE("data_file: a missing file and a bad line are errors naming the file (and the line)") {
    TempDir dir("trame-data");
    CHECK_THROWS_WITH(read_data_lines(dir / "absent.txt", "tokenizer word list"),
                      Contains("absent.txt: cannot open the tokenizer word list"));
    const std::string path = dir.write("l.txt", "a\nb c\n");
    const auto lines = read_data_lines(path, "word list");
    CHECK(std::string(trame::data_line_error(path, lines[1], "one word a line").what()) == path + ":2: one word a line");
}
