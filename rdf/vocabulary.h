// Namespaces and IRIs of the trame output.
#pragma once

namespace trame::vocab {

/// The trame ontology namespace (classes, core predicates, statement properties).
inline constexpr const char* kOntology = "https://w3id.org/trame/ontology#";
/// Namespace of open relations: one property per French lemma, sub-property of trame:relatedTo.
inline constexpr const char* kRelation = "https://w3id.org/trame/relation/";
/// Default base for minted IRIs (entities, documents, sentences, statements); --base changes it.
inline constexpr const char* kDefaultBase = "https://w3id.org/trame/id/";

inline constexpr const char* kRdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
inline constexpr const char* kRdfs = "http://www.w3.org/2000/01/rdf-schema#";
inline constexpr const char* kXsd = "http://www.w3.org/2001/XMLSchema#";
inline constexpr const char* kOwl = "http://www.w3.org/2002/07/owl#";
inline constexpr const char* kSkos = "http://www.w3.org/2004/02/skos/core#";
inline constexpr const char* kProv = "http://www.w3.org/ns/prov#";
inline constexpr const char* kDcterms = "http://purl.org/dc/terms/";
inline constexpr const char* kNif = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
inline constexpr const char* kWikidata = "http://www.wikidata.org/entity/";

}  // namespace trame::vocab
