// Tests of output/rdf_writer: each format re-parsed with serdi and with
// Serd's reader, the shapes of rdf-contract.md, determinism and the no-half-written-file promise.
#include <catch2/catch.hpp>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include <serd/serd.h>
#include <sys/wait.h>

#include "output/atomic_file.h"
#include "rdf/rdf_reader.h"
#include "output/rdf_writer.h"
#include "rdf/vocabulary.h"
#include "tests/temp_dir.h"

using namespace trame;
namespace fs = std::filesystem;
using trame::testing::read_file;
using trame::testing::TempDir;

namespace {

const std::string kBase = vocab::kDefaultBase;
const std::string kTrame = vocab::kOntology;
const std::string kRdf = vocab::kRdf;
const std::string kNif = vocab::kNif;

/// How many entries the directory `dir` holds (temporary files included).
std::size_t entries(const TempDir& dir) {
    return std::distance(fs::directory_iterator(dir.path), fs::directory_iterator());
}

/// Runs `command`, returns its exit status and fills `output` with its standard output.
int run(const std::string& command, std::string& output) {
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
    REQUIRE(pipe);
    char buffer[4096];
    output.clear();
    for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe.get())) > 0;) output.append(buffer, n);
    const int status = pclose(pipe.release());
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

/// Code points of a UTF-8 string.
std::size_t code_points(const std::string& text) {
    std::size_t n = 0;
    for (unsigned char c : text) n += (c & 0xC0) != 0x80;
    return n;
}

/// One quad read back from the output, with prefixed names expanded and escapes decoded.
struct Quad {
    std::string s, p, o, graph, datatype, language;
    bool literal = false;
};

struct Reader {
    std::unique_ptr<SerdEnv, void (*)(SerdEnv*)> env{serd_env_new(nullptr), serd_env_free};
    std::vector<Quad> quads;

    std::string text(const SerdNode* node) const {
        if (!node || !node->buf) return "";
        if (node->type != SERD_CURIE) return reinterpret_cast<const char*>(node->buf);
        SerdNode expanded = serd_env_expand_node(env.get(), node);
        const std::string iri = reinterpret_cast<const char*>(expanded.buf);
        serd_node_free(&expanded);
        return iri;
    }
};

/// Every quad of `path` in `syntax`, read with Serd's strict reader.
std::vector<Quad> read_quads(const std::string& path, SerdSyntax syntax) {
    Reader reader;
    auto prefix = [](void* handle, const SerdNode* name, const SerdNode* uri) {
        return serd_env_set_prefix(static_cast<Reader*>(handle)->env.get(), name, uri);
    };
    auto statement = [](void* handle, SerdStatementFlags, const SerdNode* g, const SerdNode* s, const SerdNode* p,
                        const SerdNode* o, const SerdNode* datatype, const SerdNode* language) {
        auto& r = *static_cast<Reader*>(handle);
        r.quads.push_back({r.text(s), r.text(p), r.text(o), r.text(g), r.text(datatype), r.text(language),
                           o->type == SERD_LITERAL});
        return SERD_SUCCESS;
    };
    std::unique_ptr<SerdReader, void (*)(SerdReader*)> serd(
        serd_reader_new(syntax, &reader, nullptr, nullptr, prefix, statement, nullptr), serd_reader_free);
    serd_reader_set_strict(serd.get(), true);
    REQUIRE(serd_reader_read_file(serd.get(), reinterpret_cast<const uint8_t*>(path.c_str())) == SERD_SUCCESS);
    return reader.quads;
}

std::size_t count(const std::vector<Quad>& quads, const std::string& s, const std::string& p, const std::string& o) {
    std::size_t n = 0;
    for (const Quad& q : quads) n += (s.empty() || q.s == s) && (p.empty() || q.p == p) && (o.empty() || q.o == o);
    return n;
}

const Quad* find(const std::vector<Quad>& quads, const std::string& s, const std::string& p) {
    for (const Quad& q : quads)
        if (q.s == s && q.p == p) return &q;
    return nullptr;
}

