// libFuzzer target: the whole per-document path after reading, text -> sentences -> tokens ->
// mentions -> facts (Segmenter, Analyser with the UD tokenizer, tagger and parser, mention finder, pronouns, rules),
// as `trame extract` runs it. The stages are loaded once per process, as the CLI does (the
// analyser keeps global state).
//
// Inputs the Reader refuses are skipped (the reader target covers them). For the others, the
// segmenter's and analyser's guarantees are checked: sentences are ordered spans of the text whose
// `text` is theirs, tokens lie inside their sentence and their form is exactly the document's code
// points, mentions are token ranges of their sentence.
#include <cstddef>
#include <cstdint>
#include <string>

#include "pipeline/extractor.h"
#include "document/input_error.h"
#include "document/utf8.h"
#include "fuzz/fuzz_check.h"

using trame::fuzzing::check;

namespace {

trame::Extractor& extractor() {
    static trame::Extractor instance(TRAME_DATA_DIR);
    return instance;
}

/// The code points [begin, end) of `text`.
std::string code_points(const std::string& text, std::size_t begin, std::size_t end) {
    const std::size_t from = trame::utf8_byte_offset(text, begin);
    return text.substr(from, trame::utf8_byte_offset(text, end) - from);
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    extractor();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
    trame::Document doc;
    try {
        doc = extractor().reader().parse("fuzz.txt", std::string(reinterpret_cast<const char*>(data), size));
    } catch (const trame::InputError&) {
        return 0;
    }
    doc.id = "fuzz";
    const std::vector<trame::Fact> facts = extractor().extract_document(doc);
    const std::size_t length = trame::utf8_length(doc.text);
    std::size_t previous_end = 0;
    for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
        const trame::Sentence& sentence = doc.sentences[s];
        check(sentence.index == s, "sentences are numbered in order");
        check(sentence.begin < sentence.end && sentence.end <= length, "a sentence is a span of the text");
        check(sentence.begin >= previous_end, "sentences are ordered and disjoint");
        previous_end = sentence.end;
        check(sentence.text == code_points(doc.text, sentence.begin, sentence.end), "a sentence's text is its span");
        for (const trame::Token& token : sentence.tokens) {
            check(sentence.begin <= token.begin && token.begin < token.end && token.end <= sentence.end,
                  "a token is inside its sentence");
            check(token.form == code_points(doc.text, token.begin, token.end), "a token's form is its span");
        }
        for (const trame::Mention& mention : sentence.mentions)
            check(mention.first <= mention.last && mention.last <= sentence.tokens.size(),
                  "a mention is a token range of its sentence");
    }
    return 0;
}
