// An extraction rule, as compiled from a rule file.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "document/entity_type.h"
#include "document/fact.h"
#include "rules/pattern.h"

namespace trame {

/// What a rule emits for each match: `subject predicate object`, where subject and object name
/// captures and the predicate is a core local name, "open:LEMMA", or "open:" + a capture whose
/// lemma gives the relation. `modality` overrides the modality read off the verb when set;
/// `negated` marks facts the pattern itself denies ("l'interdiction pour X d'adhérer à Y");
/// a subject written "event:s" makes the phrase of capture s an Event entity.
struct Emit {
    std::string subject;
    std::string predicate;
    std::string object;
    std::optional<Modality> modality;
    bool negated = false;
    bool subject_event = false;              ///< "event:s": the subject capture names an event.
    bool object_from_capture_lemma = false;  ///< True for "open:CAPTURE": the predicate is that capture's lemma.
};

/// What a description rule says of each match: the phrase of capture `description` ("le
/// porte-parole du Kremlin") names whoever holds role `predicate` (spokespersonOf) towards the
/// entity of capture `object` (empty: towards anyone) in the same article.
struct Reference {
    std::string description;
    std::string predicate;
    std::string object;
};

/// What a name rule says of each match: the phrase of capture `capture` is the name of an entity
/// of type `type` ("le ministère russe des Affaires étrangères", "le sommet du G20"), and of the
/// finer class `subclass` under it when the rule names one ("GovernmentBody", "Meeting").
struct Naming {
    std::string capture;
    EntityType type = EntityType::Other;
    std::string subclass;
};

/// A rule: its identifier, where it was written, its example sentences (run by the tests) and the
/// facts it must give there, the patterns it matches (any of them), and the facts it emits, the
/// role descriptions it finds, or the names it recognizes.
/// A sentence a rule must read, and the fact it must give there: "SUBJECT | predicate | OBJECT"
/// (texts the fact must contain, then "negated" or "hypothetical" when it is).
struct RuleExample {
    std::string sentence;
    std::string expect;
};

struct Rule {
    std::string id;
    std::string file;
    int line = 0;
    std::vector<RuleExample> examples;  ///< One or more, each run by the tests.
    std::vector<Pattern> patterns;
    std::vector<Emit> emits;
    std::vector<Reference> references;
    std::vector<Naming> namings;
    double confidence = 0.6;
};

}  // namespace trame