/// The entity ids of the arguments entity() made, by their text (what the reduce would give the
/// writer for their mentions).
std::map<std::string, std::string>& entity_ids() {
    static std::map<std::string, std::string> ids;
    return ids;
}

/// The writer's lookup of an entity argument's id: by its text, in entity_ids().
std::string id_of(const Argument& argument) {
    const auto found = entity_ids().find(argument.text);
    return found == entity_ids().end() ? "" : found->second;
}

Argument entity(const std::string& text, const std::string& id, std::size_t begin) {
    Argument a;
    a.mention = 0;
    a.text = text;
    entity_ids()[text] = id;
    a.begin = begin;
    a.end = begin + code_points(text);
    return a;
}

Argument phrase(const std::string& text) {
    Argument a;
    a.text = text;
    return a;
}

Fact fact(Argument s, std::string p, Argument o, std::size_t sentence, std::string rule) {
    Fact f;
    f.subject = std::move(s);
    f.predicate = std::move(p);
    f.object = std::move(o);
    f.sentence = sentence;
    f.rule = std::move(rule);
    return f;
}

/// A document made of `parts` (each a sentence, joined by a space), with code point offsets.
Document document(const std::string& id, const std::string& name, const std::vector<std::string>& parts) {
    Document doc;
    doc.id = id;
    doc.name = name;
    for (const std::string& part : parts) {
        if (!doc.text.empty()) doc.text += ' ';
        Sentence s;
        s.index = doc.sentences.size();
        s.begin = code_points(doc.text);
        s.end = s.begin + code_points(part);
        s.text = part;
        doc.text += part;
        doc.sentences.push_back(s);
    }
    return doc;
}

/// Two short articles and their facts: asserted, negated and hypothetical, core and open.
struct Sample {
    std::vector<Document> docs;
    std::vector<std::vector<Fact>> facts;
    std::vector<Entity> entities;

    Sample() {
        Document a = document("depeche-lyon", "corpus/dépêche lyon.txt",
                              {"La ministre Claire Fontaine a réclamé l'ouverture d'une enquête.",
                               "Elle n'a pas rencontré le maire Paul Girard.",
                               "Lyon accueillerait peut-être le prochain sommet."});
        a.date = "2025-02";
        std::vector<Fact> fa;
        fa.push_back(fact(entity("Claire Fontaine", "claire-fontaine", 12), "demands",
                          phrase("l'ouverture d'une enquête"), 0, "demands.reclamer"));
        fa.back().confidence = 0.856;
        fa.push_back(fact(entity("Elle", "claire-fontaine", 65), "meets", entity("Paul Girard", "paul-girard", 97),
                          1, "meets.rencontrer"));
        fa.back().negated = true;
        fa.back().resolution = "pronoun";  // "Elle" is the article's, not the sentence's
        fa.push_back(fact(entity("Lyon", "lyon", 110), "open:accueillir", phrase("le prochain sommet"), 2,
                          "open.verb"));
        fa.back().modality = Modality::Hypothetical;
        fa.back().confidence = 7.0;

        Document b = document("note-2", "note-2.txt",
                              {"Paul Girard, maire de Lyon, accueille \"la délégation\" \\ ce matin.\nFin."});
        b.date = "2025-02-13";
        std::vector<Fact> fb;
        fb.push_back(fact(entity("Paul Girard", "paul-girard", 0), "leaderOf", entity("Lyon", "lyon", 22), 0,
                          "leader.maire"));
        fb.push_back(fact(entity("Paul Girard", "paul-girard", 0), "open:accueillir",
                          phrase("\"la délégation\""), 0, "open.verb"));
        docs = {a, b};
        facts = {fa, fb};

        Entity fontaine{"claire-fontaine", "Claire Fontaine", {"Elle", "la ministre"}, EntityType::Person, "", "", {}};
        Entity girard{"paul-girard", "Paul Girard", {}, EntityType::Person, "Q90000001", "", {}};
        Entity lyon{"lyon", "Lyon", {}, EntityType::Place, "Q456", "", {}};
        entities = {fontaine, girard, lyon};
    }

