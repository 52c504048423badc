#include "output/existing_graph.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <optional>
#include <regex>
#include <stdexcept>

#include "rdf/rdf_reader.h"
#include "rdf/vocabulary.h"

namespace trame {

namespace {

const std::string kType = std::string(vocab::kRdf) + "type";
const std::string kLabel = std::string(vocab::kRdfs) + "label";
const std::string kAltLabel = std::string(vocab::kSkos) + "altLabel";
const std::string kSameAs = std::string(vocab::kOwl) + "sameAs";
const std::string kContext = std::string(vocab::kNif) + "Context";
const std::string kContentHash = std::string(vocab::kOntology) + "contentHash";
const std::string kIdentifier = std::string(vocab::kDcterms) + "identifier";

/// What the file says of one node, limited to what extending it needs.
struct NodeFacts {
    bool document = false;                 ///< Typed nif:Context.
    std::optional<EntityType> type;        ///< Its most specific trame class among the six types.
    std::string subclass;                  ///< A finer trame class it has ("City"), or empty.
    std::string label;                     ///< Its first rdfs:label.
    std::vector<std::string> alt_labels;   ///< Its skos:altLabels, in file order.
    std::string wikidata;                  ///< Its first Wikidata id.
    std::vector<std::string> content_hashes;  ///< Its trame:contentHash literals.
    std::vector<std::string> identifiers;     ///< Its dcterms:identifier literals.
    std::vector<std::string> same_as;         ///< Its owl:sameAs IRIs that are not Wikidata's (a retired id's kept IRI).
};

struct Loader {
    std::map<std::string, NodeFacts> nodes;
};

void record(Loader& loader, const ReadTerm& subject, const std::string& predicate, const ReadTerm& object_term) {
    if (predicate != kType && predicate != kLabel && predicate != kAltLabel && predicate != kSameAs &&
        predicate != kContentHash && predicate != kIdentifier)
        return;
    const bool literal = !object_term.resource;
    const std::string& object = object_term.value;
    NodeFacts& facts = loader.nodes[subject.value];
    if (predicate == kContentHash && literal) facts.content_hashes.push_back(object);
    if (predicate == kIdentifier && literal) facts.identifiers.push_back(object);
    if (predicate == kType && !literal) {
        const std::string ontology = vocab::kOntology;
        if (object == kContext) facts.document = true;
        if (object.compare(0, ontology.size(), ontology) == 0) {
            const std::string name = object.substr(ontology.size());
            if (const auto type = entity_type_from_string(name)) {
                if (!facts.type || *type < *facts.type) facts.type = type;  // Country before Place
            } else if (subclass_type(name)) {
                facts.subclass = name;
            }
        }
    } else if (predicate == kLabel && literal) {
        if (facts.label.empty()) facts.label = object;
    } else if (predicate == kAltLabel && literal) {
        facts.alt_labels.push_back(object);
    } else if (predicate == kSameAs && !literal && facts.wikidata.empty()) {
        static const std::regex wikidata(std::string(vocab::kWikidata) + "(Q[1-9][0-9]*)");
        std::smatch match;
        if (std::regex_match(object, match, wikidata)) facts.wikidata = match[1];
        else facts.same_as.push_back(object);
    } else if (predicate == kSameAs && !literal) {
        facts.same_as.push_back(object);
    }
}


/// `text` with every %XX decoded.
std::string percent_decode(const std::string& text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '%' && i + 2 < text.size() && std::isxdigit(static_cast<unsigned char>(text[i + 1])) &&
            std::isxdigit(static_cast<unsigned char>(text[i + 2]))) {
            out += static_cast<char>(std::stoi(text.substr(i + 1, 2), nullptr, 16));
            i += 2;
        } else {
            out += text[i];
        }
    }
    return out;
}

/// Splits `iri` into base and id when it is base + `folder` + "/" + id (id without '/' or '#').
bool split(const std::string& iri, const std::string& folder, std::string& base, std::string& id) {
    const std::string marker = "/" + folder + "/";
    const std::size_t at = iri.rfind(marker);
    if (at == std::string::npos) return false;
    id = iri.substr(at + marker.size());
    if (id.empty() || id.find_first_of("/#") != std::string::npos) return false;
    base = iri.substr(0, at + 1);
    return true;
}

}  // namespace

ExistingGraph ExistingGraph::load(const std::string& path, const std::string& base) {
    Loader loader;
    read_triples(path, [&](const ReadTerm& subject, const std::string& predicate, const ReadTerm& object) {
        record(loader, subject, predicate, object);
    });

    std::set<std::string> bases;  // of the documents and entities
    std::string node_base, id;
    for (const auto& [node, facts] : loader.nodes)
        if ((facts.document && split(node, "doc", node_base, id)) || (facts.type && split(node, "entity", node_base, id)))
            bases.insert(node_base);
    ExistingGraph graph;
    graph.path = path;
    if (!base.empty() && !bases.empty() && !bases.count(base))
        throw std::runtime_error(path + ": its documents and entities are under <" + *bases.begin() +
                                 ">, not under the base <" + base + ">");
    if (base.empty() && bases.size() > 1)
        throw std::runtime_error(path + ": its documents and entities are under several bases (<" + *bases.begin() +
                                 ">, <" + *std::next(bases.begin()) + ">...); choose one with --base");
    graph.base = !base.empty() ? base : bases.empty() ? "" : *bases.begin();
    if (graph.base.empty()) return graph;

    std::map<std::string, std::set<std::string>> retired;  // kept entity IRI -> ids of the entity IRIs sameAs it
    for (const auto& [node, facts] : loader.nodes)
        if (!facts.type && split(node, "entity", node_base, id) && node_base == graph.base)
            for (const std::string& kept : facts.same_as) retired[kept].insert(percent_decode(id));
    for (auto& [node, facts] : loader.nodes) {
        if (node.compare(0, graph.base.size(), graph.base) != 0) continue;
        if (facts.document && split(node, "doc", node_base, id) && node_base == graph.base) {
            graph.documents.insert(percent_decode(id));
            graph.content_hashes.insert(facts.content_hashes.begin(), facts.content_hashes.end());
            graph.identifiers.insert(facts.identifiers.begin(), facts.identifiers.end());
        }
        if (!facts.type || facts.label.empty() || !split(node, "entity", node_base, id) || node_base != graph.base)
            continue;
        Entity entity;
        entity.id = percent_decode(id);
        entity.label = facts.label;
        entity.alt_labels.insert(facts.alt_labels.begin(), facts.alt_labels.end());
        entity.alt_labels.erase(entity.label);
        entity.type = *facts.type;
        if (subclass_type(facts.subclass) == entity.type) entity.subclass = facts.subclass;
        entity.wikidata = facts.wikidata;
        if (const auto found = retired.find(node); found != retired.end()) entity.retired = found->second;
        graph.entities.push_back(std::move(entity));
    }
    std::sort(graph.entities.begin(), graph.entities.end(),
              [](const Entity& a, const Entity& b) { return a.id < b.id; });
    return graph;
}

}  // namespace trame
