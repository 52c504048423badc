// Tests of the graph-based entity reconciler on hand-made documents.
#include <catch2/catch.hpp>

#include <set>
#include <string>
#include <vector>

#include "graph/graph_reconciler.h"
#include "tests/token_builder.h"

using namespace trame;
using trame::testing::add_mention;
using trame::testing::make_sentence;

namespace {

/// What one mention says: its surface text, its name without title, its canonical form, flags.
struct Named {
    std::string text;
    EntityType type = EntityType::Person;
    std::string name;       ///< Empty: the text.
    std::string canonical;  ///< Empty: the name.
    std::string wikidata;
    bool pronoun = false;
    bool description = false;
    bool demonym = false;
    std::string subclass;
};

Named named(const std::string& text, EntityType type, const std::string& canonical = "",
            const std::string& wikidata = "") {
    Named n;
    n.text = text;
    n.type = type;
    n.canonical = canonical;
    n.wikidata = wikidata;
    return n;
}

Named person(const std::string& text, const std::string& canonical = "") {
    return named(text, EntityType::Person, canonical);
}

/// "M. X": text "M. X", name and canonical "X".
Named mister(const std::string& surname) {
    Named n = person("M. " + surname);
    n.name = surname;
    return n;
}

Named pronoun(const std::string& text, const std::string& canonical) {
    Named n = person(text, canonical);
    n.pronoun = true;
    return n;
}

Named description(const std::string& text, const std::string& canonical) {
    Named n = person(text, canonical);
    n.description = true;
    return n;
}

Named demonym(const std::string& text, const std::string& country) {
    Named n = named(text, EntityType::Country, country);
    n.demonym = true;
    return n;
}

/// A document whose one sentence holds one mention per entry of `names`, in order, each over its
/// own tokens and followed by a filler verb.
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
        items += "déclare/déclarer/VERB/vblex.pri.p3.sg ";
        ++count;
    }
    Sentence s = make_sentence(items);
    for (std::size_t i = 0; i < names.size(); ++i) {
        const Named& n = names[i];
        add_mention(s, spans[i].first, spans[i].second, n.type, n.demonym);
        Mention& m = s.mentions.back();
        m.name = n.name.empty() ? m.text : n.name;
        m.canonical = n.canonical.empty() ? m.name : n.canonical;
        m.wikidata = n.wikidata;
        m.subclass = n.subclass;
        m.pronoun = n.pronoun;
        m.description = n.description;
        if (m.text.rfind("M. ", 0) == 0) m.title = "M.";
    }
    Document doc;
    doc.id = id;
    doc.name = id + ".txt";
    doc.date = "2025-03-01";
    doc.sentences.push_back(std::move(s));
    return doc;
}

/// Registers every mention of `doc` in order and returns their handles.
std::vector<std::size_t> add_all(EntityRegistry& registry, const Document& doc) {
    std::vector<std::size_t> handles;
    for (const Sentence& s : doc.sentences)
        for (std::size_t i = 0; i < s.mentions.size(); ++i) handles.push_back(registry.add(doc, s, i));
    return handles;
}

/// A registry fed with `docs`, reconciled; `handles` receives each document's mention handles.
struct Reconciled {
    GraphReconciler registry;
    std::vector<std::vector<std::size_t>> handles;

    explicit Reconciled(const std::vector<Document>& docs) {
        for (const Document& d : docs) handles.push_back(add_all(registry, d));
        registry.reconcile();
    }
    /// The entity id of mention `i` of document `d`.
    const std::string& id(std::size_t d, std::size_t i) const { return registry.entity_of(handles[d][i]); }
    /// The entity of mention `i` of document `d`.
    Entity entity(std::size_t d, std::size_t i) const {
        for (const Entity& e : registry.entities())
            if (e.id == id(d, i)) return e;
        FAIL("no entity " << id(d, i));
        return Entity{};
    }
};

}  // namespace