    void write(const std::string& path, RdfFormat format) const {
        RdfWriter writer(path, format);
        for (std::size_t i = 0; i < docs.size(); ++i) writer.write_document(docs[i], facts[i], id_of);
        writer.write_entities(entities);
        writer.finish();
    }
};

struct FormatCase {
    RdfFormat format;
    const char* serdi_name;
    SerdSyntax syntax;
    const char* extension;
};

const FormatCase kFormats[] = {
    {RdfFormat::Turtle, "turtle", SERD_TURTLE, "ttl"},
    {RdfFormat::TriG, "trig", SERD_TRIG, "trig"},
    {RdfFormat::NTriples, "ntriples", SERD_NTRIPLES, "nt"},
    {RdfFormat::NQuads, "nquads", SERD_NQUADS, "nq"},
};

}  // namespace

TEST_CASE("rdf_writer: each format parses with serdi and has the contract's shapes") {
    const Sample sample;
    for (const FormatCase& fc : kFormats) {
        SECTION(fc.serdi_name) {
            TempDir dir("trame-writer");
            const std::string path = dir / (std::string("out.") + fc.extension);
            sample.write(path, fc.format);

            std::string ntriples;
            REQUIRE(run(std::string("serdi -q -i ") + fc.serdi_name + " -o ntriples '" + path + "'", ntriples) == 0);
            CHECK(ntriples.find("<" + kRdf + "type> <" + kRdf + "Statement>") != std::string::npos);

            const std::vector<Quad> q = read_quads(path, fc.syntax);
            CHECK(count(q, "", kRdf + "type", kRdf + "Statement") == 5);
            CHECK(count(q, "", kRdf + "type", kNif + "Sentence") == 4);
            CHECK(count(q, "", kRdf + "type", kNif + "Context") == 2);

            const std::string fontaine = kBase + "entity/claire-fontaine";
            const std::string girard = kBase + "entity/paul-girard";
            const std::string lyon = kBase + "entity/lyon";
            const std::string accueillir = std::string(vocab::kRelation) + "accueillir";
            // Asserted, non-negated: statement and direct triple.
            CHECK(count(q, fontaine, kTrame + "demands", "l'ouverture d'une enquête") == 1);
            CHECK(count(q, girard, kTrame + "leaderOf", lyon) == 1);
            CHECK(count(q, girard, accueillir, "\"la délégation\"") == 1);
            // Negated and hypothetical: statement only.
            CHECK(count(q, fontaine, kTrame + "meets", "") == 0);
            CHECK(count(q, lyon, accueillir, "") == 0);

            const std::string st2 = kBase + "doc/depeche-lyon/fact/2";
            CHECK(count(q, st2, kRdf + "subject", fontaine) == 1);
            CHECK(count(q, st2, kRdf + "predicate", kTrame + "meets") == 1);
            CHECK(count(q, st2, kRdf + "object", girard) == 1);
            CHECK(count(q, st2, kTrame + "negated", "true") == 1);
            CHECK(count(q, st2, kTrame + "modality", "asserted") == 1);
            CHECK(count(q, st2, kTrame + "extractedBy", "meets.rencontrer") == 1);
            CHECK(count(q, st2, kTrame + "resolvedBy", "pronoun") == 1);
            CHECK(count(q, "", kTrame + "resolvedBy", "") == 1);  // only the fact a resolution gave
            const std::string sentence2 = kBase + "doc/depeche-lyon#char=65,109";
            CHECK(count(q, st2, std::string(vocab::kProv) + "wasDerivedFrom", sentence2) == 1);
            CHECK(count(q, sentence2, kNif + "anchorOf", "Elle n'a pas rencontré le maire Paul Girard.") == 1);
            CHECK(count(q, sentence2, kNif + "beginIndex", "65") == 1);
            CHECK(count(q, sentence2, kNif + "endIndex", "109") == 1);
            CHECK(count(q, sentence2, kNif + "referenceContext", kBase + "doc/depeche-lyon") == 1);

            const std::string st1 = kBase + "doc/depeche-lyon/fact/1";
            const std::string st3 = kBase + "doc/depeche-lyon/fact/3";
            CHECK(count(q, st1, kTrame + "confidence", "0.86") == 1);
            CHECK(count(q, st3, kTrame + "confidence", "1.00") == 1);
            CHECK(count(q, st3, kTrame + "modality", "hypothetical") == 1);
            CHECK(count(q, st3, kTrame + "negated", "false") == 1);
            CHECK(find(q, st1, kTrame + "negated")->datatype == std::string(vocab::kXsd) + "boolean");
            CHECK(find(q, st1, kTrame + "confidence")->datatype == std::string(vocab::kXsd) + "decimal");
            CHECK(find(q, st1, kRdf + "object")->language == "fr");

            // The open relation is declared once, with its lemma as label.
            CHECK(count(q, accueillir, kRdf + "type", kRdf + "Property") == 1);
            CHECK(count(q, accueillir, std::string(vocab::kRdfs) + "subPropertyOf", kTrame + "relatedTo") == 1);
            CHECK(count(q, accueillir, std::string(vocab::kRdfs) + "label", "accueillir") == 1);

            // Documents and entities.
            const std::string doc = kBase + "doc/depeche-lyon";
            CHECK(count(q, doc, std::string(vocab::kDcterms) + "source", "corpus/dépêche lyon.txt") == 1);
            CHECK(count(q, doc, std::string(vocab::kRdfs) + "label", "dépêche lyon.txt") == 1);
            CHECK(find(q, doc, std::string(vocab::kDcterms) + "date")->datatype ==
                  std::string(vocab::kXsd) + "gYearMonth");
            CHECK(find(q, kBase + "doc/note-2", std::string(vocab::kDcterms) + "date")->datatype ==
                  std::string(vocab::kXsd) + "date");
            CHECK(count(q, fontaine, kRdf + "type", kTrame + "Person") == 1);
            CHECK(count(q, lyon, kRdf + "type", kTrame + "Place") == 1);
            CHECK(count(q, fontaine, std::string(vocab::kRdfs) + "label", "") == 1);
            CHECK(count(q, fontaine, std::string(vocab::kSkos) + "altLabel", "") == 2);
            CHECK(count(q, fontaine, std::string(vocab::kOwl) + "sameAs", "") == 0);
            CHECK(count(q, lyon, std::string(vocab::kOwl) + "sameAs", std::string(vocab::kWikidata) + "Q456") == 1);
        }
    }
}

