// Namespaces and IRIs of the trame output.
#pragma once

#include <string>
#include <string_view>
#include <utility>

namespace trame::vocab {

/// Default base for minted IRIs (entities, documents, sentences, statements); --base changes it.
inline constexpr const char* kDefaultBase = "https://w3id.org/trame/id/";

/// The namespaces of the output, in the order the writers declare their prefixes: the C++ constant,
/// the prefix and the IRI. trame: is the ontology (classes, core predicates, statement properties);
/// rel: the open relations, one property per French lemma, sub-property of trame:relatedTo.
#define TRAME_NAMESPACES(X)                                                          \
    X(kRdf, "rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#")                    \
    X(kRdfs, "rdfs", "http://www.w3.org/2000/01/rdf-schema#")                        \
    X(kXsd, "xsd", "http://www.w3.org/2001/XMLSchema#")                              \
    X(kOwl, "owl", "http://www.w3.org/2002/07/owl#")                                 \
    X(kSkos, "skos", "http://www.w3.org/2004/02/skos/core#")                         \
    X(kProv, "prov", "http://www.w3.org/ns/prov#")                                   \
    X(kDcterms, "dcterms", "http://purl.org/dc/terms/")                              \
    X(kNif, "nif", "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#") \
    X(kOntology, "trame", "https://w3id.org/trame/ontology#")                        \
    X(kRelation, "rel", "https://w3id.org/trame/relation/")                          \
    X(kWikidata, "wd", "http://www.wikidata.org/entity/")

#define TRAME_NAMESPACE_CONSTANT(name, prefix, iri) inline constexpr const char* name = iri;
TRAME_NAMESPACES(TRAME_NAMESPACE_CONSTANT)
#undef TRAME_NAMESPACE_CONSTANT

/// Every namespace as (prefix, IRI), in the order above.
#define TRAME_NAMESPACE_PAIR(name, prefix, iri) std::pair<const char*, const char*>{prefix, iri},
inline constexpr std::pair<const char*, const char*> kPrefixes[] = {TRAME_NAMESPACES(TRAME_NAMESPACE_PAIR)};
#undef TRAME_NAMESPACE_PAIR

/// The IRI of `local` in the namespace `ns`: term(kRdf, "type") is rdf:type.
inline std::string term(const char* ns, std::string_view local) {
    std::string iri = ns;
    iri += local;
    return iri;
}

}  // namespace trame::vocab
