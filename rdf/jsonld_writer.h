// The JSON-LD serialization of trame's graph: the quads collected, then written as one document.
#pragma once

#include <cstdio>
#include <map>
#include <string>
#include <vector>

namespace trame {

/// One end of a quad handed to the JSON-LD writer: an absolute IRI, a blank node (its label,
/// without "_:"), or a literal with its datatype IRI or language tag (neither: xsd:string).
struct JsonLdTerm {
    enum class Kind { Iri, Blank, Literal };
    Kind kind = Kind::Iri;
    std::string value;
    std::string datatype;
    std::string language;
};

/// The quads of a graph in the order they come, written by write() as one JSON-LD 1.1 document
/// that expands (and converts with toRDF) to exactly these quads:
///
///   {"@context": {"rdf": "...", "trame": "...", "subject": "rdf:subject", "says": "trame:says", ...},
///    "@graph": [ {"@id": "kg:entity/x", "@type": "trame:Person", "label": {"@value": "X", "@language": "fr"}},
///                {"@id": "kg:doc/a", "@graph": [ ...the document's named graph... ]} ]}
///
/// The context maps the prefixes given with add_prefix() and short keys for the predicates of
/// trame's vocabulary ("subject", "predicate", "object", "negated", "modality", "confidence",
/// "label", "says"...). Every value is written explicitly (a {"@id"} object, a plain string or a
/// {"@value"} object with its type or language), so no key coerces anything: what a processor
/// reads does not depend on the context beyond IRI expansion. Nodes and keys keep the order in
/// which they came, so the same quads give the same bytes.
class JsonLdWriter {
public:
    /// Declares `name` as a prefix of `iri` in the context (IRIs under it are written "name:rest").
    void add_prefix(const std::string& name, const std::string& iri);
    /// Adds a statement to `graph` (an IRI, or empty for the default graph). The subject is an IRI
    /// or a blank node, the predicate an IRI.
    void add(const std::string& graph, const JsonLdTerm& subject, const std::string& predicate,
             const JsonLdTerm& object);
    /// Writes the document to `out`. Returns false when a write fails.
    bool write(std::FILE* out) const;

private:
    /// A node object: its properties (predicate IRI -> objects) in the order they came.
    struct Node {
        std::string id;  // "_:label" for a blank node
        std::vector<std::string> types;
        std::vector<std::string> predicates;
        std::map<std::string, std::vector<JsonLdTerm>> values;
    };
    /// The node objects of one graph, in the order their subjects came.
    struct Graph {
        std::vector<Node> nodes;
        std::map<std::string, std::size_t> index;
        Node& node(const std::string& id);
    };

    std::vector<std::pair<std::string, std::string>> prefixes_;
    Graph default_graph_;
    std::vector<std::string> graph_order_;  // named graphs in the order they came
    std::map<std::string, Graph> graphs_;
};

}  // namespace trame
