// Events an article names only by a common noun, joined to the one event it names in full.
#pragma once

#include "document/document.h"

namespace trame {

/// Within one document, gives each event mention that is only a common noun, bare or with plain
/// adjectives ("des manifestations", "des manifestations hostiles", "cette grève", "un référendum
/// d'indépendance"), the canonical name of the one event of the document that the same noun names
/// with a qualifier ("des manifestations anti-Macron", "la grève des cheminots", "le référendum du
/// 4 juin"), so that both become one entity.
///
/// A mention is unqualified when its first word after the determiners is a noun and every word
/// after it is a lower-case adjective that no other mention covers (a demonym such as "françaises"
/// qualifies: "des manifestations françaises" stays apart) or a "de" and a lower-case noun without
/// determiner, which classifies as an adjective does ("un référendum d'indépendance"); any other
/// word (a complement with a determiner, a name, a date, a number) qualifies it. An unqualified mention joins only when the document names exactly
/// one qualified event of its noun (by lemma), and only when its adjectives are among those of
/// that event or that event has none ("l'élection présidentielle" does not join "l'élection
/// législative de 2020"): with two ("des manifestations anti-X", "des
/// manifestations pro-Y") it joins neither, and two qualified events always stay apart ("la
/// manifestation du 3 mars", "la manifestation du 10 avril"). Pronouns and resolved descriptions
/// are not taken as unqualified mentions, but every event mention that carries a joined canonical
/// name follows it (a description resolved to "des manifestations hostiles" too). The type, text
/// and name of a mention do not change, only its canonical name (and its subclass or Wikidata id
/// when it had none); a canonical name that a qualified event has is never changed.
void join_unnamed_events(Document& doc);

}  // namespace trame