TEST_CASE("graph_reconciler: the same normalized name is one entity across documents") {
    Reconciled r({make_document("a", {named("États-Unis", EntityType::Country)}),
                  make_document("b", {named("Etats-Unis", EntityType::Country)}),
                  make_document("c", {named("ÉTATS-UNIS", EntityType::Country), named("états-unis", EntityType::Country)})});
    CHECK(r.id(0, 0) == r.id(1, 0));
    CHECK(r.id(0, 0) == r.id(2, 0));
    CHECK(r.id(0, 0) == r.id(2, 1));
    CHECK(r.registry.entities().size() == 1);
    CHECK(r.registry.edge_count(Evidence::SameName) == 3);
    CHECK(r.registry.entities()[0].type == EntityType::Country);
}

TEST_CASE("graph_reconciler: an alias, an acronym and a demonym share their entry's label") {
    Reconciled r({make_document("a", {named("l'Alliance atlantique", EntityType::Organization, "OTAN", "Q7184"),
                                      demonym("russe", "Russie")}),
                  make_document("b", {named("OTAN", EntityType::Organization, "", "Q7184"),
                                      named("Russie", EntityType::Country)})});
    CHECK(r.id(0, 0) == r.id(1, 0));
    CHECK(r.id(0, 1) == r.id(1, 1));
    const Entity otan = r.entity(0, 0);
    CHECK(otan.label == "OTAN");
    CHECK(otan.wikidata == "Q7184");
    CHECK(otan.alt_labels == std::set<std::string>{"l'Alliance atlantique"});
    const Entity russie = r.entity(0, 1);
    CHECK(russie.label == "Russie");
    CHECK(russie.id == "russie");
    CHECK(russie.alt_labels == std::set<std::string>{"russe"});
}

TEST_CASE("graph_reconciler: metonyms stay apart from their country") {
    Reconciled r({make_document("a", {named("Moscou", EntityType::Place), named("Russie", EntityType::Country),
                                      named("Kremlin", EntityType::Organization), demonym("russe", "Russie")}),
                  make_document("b", {named("Washington", EntityType::Place), named("États-Unis", EntityType::Country),
                                      demonym("américain", "États-Unis"), named("Moscou", EntityType::Place)})});
    CHECK(r.id(0, 0) != r.id(0, 1));
    CHECK(r.id(0, 2) != r.id(0, 1));
    CHECK(r.id(0, 3) == r.id(0, 1));
    CHECK(r.id(1, 0) != r.id(1, 1));
    CHECK(r.id(1, 2) == r.id(1, 1));
    CHECK(r.id(1, 3) == r.id(0, 0));
    CHECK(r.registry.entities().size() == 5);
}

TEST_CASE("graph_reconciler: the same Wikidata id joins two different names") {
    Reconciled r({make_document("a", {named("Organisation des Nations unies", EntityType::Organization,
                                            "Organisation des Nations unies", "Q1065")}),
                  make_document("b", {named("Nations unies", EntityType::Organization, "Nations unies", "Q1065")})});
    CHECK(r.id(0, 0) == r.id(1, 0));
    CHECK(r.registry.edge_count(Evidence::SameWikidata) == 1);
}

TEST_CASE("graph_reconciler: different Wikidata ids forbid a merge") {
    Reconciled r({make_document("a", {named("Jean Martin", EntityType::Person, "", "Q100001")}),
                  make_document("b", {named("Jean Martin", EntityType::Person, "", "Q100002")})});
    CHECK(r.registry.edge_count(Evidence::SameName) == 1);
    CHECK(r.id(0, 0) != r.id(1, 0));
    std::set<std::string> ids;
    for (const Entity& e : r.registry.entities()) ids.insert(e.id);
    CHECK(ids == std::set<std::string>{"jean-martin", "jean-martin-2"});
}