TEST_CASE("rdf_writer: TriG and N-Quads put each document in its own named graph") {
    const Sample sample;
    for (const FormatCase& fc : {kFormats[1], kFormats[3]}) {
        SECTION(fc.serdi_name) {
            TempDir dir("trame-writer");
            const std::string path = dir / (std::string("out.") + fc.extension);
            sample.write(path, fc.format);
            std::string nquads;
            REQUIRE(run(std::string("serdi -q -i ") + fc.serdi_name + " -o nquads '" + path + "'", nquads) == 0);

            std::map<std::string, std::size_t> per_graph;
            for (const Quad& q : read_quads(path, fc.syntax)) {
                ++per_graph[q.graph];
                if (q.p == kRdf + "type" && (q.o == kRdf + "Statement" || q.o == kNif + "Sentence"))
                    CHECK(q.graph.rfind(kBase + "doc/", 0) == 0);
                if (q.s.rfind(kBase + "entity/", 0) == 0 && q.p == kRdf + "type") CHECK(q.graph.empty());
                if (q.s.rfind(vocab::kRelation, 0) == 0) CHECK(q.graph.empty());
            }
            CHECK(per_graph.size() == 3);
            CHECK(per_graph.count(kBase + "doc/depeche-lyon") == 1);
            CHECK(per_graph.count(kBase + "doc/note-2") == 1);
        }
    }
}

