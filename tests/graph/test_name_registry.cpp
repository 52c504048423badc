// Tests of the name-keyed entity registry on hand-made documents.
#include <catch2/catch.hpp>

#include <set>
#include <string>
#include <vector>

#include "graph/name_registry.h"
#include "tests/token_builder.h"

using namespace trame;
using trame::testing::add_mention;
using trame::testing::make_sentence;

namespace {

/// What one mention says: its surface text, its name without title, its canonical form.
struct Named {
    std::string text;
    EntityType type = EntityType::Person;
    std::string name;       ///< Empty: the text.
    std::string canonical;  ///< Empty: the name.
    bool pronoun = false;
    bool demonym = false;
};

/// A document with id `id` whose one sentence holds one mention per entry of `names`, in order.
/// Each mention spans its own tokens (words of its text), followed by a filler verb.
Document make_document(const std::string& id, const std::vector<Named>& names) {
    std::string items;
    std::vector<std::pair<std::size_t, std::size_t>> spans;
    std::size_t count = 0;
    for (const Named& n : names) {
        const std::size_t first = count;
        std::string word;
        for (char c : n.text + " ") {
            if (c != ' ') {
                word += c;
                continue;
            }
            if (word.empty()) continue;
            items += word + "/" + word + "/PROPN/np ";
            ++count;
            word.clear();
        }
        spans.emplace_back(first, count);
        items += "parle/parler/VERB/vblex.pri.p3.sg ";
        ++count;
    }
    Sentence s = make_sentence(items);
    for (std::size_t i = 0; i < names.size(); ++i) {
        const Named& n = names[i];
        add_mention(s, spans[i].first, spans[i].second, n.type, n.demonym);
        Mention& m = s.mentions.back();
        m.name = n.name.empty() ? m.text : n.name;
        m.canonical = n.canonical.empty() ? m.name : n.canonical;
        m.pronoun = n.pronoun;
    }
    Document doc;
    doc.id = id;
    doc.name = id + ".txt";
    doc.sentences.push_back(std::move(s));
    return doc;
}

/// Registers every mention of the document, in order, and returns their entity ids (the name
/// registry decides each mention's entity as it arrives, so no reconcile() is needed first).
std::vector<std::string> add_all(EntityRegistry& registry, const Document& doc) {
    std::vector<std::string> ids;
    for (const Sentence& s : doc.sentences)
        for (std::size_t i = 0; i < s.mentions.size(); ++i) ids.push_back(registry.entity_of(registry.add(doc, s, i)));
    return ids;
}

const Entity* find(const std::vector<Entity>& entities, const std::string& id) {
    for (const Entity& e : entities)
        if (e.id == id) return &e;
    return nullptr;
}

Named named(const std::string& text, EntityType type, const std::string& name = "",
            const std::string& canonical = "") {
    Named n;
    n.text = text;
    n.type = type;
    n.name = name;
    n.canonical = canonical;
    return n;
}

Named person(const std::string& text, const std::string& name = "", const std::string& canonical = "") {
    return named(text, EntityType::Person, name, canonical);
}

Named country(const std::string& text) { return named(text, EntityType::Country); }

}  // namespace

TEST_CASE("name_registry: the same normalized name is the same entity across documents") {
    NameRegistry registry;
    const auto a = add_all(registry, make_document("article-a", {country("États-Unis")}));
    const auto b = add_all(registry, make_document("article-b", {country("Etats-Unis")}));
    const auto c = add_all(registry, make_document("article-c", {country("ÉTATS-UNIS"), country("états-unis")}));
    CHECK(a[0] == b[0]);
    CHECK(a[0] == c[0]);
    CHECK(a[0] == c[1]);
    CHECK(registry.entities().size() == 1);
    CHECK(registry.entities()[0].type == EntityType::Country);
}

TEST_CASE("name_registry: apostrophes are folded in the key") {
    NameRegistry registry;
    const auto a = add_all(registry, make_document("a", {named("Côte d'Ivoire", EntityType::Country)}));
    const auto b = add_all(registry, make_document("b", {named("Côte d’Ivoire", EntityType::Country)}));
    CHECK(a[0] == b[0]);
    CHECK(registry.entities().size() == 1);
}

TEST_CASE("name_registry: different names are different entities") {
    NameRegistry registry;
    const auto ids = add_all(registry, make_document("a", {country("France"), country("Belgique"),
                                                           person("Jean Dupont"), person("Marie Leroy")}));
    CHECK(std::set<std::string>(ids.begin(), ids.end()).size() == 4);
    CHECK(registry.entities().size() == 4);
}

TEST_CASE("name_registry: a lone surname after the full name in the same document is that person") {
    NameRegistry registry;
    const auto ids = add_all(registry, make_document("a", {person("Jean Dupont"), person("Dupont"),
                                                           person("M. Dupont", "Dupont", "Dupont")}));
    CHECK(ids[1] == ids[0]);
    CHECK(ids[2] == ids[0]);
    REQUIRE(registry.entities().size() == 1);
    CHECK(registry.entities()[0].label == "Jean Dupont");
}

