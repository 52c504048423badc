// Tests of document/quote_marks: which forms open, close or toggle a quotation.
#include <catch2/catch.hpp>

#include "document/quote_marks.h"

using trame::open_after_mark;
using trame::quote_mark;
using trame::QuoteMark;

TEST_CASE("quote_marks: guillemets and curly quotes open and close, the straight quote toggles") {
    CHECK(quote_mark("«") == QuoteMark::Open);
    CHECK(quote_mark("“") == QuoteMark::Open);
    CHECK(quote_mark("»") == QuoteMark::Close);
    CHECK(quote_mark("”") == QuoteMark::Close);
    CHECK(quote_mark("\"") == QuoteMark::Either);
    CHECK(quote_mark("‹") == QuoteMark::Nested);
    CHECK(quote_mark("›") == QuoteMark::Nested);
    CHECK(quote_mark("'") == QuoteMark::None);
    CHECK(quote_mark("dit") == QuoteMark::None);
}

TEST_CASE("quote_marks: a nested mark leaves the outer quotation as it was") {
    bool open = false;
    for (const char* form : {"«", "‹", "›"}) open = open_after_mark(quote_mark(form), open);
    CHECK(open);
    open = open_after_mark(quote_mark("»"), open);
    CHECK_FALSE(open);
    CHECK(open_after_mark(QuoteMark::Either, false));
    CHECK_FALSE(open_after_mark(QuoteMark::Either, true));
}
