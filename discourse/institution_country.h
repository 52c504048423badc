// The country of a state institution named without one ("le Sénat", "l'Assemblée nationale").
#pragma once

#include "discourse/discourse_lexicon.h"
#include "document/document.h"
#include "mentions/gazetteer.h"

namespace trame {

/// Qualifies with their country the mentions of a document whose name every state uses (the
/// lexicon's state institutions: "Sénat",
/// "Assemblée nationale", "Parlement", "Cour suprême", "ministère des Affaires étrangères",
/// "armée", "commission électorale", and the elections "élection présidentielle"…),
/// so that the Senates of two countries are never one entity: the canonical name takes the
/// country's adjective of nationality agreeing with the institution's first word ("Sénat
/// italien", "armée égyptienne", "élections législatives chiliennes"), or, for a country the
/// gazetteer gives none, its name ("Sénat de Cuba", "Sénat de l'Italie", "du Chili"). The country is the one named right after the institution ("le Sénat
/// italien", "le Parlement de Géorgie"), else the country the document names most often (the
/// first named on a tie); with no country in the document the name stays as it is. Runs once
/// every sentence has its mentions.
void qualify_institutions(Document& doc, const Gazetteer& gazetteer, const DiscourseLexicon& lexicon);

}  // namespace trame
