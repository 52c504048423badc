// Tests of ontology/shapes.ttl, the SHACL shapes of the output: read with Serd, they must target
// what the output contract names and only constrain properties that output/rdf_writer.cpp writes.
// (Validating an output with a SHACL engine is CI's job; these tests need no engine.)
#include <catch2/catch.hpp>

#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <regex>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include <serd/serd.h>

#include "rules/ontology.h"
#include "rdf/vocabulary.h"

using namespace trame;

namespace {

const std::string kShapesPath = std::string(TRAME_SOURCE_DIR) + "/ontology/shapes.ttl";
const std::string kOntologyPath = std::string(TRAME_SOURCE_DIR) + "/ontology/trame.ttl";

const std::string kSh = "http://www.w3.org/ns/shacl#";
const std::string kRdf = vocab::kRdf;
const std::string kRdfs = vocab::kRdfs;
const std::string kOwl = vocab::kOwl;
const std::string kXsd = vocab::kXsd;
const std::string kNif = vocab::kNif;
const std::string kTrame = vocab::kOntology;

/// The triples of a Turtle file. A node is its absolute IRI, "_:" + its label for a blank node,
/// or "\"" + its lexical form for a literal.
class Graph {
public:
    explicit Graph(const std::string& path) {
        std::unique_ptr<std::FILE, decltype(&std::fclose)> file(std::fopen(path.c_str(), "rb"), &std::fclose);
        if (!file) throw std::runtime_error("cannot open " + path);
        env_ = serd_env_new(nullptr);
        SerdReader* reader = serd_reader_new(SERD_TURTLE, this, nullptr, on_base, on_prefix, on_statement, nullptr);
        serd_reader_set_strict(reader, true);
        serd_reader_set_error_sink(reader, on_error, this);
        const SerdStatus status =
            serd_reader_read_file_handle(reader, file.get(), reinterpret_cast<const uint8_t*>(path.c_str()));
        serd_reader_free(reader);
        serd_env_free(env_);
        env_ = nullptr;
        if (status != SERD_SUCCESS || !error_.empty())
            throw std::runtime_error("cannot read " + path + ": " +
                                     (error_.empty() ? reinterpret_cast<const char*>(serd_strerror(status)) : error_));
    }