TEST_CASE("rdf_writer: Turtle groups the triples of a subject") {
    TempDir dir("trame-writer");
    const std::string path = dir / "out.ttl";
    Sample().write(path, RdfFormat::Turtle);
    const std::string turtle = read_file(path);
    const std::string statement = "<" + kBase + "doc/depeche-lyon/fact/1>";
    const std::size_t first = turtle.find(statement);
    REQUIRE(first != std::string::npos);
    CHECK(turtle.find(statement, first + 1) == std::string::npos);
    CHECK(turtle.find("@prefix trame: <" + kTrame + "> .") != std::string::npos);
    CHECK(turtle.find("{") == std::string::npos);  // no graph block in Turtle
}

TEST_CASE("rdf_writer: quotes, backslashes and newlines round-trip; control characters are removed") {
    for (const FormatCase& fc : kFormats) {
        SECTION(fc.serdi_name) {
            TempDir dir("trame-writer");
            const std::string path = dir / (std::string("out.") + fc.extension);
            const std::string text = "Il a dit : \"non\" \\ puis\n« peut-être »\r\n\tfin.";
            Document doc = document("citation", "citation.txt", {text + "\x01\x07"});
            std::vector<Fact> facts{fact(entity("Il", "il", 0), "says", phrase(text + "\x1B"), 0, "says.dire")};
            RdfWriter writer(path, fc.format);
            writer.write_document(doc, facts, id_of);
            writer.finish();

            std::string ignored;
            REQUIRE(run(std::string("serdi -q -i ") + fc.serdi_name + " -o ntriples '" + path + "'", ignored) == 0);
            const std::vector<Quad> q = read_quads(path, fc.syntax);
            CHECK(count(q, kBase + "doc/citation", kNif + "isString", text) == 1);
            CHECK(count(q, kBase + "entity/il", kTrame + "says", text) == 1);
        }
    }
}

TEST_CASE("rdf_writer: the same input gives byte-identical output") {
    const Sample sample;
    for (const FormatCase& fc : kFormats) {
        TempDir dir("trame-writer");
        sample.write(dir / "one", fc.format);
        sample.write(dir / "two", fc.format);
        CHECK(read_file(dir / "one") == read_file(dir / "two"));
        CHECK_FALSE(read_file(dir / "one").empty());
    }
}

TEST_CASE("rdf_writer: triples() counts what was written") {
    TempDir dir("trame-writer");
    const Sample sample;
    RdfWriter writer(dir / "out.nt", RdfFormat::NTriples);
    writer.write_document(sample.docs[0], sample.facts[0], id_of);
    writer.write_document(sample.docs[1], sample.facts[1], id_of);
    writer.write_entities(sample.entities);
    const std::size_t written = writer.triples();
    writer.finish();
    std::string ntriples;
    REQUIRE(run("serdi -q -i ntriples -o ntriples '" + (dir / "out.nt") + "' | wc -l", ntriples) == 0);
    CHECK(std::stoul(ntriples) == written);
}

TEST_CASE("rdf_writer: a writer destroyed without finish() leaves no file and no temporary file") {
    TempDir dir("trame-writer");
    const Sample sample;
    {
        RdfWriter writer(dir / "out.ttl", RdfFormat::Turtle);
        writer.write_document(sample.docs[0], sample.facts[0], id_of);
        CHECK(entries(dir) == 1);  // the temporary file
    }
    CHECK(entries(dir) == 0);
}

TEST_CASE("rdf_writer: an exception while writing keeps the previous output") {
    TempDir dir("trame-writer");
    const std::string path = dir / "out.ttl";
    std::ofstream(path) << "# previous run\n";
    Sample sample;
    sample.facts[0][0].sentence = 9;
    {
        RdfWriter writer(path, RdfFormat::Turtle);
        CHECK_THROWS_AS(writer.write_document(sample.docs[0], sample.facts[0], id_of), std::invalid_argument);
    }
    CHECK(read_file(path) == "# previous run\n");
    CHECK(entries(dir) == 1);
}