TEST_CASE("graph_reconciler: a lone surname goes to the full name of the same document") {
    Reconciled r({make_document("a", {person("Jean Dupont"), mister("Dupont"), person("Dupont")})});
    CHECK(r.id(0, 1) == r.id(0, 0));
    CHECK(r.id(0, 2) == r.id(0, 0));
    CHECK(r.registry.edge_count(Evidence::Surname) == 2);
    const Entity e = r.entity(0, 0);
    CHECK(e.label == "Jean Dupont");
    CHECK(e.alt_labels == std::set<std::string>{"Dupont", "M. Dupont"});
}

TEST_CASE("graph_reconciler: transliteration variants of a full name are one person") {
    Reconciled r({make_document("a", {person("Dmitri Peskov")}), make_document("b", {person("Dmitry Peskov")}),
                  make_document("c", {person("Dmitri Peskov")}), make_document("d", {person("Volodymyr Zelensky")}),
                  make_document("e", {person("Volodymyr Zelenskyy")}), make_document("f", {person("Volodymyr Zelenski")})});
    CHECK(r.id(0, 0) == r.id(1, 0));
    CHECK(r.id(3, 0) == r.id(4, 0));
    CHECK(r.id(3, 0) == r.id(5, 0));
    CHECK(r.id(0, 0) != r.id(3, 0));
    CHECK(r.registry.edge_count(Evidence::Variant) == 4);
    CHECK(r.entity(0, 0).label == "Dmitri Peskov");  // the more frequent spelling
    CHECK(r.entity(0, 0).alt_labels == std::set<std::string>{"Dmitry Peskov"});
}

TEST_CASE("graph_reconciler: a Cyrillic spelling is a variant of its transliteration") {
    Reconciled r({make_document("a", {person("Dmitri Peskov")}), make_document("b", {person("Дмитрий Песков")})});
    CHECK(r.id(0, 0) == r.id(1, 0));
}

TEST_CASE("graph_reconciler: different given names of one surname are different persons") {
    Reconciled r({make_document("a", {person("Joe Biden")}), make_document("b", {person("Hunter Biden")}),
                  make_document("c", {person("Joe Biden"), person("Biden")}),
                  make_document("d", {person("Marie Dupont")}), make_document("e", {person("Jean Dupont")}),
                  make_document("f", {person("Marie Dupond")})});
    CHECK(r.id(0, 0) != r.id(1, 0));
    CHECK(r.id(2, 0) == r.id(0, 0));
    CHECK(r.id(2, 1) == r.id(0, 0));
    CHECK(r.id(3, 0) != r.id(4, 0));
    CHECK(r.id(5, 0) == r.id(3, 0));  // a spelling variant of the surname
    CHECK(r.entity(0, 0).label == "Joe Biden");
    CHECK(r.entity(1, 0).alt_labels.empty());
}

TEST_CASE("graph_reconciler: a chain of lone surnames does not join two persons") {
    // Joe Biden - "Biden" (a) - "Biden" (b) - Hunter Biden: the chain is cut, each "Biden" stays
    // with the person of its document.
    Reconciled r({make_document("a", {person("Joe Biden"), person("Biden")}),
                  make_document("b", {person("Hunter Biden"), person("Biden")})});
    CHECK(r.id(0, 1) == r.id(0, 0));
    CHECK(r.id(1, 1) == r.id(1, 0));
    CHECK(r.id(0, 0) != r.id(1, 0));
    CHECK(r.registry.entities().size() == 2);
}

TEST_CASE("graph_reconciler: a lone surname of several persons in a document naming none stays apart") {
    Reconciled r({make_document("a", {person("Joe Biden"), person("Biden")}),
                  make_document("b", {person("Hunter Biden")}),
                  make_document("c", {person("Biden")}), make_document("d", {mister("Biden")})});
    CHECK(r.id(2, 0) != r.id(0, 0));
    CHECK(r.id(2, 0) != r.id(1, 0));
    CHECK(r.id(3, 0) == r.id(2, 0));
    CHECK(r.entity(2, 0).label == "Biden");
}

