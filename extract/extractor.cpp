#include "extract/extractor.h"

#include <iterator>
#include <unordered_set>

#include "extract/boilerplate.h"
#include "extract/pronoun_resolver.h"
#include "extract/role_book.h"
#include "extract/surname_resolver.h"

namespace trame {

namespace {

/// Makes the events that facts name ("l'offensive russe en Ukraine") mentions of their sentence,
/// so that they become Event entities like any other name.
void add_event_mentions(Sentence& sentence, std::vector<Fact>& facts) {
    for (Fact& fact : facts)
        for (Argument* argument : {&fact.subject, &fact.object}) {
            if (!argument->event) continue;
            Mention mention;
            for (std::size_t i = 0; i < sentence.tokens.size(); ++i) {
                if (sentence.tokens[i].begin == argument->begin) mention.first = i;
                if (sentence.tokens[i].end == argument->end) mention.last = i + 1;
            }
            mention.text = mention.name = mention.canonical = argument->text;
            mention.type = EntityType::Event;
            argument->mention = static_cast<int>(sentence.mentions.size());
            sentence.mentions.push_back(std::move(mention));
        }
}

}  // namespace

Extractor::Extractor(const std::string& data_dir)
    : reader_(Boilerplate::load(data_dir + "/boilerplate.tsv")),
      parser_(data_dir, TRAME_APERTIUM_DIR "/fra-cat.automorf.bin"),
      gazetteer_(Gazetteer::load(data_dir + "/gazetteer")),
      mention_finder_(gazetteer_),
      ontology_(Ontology::load(data_dir + "/trame.ttl")),
      rules_(RuleSet::load(data_dir + "/rules", ontology_)) {}

std::vector<Fact> Extractor::process(Document& doc) {
    segmenter_.segment(doc);
    analyser_.analyse(doc);
    for (Sentence& sentence : doc.sentences) parser_.parse(sentence);
    std::vector<Fact> facts;
    RoleBook roles;
    std::unordered_set<std::string> seen;  // a repeated sentence (a title echoed as lead) says nothing new
    for (Sentence& sentence : doc.sentences) {
        mention_finder_.find(sentence);
        rules_.name(sentence);
        resolve_surnames(doc, sentence.index);
        resolve_pronouns(doc, sentence.index);
        std::vector<Fact> found = roles.resolve(sentence, rules_.describe(sentence));
        if (!seen.insert(sentence.text).second) continue;
        std::vector<Fact> matched = rules_.apply(sentence);
        found.insert(found.end(), std::make_move_iterator(matched.begin()), std::make_move_iterator(matched.end()));
        roles.learn(sentence, found);
        add_event_mentions(sentence, found);
        facts.insert(facts.end(), std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()));
    }
    return facts;
}

}  // namespace trame
