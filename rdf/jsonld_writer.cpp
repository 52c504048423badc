#include "rdf/jsonld_writer.h"

#include <set>
#include <string_view>

#include <nlohmann/json.hpp>

#include "rdf/vocabulary.h"

namespace trame {

namespace {

using Json = nlohmann::ordered_json;

const std::string kRdfType = std::string(vocab::kRdf) + "type";
const std::string kXsdString = std::string(vocab::kXsd) + "string";

/// The short keys of the predicates trame writes that are not in its ontology's namespace (those
/// get their local name: "says", "negated", "modality"...).
const std::pair<std::string, std::string> kShortKeys[] = {
    {std::string(vocab::kRdf) + "subject", "subject"},
    {std::string(vocab::kRdf) + "predicate", "predicate"},
    {std::string(vocab::kRdf) + "object", "object"},
    {std::string(vocab::kRdfs) + "label", "label"},
    {std::string(vocab::kRdfs) + "subPropertyOf", "subPropertyOf"},
    {std::string(vocab::kSkos) + "altLabel", "altLabel"},
    {std::string(vocab::kOwl) + "sameAs", "sameAs"},
    {std::string(vocab::kProv) + "wasDerivedFrom", "derivedFrom"},
    {std::string(vocab::kDcterms) + "source", "source"},
    {std::string(vocab::kDcterms) + "date", "date"},
    {std::string(vocab::kNif) + "isString", "text"},
    {std::string(vocab::kNif) + "anchorOf", "anchorOf"},
    {std::string(vocab::kNif) + "beginIndex", "beginIndex"},
    {std::string(vocab::kNif) + "endIndex", "endIndex"},
    {std::string(vocab::kNif) + "referenceContext", "referenceContext"},
};

bool is_name(std::string_view name) {
    if (name.empty()) return false;
    for (char c : name)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) return false;
    return !(name[0] >= '0' && name[0] <= '9');
}

/// A JSON-LD 1.1 processor uses a term as a prefix only when its IRI ends with a gen-delim.
bool usable_as_prefix(const std::string& iri) {
    return !iri.empty() && std::string_view(":/?#[]@").find(iri.back()) != std::string_view::npos;
}

/// How the document writes IRIs: the prefixes of its context, and the short keys of predicates.
class Compactor {
public:
    Compactor(const std::vector<std::pair<std::string, std::string>>& prefixes, const std::set<std::string>& predicates) {
        std::set<std::string> taken;
        for (const auto& [name, iri] : prefixes)
            if (usable_as_prefix(iri) && taken.insert(name).second) prefixes_.emplace_back(name, iri);
        std::map<std::string, std::string> wanted;  // predicate IRI -> short key
        for (const auto& [iri, key] : kShortKeys) wanted[iri] = key;
        const std::string ontology = vocab::kOntology;
        for (const std::string& predicate : predicates) {
            if (wanted.count(predicate) || predicate.compare(0, ontology.size(), ontology) != 0) continue;
            const std::string local = predicate.substr(ontology.size());
            if (is_name(local)) wanted[predicate] = local;
        }
        for (const std::string& predicate : predicates) {
            const auto it = wanted.find(predicate);
            if (it != wanted.end() && taken.insert(it->second).second) keys_.emplace(it->second, predicate);
        }
        for (const auto& [key, iri] : keys_) short_of_[iri] = key;
    }

    /// "prefix:rest" when a prefix of the context starts `iri` (and the rest cannot be read as
    /// an authority, "//..."), else `iri` itself.
    std::string compact(const std::string& iri) const {
        for (const auto& [name, ns] : prefixes_) {
            if (iri.size() < ns.size() || iri.compare(0, ns.size(), ns) != 0) continue;
            const std::string rest = iri.substr(ns.size());
            if (rest.compare(0, 2, "//") != 0) return name + ":" + rest;
        }
        return iri;
    }

    /// The key of a predicate: its short key, else its compact IRI.
    std::string key(const std::string& predicate) const {
        const auto it = short_of_.find(predicate);
        return it != short_of_.end() ? it->second : compact(predicate);
    }

