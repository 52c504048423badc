// Tests of the lttoolbox lookups of UD words (apertium-fra-cat, installed by scripts/setup.sh).
#include <catch2/catch.hpp>

#include <algorithm>

#include "analysis/morphology.h"

using namespace trame;

namespace {

const std::string kAutomorf = std::string(TRAME_APERTIUM_DIR) + "/fra-cat.automorf.bin";

bool has(const ud::MorphEntry& e, const std::string& lemma, const std::string& upos) {
    return std::any_of(e.candidates.begin(), e.candidates.end(), [&](const ud::MorphCandidate& c) {
        return c.lemma == lemma && (c.upos_mask & (1u << ud::upos_index(upos)));
    });
}

}  // namespace

TEST_CASE("morphology: UPOS of Apertium tags") {
    CHECK(ud::upos_tags().size() == 17);
    CHECK(ud::upos_index("NOUN") >= 0);
    CHECK(ud::upos_index("noun") == -1);
    CHECK(ud::upos_mask_of_apertium("n") == 1u << ud::upos_index("NOUN"));
    CHECK(ud::upos_mask_of_apertium("vbser") & (1u << ud::upos_index("AUX")));
    CHECK(ud::upos_mask_of_apertium("cm") & (1u << ud::upos_index("PUNCT")));
    CHECK(ud::upos_mask_of_apertium("nothing") == 0);
}

TEST_CASE("morphology: readings of words looked up one by one") {
    ud::Morphology m(kAutomorf);
    auto entries = m.lookup({"maisons", "avions", "Zorglubix", "parce", "que"});
    REQUIRE(entries.size() == 5);
    CHECK(has(*entries[0], "maison", "NOUN"));
    CHECK(has(*entries[1], "avion", "NOUN"));
    CHECK(has(*entries[1], "avoir", "AUX"));
    CHECK(entries[2]->candidates.empty());
    CHECK(entries[2]->upos_mask == 0);
    CHECK(entries[4]->upos_mask & (1u << ud::upos_index("SCONJ")));
    // Same form, same entry, whatever came before.
    auto again = m.lookup({"avions"});
    CHECK(again[0]->fine == entries[1]->fine);
    CHECK(entries[0]->coarse != entries[1]->coarse);
}

TEST_CASE("morphology: a missing transducer is an error") {
    CHECK_THROWS(ud::Morphology("/nonexistent/fra.automorf.bin"));
}
