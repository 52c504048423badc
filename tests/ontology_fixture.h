// The project's ontology and the word sets of its rule files, loaded once for the rule tests.
#pragma once

#include <algorithm>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "rules/ontology.h"
#include "rules/rule_lexicon.h"
#include "rules/rule_parser.h"

namespace trame::testing {

/// ontology/trame.ttl of the source tree, loaded on first use.
inline const Ontology& ontology() {
    static const Ontology loaded = Ontology::load(TRAME_SOURCE_DIR "/ontology/trame.ttl");
    return loaded;
}

/// The RuleLexicon the rule files of the source tree (ontology/rules) define, read on first use.
inline const RuleLexicon& rule_lexicon() {
    static const std::shared_ptr<const RuleLexicon> loaded = [] {
        std::vector<std::string> files;
        for (const auto& entry : std::filesystem::directory_iterator(TRAME_SOURCE_DIR "/ontology/rules"))
            if (entry.path().extension() == ".rules") files.push_back(entry.path().string());
        std::sort(files.begin(), files.end());
        RuleParser parser(ontology());
        for (const std::string& file : files) parser.parse_file(file);
        return parser.lexicon();
    }();
    return *loaded;
}

}  // namespace trame::testing
