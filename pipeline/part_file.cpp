#include "pipeline/part_file.h"

#include <stdexcept>

#include <nlohmann/json.hpp>

namespace trame {

namespace {

using nlohmann::json;

json argument_json(const Argument& argument) {
    json out = {{"text", argument.text}, {"begin", argument.begin}, {"end", argument.end}, {"event", argument.event}};
    if (argument.is_entity()) {
        out["sentence"] = argument.mention_sentence;
        out["mention"] = argument.mention;
    }
    return out;
}

Argument argument_from(const json& in) {
    Argument argument;
    argument.text = in.at("text").get<std::string>();
    argument.begin = in.at("begin").get<std::size_t>();
    argument.end = in.at("end").get<std::size_t>();
    argument.event = in.at("event").get<bool>();
    if (in.contains("mention")) {
        argument.mention = in.at("mention").get<int>();
        argument.mention_sentence = in.at("sentence").get<std::size_t>();
    }
    return argument;
}

}  // namespace

std::string part_record(const Document& doc, const std::vector<Fact>& facts) {
    json sentences = json::array();
    std::size_t tokens = 0;
    for (const Sentence& sentence : doc.sentences) {
        tokens += sentence.tokens.size();
        json mentions = json::array();
        for (const Mention& m : sentence.mentions)
            mentions.push_back({{"first", m.first}, {"last", m.last}, {"text", m.text}, {"name", m.name},
                                {"canonical", m.canonical}, {"type", to_string(m.type)}, {"subclass", m.subclass}, {"wikidata", m.wikidata},
                                {"title", m.title}, {"demonym", m.demonym}, {"pronoun", m.pronoun},
                                {"description", m.description}, {"resolution", m.resolution},
                                {"resolution_confidence", m.resolution_confidence}});
        sentences.push_back({{"index", sentence.index}, {"begin", sentence.begin}, {"end", sentence.end},
                             {"text", sentence.text}, {"headline", sentence.headline}, {"mentions", std::move(mentions)}});
    }
    json fact_list = json::array();
    for (const Fact& f : facts)
        fact_list.push_back({{"subject", argument_json(f.subject)}, {"predicate", f.predicate},
                             {"object", argument_json(f.object)}, {"negated", f.negated},
                             {"modality", to_string(f.modality)}, {"confidence", f.confidence}, {"rule", f.rule},
                             {"sentence", f.sentence}, {"resolution", f.resolution}});
    json record = {{"id", doc.id}, {"name", doc.name}, {"text", doc.text}, {"sentences", std::move(sentences)},
                   {"facts", std::move(fact_list)}, {"tokens", tokens}};
    if (doc.date) record["date"] = *doc.date;
    if (doc.identifier) record["identifier"] = *doc.identifier;
    return record.dump() + '\n';
}

bool PartReader::next(PartRecord& record) {
    offset_ = static_cast<std::uint64_t>(in_.tellg());
    std::string line;
    if (!std::getline(in_, line)) {
        if (in_.bad()) throw std::runtime_error(path_ + ": cannot be read");
        return false;
    }
    ++line_;
    record = parse_part_record(line, path_ + ":" + std::to_string(line_));
    return true;
}

PartRecord parse_part_record(const std::string& line, const std::string& where) {
    PartRecord record;
    try {
        const json in = json::parse(line);
        Document& doc = record.doc;
        doc.id = in.at("id").get<std::string>();
        doc.name = in.at("name").get<std::string>();
        doc.text = in.at("text").get<std::string>();
        if (in.contains("date")) doc.date = in.at("date").get<std::string>();
        if (in.contains("identifier")) doc.identifier = in.at("identifier").get<std::string>();
        record.tokens = in.at("tokens").get<std::size_t>();
        for (const json& s : in.at("sentences")) {
            Sentence sentence;
            sentence.index = s.at("index").get<std::size_t>();
            sentence.begin = s.at("begin").get<std::size_t>();
            sentence.end = s.at("end").get<std::size_t>();
            sentence.text = s.at("text").get<std::string>();
            sentence.headline = s.at("headline").get<bool>();
            if (sentence.index != doc.sentences.size()) throw std::runtime_error("sentences out of order");
            for (const json& m : s.at("mentions")) {
                Mention mention;
                mention.first = m.at("first").get<std::size_t>();
                mention.last = m.at("last").get<std::size_t>();
                mention.text = m.at("text").get<std::string>();
                mention.name = m.at("name").get<std::string>();
                mention.canonical = m.at("canonical").get<std::string>();
                const auto type = entity_type_from_string(m.at("type").get<std::string>());
                if (!type) throw std::runtime_error("unknown entity type " + m.at("type").dump());
                mention.type = *type;
                mention.subclass = m.value("subclass", std::string());
                if (!mention.subclass.empty() && subclass_type(mention.subclass) != mention.type)
                    throw std::runtime_error("unknown subclass " + m.at("subclass").dump() + " of type " + m.at("type").dump());
                mention.wikidata = m.at("wikidata").get<std::string>();
                mention.title = m.at("title").get<std::string>();
                mention.demonym = m.at("demonym").get<bool>();
                mention.pronoun = m.at("pronoun").get<bool>();
                mention.description = m.at("description").get<bool>();
                mention.resolution = m.at("resolution").get<std::string>();
                mention.resolution_confidence = m.at("resolution_confidence").get<double>();
                sentence.mentions.push_back(std::move(mention));
            }
            doc.sentences.push_back(std::move(sentence));
        }
        for (const json& f : in.at("facts")) {
            Fact fact;
            fact.subject = argument_from(f.at("subject"));
            fact.object = argument_from(f.at("object"));
            fact.predicate = f.at("predicate").get<std::string>();
            fact.negated = f.at("negated").get<bool>();
            const std::string modality = f.at("modality").get<std::string>();
            if (modality != "asserted" && modality != "hypothetical") throw std::runtime_error("unknown modality " + modality);
            fact.modality = modality == "asserted" ? Modality::Asserted : Modality::Hypothetical;
            fact.confidence = f.at("confidence").get<double>();
            fact.rule = f.at("rule").get<std::string>();
            fact.sentence = f.at("sentence").get<std::size_t>();
            fact.resolution = f.at("resolution").get<std::string>();
            for (const Argument* argument : {&fact.subject, &fact.object})
                if (argument->is_entity() && (argument->mention_sentence >= doc.sentences.size() ||
                                              static_cast<std::size_t>(argument->mention) >=
                                                  doc.sentences[argument->mention_sentence].mentions.size()))
                    throw std::runtime_error("a fact names a mention the document lacks");
            if (fact.sentence >= doc.sentences.size()) throw std::runtime_error("a fact names a sentence the document lacks");
            record.facts.push_back(std::move(fact));
        }
    } catch (const std::exception& error) {
        throw std::runtime_error(where + ": not a part record (" + error.what() + ")");
    }
    return record;
}

}  // namespace trame
