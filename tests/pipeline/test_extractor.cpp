// Tests of the Extractor's own steps on raw text: event mentions and institutions' countries.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "tests/pipeline_fixture.h"

using namespace trame;
using trame::testing::PipelineFixture;

namespace {

/// The canonical names of the Event mentions of `doc`, in text order.
std::vector<std::string> event_names(const Document& doc) {
    std::vector<std::string> names;
    for (const Sentence& sentence : doc.sentences)
        for (const Mention& m : sentence.mentions)
            if (m.type == EntityType::Event) names.push_back(m.canonical);
    return names;
}

}  // namespace

TEST_CASE("extractor: the phrases that name one war are one event name") {
    const Document doc = PipelineFixture::get().prepare(
        "La Pologne condamne l'offensive russe en Ukraine. Le Chili dénonce le conflit en Ukraine.\n");
    CHECK(event_names(doc) == std::vector<std::string>{"guerre en Ukraine", "guerre en Ukraine"});
}

TEST_CASE("extractor: a Senate named without its country takes the article's country") {
    const Document doc = PipelineFixture::get().prepare(
        "Le Pérou a voté. Le Sénat a adopté la réforme du Pérou mardi.\n");
    bool found = false;
    for (const Sentence& sentence : doc.sentences)
        for (const Mention& m : sentence.mentions)
            if (m.text == "Sénat") {
                found = true;
                CHECK(m.canonical == "Sénat péruvien");
            }
    CHECK(found);
}
