#include "pipeline/extractor.h"

#include <algorithm>
#include <iterator>
#include <unordered_set>

#include "reading/boilerplate.h"
#include "discourse/discourse.h"
#include "discourse/institution_country.h"
#include "mentions/unnamed_events.h"

namespace trame {

namespace {

/// The one name of a war the event phrase [first, last) of `sentence` names, or empty: a war
/// noun (of `war_nouns`), its adjectives, then "en", "au" or "aux" and a country or place ("l'offensive russe en
/// Ukraine", "le conflit en Ukraine" and "la guerre en Ukraine" are all "guerre en Ukraine").
std::string war_name(const Sentence& sentence, std::size_t first, std::size_t last,
                     const std::unordered_set<std::string>& war_nouns) {
    while (first < last && sentence.tokens[first].upos == "DET") ++first;
    if (first >= last || !war_nouns.count(sentence.tokens[first].lemma)) return "";
    std::size_t k = first + 1;
    while (k < last && sentence.tokens[k].upos == "ADJ") ++k;
    if (k + 1 >= last) return "";
    const std::string& preposition = sentence.tokens[k].form;
    if (preposition != "en" && preposition != "au" && preposition != "aux") return "";
    for (const Mention& m : sentence.mentions)
        if (m.first == k + 1 && m.last == last && (m.type == EntityType::Country || m.type == EntityType::Place))
            return "guerre " + preposition + " " + m.canonical;
    return "";
}

/// Makes the events that facts name ("l'offensive russe en Ukraine") mentions of their sentence,
/// so that they become Event entities like any other name.
void add_event_mentions(Sentence& sentence, std::vector<Fact>& facts, const std::unordered_set<std::string>& war_nouns) {
    for (Fact& fact : facts)
        for (Argument* argument : {&fact.subject, &fact.object}) {
            if (!argument->event) continue;
            Mention mention;
            for (std::size_t i = 0; i < sentence.tokens.size(); ++i) {
                if (sentence.tokens[i].begin == argument->begin) mention.first = i;
                if (sentence.tokens[i].end == argument->end) mention.last = i + 1;
            }
            mention.text = mention.name = mention.canonical = argument->text;
            if (const std::string war = war_name(sentence, mention.first, mention.last, war_nouns); !war.empty()) {
                mention.canonical = war;
                mention.subclass = "Conflict";
            }
            mention.type = EntityType::Event;
            argument->mention = static_cast<int>(sentence.mentions.size());
            sentence.mentions.push_back(std::move(mention));
        }
}

}  // namespace

Extractor::Extractor(const std::string& data_dir, bool use_recognizer, bool use_discourse)
    : reader_(Boilerplate::load(data_dir + "/boilerplate.tsv")),
      analyser_(data_dir),
      gazetteer_(Gazetteer::load(data_dir + "/gazetteer")),
      mention_finder_(gazetteer_),
      recognizer_(use_recognizer ? std::make_unique<const Recognizer>(Recognizer::load(data_dir + "/models/ner.model", &gazetteer_))
                                 : nullptr),
      discourse_lexicon_(DiscourseLexicon::load(data_dir + "/lexicons")),
      ontology_(Ontology::load(data_dir + "/trame.ttl")),
      rules_(RuleSet::load(data_dir + "/rules", ontology_)),
      use_discourse_(use_discourse) {}

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

std::vector<Fact> Extractor::extract_document(Document& doc, const Progress& on_progress) {
    enum Stage : std::size_t { kSegmenting, kAnalysis, kRecognizer, kMentions, kRules, kDiscourse };
    cpu_.restart();
    segmenter_.segment(doc);
    cpu_.lap(kSegmenting);
    analyse(doc, on_progress);
    cpu_.lap(kAnalysis);
    std::vector<std::vector<TypedSpan>> names(doc.sentences.size());
    if (recognizer_) {
        DocumentTokens tokens;
        for (const Sentence& sentence : doc.sentences) tokens.push_back(&sentence.tokens);
        names = recognizer_->recognise(tokens);
    }
    cpu_.lap(kRecognizer);
    std::vector<Fact> facts;
    Discourse discourse(discourse_lexicon_);
    std::unordered_set<std::string> seen;  // a repeated sentence (a title echoed as lead) says nothing new
    for (Sentence& sentence : doc.sentences) {
        mention_finder_.find(sentence, names[sentence.index]);
        cpu_.lap(kMentions);
        rules_.name(sentence);
        const std::vector<Description> descriptions = rules_.describe(sentence);
        cpu_.lap(kRules);
        std::vector<Fact> found = discourse.resolve(doc, sentence.index, descriptions);
        cpu_.lap(kDiscourse);
        if (!seen.insert(sentence.text).second) continue;
        std::vector<Fact> matched = rules_.apply(sentence);
        cpu_.lap(kRules);
        found.insert(found.end(), std::make_move_iterator(matched.begin()), std::make_move_iterator(matched.end()));
        discourse.learn(sentence, found);
        add_event_mentions(sentence, found, discourse_lexicon_.war_nouns);
        for (Fact& fact : found)
            for (Argument* argument : {&fact.subject, &fact.object}) argument->mention_sentence = sentence.index;
        facts.insert(facts.end(), std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()));
        cpu_.lap(kDiscourse);
    }
    qualify_institutions(doc, gazetteer_, discourse_lexicon_);
    join_unnamed_events(doc);
    discourse.finish(doc, facts);
    if (!use_discourse_)
        facts.erase(std::remove_if(facts.begin(), facts.end(), [](const Fact& f) { return !f.resolution.empty(); }),
                    facts.end());
    cpu_.lap(kDiscourse);
    return facts;
}

}  // namespace trame
