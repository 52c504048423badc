// Tests of the discourse stage's word lists.
#include <catch2/catch.hpp>

#include "discourse/discourse_lexicon.h"
#include "tests/temp_dir.h"

using namespace trame;

namespace {

/// The project's eight lists copied into `dir`, one of them replaced by `bytes`.
void write_lists(const trame::testing::TempDir& dir, const std::string& replaced, const std::string& bytes) {
    for (const char* name : {"impersonal_verbs.txt", "pronoun_clitics.txt", "war_nouns.txt", "state_institutions.txt",
                             "country_articles.txt", "definite_descriptions.txt", "pair_descriptions.txt",
                             "title_modifiers.txt"})
        dir.write(name, name == replaced ? bytes
                                         : trame::testing::read_file(std::string(TRAME_DATA_DIR "/lexicons/") + name));
}

}  // namespace

TEST_CASE("discourse_lexicon: the project's lists load") {
    const DiscourseLexicon lexicon = DiscourseLexicon::load(TRAME_DATA_DIR "/lexicons");
    CHECK(lexicon.impersonal_verbs.count("falloir") == 1);
    CHECK(lexicon.impersonal_verbs.count("déclarer") == 0);
    CHECK(lexicon.pronoun_clitics.count("n'") == 1);
    CHECK(lexicon.pronoun_clitics.count("y") == 1);
    CHECK(lexicon.pronoun_clitics.count("il") == 0);
    CHECK(lexicon.war_nouns.count("offensive") == 1);
    CHECK(lexicon.war_nouns.count("paix") == 0);
    CHECK(lexicon.state_institutions.count("assemblée nationale") == 1);
    CHECK(lexicon.state_institutions.count("mairie") == 0);
    CHECK(lexicon.countries_without_article.count("Sri Lanka") == 1);
    CHECK(lexicon.masculine_countries_in_e.count("Mexique") == 1);
    CHECK(lexicon.masculine_countries_in_e.count("France") == 0);
    CHECK(lexicon.description_heads.at("pays") == EntityType::Country);
    CHECK(lexicon.description_heads.at("organisation") == EntityType::Organization);
    CHECK(lexicon.pair_heads.at("dirigeants") == EntityType::Person);
    CHECK(lexicon.pair_heads.at("pays") == EntityType::Country);
    CHECK(lexicon.pair_heads.count("dirigeant") == 0);
    CHECK(lexicon.title_modifiers.at("élu") == TitleEffect::Hypothetical);
    CHECK(lexicon.title_modifiers.at("ancien") == TitleEffect::None);
    CHECK(lexicon.title_modifiers.at("sortant") == TitleEffect::Asserted);
}

TEST_CASE("discourse_lexicon: a missing file or a bad line is an error naming it") {
    trame::testing::TempDir dir("discourse-lexicon");
    CHECK_THROWS_WITH(DiscourseLexicon::load(dir.path.string()), Catch::Contains("impersonal_verbs.txt"));

    write_lists(dir, "definite_descriptions.txt", "# header\npays Country\nville Planet\n");
    CHECK_THROWS_WITH(DiscourseLexicon::load(dir.path.string()), Catch::Contains("definite_descriptions.txt:3"));

    write_lists(dir, "pair_descriptions.txt", "# header\ndirigeants Person\npays\n");
    CHECK_THROWS_WITH(DiscourseLexicon::load(dir.path.string()), Catch::Contains("pair_descriptions.txt:3"));
    write_lists(dir, "pair_descriptions.txt", "dirigeants Event\n");
    CHECK_THROWS_WITH(DiscourseLexicon::load(dir.path.string()), Catch::Contains("pair_descriptions.txt:1"));
    write_lists(dir, "title_modifiers.txt", "élu perhaps\n");
    CHECK_THROWS_WITH(DiscourseLexicon::load(dir.path.string()), Catch::Contains("title_modifiers.txt:1"));

    write_lists(dir, "pronoun_clitics.txt", "# header\nne\nse lui\n");
    CHECK_THROWS_WITH(DiscourseLexicon::load(dir.path.string()), Catch::Contains("pronoun_clitics.txt:3"));

    write_lists(dir, "war_nouns.txt", "guerre civile\n");
    CHECK_THROWS_WITH(DiscourseLexicon::load(dir.path.string()), Catch::Contains("war_nouns.txt:1"));

    write_lists(dir, "country_articles.txt", "Cuba\tno-article\nFrance\tfeminine\n");
    CHECK_THROWS_WITH(DiscourseLexicon::load(dir.path.string()), Catch::Contains("country_articles.txt:2"));

    write_lists(dir, "impersonal_verbs.txt", "falloir\nil faut\n");
    CHECK_THROWS_WITH(DiscourseLexicon::load(dir.path.string()), Catch::Contains("impersonal_verbs.txt:2"));
}