TEST_CASE("rdf_writer: a bad base IRI is rejected before any file is created") {
    TempDir dir("trame-writer");
    CHECK_THROWS_AS(RdfWriter(dir / "out.ttl", RdfFormat::Turtle, "https://exemple.fr/mon graphe/"),
                    std::invalid_argument);
    CHECK(entries(dir) == 0);
}

TEST_CASE("rdf_writer: a custom base IRI prefixes every minted IRI") {
    TempDir dir("trame-writer");
    const Sample sample;
    RdfWriter writer(dir / "out.nt", RdfFormat::NTriples, "http://exemple.org/graphe/");
    writer.write_document(sample.docs[1], sample.facts[1], id_of);
    writer.write_entities(sample.entities);
    writer.finish();
    const std::vector<Quad> q = read_quads(dir / "out.nt", SERD_NTRIPLES);
    CHECK(count(q, "http://exemple.org/graphe/entity/paul-girard", kTrame + "leaderOf",
                "http://exemple.org/graphe/entity/lyon") == 1);
    CHECK(count(q, "http://exemple.org/graphe/doc/note-2/fact/1", "", "") == 9);
}

TEST_CASE("rdf_writer: an invalid Wikidata id is an error") {
    TempDir dir("trame-writer");
    RdfWriter writer(dir / "out.ttl", RdfFormat::Turtle);
    Entity bad{"x", "X", {}, EntityType::Other, "Q 12", "", {}};
    CHECK_THROWS_AS(writer.write_entities({bad}), std::invalid_argument);
}

TEST_CASE("rdf_writer: an entity's subclass is a second type beside its type") {
    TempDir dir("trame-writer");
    Entity lyon{"lyon", "Lyon", {}, EntityType::Place, "", "City", {}};
    {
        RdfWriter writer(dir / "out.nt", RdfFormat::NTriples);
        writer.write_entities({lyon});
        writer.finish();
    }
    const std::vector<Quad> q = read_quads(dir / "out.nt", SERD_NTRIPLES);
    const std::string node = "https://w3id.org/trame/id/entity/lyon";
    const std::string type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
    CHECK(count(q, node, type, kTrame + "Place") == 1);
    CHECK(count(q, node, type, kTrame + "City") == 1);
    CHECK(count(q, node, type, "") == 2);
    // A subclass of another type is refused.
    RdfWriter writer(dir / "bad.nt", RdfFormat::NTriples);
    Entity wrong{"lyon", "Lyon", {}, EntityType::Organization, "", "City", {}};
    CHECK_THROWS_AS(writer.write_entities({wrong}), std::invalid_argument);
}

namespace {

/// Literals that break naive Turtle writers and readers: a quote just before a backslash (serd
/// 0.30 reads `"\` in a long string as an invalid escape), triple and quadruple quotes, a quote or
/// a backslash at either end, line breaks, U+2028/U+2029, U+0085, control characters and a very
/// long line full of all of these.
std::vector<std::string> hostile_literals() {
    std::vector<std::string> texts = {
        "Il a dit \"\\non\" puis\nil est parti.",
        "deux lignes\navec \"\\\" au milieu",
        "\"\\",
        "fin\nsur un guillemet\"",
        "\"\ndébut sur un guillemet",
        "fin\nsur une barre\\",
        "\\\ndébut sur une barre",
        "trois \"\"\" guillemets\net quatre \"\"\"\"",
        "\"\"\"\n\"\"\"",
        "barres \\\\ et \\\" et \\n littéral\n",
        "retour\r\nchariot\r",
        "séparateurs\xE2\x80\xA8" "de ligne\xE2\x80\xA9" "et de paragraphe\xC2\x85",
        "contrôles\x01\x07\x1B\x7F\ttab\n",
        "",
        "\n",
    };
    std::string long_line;
    for (int i = 0; long_line.size() < 200000; ++i) long_line += "« cité " + std::to_string(i) + " » \"\\ \"\"\" \\";
    texts.push_back(long_line);
    texts.push_back(long_line + "\n" + long_line + "\"");
    return texts;
}

/// The longest prefix of `text` of at most `bytes` bytes that does not cut a UTF-8 sequence.
std::string utf8_prefix(const std::string& text, std::size_t bytes) {
    if (text.size() <= bytes) return text;
    while (bytes > 0 && (static_cast<unsigned char>(text[bytes]) & 0xC0) == 0x80) --bytes;
    return text.substr(0, bytes);
}

/// A document holding each of `texts` as a sentence and as the phrase object of a fact, and an
/// entity whose label and alternative labels are those texts.
struct HostileSample {
    Document doc;
    std::vector<Fact> facts;
    std::vector<Entity> entities;

