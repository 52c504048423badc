// The small knowledge graphs the tests of exports/ draw, and what they read of a drawing.
#pragma once

#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "exports/dot_writer.h"
#include "exports/graphml_writer.h"
#include "exports/knowledge_graph.h"
#include "tests/temp_dir.h"

namespace trame::testing {

// Five entities (ex:seul isolated), four facts between entities: st1 asserted with its sentence,
// st2 negated, st3 an open relation, st4 hypothetical; st5 has a literal object. Jean's label holds
// quotes, a backslash and U+0001; the summit's a line break; Acme's XML specials; the sentence U+0001.
const std::string kGraph = R"(@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
@prefix trame: <https://w3id.org/trame/ontology#> .
@prefix rel: <https://w3id.org/trame/relation/> .
@prefix wd: <http://www.wikidata.org/entity/> .
@prefix ex: <https://example.org/id/> .

ex:s1 a nif:Sentence ; nif:anchorOf "Jean dirige \u0001Acme."@fr .
ex:jean a trame:Person ; rdfs:label "Jean \"JJ\" Dupont\\Martin\u0001"@fr ; owl:sameAs wd:Q1 .
ex:acme a trame:Organization ; rdfs:label "Acme & Fils <SA>"@fr .
ex:france a trame:Country ; rdfs:label "France"@fr ; owl:sameAs wd:Q142 .
ex:sommet a trame:Event ; rdfs:label "Sommet\nde Riga"@fr .
ex:seul a trame:Person ; rdfs:label "Seul"@fr .
rel:bombarder rdfs:label "bombarder"@fr .

ex:st1 a rdf:Statement ; rdf:subject ex:jean ; rdf:predicate trame:leaderOf ; rdf:object ex:acme ;
    trame:negated false ; trame:modality "asserted" ; prov:wasDerivedFrom ex:s1 .
ex:st2 a rdf:Statement ; rdf:subject ex:acme ; rdf:predicate trame:locatedIn ; rdf:object ex:france ;
    trame:negated true ; trame:modality "asserted" .
ex:st3 a rdf:Statement ; rdf:subject ex:france ; rdf:predicate rel:bombarder ; rdf:object ex:acme ;
    trame:negated false ; trame:modality "asserted" .
ex:st4 a rdf:Statement ; rdf:subject ex:jean ; rdf:predicate trame:participatesIn ; rdf:object ex:sommet ;
    trame:negated false ; trame:modality "hypothetical" .
ex:st5 a rdf:Statement ; rdf:subject ex:jean ; rdf:predicate trame:says ; rdf:object "bonjour"@fr ;
    trame:negated false ; trame:modality "asserted" .
)";

inline KnowledgeGraph sample_graph() {
    TempDir dir("trame-export");
    return KnowledgeGraph::load(dir.write("kg.ttl", kGraph));
}

// Claire demands the same long phrase twice (one edge ×2) and meets Paul once.
const std::string kRepeated = R"(@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix trame: <https://w3id.org/trame/ontology#> .
@prefix ex: <https://example.org/id/> .

ex:claire a trame:Person ; rdfs:label "Claire Fontaine"@fr .
ex:paul a trame:Person ; rdfs:label "Paul Girard"@fr .
ex:f1 a rdf:Statement ; rdf:subject ex:claire ; rdf:predicate trame:demands ;
    rdf:object "une enquête indépendante\nsur les comptes de la \"société\" depuis 2019"@fr ;
    trame:negated false ; trame:modality "asserted" .
ex:f2 a rdf:Statement ; rdf:subject ex:claire ; rdf:predicate trame:demands ;
    rdf:object "une enquête indépendante\nsur les comptes de la \"société\" depuis 2019"@fr ;
    trame:negated false ; trame:modality "asserted" .
ex:f3 a rdf:Statement ; rdf:subject ex:claire ; rdf:predicate trame:meets ; rdf:object ex:paul ;
    trame:negated false ; trame:modality "asserted" .
)";

inline KnowledgeGraph repeated_graph() {
    TempDir dir("trame-export");
    return KnowledgeGraph::load(dir.write("kg.ttl", kRepeated));
}

inline std::string dot_of(const KnowledgeGraph& graph, const DotOptions& options = {}) {
    std::ostringstream out;
    write_dot(graph, out, options);
    return out.str();
}

inline std::string graphml_of(const KnowledgeGraph& graph) {
    std::ostringstream out;
    write_graphml(graph, out);
    return out.str();
}

/// The lines of `text` matching `pattern` from their start.
inline std::vector<std::string> lines_matching(const std::string& text, const std::string& pattern) {
    const std::regex re(pattern);
    std::vector<std::string> result;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        if (std::regex_search(line, re, std::regex_constants::match_continuous)) result.push_back(line);
    return result;
}

/// The one line of `text` containing `needle`, or "" when there is none or more than one.
inline std::string line_with(const std::string& text, const std::string& needle) {
    std::string found;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        if (line.find(needle) == std::string::npos) continue;
        if (!found.empty()) return "";
        found = line;
    }
    return found;
}

}  // namespace trame::testing