TEST_CASE("graph_reconciler: a lone surname of one person joins that person across documents") {
    Reconciled r({make_document("a", {person("Jean Dupont")}), make_document("b", {mister("Dupont")})});
    CHECK(r.id(1, 0) == r.id(0, 0));
}

TEST_CASE("graph_reconciler: one person across five documents") {
    Reconciled r({make_document("a", {person("Vladimir Poutine"), person("Poutine")}),
                  make_document("b", {mister("Poutine"), pronoun("il", "Poutine")}),
                  make_document("c", {person("Vladimir Poutine"), pronoun("il", "Vladimir Poutine")}),
                  make_document("d", {person("Poutine"), description("le président russe", "Poutine")}),
                  make_document("e", {description("le chef du Kremlin", "Vladimir Poutine"), mister("Poutine")})});
    std::set<std::string> ids;
    for (std::size_t d = 0; d < r.handles.size(); ++d)
        for (std::size_t i = 0; i < r.handles[d].size(); ++i) ids.insert(r.id(d, i));
    REQUIRE(ids.size() == 1);
    const Entity e = r.entity(0, 0);
    CHECK(e.id == "vladimir-poutine");
    CHECK(e.label == "Vladimir Poutine");
    CHECK(e.type == EntityType::Person);
    CHECK(e.alt_labels.count("Poutine") == 1);
    CHECK(e.alt_labels.count("M. Poutine") == 1);
    CHECK(e.alt_labels.count("il") == 0);
    CHECK(e.alt_labels.count("Vladimir Poutine") == 0);
}

TEST_CASE("graph_reconciler: different types are never merged, Other joins anything") {
    Reconciled r({make_document("a", {named("Paris", EntityType::Place), named("Paris", EntityType::Person)}),
                  make_document("b", {named("Paris", EntityType::Other), named("Paris", EntityType::Place)})});
    CHECK(r.id(0, 0) != r.id(0, 1));
    CHECK(r.id(1, 0) == r.id(0, 0));
    CHECK(r.id(1, 1) == r.id(0, 0));
    CHECK(r.entity(1, 0).type == EntityType::Place);
}

TEST_CASE("graph_reconciler: mentions that a fact relates are different entities") {
    GraphReconciler registry;
    const auto a = add_all(registry, make_document("a", {person("Jean Dupont"), person("Jean Dupont")}));
    const auto b = add_all(registry, make_document("b", {person("Jean Dupont")}));
    registry.relate(a[0], a[1]);
    registry.reconcile();
    CHECK(registry.entity_of(a[0]) != registry.entity_of(a[1]));
    CHECK((registry.entity_of(b[0]) == registry.entity_of(a[0]) || registry.entity_of(b[0]) == registry.entity_of(a[1])));
    CHECK(registry.entities().size() == 2);
}

TEST_CASE("graph_reconciler: a large block is linked as a star") {
    GraphReconciler registry;
    std::vector<std::size_t> handles;
    for (int d = 0; d < 200; ++d) {
        const Document doc = make_document("doc-" + std::to_string(d),
                                           {named("Russie", EntityType::Country), named("Russie", EntityType::Country),
                                            demonym("russe", "Russie"), named("Moscou", EntityType::Place)});
        for (std::size_t h : add_all(registry, doc)) handles.push_back(h);
    }
    registry.reconcile();
    CHECK(registry.graph().size() == 800);
    CHECK(registry.edge_count(Evidence::SameName) == 800 - 2);  // one edge per mention but each block's first
    CHECK(registry.entities().size() == 2);
    const auto clusters = registry.clusters();
    REQUIRE(clusters.size() == 2);
    CHECK(clusters[0].size() == 200);  // moscou
    CHECK(clusters[1].size() == 600);  // russie
}

