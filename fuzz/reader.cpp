// libFuzzer target: the text reader, raw bytes -> Document (size and binary checks, UTF-8
// validation, BOM and line ends, NFC, date lines, boilerplate, paragraphs).
//
// Every input must either be refused with an InputError or give a Document that keeps the Reader's
// guarantees: UTF-8 NFC text, paragraphs that are ordered non-empty spans of it, an ISO date, and
// the same Document when its own text is read again.
#include <cstddef>
#include <cstdint>
#include <regex>
#include <string>

#include "document/input_error.h"
#include "reading/reader.h"
#include "document/utf8.h"
#include "fuzz/fuzz_check.h"

using trame::fuzzing::check;

namespace {

const trame::Reader& reader() {
    static const trame::Reader instance(trame::Boilerplate::load(TRAME_DATA_DIR "/boilerplate.tsv"));
    return instance;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
    trame::Document doc;
    try {
        doc = reader().parse("fuzz.txt", std::string(reinterpret_cast<const char*>(data), size));
    } catch (const trame::InputError&) {
        return 0;
    }
    check(trame::fuzzing::valid_utf8(doc.text), "the text is UTF-8");
    check(doc.text.find('\r') == std::string::npos, "line ends are LF");
    check(!doc.paragraphs.empty(), "a document has a paragraph");
    const std::size_t length = trame::utf8_length(doc.text);
    std::size_t previous_end = 0;
    for (const trame::TextSpan& span : doc.paragraphs) {
        check(span.begin < span.end, "a paragraph is not empty");
        check(span.begin >= previous_end, "paragraphs are ordered and disjoint");
        check(span.end <= length, "a paragraph is inside the text");
        previous_end = span.end;
    }
    if (doc.date) {
        static const std::regex iso("[0-9]{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?");
        check(std::regex_match(*doc.date, iso), "the date is YYYY-MM or YYYY-MM-DD");
    }
    // Reading the normalized text again changes nothing.
    trame::Document again;
    try {
        again = reader().parse("fuzz.txt", doc.text);
    } catch (const trame::InputError&) {
        check(false, "the normalized text is read again");
    }
    check(again.text == doc.text, "normalizing is idempotent");
    check(again.date == doc.date, "the date is read again");
    check(again.paragraphs.size() == doc.paragraphs.size(), "the paragraphs are read again");
    return 0;
}
