// The project's ontology, loaded once for the rule tests.
#pragma once

#include "rules/ontology.h"

namespace trame::testing {

/// ontology/trame.ttl of the source tree, loaded on first use.
inline const Ontology& ontology() {
    static const Ontology loaded = Ontology::load(TRAME_SOURCE_DIR "/ontology/trame.ttl");
    return loaded;
}

}  // namespace trame::testing