TEST_CASE("graph_reconciler: slugs that collide get distinct ids") {
    Reconciled r({make_document("a", {named("C++", EntityType::Other)}), make_document("b", {named("C#", EntityType::Other)})});
    CHECK(r.id(0, 0) != r.id(1, 0));
    CHECK(r.id(1, 0) == "c");  // "C#" sorts before "C++"
    CHECK(r.id(0, 0) == "c-2");
}

TEST_CASE("graph_reconciler: ids and labels are deterministic") {
    const std::vector<Document> docs = {
        make_document("a", {person("Jean Dupont"), named("Belgique", EntityType::Country), person("Dupont")}),
        make_document("b", {person("Marie Leroy"), named("États-Unis", EntityType::Country), person("Dmitri Peskov")}),
        make_document("c", {person("Leroy"), named("Croix-Rouge", EntityType::Organization), person("Dmitry Peskov")}),
    };
    Reconciled first(docs);
    Reconciled second(docs);
    const auto e1 = first.registry.entities();
    const auto e2 = second.registry.entities();
    REQUIRE(e1.size() == e2.size());
    for (std::size_t i = 0; i < e1.size(); ++i) {
        CHECK(e1[i].id == e2[i].id);
        CHECK(e1[i].label == e2[i].label);
        CHECK(e1[i].alt_labels == e2[i].alt_labels);
    }
    for (std::size_t d = 0; d < docs.size(); ++d)
        for (std::size_t i = 0; i < docs[d].sentences[0].mentions.size(); ++i) CHECK(first.id(d, i) == second.id(d, i));
    CHECK(first.id(0, 0) == "jean-dupont");
    CHECK(first.id(0, 2) == "jean-dupont");
    CHECK(first.id(2, 0) == "marie-leroy");
    CHECK(first.id(2, 2) == "dmitri-peskov");

    SECTION("an unrelated extra document changes no existing id") {
        std::vector<Document> more = {make_document("z", {person("Anne Hidalgo"), named("Espagne", EntityType::Country)})};
        more.insert(more.end(), docs.begin(), docs.end());
        Reconciled third(more);
        for (std::size_t d = 0; d < docs.size(); ++d)
            for (std::size_t i = 0; i < docs[d].sentences[0].mentions.size(); ++i)
                CHECK(third.id(d + 1, i) == first.id(d, i));
        CHECK(third.registry.entities().size() == e1.size() + 2);
    }
}

TEST_CASE("graph_reconciler: entities are sorted by id, labels are never altLabels") {
    Reconciled r({make_document("a", {named("Suisse", EntityType::Country), person("Dupont"), mister("Dupont"),
                                      person("Jean Dupont"), named("Autriche", EntityType::Country)}),
                  make_document("b", {named("Etats-Unis", EntityType::Country), named("États-Unis", EntityType::Country)})});
    const auto entities = r.registry.entities();
    for (std::size_t i = 1; i < entities.size(); ++i) CHECK(entities[i - 1].id < entities[i].id);
    for (const Entity& e : entities) {
        INFO(e.id);
        CHECK(e.alt_labels.count(e.label) == 0);
        CHECK(e.alt_labels.count("") == 0);
    }
    CHECK(entities.size() == 4);
}

TEST_CASE("graph_reconciler: an untyped lone surname joins the person named in full in the same document") {
    // "Sven Kallberg" then "Kallberg", a word the lexicon does not know (typed Other); elsewhere,
    // an untyped "Kallberg" with no full name in its document stays apart.
    Reconciled r({make_document("a", {person("Sven Kallberg"), named("Kallberg", EntityType::Other)}),
                  make_document("b", {named("Nordhavn", EntityType::Other)})});
    CHECK(r.id(0, 0) == r.id(0, 1));
    CHECK(r.entity(0, 0).type == EntityType::Person);
    CHECK(r.entity(0, 0).label == "Sven Kallberg");
    CHECK(r.id(1, 0) != r.id(0, 0));
}