    explicit HostileSample(const std::vector<std::string>& texts) {
        doc = document("hostile", "hostile \"\\ \".txt", texts);
        for (std::size_t i = 0; i < texts.size(); ++i)
            facts.push_back(fact(entity("Il", "il", 0), "says", phrase(texts[i]), i, "says.dire"));
        entities.push_back(Entity{"il", texts.back(), {texts.begin(), texts.end()}, EntityType::Person, "", "", {}});
    }

    void write(const std::string& path, RdfFormat format) const {
        RdfWriter writer(path, format);
        writer.write_document(doc, facts, id_of);
        writer.write_entities(entities);
        writer.finish();
    }
};

}  // namespace

TEST_CASE("rdf_writer: hostile literals read back in every syntax, with serdi, Serd and trame's reader") {
    const std::vector<std::string> texts = hostile_literals();
    const HostileSample sample(texts);
    for (const FormatCase& fc : kFormats) {
        SECTION(fc.serdi_name) {
            TempDir dir("trame-writer");
            const std::string path = dir / (std::string("hostile.") + fc.extension);
            sample.write(path, fc.format);

            std::string serdi_output;
            CHECK(run(std::string("serdi -i ") + fc.serdi_name + " -o ntriples '" + path + "' 2>&1", serdi_output) == 0);
            INFO(serdi_output.substr(0, 300));

            const std::vector<Quad> q = read_quads(path, fc.syntax);
            std::map<std::string, std::size_t> said, labels;
            for (const Quad& quad : q) {
                if (quad.p == kTrame + "says" && quad.s == kBase + "entity/il") ++said[quad.o];
                if (quad.p == std::string(vocab::kSkos) + "altLabel") ++labels[quad.o];
            }
            for (const std::string& text : texts) {
                const std::string expected = sanitize_literal(text);
                INFO("literal: " << expected.substr(0, 80));
                CHECK(said.count(expected) == 1);
                CHECK(labels.count(expected) == 1);
            }
            CHECK(count(q, kBase + "doc/hostile", kNif + "isString", sanitize_literal(sample.doc.text)) == 1);

            std::map<std::string, std::size_t> read_back;  // what trame's own reader (--into, stats, export) sees
            read_triples(path, [&](const ReadTerm& s, const std::string& p, const ReadTerm& o) {
                if (p == kTrame + "says" && s.value == kBase + "entity/il" && !o.resource) ++read_back[o.value];
            });
            for (const std::string& text : texts) CHECK(read_back.count(sanitize_literal(text)) == 1);
        }
    }
}