    /// The objects of (subject, predicate).
    std::vector<std::string> objects(const std::string& subject, const std::string& predicate) const {
        std::vector<std::string> out;
        const auto it = by_subject_.find(subject);
        if (it == by_subject_.end()) return out;
        for (const auto& [p, o] : it->second)
            if (p == predicate) out.push_back(o);
        return out;
    }
    /// The subjects of (predicate, object).
    std::vector<std::string> subjects(const std::string& predicate, const std::string& object) const {
        std::vector<std::string> out;
        for (const auto& [s, pairs] : by_subject_)
            for (const auto& [p, o] : pairs)
                if (p == predicate && o == object) out.push_back(s);
        return out;
    }
    /// Every object of `predicate`, whatever the subject.
    std::vector<std::string> all_objects(const std::string& predicate) const {
        std::vector<std::string> out;
        for (const auto& [s, pairs] : by_subject_)
            for (const auto& [p, o] : pairs)
                if (p == predicate) out.push_back(o);
        return out;
    }
    /// The members of the RDF list that starts at `head`.
    std::vector<std::string> list(std::string head) const {
        std::vector<std::string> members;
        while (head != kRdf + "nil") {
            const auto first = objects(head, kRdf + "first");
            const auto rest = objects(head, kRdf + "rest");
            if (first.size() != 1 || rest.size() != 1) throw std::runtime_error("malformed RDF list at " + head);
            members.push_back(first[0]);
            head = rest[0];
        }
        return members;
    }
    bool has(const std::string& s, const std::string& p, const std::string& o) const {
        for (const std::string& object : objects(s, p))
            if (object == o) return true;
        return false;
    }

private:
    std::string node(const SerdNode* n) const {
        if (n->type == SERD_BLANK) return "_:" + std::string(reinterpret_cast<const char*>(n->buf), n->n_bytes);
        if (n->type == SERD_LITERAL) return "\"" + std::string(reinterpret_cast<const char*>(n->buf), n->n_bytes);
        SerdNode expanded = serd_env_expand_node(env_, n);
        std::string iri = expanded.buf ? reinterpret_cast<const char*>(expanded.buf) : "";
        serd_node_free(&expanded);
        return iri;
    }
    static SerdStatus on_base(void* handle, const SerdNode* uri) {
        return serd_env_set_base_uri(static_cast<Graph*>(handle)->env_, uri);
    }
    static SerdStatus on_prefix(void* handle, const SerdNode* name, const SerdNode* uri) {
        return serd_env_set_prefix(static_cast<Graph*>(handle)->env_, name, uri);
    }
    static SerdStatus on_statement(void* handle, SerdStatementFlags, const SerdNode*, const SerdNode* s,
                                   const SerdNode* p, const SerdNode* o, const SerdNode*, const SerdNode*) {
        auto& graph = *static_cast<Graph*>(handle);
        graph.by_subject_[graph.node(s)].emplace_back(graph.node(p), graph.node(o));
        return SERD_SUCCESS;
    }
    static SerdStatus on_error(void* handle, const SerdError* error) {
        auto& graph = *static_cast<Graph*>(handle);
        if (!graph.error_.empty()) return SERD_SUCCESS;
        char message[512];
        va_list args;
        va_copy(args, *error->args);
        std::vsnprintf(message, sizeof message, error->fmt, args);
        va_end(args);
        graph.error_ = std::to_string(error->line) + ":" + std::to_string(error->col) + ": " + message;
        return SERD_SUCCESS;
    }

    SerdEnv* env_ = nullptr;
    std::string error_;
    std::map<std::string, std::vector<std::pair<std::string, std::string>>> by_subject_;
};

const Graph& shapes() {
    static const Graph graph(kShapesPath);
    return graph;
}

/// The node shapes that target `cls` with sh:targetClass.
std::vector<std::string> node_shapes_targeting(const std::string& cls) {
    std::vector<std::string> out;
    for (const std::string& shape : shapes().subjects(kSh + "targetClass", cls))
        if (shapes().has(shape, kRdf + "type", kSh + "NodeShape")) out.push_back(shape);
    return out;
}

/// The property shapes of the node shape `shape` whose path is `path`.
std::vector<std::string> property_shapes(const std::string& shape, const std::string& path) {
    std::vector<std::string> out;
    for (const std::string& property : shapes().objects(shape, kSh + "property"))
        if (shapes().has(property, kSh + "path", path)) out.push_back(property);
    return out;
}

/// Every predicate output/rdf_writer.cpp writes, other than the relations of the facts' direct triples.
const std::set<std::string>& writer_properties() {
    static const std::set<std::string> properties{
        // entities, documents, open relations
        kRdf + "type", kRdfs + "label", std::string(vocab::kSkos) + "altLabel", kOwl + "sameAs",
        kRdfs + "subPropertyOf",
        // statement nodes
        kRdf + "subject", kRdf + "predicate", kRdf + "object", kTrame + "negated", kTrame + "modality",
        kTrame + "confidence", kTrame + "extractedBy", kTrame + "resolvedBy", std::string(vocab::kProv) + "wasDerivedFrom",
        // NIF sentences and documents
        kNif + "anchorOf", kNif + "beginIndex", kNif + "endIndex", kNif + "referenceContext", kNif + "isString",
        std::string(vocab::kDcterms) + "source", std::string(vocab::kDcterms) + "date", kTrame + "contentHash",
        std::string(vocab::kDcterms) + "identifier"};
    return properties;
}

const char* const kEntityClasses[] = {"Person", "Organization", "Country", "Place", "Event", "Other"};

}  // namespace

