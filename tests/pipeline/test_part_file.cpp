// Tests of the part files of a sharded run: a document and its facts, one JSON line.
#include <sstream>

#include <catch2/catch.hpp>

#include "pipeline/part_file.h"

using namespace trame;

namespace {

Document sample() {
    Document doc;
    doc.id = "conseil";
    doc.name = "https://exemple.fr/conseil";
    doc.text = "Mme Durand a rencontré M. Lefèvre. « Nous avançons », dit-elle.";
    doc.date = "2025-03-04";
    doc.identifier = "conseil-42";
    for (std::size_t i = 0; i < 2; ++i) {
        Sentence s;
        s.index = i;
        s.begin = i == 0 ? 0 : 35;
        s.end = i == 0 ? 34 : 63;
        s.text = i == 0 ? "Mme Durand a rencontré M. Lefèvre." : "« Nous avançons », dit-elle.";
        doc.sentences.push_back(s);
    }
    Mention durand;
    durand.first = 0;
    durand.last = 2;
    durand.text = "Mme Durand";
    durand.name = durand.canonical = "Durand";
    durand.title = "Mme";
    durand.type = EntityType::Person;
    Mention lefevre = durand;
    lefevre.first = 4;
    lefevre.last = 6;
    lefevre.text = "M. Lefèvre";
    lefevre.name = lefevre.canonical = "Lefèvre";
    lefevre.title = "M.";
    doc.sentences[0].mentions = {durand, lefevre};
    Mention elle = durand;
    elle.text = "-elle";
    elle.pronoun = true;
    elle.wikidata = "Q1";
    doc.sentences[1].mentions = {elle};
    return doc;
}

Fact meets() {
    Fact f;
    f.subject.mention = 0;
    f.subject.text = "Mme Durand";
    f.subject.end = 10;
    f.object.mention = 1;
    f.object.text = "M. Lefèvre";
    f.object.begin = 23;
    f.object.end = 33;
    f.predicate = "meets";
    f.confidence = 0.85;
    f.rule = "rencontrer";
    return f;
}

}  // namespace

TEST_CASE("part_file: a document and its facts come back as written") {
    Fact says;
    says.subject.mention = 0;
    says.subject.mention_sentence = 1;
    says.subject.text = "-elle";
    says.object.text = "Nous avançons";
    says.object.event = true;
    says.predicate = "says";
    says.modality = Modality::Hypothetical;
    says.negated = true;
    says.sentence = 1;
    says.resolution = "pronoun";
    Document doc = sample();
    doc.sentences[1].mentions[0].resolution = "pronoun";
    doc.sentences[1].mentions[0].resolution_confidence = 0.8;
    doc.sentences[0].mentions[0].subclass = "PoliticalParty";
    doc.sentences[0].mentions[0].type = EntityType::Organization;
    std::stringstream part;
    part << part_record(doc, {meets(), says});
    part << part_record(sample(), {});
    PartReader reader(part, "part.jsonl");
    PartRecord record;
    REQUIRE(reader.next(record));
    CHECK(record.doc.id == "conseil");
    CHECK(record.doc.name == "https://exemple.fr/conseil");
    CHECK(record.doc.text == sample().text);
    CHECK(record.doc.date == std::optional<std::string>("2025-03-04"));
    CHECK(record.doc.identifier == std::optional<std::string>("conseil-42"));
    REQUIRE(record.doc.sentences.size() == 2);
    CHECK(record.doc.sentences[1].begin == 35);
    CHECK(record.doc.sentences[1].text == "« Nous avançons », dit-elle.");
    REQUIRE(record.doc.sentences[0].mentions.size() == 2);
    CHECK(record.doc.sentences[0].mentions[1].canonical == "Lefèvre");
    CHECK(record.doc.sentences[0].mentions[1].title == "M.");
    CHECK(record.doc.sentences[0].mentions[1].first == 4);
    CHECK(record.doc.sentences[1].mentions[0].pronoun);
    CHECK(record.doc.sentences[1].mentions[0].wikidata == "Q1");
    CHECK(record.doc.sentences[1].mentions[0].type == EntityType::Person);
    CHECK(record.doc.sentences[0].mentions[0].subclass == "PoliticalParty");
    CHECK(record.doc.sentences[1].mentions[0].subclass.empty());
    REQUIRE(record.facts.size() == 2);
    CHECK(record.facts[0].object.mention == 1);
    CHECK(record.facts[0].object.begin == 23);
    CHECK(record.facts[0].confidence == 0.85);
    CHECK(record.facts[1].subject.mention_sentence == 1);
    CHECK(record.facts[1].resolution == "pronoun");
    CHECK(record.facts[0].resolution.empty());
    CHECK(record.doc.sentences[1].mentions[0].resolution == "pronoun");
    CHECK(record.doc.sentences[1].mentions[0].resolution_confidence == 0.8);
    CHECK(!record.facts[1].object.is_entity());
    CHECK(record.facts[1].object.event);
    CHECK(record.facts[1].negated);
    CHECK(record.facts[1].modality == Modality::Hypothetical);
    REQUIRE(reader.next(record));
    CHECK(record.facts.empty());
    CHECK(!reader.next(record));
}

TEST_CASE("part_file: a bad line is refused with the file and the line") {
    std::stringstream part;
    part << part_record(sample(), {meets()});
    part << "{\"id\": \"x\"}\n";
    PartReader reader(part, "part-3.jsonl");
    PartRecord record;
    REQUIRE(reader.next(record));
    CHECK_THROWS_WITH(reader.next(record), Catch::Contains("part-3.jsonl:2: not a part record"));

    std::stringstream dangling;
    Fact fact = meets();
    fact.object.mention = 5;
    dangling << part_record(sample(), {fact});
    PartReader second(dangling, "p.jsonl");
    CHECK_THROWS_WITH(second.next(record), Catch::Contains("p.jsonl:1") && Catch::Contains("mention the document lacks"));
}
