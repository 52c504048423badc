#include "rules/ontology.h"

#include <map>
#include <set>
#include <stdexcept>

#include "rdf/rdf_reader.h"
#include "rdf/vocabulary.h"

namespace trame {

Ontology Ontology::load(const std::string& path) {
    static const std::string kType = std::string(vocab::kRdf) + "type";
    static const std::string kSubPropertyOf = std::string(vocab::kRdfs) + "subPropertyOf";
    static const std::string kRelatedTo = std::string(vocab::kOntology) + "relatedTo";
    std::map<std::string, std::set<std::string>> types;  // subject IRI -> its rdf:type IRIs
    std::set<std::string> relations;                     // subjects rdfs:subPropertyOf trame:relatedTo
    try {
        read_triples(path, [&](const ReadTerm& subject, const std::string& predicate, const ReadTerm& object) {
            if (!subject.resource || !object.resource) return;
            if (predicate == kType) types[subject.value].insert(object.value);
            if (predicate == kSubPropertyOf && object.value == kRelatedTo) relations.insert(subject.value);
        });
    } catch (const std::runtime_error& error) {
        throw std::runtime_error("cannot read the ontology: " + std::string(error.what()));
    }

    static const std::string kObjectProperty = std::string(vocab::kOwl) + "ObjectProperty";
    static const std::string kSymmetric = std::string(vocab::kOwl) + "SymmetricProperty";
    const std::string ontology_namespace = vocab::kOntology;
    Ontology ontology;
    for (const std::string& iri : relations) {
        if (iri.compare(0, ontology_namespace.size(), ontology_namespace) != 0) continue;
        const std::set<std::string>& declared = types[iri];
        ontology.relations_[iri.substr(ontology_namespace.size())] =
            Relation{declared.count(kObjectProperty) == 0, declared.count(kSymmetric) > 0};
    }
    if (ontology.relations_.empty())
        throw std::runtime_error("the ontology " + path + " declares no core relation (no rdfs:subPropertyOf <" +
                                 ontology_namespace + "relatedTo>)");
    return ontology;
}

const Ontology::Relation* Ontology::find(std::string_view local_name) const {
    const auto it = relations_.find(local_name);
    return it == relations_.end() ? nullptr : &it->second;
}

bool Ontology::has_predicate(std::string_view local_name) const { return find(local_name) != nullptr; }

bool Ontology::literal_object_allowed(std::string_view local_name) const {
    const Relation* relation = find(local_name);
    return relation && relation->literal_object;
}

bool Ontology::symmetric(std::string_view local_name) const {
    const Relation* relation = find(local_name);
    return relation && relation->symmetric;
}

std::vector<std::string> Ontology::core_predicates() const {
    std::vector<std::string> names;
    for (const auto& [name, relation] : relations_) names.push_back(name);
    return names;
}

}  // namespace trame