TEST_CASE("graph_reconciler: a lone given name joins the one full name it starts in the document") {
    Reconciled r({make_document("a", {person("Camille Roussel"), person("Camille")}),
                  make_document("b", {person("Louise Roussel"), person("Louise Berthier"), person("Louise")}),
                  make_document("c", {person("Martin Lefort"), person("Lefort Martin"), person("Martin")})});
    CHECK(r.id(0, 1) == r.id(0, 0));
    // Two people of that given name: the lone one is neither.
    CHECK(r.id(1, 2) != r.id(1, 0));
    CHECK(r.id(1, 2) != r.id(1, 1));
    // A surname too: the surname rule decides, not the given name.
    CHECK(r.id(2, 2) == r.id(2, 1));
}

TEST_CASE("graph_reconciler: a name of several words in the singular and the plural is one entity") {
    Reconciled r({make_document("a", {named("Gardiens verts", EntityType::Organization),
                                      named("Gardien vert", EntityType::Organization),
                                      named("Jardins", EntityType::Place), named("Jardin", EntityType::Place)})});
    CHECK(r.id(0, 1) == r.id(0, 0));
    // One word alone keeps its "s" ("Paris" is no plural).
    CHECK(r.id(0, 3) != r.id(0, 2));
}

TEST_CASE("graph_reconciler: a long name of several words and its one-letter typo are one entity") {
    Reconciled r({make_document("a", {named("Boulevard Haussmann", EntityType::Place),
                                      named("Boulevard Hausmann", EntityType::Place),
                                      named("Rue Blanche", EntityType::Place), named("Rue Blanc", EntityType::Place)}),
                  make_document("b", {named("Corée du Nord", EntityType::Country),
                                      named("Corée du Sud", EntityType::Country)})});
    CHECK(r.id(0, 1) == r.id(0, 0));
    // Short names stay apart: one letter is too much of them.
    CHECK(r.id(0, 3) != r.id(0, 2));
    CHECK(r.id(1, 1) != r.id(1, 0));
}

TEST_CASE("graph_reconciler: the same institution of two countries is never one entity") {
    // "le Sénat" of an article on Chile and of one on Peru, qualified by their country; a third
    // article's "Sénat chilien" named in full joins the first.
    Reconciled r({make_document("a", {named("Sénat", EntityType::Organization, "Sénat chilien")}),
                  make_document("b", {named("Sénat", EntityType::Organization, "Sénat péruvien")}),
                  make_document("c", {named("Sénat chilien", EntityType::Organization)})});
    CHECK(r.id(0, 0) != r.id(1, 0));
    CHECK(r.id(2, 0) == r.id(0, 0));
    CHECK(r.entity(1, 0).label == "Sénat péruvien");
}

TEST_CASE("graph_reconciler: evidence between persons never merges a non-person") {
    // A surname that is also a firm's name, a given name that is also a place's, a spelling
    // variant of a person's name given to a ship: none joins the person.
    Reconciled r({make_document("a", {person("Odile Varenne"), named("Varenne", EntityType::Organization),
                                      named("Odile", EntityType::Place)}),
                  make_document("b", {person("Sergueï Orlovski"), named("Sergei Orlovski", EntityType::Organization)})});
    CHECK(r.id(0, 1) != r.id(0, 0));
    CHECK(r.id(0, 2) != r.id(0, 0));
    CHECK(r.id(1, 1) != r.id(1, 0));
    CHECK(r.entity(0, 0).type == EntityType::Person);
    CHECK(r.entity(0, 1).type == EntityType::Organization);
}

