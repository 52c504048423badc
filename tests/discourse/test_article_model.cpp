// Tests of the article model: the entities named so far and their salience.
#include <catch2/catch.hpp>

#include "discourse/article_model.h"
#include "tests/token_builder.h"

using namespace trame;
using trame::testing::add_mention;
using trame::testing::make_sentence;

namespace {

/// "NAME a parlé ." with NAME a one-word mention of `type`, as sentence `index`.
Sentence names(const std::string& name, EntityType type, std::size_t index) {
    Sentence s = make_sentence(name + "/" + name + "/PROPN/np a/avoir/AUX/vbhaver parlé/parler/VERB/vblex.pp ././PUNCT/sent");
    s.index = index;
    add_mention(s, 0, 1, type);
    return s;
}

/// "Il a parlé à NAME ." with NAME after a preposition, as sentence `index`.
Sentence spoken_to(const std::string& name, EntityType type, std::size_t index) {
    Sentence s = make_sentence("Il/il/PRON/prn a/avoir/AUX/vbhaver parlé/parler/VERB/vblex.pp à/à/ADP/pr " + name + "/" +
                               name + "/PROPN/np ././PUNCT/sent");
    s.index = index;
    add_mention(s, 4, 5, type);
    return s;
}

}  // namespace

TEST_CASE("article_model: the last entity of a type, within a window") {
    ArticleModel model;
    model.observe(names("Unicef", EntityType::Organization, 0));
    model.observe(names("Interpol", EntityType::Organization, 1));
    model.observe(names("Lisbonne", EntityType::Place, 2));
    REQUIRE(model.last_of(EntityType::Organization, 2, 2));
    CHECK(model.last_of(EntityType::Organization, 2, 2)->mention.canonical == "Interpol");
    CHECK(model.last_of(EntityType::Organization, 5, 2) == nullptr);  // too far back
    CHECK(model.last_of(EntityType::Person, 2, 2) == nullptr);
}

TEST_CASE("article_model: the entity in focus is the one most often a subject, and nobody on a tie") {
    ArticleModel model;
    model.observe(names("Portugal", EntityType::Country, 0));
    model.observe(names("Maroc", EntityType::Country, 1));
    CHECK(model.in_focus(EntityType::Country, 2, 3) == nullptr);  // named once each, as subjects
    model.observe(spoken_to("Maroc", EntityType::Country, 2));   // after "à": no subject
    REQUIRE(model.in_focus(EntityType::Country, 3, 3));
    CHECK(model.in_focus(EntityType::Country, 3, 3)->mention.canonical == "Maroc");  // as often a subject, more often named
    model.observe(names("Portugal", EntityType::Country, 3));
    CHECK(model.in_focus(EntityType::Country, 4, 3)->mention.canonical == "Portugal");
    CHECK(model.in_focus(EntityType::Country, 9, 3) == nullptr);  // named too long ago
}

TEST_CASE("article_model: resolved mentions are not new names") {
    ArticleModel model;
    Sentence s = names("Interpol", EntityType::Organization, 0);
    s.mentions[0].resolution = "definite";
    model.observe(s);
    CHECK(model.entities().empty());
}

TEST_CASE("article_model: a name and its last words are one entity") {
    CHECK(same_name("Agence Nova Press", "Nova Press"));
    CHECK(same_name("Nova Press", "Agence Nova Press"));
    CHECK_FALSE(same_name("Nova Press", "Press"  " Nova"));
    CHECK_FALSE(same_name("Novapress", "press"));
    ArticleModel model;
    model.observe(names("Interpol", EntityType::Organization, 0));
    Sentence s = names("Interpol", EntityType::Organization, 1);
    s.mentions[0].canonical = "Agence Interpol";
    model.observe(s);
    REQUIRE(model.entities().size() == 1);
    CHECK(model.entities()[0].count == 2);
}
