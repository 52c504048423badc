// A mention of a named entity in a sentence.
#pragma once

#include <cstddef>
#include <string>

#include "document/entity_type.h"

namespace trame {

/// A stretch of tokens that names an entity: "Vladimir Poutine", "M. Peskov", "l'OTAN", or a
/// demonym standing for its country ("russe" in "le président russe"). The span is a half-open
/// token range of its sentence.
struct Mention {
    std::size_t first = 0;      ///< First token of the mention in its sentence.
    std::size_t last = 0;       ///< One past the last token.
    std::string text;           ///< Surface text, as in the document ("M. Peskov", "OTAN").
    std::string name;           ///< The name without title or article ("Peskov", "OTAN").
    std::string canonical;      ///< Canonical label when the gazetteer knows it ("Russie" for "russe"), else `name`.
    EntityType type = EntityType::Other;
    std::string wikidata;       ///< Wikidata id ("Q159") when the gazetteer gives one, else empty.
    std::string title;          ///< Title or honorific before the name ("M.", "Mme"), else empty.
    bool demonym = false;       ///< True when the mention is an adjective of nationality ("russe").
    bool pronoun = false;       ///< True for a pronoun ("il", "-t-il", "lui") resolved to an earlier person.
    bool description = false;   ///< True for a role description ("le porte-parole du Kremlin") resolved to its holder.
    std::string resolution;     ///< The discourse resolution that made this mention stand for an earlier entity
                                ///< ("pronoun", "plural-pronoun", "title", "demonstrative", "definite", "quote-speaker"), else empty.
    double resolution_confidence = 1.0;  ///< How sure that resolution is, in [0, 1].
    std::string subclass;       ///< A finer ontology class under `type` the gazetteer or a name rule gives ("City"), else empty.
};

}  // namespace trame
