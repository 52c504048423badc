#include "pipeline/scale_out.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <set>
#include <stdexcept>
#include <tuple>
#include <unordered_map>

#include <nlohmann/json.hpp>

#include "document/input_error.h"
#include "graph/graph_reconciler.h"
#include "output/atomic_file.h"
#include "output/rdf_writer.h"
#include "pipeline/extractor.h"
#include "pipeline/graph_builder.h"
#include "pipeline/part_file.h"
#include "pipeline/typed_json.h"
#include "rdf/rdf_terms.h"
#include "reading/content_hash.h"

namespace trame {

namespace {

using nlohmann::json;

bool is_record_stream(const std::string& input) {
    return input == "-" || (input.size() > 6 && input.compare(input.size() - 6, 6, ".jsonl") == 0);
}

/// Opens `path` for reading ("-": standard input), or throws naming it.
std::istream& open_input(const std::string& path, std::ifstream& file) {
    if (path == "-") return std::cin;
    file.open(path, std::ios::binary);
    if (!file) throw std::runtime_error(path + ": cannot be opened");
    return file;
}

/// The string member `key` of a record, if present; throws when it is there but not a string.
std::optional<std::string> string_member(const json& record, const char* key) {
    const auto it = record.find(key);
    if (it == record.end() || it->is_null()) return std::nullopt;
    if (!it->is_string()) throw std::runtime_error(std::string("\"") + key + "\" is not a string");
    return it->get<std::string>();
}

/// Processes the JSON Lines records of `path`, counting what it does in `totals`.
/// Writes `text` to `file`.
void put(AtomicFile& file, const std::string& text) {
    if (std::fwrite(text.data(), 1, text.size(), file.stream()) != text.size())
        throw std::runtime_error(file.path() + ": cannot be written");
}

void map_records(const std::string& path, Extractor& extractor, Observer& observer, AtomicFile& out, RunTotals& totals,
                 std::set<std::string>& ids) {
    std::ifstream file;
    std::istream& in = open_input(path, file);
    const std::string name = path == "-" ? "standard input" : path;
    std::string line;
    for (std::size_t number = 1; std::getline(in, line); ++number) {
        if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
        const std::string where = name + ":" + std::to_string(number);
        Document doc;
        try {
            const json record = json::parse(line);
            if (!record.is_object()) throw std::runtime_error("not a JSON object");
            const auto text = string_member(record, "text");
            if (!text) throw std::runtime_error("no \"text\"");
            const auto id = string_member(record, "id");
            const auto url = string_member(record, "url");
            const auto date = string_member(record, "date");
            if (id && slug(*id).empty()) throw std::runtime_error("\"id\" has no letter or digit");
            doc = extractor.reader().parse(url ? *url : id ? *id : where, *text);
            const std::string hash = content_hash(doc.text);
            if (!url && !id) doc.name = "sha256:" + hash;
            doc.id = id ? slug(*id) : "sha256-" + hash;
            doc.identifier = id;
            if (date) doc.date = *date;
            if (!ids.insert(doc.id).second)
                throw std::runtime_error(id ? "id " + doc.id + " given twice" : "same text as an earlier record");
        } catch (const std::exception& error) {  // InputError, a JSON error, a missing member
            observer.message(where + ": skipped (" + error.what() + ")");
            ++totals.failed;
            continue;
        }
        std::vector<Fact> facts = extractor.extract_document(doc, nullptr);
        ++totals.documents;
        totals.sentences += doc.sentences.size();
        totals.facts += facts.size();
        put(out, part_record(doc, facts));
    }
    if (in.bad()) throw std::runtime_error(name + ": cannot be read");
}

/// Where reconcile finds a document again: its id, its part and the byte offset and line of its record.
struct DocumentPlace {
    std::string id;
    std::uint32_t part = 0;
    std::uint64_t offset = 0;
    std::size_t line = 0;
};

Entity entity_from(const json& in) {
    Entity entity;
    entity.id = in.at("id").get<std::string>();
    entity.label = in.at("label").get<std::string>();
    for (const json& alt : in.at("alt_labels")) entity.alt_labels.insert(alt.get<std::string>());
    read_type_and_subclass(in, entity.type, entity.subclass);
    entity.wikidata = in.at("wikidata").get<std::string>();
    if (in.contains("retired"))
        for (const json& id : in.at("retired")) entity.retired.insert(id.get<std::string>());
    return entity;
}

}  // namespace

RunTotals map_documents(const MapJob& job, Observer& observer) {
    Extractor extractor(job.data_dir, job.use_recognizer);
    AtomicFile out(job.output);
    RunTotals totals;
    Inputs files;
    std::set<std::string> ids;  // document ids of this part: each once
    for (const std::string& input : job.inputs)
        if (!is_record_stream(input)) files.paths.push_back(input);
    if (!files.paths.empty()) {
        InputLoop loop(extractor.reader(), observer, files);
        totals = loop.run(nullptr, [&](Document& doc, const InputLoop::Progress& progress) { return extractor.extract_document(doc, progress); },
                          [&](Document& doc, std::vector<Fact>& facts) {
                              ids.insert(doc.id);
                              put(out, part_record(doc, facts));
                          });
    }
    for (const std::string& input : job.inputs)
        if (is_record_stream(input)) map_records(input, extractor, observer, out, totals, ids);
    out.commit();
    return totals;
}

std::size_t reconcile_parts(const ReconcileJob& job, Observer& observer) {
    GraphReconciler registry;
    std::unordered_map<std::string, std::size_t> minted;  // registry id -> its line order (oldest first)
    if (job.registry) {
        std::ifstream file(*job.registry);
        if (!file) throw std::runtime_error(*job.registry + ": cannot be opened");
        std::string line;
        for (std::size_t number = 1; std::getline(file, line); ++number) {
            if (line.empty()) continue;
            try {
                const Entity entity = entity_from(json::parse(line));
                registry.add_known(entity);
                minted.emplace(entity.id, minted.size());
            } catch (const std::exception& error) {
                throw std::runtime_error(*job.registry + ":" + std::to_string(number) + ": not a registry entry (" + error.what() + ")");
            }
        }
    }

    // Two passes over the parts. The first keeps only where each document is; the documents are
    // then sorted by id, and the second reads them again in that order, one at a time, into
    // the registry: only the registry's mentions and this index stay in memory.
    std::vector<DocumentPlace> documents;
    std::size_t mentions = 0;
    for (std::size_t p = 0; p < job.parts.size(); ++p) {
        if (job.parts[p] == "-") throw std::runtime_error("reconcile reads each part twice: give files, not -");
        std::ifstream file;
        std::istream& in = open_input(job.parts[p], file);
        PartReader reader(in, job.parts[p]);
        for (PartRecord record; reader.next(record);) {
            for (const Sentence& sentence : record.doc.sentences) mentions += sentence.mentions.size();
            documents.push_back({std::move(record.doc.id), static_cast<std::uint32_t>(p), reader.offset(), reader.line()});
        }
    }
    registry.reserve(mentions);
    std::sort(documents.begin(), documents.end(), [](const DocumentPlace& a, const DocumentPlace& b) {
        return std::tie(a.id, a.part, a.offset) < std::tie(b.id, b.part, b.offset);
    });
    for (std::size_t i = 1; i < documents.size(); ++i)
        if (documents[i].id == documents[i - 1].id)
            throw std::runtime_error("document " + documents[i].id + " is in " + job.parts[documents[i - 1].part] + " and in " +
                                     job.parts[documents[i].part] + " (give each document once, with distinct ids)");

    std::vector<std::unique_ptr<std::ifstream>> files(job.parts.size());
    // The mentions of a document are registered one after the other, sentence by sentence:
    // its first handle is all the table needs of them (a vertex knows its sentence).
    std::vector<std::size_t> first_handle(documents.size() + 1);
    std::string line;
    for (std::size_t i = 0; i < documents.size(); ++i) {
        const DocumentPlace& place = documents[i];
        auto& file = files[place.part];
        if (!file) file = std::make_unique<std::ifstream>(job.parts[place.part], std::ios::binary);
        file->clear();
        file->seekg(static_cast<std::streamoff>(place.offset));
        if (!*file || !std::getline(*file, line)) throw std::runtime_error(job.parts[place.part] + ": cannot be read again");
        const PartRecord record = parse_part_record(line, job.parts[place.part] + ":" + std::to_string(place.line));
        first_handle[i] = registry.graph().size();
        const auto handles = register_mentions(registry, record.doc);
        relate_arguments(registry, handles, record.facts);
    }
    first_handle[documents.size()] = registry.graph().size();
    files.clear();
    registry.reconcile();
    const std::vector<Entity> entities = registry.entities();

    AtomicFile table(job.table_output);
    const MentionGraph& graph = registry.graph();
    for (std::size_t i = 0; i < documents.size(); ++i)
        for (std::size_t v = first_handle[i], m = 0; v < first_handle[i + 1]; ++v) {
            m = v > first_handle[i] && graph[v].sentence == graph[v - 1].sentence ? m + 1 : 0;
            put(table, documents[i].id + '\t' + std::to_string(graph[v].sentence) + '\t' + std::to_string(m) + '\t' +
                           registry.entity_of(v) + '\n');
        }
    RdfWriter writer(job.entities_output, job.format, job.base);
    writer.write_entities(entities);
    std::unique_ptr<AtomicFile> updated;
    if (job.registry_output) {
        updated = std::make_unique<AtomicFile>(*job.registry_output);
        // Known entities keep their line order, new ones follow by id: the order of lines is the
        // order of minting, which decides the id a merge keeps (the oldest).
        std::vector<const Entity*> order;
        for (const Entity& entity : entities) order.push_back(&entity);
        const auto rank = [&](const Entity* e) {
            const auto found = minted.find(e->id);
            return found == minted.end() ? minted.size() : found->second;
        };
        std::stable_sort(order.begin(), order.end(), [&](const Entity* a, const Entity* b) { return rank(a) < rank(b); });
        for (const Entity* entity : order) {
            json line{{"id", entity->id}, {"label", entity->label}, {"alt_labels", entity->alt_labels},
                      {"type", to_string(entity->type)}, {"subclass", entity->subclass}, {"wikidata", entity->wikidata}};
            if (!entity->retired.empty()) line["retired"] = entity->retired;
            put(*updated, line.dump() + '\n');
        }
    }
    table.commit();
    writer.finish();
    if (updated) updated->commit();
    observer.verbose(count(documents.size(), "document") + ", " + count(registry.graph().size(), "mention") + ", " +
                     count(entities.size(), "entity", "entities"));
    return entities.size();
}

std::size_t finalize_part(const FinalizeJob& job) {
    std::vector<PartRecord> records;
    {
        std::ifstream file;
        std::istream& in = open_input(job.part, file);
        PartReader reader(in, job.part);
        for (PartRecord record; reader.next(record);) records.push_back(std::move(record));
    }
    std::unordered_map<std::string, std::size_t> index;
    for (std::size_t i = 0; i < records.size(); ++i) index.emplace(records[i].doc.id, i);
    // entity of (document, sentence, mention), for this part's documents only
    std::vector<std::map<std::pair<std::size_t, std::size_t>, std::string>> entity_of(records.size());
    {
        std::ifstream table(job.table);
        if (!table) throw std::runtime_error(job.table + ": cannot be opened");
        std::string line;
        for (std::size_t number = 1; std::getline(table, line); ++number) {
            const std::size_t a = line.find('\t'), b = line.find('\t', a + 1), c = line.find('\t', b + 1);
            if (a == std::string::npos || b == std::string::npos || c == std::string::npos || c + 1 >= line.size())
                throw std::runtime_error(job.table + ":" + std::to_string(number) + ": not a table line (DOCUMENT SENTENCE MENTION ENTITY)");
            const auto found = index.find(line.substr(0, a));
            if (found == index.end()) continue;
            try {
                entity_of[found->second][{std::stoul(line.substr(a + 1, b - a - 1)), std::stoul(line.substr(b + 1, c - b - 1))}] = line.substr(c + 1);
            } catch (const std::logic_error&) {
                throw std::runtime_error(job.table + ":" + std::to_string(number) + ": not a table line (DOCUMENT SENTENCE MENTION ENTITY)");
            }
        }
        if (table.bad()) throw std::runtime_error(job.table + ": cannot be read");
    }
    RdfWriter writer(job.output, job.format, job.base);
    for (std::size_t i = 0; i < records.size(); ++i) {
        const auto& table = entity_of[i];
        writer.write_document(records[i].doc, records[i].facts, [&](const Argument& argument) {
            const auto found = table.find({argument.mention_sentence, static_cast<std::size_t>(argument.mention)});
            if (found == table.end())
                throw std::runtime_error(job.table + ": no entity for mention " + std::to_string(argument.mention) + " of sentence " +
                                         std::to_string(argument.mention_sentence) + " of document " + records[i].doc.id +
                                         " (" + job.part + "): was the part reconciled?");
            return found->second;
        });
    }
    writer.finish();
    return writer.triples();
}

}  // namespace trame
