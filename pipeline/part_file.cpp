#include "pipeline/part_file.h"

#include <stdexcept>

#include <nlohmann/json.hpp>

#include "pipeline/typed_json.h"

namespace trame {

namespace {

using nlohmann::json;

/// The plain fields of a sentence, a mention and a fact as (key, member) pairs: one list serves
/// writing (ToJson) and reading (FromJson) a part record.
template <typename S, typename Visit>
void sentence_fields(S& s, Visit visit) {
    visit("index", s.index), visit("begin", s.begin), visit("end", s.end), visit("text", s.text);
    visit("headline", s.headline);
}

template <typename M, typename Visit>
void mention_fields(M& m, Visit visit) {
    visit("first", m.first), visit("last", m.last), visit("text", m.text), visit("name", m.name);
    visit("canonical", m.canonical), visit("wikidata", m.wikidata), visit("title", m.title);
    visit("demonym", m.demonym), visit("pronoun", m.pronoun), visit("description", m.description);
    visit("resolution", m.resolution), visit("resolution_confidence", m.resolution_confidence);
}

template <typename F, typename Visit>
void fact_fields(F& f, Visit visit) {
    visit("predicate", f.predicate), visit("negated", f.negated), visit("confidence", f.confidence);
    visit("rule", f.rule), visit("sentence", f.sentence), visit("resolution", f.resolution);
}

/// Sets a key of a JSON object to a field.
struct ToJson {
    json& out;
    template <typename T>
    void operator()(const char* key, const T& value) const { out[key] = value; }
};

/// Reads a field from a key of a JSON object (which must hold it, with the field's type).
struct FromJson {
    const json& in;
    template <typename T>
    void operator()(const char* key, T& value) const { value = in.at(key).get<T>(); }
};

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
        for (const Mention& m : sentence.mentions) {
            json mention = {{"type", to_string(m.type)}, {"subclass", m.subclass}};
            mention_fields(m, ToJson{mention});
            mentions.push_back(std::move(mention));
        }
        json record = {{"mentions", std::move(mentions)}};
        sentence_fields(sentence, ToJson{record});
        sentences.push_back(std::move(record));
    }
    json fact_list = json::array();
    for (const Fact& f : facts) {
        json fact = {{"subject", argument_json(f.subject)}, {"object", argument_json(f.object)},
                     {"modality", to_string(f.modality)}};
        fact_fields(f, ToJson{fact});
        fact_list.push_back(std::move(fact));
    }
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
            sentence_fields(sentence, FromJson{s});
            if (sentence.index != doc.sentences.size()) throw std::runtime_error("sentences out of order");
            for (const json& m : s.at("mentions")) {
                Mention mention;
                mention_fields(mention, FromJson{m});
                read_type_and_subclass(m, mention.type, mention.subclass);
                sentence.mentions.push_back(std::move(mention));
            }
            doc.sentences.push_back(std::move(sentence));
        }
        for (const json& f : in.at("facts")) {
            Fact fact;
            fact.subject = argument_from(f.at("subject"));
            fact.object = argument_from(f.at("object"));
            fact_fields(fact, FromJson{f});
            const std::string modality = f.at("modality").get<std::string>();
            if (modality != "asserted" && modality != "hypothetical") throw std::runtime_error("unknown modality " + modality);
            fact.modality = modality == "asserted" ? Modality::Asserted : Modality::Hypothetical;
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