TEST_CASE("name_registry: a lone surname in the same document picks the person named there") {
    NameRegistry registry;
    const auto a = add_all(registry, make_document("a", {person("Jean Dupont")}));
    const auto b = add_all(registry, make_document("b", {person("Marie Dupont"), person("Dupont")}));
    CHECK(b[1] == b[0]);
    CHECK(b[1] != a[0]);
    CHECK(registry.entities().size() == 2);
}

TEST_CASE("name_registry: a lone surname in another document is the only person of that surname") {
    NameRegistry registry;
    const auto a = add_all(registry, make_document("a", {person("Jean Dupont")}));
    const auto b = add_all(registry, make_document("b", {person("M. Dupont", "Dupont", "Dupont")}));
    CHECK(b[0] == a[0]);
    CHECK(registry.entities().size() == 1);
}

TEST_CASE("name_registry: a lone surname shared by two known people is its own entity") {
    NameRegistry registry;
    const auto a = add_all(registry, make_document("a", {person("Jean Dupont")}));
    const auto b = add_all(registry, make_document("b", {person("Marie Dupont")}));
    const auto c = add_all(registry, make_document("c", {person("Dupont")}));
    CHECK(a[0] != b[0]);
    CHECK(c[0] != a[0]);
    CHECK(c[0] != b[0]);
    const auto entities = registry.entities();
    CHECK(entities.size() == 3);
    const Entity* lone = find(entities, c[0]);
    REQUIRE(lone);
    CHECK(lone->label == "Dupont");
    // Neither full name took the lone surname as one of its names.
    CHECK(find(entities, a[0])->alt_labels.count("Dupont") == 0);
    CHECK(find(entities, b[0])->alt_labels.count("Dupont") == 0);
}

TEST_CASE("name_registry: a full name then its surname in a later document, after an ambiguous lone surname") {
    // After document c left a lone "Dupont" entity, document d names Marie Dupont in full and then
    // "Dupont": the surname stands for Marie Dupont, named just before in the same document.
    // NameRegistry::add looks the key "dupont" up in by_key_ before resolve_surname(), so the
    // lone-surname entity of document c wins over the person of the same document.
    NameRegistry registry;
    add_all(registry, make_document("a", {person("Jean Dupont")}));
    add_all(registry, make_document("b", {person("Marie Dupont")}));
    const auto c = add_all(registry, make_document("c", {person("Dupont")}));
    const auto d = add_all(registry, make_document("d", {person("Marie Dupont"), person("Dupont")}));
    CHECK(d[1] == d[0]);
    CHECK(d[1] != c[0]);
}

TEST_CASE("name_registry: the label is the fullest form and the others are altLabels") {
    SECTION("full name first") {
        NameRegistry registry;
        add_all(registry, make_document("a", {person("Jean Dupont"), person("M. Dupont", "Dupont", "Dupont")}));
        add_all(registry, make_document("b", {person("Dupont")}));
        const auto entities = registry.entities();
        REQUIRE(entities.size() == 1);
        CHECK(entities[0].label == "Jean Dupont");
        CHECK(entities[0].alt_labels == std::set<std::string>{"Dupont", "M. Dupont"});
    }
    SECTION("surname first") {
        NameRegistry registry;
        add_all(registry, make_document("a", {person("M. Dupont", "Dupont", "Dupont"), person("Jean Dupont")}));
        const auto entities = registry.entities();
        REQUIRE(entities.size() == 1);
        CHECK(entities[0].label == "Jean Dupont");
        CHECK(entities[0].alt_labels == std::set<std::string>{"Dupont", "M. Dupont"});
    }
    SECTION("titled full name") {
        NameRegistry registry;
        add_all(registry, make_document("a", {person("Jean Dupont"), person("M. Jean Dupont", "Jean Dupont")}));
        const auto entities = registry.entities();
        REQUIRE(entities.size() == 1);
        CHECK(entities[0].label == "Jean Dupont");
        CHECK(entities[0].alt_labels == std::set<std::string>{"M. Jean Dupont"});
    }
    SECTION("spelling variants of one name") {
        NameRegistry registry;
        add_all(registry, make_document("a", {country("Etats-Unis")}));
        add_all(registry, make_document("b", {country("États-Unis")}));
        const auto entities = registry.entities();
        REQUIRE(entities.size() == 1);
        CHECK(entities[0].label == "Etats-Unis");
        CHECK(entities[0].alt_labels == std::set<std::string>{"États-Unis"});
    }
    SECTION("a demonym keeps the country's name as label") {
        NameRegistry registry;
        Named demonym{"française", EntityType::Country, "française", "France"};
        demonym.demonym = true;
        add_all(registry, make_document("a", {demonym, country("France")}));
        const auto entities = registry.entities();
        REQUIRE(entities.size() == 1);
        CHECK(entities[0].label == "France");
        CHECK(entities[0].alt_labels == std::set<std::string>{"française"});
    }
}