TEST_CASE("graph_reconciler: an entity takes the subclass most of its mentions of its type give") {
    const auto with = [](Named n, const std::string& subclass) {
        n.subclass = subclass;
        return n;
    };
    Reconciled r({make_document("a", {with(named("Valmont", EntityType::Place), "City"),
                                      with(named("Valmont", EntityType::Place), "Region"),
                                      with(named("Valmont", EntityType::Place), "City")}),
                  make_document("b", {named("Brisac", EntityType::Place), named("Brisac", EntityType::Place)}),
                  make_document("c", {named("Ordre vert", EntityType::Organization),
                                      with(named("Ordre vert", EntityType::Other), "City")})});
    CHECK(r.entity(0, 0).subclass == "City");
    CHECK(r.entity(1, 0).subclass.empty());
    // A subclass given with another type than the entity's is not taken.
    CHECK(r.entity(2, 0).type == EntityType::Organization);
    CHECK(r.entity(2, 0).subclass.empty());
}

TEST_CASE("graph_reconciler: a known entity keeps its subclass") {
    GraphReconciler registry;
    Entity known{"valmont", "Valmont", {}, EntityType::Place, "", "City", {}};
    const auto handles = registry.add_known(known);
    const auto added = add_all(registry, make_document("a", {named("Valmont", EntityType::Place)}));
    registry.reconcile();
    CHECK(registry.entity_of(added[0]) == "valmont");
    REQUIRE(registry.entities().size() == 1);
    CHECK(registry.entities()[0].subclass == "City");
    CHECK(registry.entity_of(handles[0]) == "valmont");
}

TEST_CASE("graph_reconciler: evidence joining two known entities keeps the oldest id and retires the other") {
    // Day 1 knew "Ligue d'Orvale" and "Orvale Ligue" apart; day 2 gives both names one Wikidata id.
    GraphReconciler registry;
    registry.add_known(Entity{"ligue-d-orvale", "Ligue d'Orvale", {}, EntityType::Organization, "", "", {}});
    Entity younger{"orvale-ligue", "Orvale Ligue", {"OL"}, EntityType::Organization, "", "", {}};
    younger.retired = {"ligue-orvale"};
    registry.add_known(younger);
    const auto added = add_all(registry, make_document("d2", {named("Ligue d'Orvale", EntityType::Organization, "Ligue d'Orvale", "Q4242"),
                                                              named("Orvale Ligue", EntityType::Organization, "Orvale Ligue", "Q4242"),
                                                              named("Ligue Orvale", EntityType::Organization, "Ligue Orvale")}));
    registry.reconcile();
    CHECK(registry.entity_of(added[0]) == "ligue-d-orvale");
    CHECK(registry.entity_of(added[1]) == "ligue-d-orvale");
    const auto entities = registry.entities();
    const auto kept = std::find_if(entities.begin(), entities.end(), [](const Entity& e) { return e.id == "ligue-d-orvale"; });
    REQUIRE(kept != entities.end());
    CHECK(kept->label == "Ligue d'Orvale");
    CHECK(kept->retired == std::set<std::string>{"ligue-orvale", "orvale-ligue"});
    CHECK(kept->alt_labels.count("Orvale Ligue") == 1);
    CHECK(kept->alt_labels.count("OL") == 1);
    // No entity takes a retired id, even one whose slug is that id.
    for (const Entity& e : entities) {
        CHECK(e.id != "orvale-ligue");
        CHECK(e.id != "ligue-orvale");
    }
}

TEST_CASE("graph_reconciler: two known homonyms stay apart when a new mention has their name") {
    GraphReconciler registry;
    registry.add_known(Entity{"jeanne-morel", "Jeanne Morel", {}, EntityType::Person, "", "", {}});
    registry.add_known(Entity{"jeanne-morel-2", "Jeanne Morel", {}, EntityType::Person, "", "", {}});
    add_all(registry, make_document("d2", {person("Jeanne Morel")}));
    registry.reconcile();
    CHECK(registry.entities().size() == 2);
    for (const Entity& e : registry.entities()) CHECK(e.retired.empty());
}