TEST_CASE("rdf_writer: a hostile text through the whole CLI reads back with serdi, --into, stats and export") {
    TempDir dir("trame-writer");
    std::string text;  // the reader refuses control characters: everything else hostile goes in,
    // and CR, which the reader turns into LF. The long lines are cut to keep the analysis short.
    for (const std::string& hostile : hostile_literals())
        if (hostile.find_first_of("\x01\x07\x1B\x7F\r") == std::string::npos)
            text += "Le ministre Paul Girard a déclaré que \"" + utf8_prefix(hostile, 3000) + "\".\n\n";
    const std::string input = dir.write("hostile.txt", text);
    const std::string more = dir.write("suite.txt", "Paul Girard a dit \"\\encore\" \"\"\"\n\\\n");
    for (const FormatCase& fc : kFormats) {
        SECTION(fc.serdi_name) {
            const std::string out = dir / (std::string("cli.") + fc.extension);
            std::string output;
            const int status = run(std::string(TRAME_BINARY) + " extract -q -f " + fc.serdi_name + " -o '" + out +
                                       "' '" + input + "' 2>&1",
                                   output);
            INFO(output);
            REQUIRE(status == 0);
            CHECK(run(std::string("serdi -i ") + fc.serdi_name + " -o ntriples '" + out + "' 2>&1 >/dev/null", output) == 0);
            INFO(output);
            CHECK(run(std::string(TRAME_BINARY) + " stats '" + out + "' 2>&1 >/dev/null", output) == 0);
            CHECK(run(std::string(TRAME_BINARY) + " export -o '" + out + ".dot' '" + out + "' 2>&1", output) == 0);
            CHECK(run(std::string(TRAME_BINARY) + " extract -q --into '" + out + "' '" + more + "' 2>&1", output) == 0);
            CHECK(run(std::string("serdi -i ") + fc.serdi_name + " -o ntriples '" + out + "' 2>&1 >/dev/null", output) == 0);
            const std::vector<Quad> q = read_quads(out, fc.syntax);
            const Quad* read_text = find(q, kBase + "doc/hostile", kNif + "isString");
            REQUIRE(read_text);
            CHECK(read_text->o == text);
        }
    }
}

TEST_CASE("rdf_writer: every short mix of quotes, backslashes, line breaks and DEL reads back from Turtle") {
    // All 19,531 texts of up to 6 characters over an alphabet of what serd 0.30 escapes or takes
    // as the end of a long string, and "n" (a quote, a backslash and n were read back as a quote
    // and a line break), written as the labels of one entity.
    const std::string alphabet[] = {"\"", "\\", "\n", "n", "\x7F"};
    std::set<std::string> texts{""};
    std::vector<std::string> frontier{""};
    for (int length = 1; length <= 6; ++length) {
        std::vector<std::string> next;
        for (const std::string& prefix : frontier)
            for (const std::string& c : alphabet) next.push_back(prefix + c);
        texts.insert(next.begin(), next.end());
        frontier = std::move(next);
    }
    REQUIRE(texts.size() == 19531);
    for (const FormatCase& fc : {kFormats[0], kFormats[1]}) {
        SECTION(fc.serdi_name) {
            TempDir dir("trame-writer");
            const std::string path = dir / (std::string("labels.") + fc.extension);
            RdfWriter writer(path, fc.format);
            writer.write_entities({Entity{"x", "X", texts, EntityType::Other, "", "", {}}});
            writer.finish();
            std::string output;
            CHECK(run(std::string("serdi -i ") + fc.serdi_name + " -o ntriples '" + path + "' 2>&1 >/dev/null", output) == 0);
            INFO(output);
            std::set<std::string> read_back;
            for (const Quad& q : read_quads(path, fc.syntax))
                if (q.p == std::string(vocab::kSkos) + "altLabel") read_back.insert(q.o);
            CHECK(read_back.size() == texts.size());
            CHECK((read_back == texts));
        }
    }
}

TEST_CASE("rdf_writer: a quote, a backslash and n read back as written, not as a line break") {
    // Serd 0.30 reads this long string without any error, but as `"` + line feed + `on`.
    const std::string text = "il a dit \"\\non\"\net s'en est allé";
    for (const FormatCase& fc : {kFormats[0], kFormats[1]}) {
        SECTION(fc.serdi_name) {
            TempDir dir("trame-writer");
            const std::string path = dir / (std::string("quote.") + fc.extension);
            RdfWriter writer(path, fc.format);
            writer.write_entities({Entity{"x", text, {}, EntityType::Other, "", "", {}}});
            writer.finish();
            const std::vector<Quad> quads = read_quads(path, fc.syntax);
            const Quad* label = find(quads, kBase + "entity/x", std::string(vocab::kRdfs) + "label");
            REQUIRE(label);
            CHECK(label->o == text);
        }
    }
}
