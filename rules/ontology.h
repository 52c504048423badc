// What the trame ontology (ontology/trame.ttl) says about the relations rules may emit.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace trame {

/// The core relations of the trame ontology, read from its Turtle file: each property of the
/// ontology namespace that is rdfs:subPropertyOf trame:relatedTo, whether its object may be a
/// phrase (declared rdf:Property rather than owl:ObjectProperty) and whether it is symmetric
/// (owl:SymmetricProperty). The rule compiler uses it to reject rules that emit a predicate the
/// ontology lacks.
///
///   const Ontology ontology = Ontology::load(TRAME_DATA_DIR "/trame.ttl");
///   ontology.has_predicate("demands")           // true
///   ontology.literal_object_allowed("demands")  // true: "exige le retrait des troupes"
///   ontology.symmetric("meets")                 // true
class Ontology {
public:
    /// Reads the ontology at `path` with Serd (strict). Throws std::runtime_error naming the file,
    /// and the line and column of a syntax error, when it cannot be read or declares no core relation.
    static Ontology load(const std::string& path);

    /// True when `local_name` is a core relation ("demands"); false for "relatedTo", the
    /// statement properties and names the ontology lacks.
    bool has_predicate(std::string_view local_name) const;
    /// True when the core relation `local_name` accepts a phrase (a literal) as object.
    bool literal_object_allowed(std::string_view local_name) const;
    /// True when the core relation `local_name` is symmetric (meets, talksWith, ...).
    bool symmetric(std::string_view local_name) const;
    /// The local names of the core relations, sorted.
    std::vector<std::string> core_predicates() const;

private:
    struct Relation {
        bool literal_object = false;
        bool symmetric = false;
    };
    const Relation* find(std::string_view local_name) const;

    std::map<std::string, Relation, std::less<>> relations_;
};

}  // namespace trame
