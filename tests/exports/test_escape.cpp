// Tests of the escape tables helper.
#include <catch2/catch.hpp>

#include <string>

#include "exports/escape.h"

using namespace trame;

TEST_CASE("escape: a character of the table is replaced, another is left to the caller") {
    constexpr Escape table[] = {{'<', "&lt;"}, {'\n', "\\n"}};
    std::string out = "a";
    CHECK(append_escape(table, '<', out));
    CHECK(append_escape(table, '\n', out));
    CHECK_FALSE(append_escape(table, 'b', out));
    CHECK_FALSE(append_escape(table, '>', out));
    CHECK(out == "a&lt;\\n");
}
