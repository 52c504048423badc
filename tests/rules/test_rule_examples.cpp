// Every rule's example sentence is a test: on its example, run through the real stages, the
// rule must give the fact its `expect:` line describes.
#include <catch2/catch.hpp>

#include <sstream>

#include "document/utf8.h"
#include "tests/pipeline_fixture.h"

using namespace trame;

namespace {

/// The parts of an `expect:` line: "SUBJECT | predicate | OBJECT [| negated] [| hypothetical]"; for a
/// description rule, "DESCRIPTION | refers | HOLDER" (or, for a title that names its holder, the role fact
/// it states); for a name rule, "PHRASE | names | Type".
struct Expectation {
    std::string subject, predicate, object;
    bool negated = false;
    Modality modality = Modality::Asserted;
};

std::string trim(const std::string& s) {
    const auto b = s.find_first_not_of(' ');
    return b == std::string::npos ? "" : s.substr(b, s.find_last_not_of(' ') - b + 1);
}

Expectation parse_expectation(const std::string& line) {
    std::vector<std::string> parts;
    std::istringstream in(line);
    for (std::string part; std::getline(in, part, '|');) parts.push_back(trim(part));
    REQUIRE(parts.size() >= 3);
    Expectation e{parts[0], parts[1], parts[2]};
    for (std::size_t i = 3; i < parts.size(); ++i) {
        if (parts[i] == "negated") e.negated = true;
        else if (parts[i] == "hypothetical") e.modality = Modality::Hypothetical;
        else FAIL("unknown expectation '" << parts[i] << "'");
    }
    return e;
}

bool contains(const std::string& haystack, const std::string& needle) {
    return fold_case(haystack).find(fold_case(needle)) != std::string::npos;
}

/// The text of an argument, and for an entity its canonical name too ("péruvien / Pérou").
std::string describe(const Document& doc, const Fact& fact, const Argument& argument) {
    if (!argument.is_entity()) return argument.text;
    return argument.text + " / " + doc.sentences[fact.sentence].mentions[argument.mention].canonical;
}

}  // namespace

TEST_CASE("rule examples: every rule gives its expected fact on each of its examples") {
    auto& pipeline = testing::PipelineFixture::get();
    for (const Rule& rule : pipeline.rules().rules())
        for (const RuleExample& example : rule.examples) {
            const Expectation expected = parse_expectation(example.expect);
            const Document doc = pipeline.prepare(example.sentence);
            if (!rule.namings.empty()) {  // a name rule: the phrase is a mention of the type
                bool named = false;
                for (const Sentence& sentence : doc.sentences)
                    for (const Mention& m : sentence.mentions)
                        named = named || (contains(m.text, expected.subject) && to_string(m.type) == expected.object);
                INFO(rule.file << ":" << rule.line << " rule " << rule.id << "\n  example: " << example.sentence
                               << "\n  expected: " << example.expect);
                CHECK(expected.predicate == "names");
                CHECK(named);
                continue;
            }
            if (!rule.references.empty() && expected.predicate != "refers") {  // a title that names: the role it states
                Document text = pipeline.extractor.reader().parse("example.txt", example.sentence);
                text.id = "example";
                bool stated = false;
                for (const Fact& fact : pipeline.extractor.extract_document(text))
                    stated = stated || (fact.rule == rule.id && fact.predicate == expected.predicate &&
                                        contains(describe(text, fact, fact.subject), expected.subject) &&
                                        contains(describe(text, fact, fact.object), expected.object));
                INFO(rule.file << ":" << rule.line << " rule " << rule.id << "\n  example: " << example.sentence
                               << "\n  expected: " << example.expect);
                CHECK(stated);
                continue;
            }
            if (!rule.references.empty()) {  // a description rule: the description names the role's holder
                bool resolved = false;
                for (const Sentence& sentence : doc.sentences)
                    for (const Mention& m : sentence.mentions)
                        resolved = resolved || (m.description && contains(m.text, expected.subject) &&
                                                contains(m.canonical, expected.object));
                INFO(rule.file << ":" << rule.line << " rule " << rule.id << "\n  example: " << example.sentence
                               << "\n  expected: " << example.expect);
                CHECK(expected.predicate == "refers");
                CHECK(resolved);
                continue;
            }
            std::vector<Fact> facts;
            for (const Sentence& sentence : doc.sentences)
                for (const Fact& fact : pipeline.rules().apply(rule, sentence)) facts.push_back(fact);
            std::ostringstream found;
            bool matched = false;
            for (const Fact& fact : facts) {
                found << fact << " ";
                matched = matched || (contains(describe(doc, fact, fact.subject), expected.subject) &&
                                      fact.predicate == expected.predicate &&
                                      contains(describe(doc, fact, fact.object), expected.object) &&
                                      fact.negated == expected.negated &&
                                      fact.modality == expected.modality);
            }
            INFO(rule.file << ":" << rule.line << " rule " << rule.id << "\n  example: " << example.sentence
                           << "\n  expected: " << example.expect << "\n  found: " << found.str());
            CHECK(matched);
        }
}