TEST_CASE("shapes: shapes.ttl parses with serdi and Serd") {
    const std::string command = "serdi -q -i turtle -o ntriples '" + kShapesPath + "' > /dev/null";
    CHECK(std::system(command.c_str()) == 0);
    CHECK_NOTHROW(shapes());
}

TEST_CASE("shapes: node shapes for statements, sentences, documents and entities") {
    CHECK(node_shapes_targeting(kRdf + "Statement").size() == 1);
    CHECK(node_shapes_targeting(kNif + "Sentence").size() == 1);
    CHECK(node_shapes_targeting(kNif + "Context").size() == 1);
    for (const char* name : kEntityClasses) {
        INFO("entity class " << name);
        CHECK(node_shapes_targeting(kTrame + name).size() == 1);
    }
}

TEST_CASE("shapes: every trame class an entity can have is an entity shape target") {
    const Graph ontology(kOntologyPath);
    const std::set<std::string> not_entity_classes{kTrame + "Agent", kTrame + "Statement"};
    std::set<std::string> classes;
    for (const std::string& cls : ontology.subjects(kRdf + "type", kOwl + "Class"))
        if (cls.compare(0, kTrame.size(), kTrame) == 0 && not_entity_classes.count(cls) == 0) classes.insert(cls);
    CHECK(classes.size() >= 6);
    for (const std::string& cls : classes) {
        INFO("class " << cls);
        CHECK(node_shapes_targeting(cls).size() == 1);
    }
    // and conversely every trame class a shape targets is declared in the ontology
    for (const std::string& cls : shapes().all_objects(kSh + "targetClass"))
        if (cls.compare(0, kTrame.size(), kTrame) == 0) {
            INFO("target class " << cls);
            CHECK(ontology.has(cls, kRdf + "type", kOwl + "Class"));
        }
}

TEST_CASE("shapes: a statement has one subject, predicate IRI, object, negation, modality and confidence") {
    const auto statement = node_shapes_targeting(kRdf + "Statement");
    REQUIRE(statement.size() == 1);
    for (const std::string& path : {kRdf + "subject", kRdf + "predicate", kRdf + "object", kTrame + "negated",
                                    kTrame + "modality", kTrame + "confidence"}) {
        INFO("path " << path);
        const auto property = property_shapes(statement[0], path);
        REQUIRE(property.size() == 1);
        CHECK(shapes().objects(property[0], kSh + "minCount") == std::vector<std::string>{"\"1"});
        CHECK(shapes().objects(property[0], kSh + "maxCount") == std::vector<std::string>{"\"1"});
    }
    CHECK(shapes().objects(property_shapes(statement[0], kRdf + "predicate")[0], kSh + "nodeKind") ==
          std::vector<std::string>{kSh + "IRI"});
    CHECK(shapes().objects(property_shapes(statement[0], kTrame + "negated")[0], kSh + "datatype") ==
          std::vector<std::string>{kXsd + "boolean"});
    CHECK(shapes().objects(property_shapes(statement[0], kTrame + "confidence")[0], kSh + "datatype") ==
          std::vector<std::string>{kXsd + "decimal"});
    const auto modality_in = shapes().objects(property_shapes(statement[0], kTrame + "modality")[0], kSh + "in");
    REQUIRE(modality_in.size() == 1);
    CHECK(shapes().list(modality_in[0]) == std::vector<std::string>{"\"asserted", "\"hypothetical"});

    const auto derived = property_shapes(statement[0], std::string(vocab::kProv) + "wasDerivedFrom");
    REQUIRE(derived.size() == 1);
    CHECK(shapes().objects(derived[0], kSh + "minCount") == std::vector<std::string>{"\"1"});
    CHECK(shapes().objects(derived[0], kSh + "class") == std::vector<std::string>{kNif + "Sentence"});
}