    Json context() const {
        Json context = Json::object();
        for (const auto& [name, iri] : prefixes_) context[name] = iri;
        for (const auto& [key, iri] : keys_) context[key] = compact(iri);
        return context;
    }

private:
    std::vector<std::pair<std::string, std::string>> prefixes_;
    std::map<std::string, std::string> keys_;  // short key -> predicate IRI, sorted by key
    std::map<std::string, std::string> short_of_;
};

Json value_of(const JsonLdTerm& term, const Compactor& iris) {
    switch (term.kind) {
        case JsonLdTerm::Kind::Iri: return Json{{"@id", iris.compact(term.value)}};
        case JsonLdTerm::Kind::Blank: return Json{{"@id", "_:" + term.value}};
        case JsonLdTerm::Kind::Literal: break;
    }
    if (!term.language.empty()) return Json{{"@value", term.value}, {"@language", term.language}};
    if (!term.datatype.empty() && term.datatype != kXsdString)
        return Json{{"@value", term.value}, {"@type", iris.compact(term.datatype)}};
    return Json(term.value);
}

}  // namespace

JsonLdWriter::Node& JsonLdWriter::Graph::node(const std::string& id) {
    const auto [it, added] = index.emplace(id, nodes.size());
    if (added) nodes.push_back(Node{id, {}, {}, {}});
    return nodes[it->second];
}

void JsonLdWriter::add_prefix(const std::string& name, const std::string& iri) { prefixes_.emplace_back(name, iri); }

void JsonLdWriter::add(const std::string& graph, const JsonLdTerm& subject, const std::string& predicate,
                       const JsonLdTerm& object) {
    Graph* into = &default_graph_;
    if (!graph.empty()) {
        const auto [it, added] = graphs_.try_emplace(graph);
        if (added) graph_order_.push_back(graph);
        into = &it->second;
    }
    Node& node = into->node(subject.kind == JsonLdTerm::Kind::Blank ? "_:" + subject.value : subject.value);
    if (predicate == kRdfType && object.kind == JsonLdTerm::Kind::Iri) {  // "@type" (IRIs only)
        node.types.push_back(object.value);
        return;
    }
    auto [values, added] = node.values.try_emplace(predicate);
    if (added) node.predicates.push_back(predicate);
    values->second.push_back(object);
}

bool JsonLdWriter::write(std::FILE* out) const {
    std::set<std::string> predicates;
    const auto collect = [&](const Graph& graph) {
        for (const Node& node : graph.nodes)
            for (const std::string& predicate : node.predicates) predicates.insert(predicate);
    };
    collect(default_graph_);
    for (const auto& [name, graph] : graphs_) collect(graph);
    const Compactor iris(prefixes_, predicates);

    const auto node_json = [&](const Node& node) {
        Json object = Json::object();
        object["@id"] = node.id.compare(0, 2, "_:") == 0 ? node.id : iris.compact(node.id);
        if (node.types.size() == 1) object["@type"] = iris.compact(node.types.front());
        else if (!node.types.empty()) {
            Json types = Json::array();
            for (const std::string& type : node.types) types.push_back(iris.compact(type));
            object["@type"] = std::move(types);
        }
        for (const std::string& predicate : node.predicates) {
            const std::vector<JsonLdTerm>& values = node.values.at(predicate);
            Json& slot = object[iris.key(predicate)];
            if (values.size() == 1) {
                slot = value_of(values.front(), iris);
            } else {
                slot = Json::array();
                for (const JsonLdTerm& value : values) slot.push_back(value_of(value, iris));
            }
        }
        return object;
    };
    const auto graph_json = [&](const Graph& graph) {
        Json nodes = Json::array();
        for (const Node& node : graph.nodes) nodes.push_back(node_json(node));
        return nodes;
    };

    // The default graph's nodes, and each named graph as the "@graph" of the node of its name
    // (the node that already holds default-graph statements about it, or a new one at the end).
    Json top = graph_json(default_graph_);
    for (const std::string& name : graph_order_) {
        const auto it = default_graph_.index.find(name);
        if (it != default_graph_.index.end()) {
            top[it->second]["@graph"] = graph_json(graphs_.at(name));
        } else {
            Json holder = Json::object();
            holder["@id"] = name.compare(0, 2, "_:") == 0 ? name : iris.compact(name);
            holder["@graph"] = graph_json(graphs_.at(name));
            top.push_back(std::move(holder));
        }
    }
    Json document = Json::object();
    document["@context"] = iris.context();
    document["@graph"] = std::move(top);
    const std::string text = document.dump(1, '\t', false, Json::error_handler_t::replace) + "\n";
    return std::fwrite(text.data(), 1, text.size(), out) == text.size();
}

}  // namespace trame
