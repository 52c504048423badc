#include "rdf/jsonld_reader.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <map>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "rdf/rdf_terms.h"
#include "rdf/vocabulary.h"

namespace trame {

namespace {

using Json = nlohmann::ordered_json;  // keys in document order
using Sink = std::function<void(const std::string&, const JsonLdTerm&, const std::string&, const JsonLdTerm&)>;

const std::string kXsd = vocab::kXsd;

/// Something of the document trame does not read, as an exception naming the file.
struct Unsupported : std::runtime_error {
    using std::runtime_error::runtime_error;
};

/// One read: the context's terms, the blank nodes made for nodes without "@id", the sink.
class Reading {
public:
    explicit Reading(const Sink& sink) : sink_(sink) {}

    void document(const Json& json) {
        if (json.is_array()) {
            for (const Json& node : json) node_object(node, "");
            return;
        }
        if (!json.is_object()) throw Unsupported("a document that is neither an object nor an array");
        if (json.contains("@context")) context(json.at("@context"));
        bool only_graph = json.contains("@graph");
        for (const auto& [key, value] : json.items()) only_graph = only_graph && (key == "@context" || key == "@graph");
        if (only_graph) {
            const Json& graph = json.at("@graph");
            if (!graph.is_array()) throw Unsupported("a \"@graph\" that is not an array");
            for (const Json& node : graph) node_object(node, "");
        } else {
            node_object(json, "", true);
        }
    }

private:
    void context(const Json& json) {
        if (!json.is_object()) throw Unsupported("a \"@context\" that is not an object (a remote or array context)");
        for (const auto& [term, definition] : json.items()) {
            if (term == "@version") continue;
            if (!term.empty() && term[0] == '@') throw Unsupported("\"" + term + "\" in the context");
            if (definition.is_string()) {
                terms_[term] = definition.get<std::string>();
            } else if (definition.is_object() && definition.size() == 1 && definition.contains("@id") &&
                       definition.at("@id").is_string()) {
                terms_[term] = definition.at("@id").get<std::string>();
            } else {
                throw Unsupported("the definition of \"" + term + "\" (only an IRI is read, no coercion)");
            }
        }
    }

    /// The absolute IRI (or "_:label") `value` stands for: a term (keys and types only), a
    /// compact IRI of a context prefix, an absolute IRI or a blank node label.
    std::string expand(const std::string& value, bool vocabulary, int depth = 0) const {
        if (depth > 16) throw Unsupported("a circular definition of \"" + value + "\"");
        if (value.compare(0, 2, "_:") == 0) return value;
        if (vocabulary) {
            const auto term = terms_.find(value);
            if (term != terms_.end()) return expand(term->second, false, depth + 1);
        }
        const std::size_t colon = value.find(':');
        if (colon != std::string::npos && value.compare(colon + 1, 2, "//") != 0) {
            const auto prefix = terms_.find(value.substr(0, colon));
            if (prefix != terms_.end()) return expand(prefix->second, false, depth + 1) + value.substr(colon + 1);
        }
        if (!valid_iri(value)) throw Unsupported("\"" + value + "\", which is not an absolute IRI");
        return value;
    }

    static JsonLdTerm resource(const std::string& iri) {
        if (iri.compare(0, 2, "_:") == 0) return {JsonLdTerm::Kind::Blank, iri.substr(2), "", ""};
        return {JsonLdTerm::Kind::Iri, iri, "", ""};
    }

    /// Emits the statements of a node object into `graph`; returns the node (its "@id" or a new
    /// blank node). `top`: the document's own object, whose "@context" was read already.
    JsonLdTerm node_object(const Json& json, const std::string& graph, bool top = false) {
        const Depth depth(*this);
        if (!json.is_object()) throw Unsupported("a node that is not an object");
        JsonLdTerm subject;
        if (json.contains("@id")) {
            if (!json.at("@id").is_string()) throw Unsupported("an \"@id\" that is not a string");
            subject = resource(expand(json.at("@id").get<std::string>(), false));
        } else {
            subject = {JsonLdTerm::Kind::Blank, "jsonld" + std::to_string(++blank_nodes_), "", ""};
        }
        for (const auto& [key, value] : json.items()) {
            if (key == "@id" || (top && key == "@context")) continue;
            if (key == "@type") {
                for (const Json& type : value.is_array() ? value : Json::array({value})) {
                    if (!type.is_string()) throw Unsupported("an \"@type\" that is not a string");
                    sink_(graph, subject, std::string(vocab::kRdf) + "type", resource(expand(type.get<std::string>(), true)));
                }
            } else if (key == "@graph") {
                const std::string name = subject.kind == JsonLdTerm::Kind::Blank ? "_:" + subject.value : subject.value;
                for (const Json& node : value.is_array() ? value : Json::array({value})) node_object(node, name);
            } else if (!key.empty() && key[0] == '@') {
                throw Unsupported("\"" + key + "\" in a node");
            } else {
                const std::string predicate = expand(key, true);
                if (predicate.compare(0, 2, "_:") == 0) throw Unsupported("a blank node as a predicate (\"" + key + "\")");
                values(value, graph, subject, predicate);
            }
        }
        return subject;
    }