TEST_CASE("shapes: a SPARQL constraint keeps negated and hypothetical facts out of the direct triples") {
    const auto statement = node_shapes_targeting(kRdf + "Statement");
    REQUIRE(statement.size() == 1);
    const auto constraints = shapes().objects(statement[0], kSh + "sparql");
    REQUIRE(constraints.size() == 1);
    const auto select = shapes().objects(constraints[0], kSh + "select");
    REQUIRE(select.size() == 1);
    for (const char* part : {"SELECT $this", "trame:negated true", "\"hypothetical\"", "?s ?p ?o", "FILTER NOT EXISTS",
                             "trame:negated false", "trame:modality \"asserted\""}) {
        INFO("the query holds " << part);
        CHECK(select[0].find(part) != std::string::npos);
    }
    // the prefixes it uses are declared where sh:prefixes points
    std::set<std::string> declared;
    for (const std::string& holder : shapes().objects(constraints[0], kSh + "prefixes"))
        for (const std::string& declaration : shapes().objects(holder, kSh + "declare"))
            for (const std::string& prefix : shapes().objects(declaration, kSh + "prefix")) declared.insert(prefix);
    CHECK(declared.count("\"rdf") == 1);
    CHECK(declared.count("\"trame") == 1);
}

TEST_CASE("shapes: every property shape path is a property the writer emits") {
    const auto paths = shapes().all_objects(kSh + "path");
    CHECK(paths.size() >= 20);
    for (const std::string& path : paths) {
        INFO("sh:path " << path);
        CHECK(writer_properties().count(path) == 1);
    }
}

TEST_CASE("shapes: an entity has one label and only Wikidata entity IRIs as owl:sameAs") {
    const auto entity = node_shapes_targeting(kTrame + "Person");
    REQUIRE(entity.size() == 1);
    const auto label = property_shapes(entity[0], kRdfs + "label");
    REQUIRE(label.size() == 1);
    CHECK(shapes().objects(label[0], kSh + "minCount") == std::vector<std::string>{"\"1"});
    CHECK(shapes().objects(label[0], kSh + "maxCount") == std::vector<std::string>{"\"1"});
    CHECK(property_shapes(entity[0], kRdf + "type").size() == 1);

    const auto same_as = property_shapes(entity[0], kOwl + "sameAs");
    REQUIRE(same_as.size() == 1);
    const auto pattern = shapes().objects(same_as[0], kSh + "pattern");
    REQUIRE(pattern.size() == 1);
    const std::regex wikidata(pattern[0].substr(1));
    CHECK(std::regex_search(std::string(vocab::kWikidata) + "Q42", wikidata));
    CHECK_FALSE(std::regex_search(std::string("https://www.wikidata.org/wiki/Q42"), wikidata));
    CHECK_FALSE(std::regex_search(std::string("http://dbpedia.org/resource/Paris"), wikidata));
    CHECK_FALSE(std::regex_search(std::string(vocab::kWikidata) + "P31", wikidata));
}

TEST_CASE("shapes: the core relations the shapes accept are those of the ontology") {
    std::set<std::string> listed;
    for (const std::string& alternatives : shapes().all_objects(kSh + "or"))
        for (const std::string& member : shapes().list(alternatives))
            for (const std::string& in : shapes().objects(member, kSh + "in"))
                for (const std::string& iri : shapes().list(in))
                    if (iri.compare(0, kTrame.size(), kTrame) == 0) listed.insert(iri.substr(kTrame.size()));
    const auto core = Ontology::load(kOntologyPath).core_predicates();
    CHECK(listed == std::set<std::string>(core.begin(), core.end()));
}

TEST_CASE("shapes: every named shape has a comment") {
    std::set<std::string> named;
    for (const std::string& type : {kSh + "NodeShape", kSh + "SPARQLConstraint"})
        for (const std::string& shape : shapes().subjects(kRdf + "type", type)) named.insert(shape);
    CHECK(named.size() >= 6);
    for (const std::string& shape : named) {
        INFO("shape " << shape);
        CHECK_FALSE(shapes().objects(shape, kRdfs + "comment").empty());
    }
}
