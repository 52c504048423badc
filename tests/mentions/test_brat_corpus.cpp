// Tests of reading BRAT annotations and aligning them with analysed tokens.
#include <catch2/catch.hpp>

#include "mentions/brat_corpus.h"
#include "tests/temp_dir.h"
#include "tests/token_builder.h"

using namespace trame;
using trame::testing::make_sentence;

TEST_CASE("BRAT entity lines are read, other lines skipped", "[brat_corpus]") {
    trame::testing::TempDir dir("trame-brat");
    const std::string path = dir.write("a.ann",
                                       "T1\tPerson 0 12\tLucie Garnier\n"
                                       "#1\tAnnotatorNotes T1\tune note\n"
                                       "T2\tLocation 20 25;30 35\tRiom Aubière\n");
    const std::vector<BratEntity> entities = read_brat_entities(path);
    REQUIRE(entities.size() == 2);
    CHECK(entities[0].id == "T1");
    CHECK(entities[0].type == "Person");
    CHECK(entities[0].begin == 0);
    CHECK(entities[0].end == 12);
    CHECK(entities[0].text == "Lucie Garnier");
    CHECK(entities[1].type == "Location/discontinuous");
    CHECK(entities[1].begin == 20);
    CHECK(entities[1].end == 35);
}

TEST_CASE("Malformed BRAT lines are reported with file and line", "[brat_corpus]") {
    trame::testing::TempDir dir("trame-brat");
    const std::string bad = dir.write("bad.ann", "T1\tPerson 0 5\tLucie\nT2\tPerson x 9\tGarnier\n");
    CHECK_THROWS_WITH(read_brat_entities(bad), Catch::Contains("bad.ann:2") && Catch::Contains("not a number"));
    const std::string backwards = dir.write("backwards.ann", "T1\tPerson 9 5\tLucie\n");
    CHECK_THROWS_WITH(read_brat_entities(backwards), Catch::Contains("backwards.ann:1"));
    CHECK_THROWS_WITH(read_brat_entities((dir.path / "none.ann").string()), Catch::Contains("none.ann"));
}

TEST_CASE("The outermost annotations of the five types are kept", "[brat_corpus]") {
    const std::vector<BratEntity> entities = {
        {"T1", "Organization", 10, 40, "Université de Grenoble"},
        {"T2", "Location", 25, 40, "Grenoble"},
        {"T3", "Date", 50, 60, "12 mai"},
        {"T4", "Person", 0, 8, "Lucie"},
    };
    AlignmentCounts counts;
    const std::vector<TypedTextSpan> kept = outermost_entities(entities, counts);
    REQUIRE(kept.size() == 2);
    CHECK(kept[0] == TypedTextSpan{0, 8, NerType::Person});
    CHECK(kept[1] == TypedTextSpan{10, 40, NerType::Organization});
    CHECK(counts.annotations == 4);
    CHECK(counts.other_types == 1);
    CHECK(counts.nested == 1);
    CHECK(counts.kept == 2);
}

TEST_CASE("Annotations are aligned with token bounds, and the others counted", "[brat_corpus]") {
    Document doc;
    // "Lucie Garnier visite Clermont-Ferrand" then "Elle repart ."
    doc.sentences.push_back(make_sentence("Lucie/Lucie/PROPN Garnier/Garnier/PROPN visite/visiter/VERB Clermont-Ferrand/Clermont-Ferrand/PROPN"));
    Sentence second = make_sentence("Elle/elle/PRON repart/repartir/VERB ././PUNCT");
    for (Token& t : second.tokens) {
        t.begin += 40;
        t.end += 40;
    }
    doc.sentences.push_back(second);
    const std::vector<TypedTextSpan> spans = {
        {0, 13, NerType::Person},         // Lucie Garnier
        {21, 29, NerType::Location},      // Clermont (inside a token)
        {30, 45, NerType::Event},         // from one sentence into the next
        {100, 110, NerType::Product},     // beyond the text
    };
    AlignmentCounts counts;
    const auto aligned = align_to_tokens(doc, spans, counts);
    REQUIRE(aligned.size() == 2);
    REQUIRE(aligned[0].size() == 1);
    CHECK(aligned[0][0] == TypedSpan{0, 2, NerType::Person});
    CHECK(aligned[1].empty());
    CHECK(counts.aligned == 1);
    CHECK(counts.not_on_tokens == 1);
    CHECK(counts.across_sentences == 1);
    CHECK(counts.outside_text == 1);
    CHECK(text_span(doc.sentences[0], aligned[0][0]) == spans[0]);
}