    void values(const Json& value, const std::string& graph, const JsonLdTerm& subject, const std::string& predicate) {
        const Depth depth(*this);
        if (value.is_array()) {
            for (const Json& item : value) values(item, graph, subject, predicate);
            return;
        }
        if (value.is_null()) return;
        if (value.is_object() && value.contains("@set")) {
            if (value.size() != 1) throw Unsupported("\"@set\" with other keys");
            values(value.at("@set"), graph, subject, predicate);
            return;
        }
        sink_(graph, subject, predicate, object(value, graph));
    }

    JsonLdTerm object(const Json& value, const std::string& graph) {
        if (value.is_string()) return {JsonLdTerm::Kind::Literal, value.get<std::string>(), "", ""};
        if (value.is_boolean() || value.is_number()) return native(value);
        if (!value.is_object()) throw Unsupported("a value that is neither a string, an integer, a boolean nor an object");
        if (value.contains("@value")) {
            const Json& lexical = value.at("@value");
            JsonLdTerm literal = lexical.is_string() ? JsonLdTerm{JsonLdTerm::Kind::Literal, lexical.get<std::string>(), "", ""}
                                                     : native(lexical);
            for (const auto& [key, item] : value.items()) {
                if (key == "@value") continue;
                if (!item.is_string()) throw Unsupported("\"" + key + "\" that is not a string");
                if (key == "@language") literal = {JsonLdTerm::Kind::Literal, literal.value, "", item.get<std::string>()};
                else if (key == "@type") literal.datatype = expand(item.get<std::string>(), true);
                else throw Unsupported("\"" + key + "\" in a value object");
            }
            if (!literal.language.empty() && !valid_language_tag(literal.language))
                throw Unsupported("the invalid language tag \"" + literal.language + "\"");
            return literal;
        }
        if (value.contains("@list") || value.contains("@reverse")) throw Unsupported("\"@list\" or \"@reverse\"");
        if (value.size() == 1 && value.contains("@id")) {
            if (!value.at("@id").is_string()) throw Unsupported("an \"@id\" that is not a string");
            return resource(expand(value.at("@id").get<std::string>(), false));
        }
        return node_object(value, graph);  // a nested node: its statements, then itself as the object
    }

    static JsonLdTerm native(const Json& value) {
        if (value.is_boolean()) return {JsonLdTerm::Kind::Literal, value.get<bool>() ? "true" : "false", kXsd + "boolean", ""};
        if (value.is_number_integer()) return {JsonLdTerm::Kind::Literal, value.dump(), kXsd + "integer", ""};
        throw Unsupported("a number that is not an integer");
    }

    /// Counts the nesting of nodes and arrays being read, refusing more than kMaxDepth.
    struct Depth {
        static constexpr int kMaxDepth = 500;
        explicit Depth(Reading& reading) : reading_(reading) {
            if (++reading_.depth_ > kMaxDepth) throw Unsupported("nodes or arrays nested more than 500 deep");
        }
        ~Depth() { --reading_.depth_; }
        Reading& reading_;
    };

    const Sink& sink_;
    int depth_ = 0;
    std::map<std::string, std::string> terms_;
    std::size_t blank_nodes_ = 0;
};

}  // namespace

void read_jsonld(const std::string& path, const Sink& on_quad) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot open " + path + ": " + std::strerror(errno));
    Json json;
    try {
        json = Json::parse(in);
    } catch (const Json::parse_error& error) {
        throw std::runtime_error("invalid JSON in " + path + ": " + error.what());
    }
    try {
        Reading(on_quad).document(json);
    } catch (const Unsupported& error) {
        throw std::runtime_error("cannot read " + path + ": JSON-LD with " + error.what() +
                                 " (trame reads the JSON-LD it writes)");
    }
}

}  // namespace trame
