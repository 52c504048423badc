#include "pipeline/extractor.h"

#include <algorithm>
#include <iterator>
#include <unordered_set>

#include "reading/boilerplate.h"
#include "discourse/pronoun_resolver.h"
#include "discourse/role_book.h"
#include "discourse/surname_resolver.h"

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

Extractor::Extractor(const std::string& data_dir, bool use_recognizer)
    : reader_(Boilerplate::load(data_dir + "/boilerplate.tsv")),
      analyser_(data_dir),
      gazetteer_(Gazetteer::load(data_dir + "/gazetteer")),
      mention_finder_(gazetteer_),
      recognizer_(use_recognizer ? std::make_unique<const Recognizer>(Recognizer::load(data_dir + "/models/ner.model", &gazetteer_))
                                 : nullptr),
      ontology_(Ontology::load(data_dir + "/trame.ttl")),
      rules_(RuleSet::load(data_dir + "/rules", ontology_)) {}

void Extractor::analyse(Document& doc, const Progress& on_progress) {
    const std::size_t total = doc.sentences.size();
    if (total <= kProgressChunk) {
        analyser_.analyse(doc);
    } else {
        Document chunk;  // the analyser reads the sentences only, so a chunk can borrow them
        for (std::size_t first = 0; first < total; first += kProgressChunk) {
            const std::size_t last = std::min(total, first + kProgressChunk);
            chunk.sentences.assign(std::make_move_iterator(doc.sentences.begin() + first),
                                   std::make_move_iterator(doc.sentences.begin() + last));
            analyser_.analyse(chunk);
            std::move(chunk.sentences.begin(), chunk.sentences.end(), doc.sentences.begin() + first);
            if (on_progress && last < total) on_progress(last, total);
        }
    }
    if (on_progress) on_progress(total, total);
}

std::vector<Fact> Extractor::process(Document& doc, const Progress& on_progress) {
    segmenter_.segment(doc);
    analyse(doc, on_progress);
    std::vector<std::vector<TypedSpan>> names(doc.sentences.size());
    if (recognizer_) {
        DocumentTokens tokens;
        for (const Sentence& sentence : doc.sentences) tokens.push_back(&sentence.tokens);
        names = recognizer_->recognise(tokens);
    }
    std::vector<Fact> facts;
    RoleBook roles;
    std::unordered_set<std::string> seen;  // a repeated sentence (a title echoed as lead) says nothing new
    for (Sentence& sentence : doc.sentences) {
        mention_finder_.find(sentence, names[sentence.index]);
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
