// libFuzzer target: the rule-file parser (blocks, sets, macros, patterns, namings, emits,
// examples), with the project's ontology loaded once to check predicates.
//
// Any text must either compile or be refused with a RuleError (file:line:column: message); any
// other exception, a crash or a sanitizer report is a finding.
#include <cstddef>
#include <cstdint>
#include <string>

#include "rules/ontology.h"
#include "rules/rule_error.h"
#include "rules/rule_parser.h"

namespace {

const trame::Ontology& ontology() {
    static const trame::Ontology instance = trame::Ontology::load(TRAME_DATA_DIR "/trame.ttl");
    return instance;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
    trame::RuleParser parser(ontology());
    try {
        parser.parse_text("fuzz.rules", std::string(reinterpret_cast<const char*>(data), size));
    } catch (const trame::RuleError&) {
    }
    return 0;
}
