// Tests of pipeline/graph_builder, the reduce side: mentions of several documents reconciled into
// one entity, facts written with their entities, articles already in an extended graph refused.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "output/existing_graph.h"
#include "pipeline/graph_builder.h"
#include "tests/pipeline_fixture.h"
#include "tests/temp_dir.h"

using trame::Document;
using trame::Entity;
using trame::GraphBuilder;
using trame::testing::PipelineFixture;
using trame::testing::TempDir;
using Catch::Matchers::Contains;

namespace {

const std::string kFirst = "Le président Émile Durandal a demandé la fin des combats.\n";
const std::string kSecond = "Émile Durandal a rencontré Paul Martin lundi à Paris.\n";

/// `text` read and extracted as the document `id`, with its facts.
std::pair<Document, std::vector<trame::Fact>> extracted(const std::string& id, const std::string& text) {
    auto& extractor = PipelineFixture::get().extractor;
    Document doc = extractor.reader().parse(id + ".txt", text);
    doc.id = id;
    std::vector<trame::Fact> facts = extractor.extract_document(doc);
    return {std::move(doc), std::move(facts)};
}

std::size_t persons_named(const std::vector<Entity>& entities, const std::string& label) {
    std::size_t n = 0;
    for (const Entity& entity : entities) n += entity.label == label;
    return n;
}

}  // namespace

TEST_CASE("graph_builder: one person named in two documents is one entity, and the facts name it") {
    TempDir dir("trame-builder");
    GraphBuilder graph;
    for (auto [id, text] : {std::pair{"un", kFirst}, std::pair{"deux", kSecond}}) {
        auto [doc, facts] = extracted(id, text);
        REQUIRE(!facts.empty());
        graph.add(std::move(doc), std::move(facts));
    }
    graph.reconcile();
    CHECK(persons_named(graph.entities(), "Émile Durandal") == 1);
    const std::string path = dir / "graphe.nt";
    trame::RdfWriter writer(path, trame::RdfFormat::NTriples);
    graph.write(writer, "");
    writer.finish();
    const std::string written = trame::testing::read_file(path);
    CHECK_THAT(written, Contains("emile-durandal"));
    CHECK_THAT(written, Contains("/doc/un>") && Contains("/doc/deux>"));
}

TEST_CASE("graph_builder: an article already in the extended graph is refused, a new one is not") {
    TempDir dir("trame-builder");
    const std::string path = dir / "graphe.ttl";
    {
        GraphBuilder first;
        auto [doc, facts] = extracted("un", kFirst);
        first.add(std::move(doc), std::move(facts));
        first.reconcile();
        trame::RdfWriter writer(path, trame::RdfFormat::Turtle);
        first.write(writer, "");
        writer.finish();
    }
    GraphBuilder extended(trame::ExistingGraph::load(path));
    CHECK(extended.document_ids().count("un") == 1);
    CHECK(extended.already_in_graph(extracted("autre-nom", kFirst).first) == std::optional<std::string>("same text"));
    CHECK_FALSE(extended.already_in_graph(extracted("deux", kSecond).first));
    // The graph's entities are known before any new document: the person keeps one node.
    auto [doc, facts] = extracted("deux", kSecond);
    extended.add(std::move(doc), std::move(facts));
    extended.reconcile();
    CHECK(persons_named(extended.entities(), "Émile Durandal") == 1);
}

TEST_CASE("graph_builder: an organization or person the gazetteer links is written owl:sameAs its Wikidata item") {
    TempDir dir("trame-builder-wikidata");
    GraphBuilder graph;
    auto [doc, facts] = extracted("lien", "La Commission européenne a demandé à António Guterres un rapport sur la famine.\n");
    REQUIRE(!facts.empty());
    graph.add(std::move(doc), std::move(facts));
    graph.reconcile();
    const std::string path = dir / "graphe.nt";
    trame::RdfWriter writer(path, trame::RdfFormat::NTriples);
    graph.write(writer, "");
    writer.finish();
    const std::string written = trame::testing::read_file(path);
    const std::string same_as = "<http://www.w3.org/2002/07/owl#sameAs> ";
    CHECK_THAT(written, Contains("/entity/commission-europeenne> " + same_as + "<http://www.wikidata.org/entity/Q8880>"));
    CHECK_THAT(written, Contains("/entity/antonio-guterres> " + same_as + "<http://www.wikidata.org/entity/Q311440>"));
}