TEST_CASE("name_registry: the label is never among the altLabels") {
    NameRegistry registry;
    add_all(registry, make_document("a", {person("Dupont"), person("M. Dupont", "Dupont", "Dupont"),
                                          person("Jean Dupont"), person("M. Jean Dupont", "Jean Dupont")}));
    add_all(registry, make_document("b", {country("États-Unis"), country("Etats-Unis"), country("ÉTATS-UNIS")}));
    add_all(registry, make_document("c", {person("Jean Dupont"), person("Dupont")}));
    for (const Entity& e : registry.entities()) {
        INFO(e.id);
        CHECK(e.alt_labels.count(e.label) == 0);
        CHECK(e.alt_labels.count("") == 0);
    }
}

TEST_CASE("name_registry: a pronoun mention adds no altLabel") {
    NameRegistry registry;
    Named il{"il", EntityType::Person, "il", "Jean Dupont"};
    il.pronoun = true;
    Named lui{"lui", EntityType::Person, "lui", "Jean Dupont"};
    lui.pronoun = true;
    const auto ids = add_all(registry, make_document("a", {person("Jean Dupont"), il, lui}));
    CHECK(ids[1] == ids[0]);
    CHECK(ids[2] == ids[0]);
    const auto entities = registry.entities();
    REQUIRE(entities.size() == 1);
    CHECK(entities[0].label == "Jean Dupont");
    CHECK(entities[0].alt_labels.empty());
}

TEST_CASE("name_registry: ids are deterministic") {
    const std::vector<Document> docs = {
        make_document("a", {person("Jean Dupont"), country("Belgique"), person("Dupont")}),
        make_document("b", {person("Marie Leroy"), country("États-Unis")}),
        make_document("c", {person("Leroy"), named("Croix-Rouge", EntityType::Organization)}),
    };
    NameRegistry first;
    NameRegistry second;
    std::vector<std::string> ids1, ids2;
    for (const Document& d : docs) {
        for (const auto& id : add_all(first, d)) ids1.push_back(id);
        for (const auto& id : add_all(second, d)) ids2.push_back(id);
    }
    CHECK(ids1 == ids2);
    CHECK(ids1[0] == "jean-dupont");
    CHECK(ids1[1] == "belgique");
    CHECK(ids1[4] == "etats-unis");
    CHECK(ids1[6] == "croix-rouge");
    const auto e1 = first.entities();
    const auto e2 = second.entities();
    REQUIRE(e1.size() == e2.size());
    for (std::size_t i = 0; i < e1.size(); ++i) {
        CHECK(e1[i].id == e2[i].id);
        CHECK(e1[i].label == e2[i].label);
        CHECK(e1[i].alt_labels == e2[i].alt_labels);
    }
}

TEST_CASE("name_registry: ids are unique") {
    NameRegistry registry;
    add_all(registry, make_document("a", {person("Jean Dupont"), person("Marie Dupont"), country("France"),
                                          named("Paris", EntityType::Place), person("Paul Martin")}));
    add_all(registry, make_document("b", {person("Dupont"), named("Renault", EntityType::Organization)}));
    const auto entities = registry.entities();
    std::set<std::string> ids;
    for (const Entity& e : entities) {
        CHECK_FALSE(e.id.empty());
        ids.insert(e.id);
    }
    CHECK(ids.size() == entities.size());
}

TEST_CASE("name_registry: two different names whose slugs collide get distinct ids") {
    // "C++" and "C#" both slug to "c". They are different names (not a case, accent or apostrophe
    // variant), so they should be two entities with distinct ids ("c" and "c-2"). NameRegistry keys
    // entities by slug() itself, so the second name is merged into the first entity.
    NameRegistry registry;
    const auto a = add_all(registry, make_document("a", {named("C++", EntityType::Other)}));
    const auto b = add_all(registry, make_document("b", {named("C#", EntityType::Other)}));
    CHECK(a[0] != b[0]);
    const auto entities = registry.entities();
    CHECK(entities.size() == 2);
    std::set<std::string> ids;
    for (const Entity& e : entities) ids.insert(e.id);
    CHECK(ids.size() == entities.size());
}

TEST_CASE("name_registry: entities are sorted by id") {
    NameRegistry registry;
    add_all(registry, make_document("a", {country("Suisse"), person("Marie Leroy"), country("Autriche"),
                                          named("Banque mondiale", EntityType::Organization), country("Italie")}));
    const auto entities = registry.entities();
    REQUIRE(entities.size() == 5);
    for (std::size_t i = 1; i < entities.size(); ++i) CHECK(entities[i - 1].id < entities[i].id);
    CHECK(entities.front().id == "autriche");
    CHECK(entities.back().id == "suisse");
}

TEST_CASE("name_registry: the returned id is the id of an entity listed") {
    NameRegistry registry;
    const auto ids = add_all(registry, make_document("a", {person("Jean Dupont"), country("Belgique"), person("Dupont")}));
    const auto entities = registry.entities();
    for (const std::string& id : ids) CHECK(find(entities, id) != nullptr);
}
