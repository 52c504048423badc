#include "output/rdf_writer.h"

#include "reading/content_hash.h"
#include "rdf/jsonld_reader.h"
#include "rdf/serd_reader.h"
#include "rdf/serd_syntax.h"

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <optional>
#include <regex>
#include <stdexcept>
#include <string_view>
#include <tuple>

namespace trame {

namespace {

const std::string kFrench = "fr";

RdfTerm iri(std::string value) { return RdfTerm::iri(std::move(value)); }
RdfTerm type_predicate() { return iri(vocab::term(vocab::kRdf, "type")); }


bool has_graphs(RdfFormat format) {
    return format == RdfFormat::TriG || format == RdfFormat::NQuads || format == RdfFormat::JsonLd;
}

SerdStyle style_of(RdfFormat format) {
    if (format == RdfFormat::Turtle || format == RdfFormat::TriG)
        return SerdStyle(SERD_STYLE_ABBREVIATED | SERD_STYLE_CURIED);
    return SERD_STYLE_ASCII;
}

/// A Serd node viewing `term` (valid while `term` lives).
SerdNode node_of(const RdfTerm& term) {
    const SerdType type = term.kind == RdfTerm::Kind::Iri ? SERD_URI : SERD_LITERAL;
    return serd_node_from_substring(type, reinterpret_cast<const uint8_t*>(term.value.data()), term.value.size());
}

SerdNode node_of(std::string_view text, SerdType type) {
    return serd_node_from_substring(type, reinterpret_cast<const uint8_t*>(text.data()), text.size());
}

/// `value` clamped to [0, 1] (NaN gives 0) as an xsd:decimal with two decimals, whatever the locale.
RdfTerm confidence(double value) {
    const double clamped = value > 0 ? (value < 1 ? value : 1) : 0;
    const long hundredths = std::lround(clamped * 100);
    const std::string cents = std::to_string(hundredths % 100);
    return RdfTerm::typed(std::to_string(hundredths / 100) + "." + (cents.size() < 2 ? "0" : "") + cents,
                          vocab::term(vocab::kXsd, "decimal"));
}

RdfTerm non_negative_integer(std::size_t n) { return RdfTerm::typed(std::to_string(n), vocab::term(vocab::kXsd, "nonNegativeInteger")); }

/// An ISO 8601 date as an xsd:gYear, gYearMonth, date or dateTime literal, picked from its shape;
/// a plain literal when it has none of these shapes.
RdfTerm date_literal(const std::string& date) {
    static const std::string year = "[0-9]{4}", month = "-(0[1-9]|1[0-2])", day = "-(0[1-9]|[12][0-9]|3[01])";
    static const std::regex g_year(year), g_year_month(year + month), xsd_date(year + month + day),
        date_time(year + month + day + "T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})?");
    for (const auto& [pattern, type] : {std::pair{&g_year, "gYear"}, std::pair{&g_year_month, "gYearMonth"},
                                        std::pair{&xsd_date, "date"}, std::pair{&date_time, "dateTime"}})
        if (std::regex_match(date, *pattern)) return RdfTerm::typed(date, vocab::term(vocab::kXsd, type));
    return RdfTerm::literal(date);
}

std::string file_name(const std::string& path) {
    const std::size_t slash = path.rfind('/');
    return slash == std::string::npos || slash + 1 == path.size() ? path : path.substr(slash + 1);
}

bool valid_wikidata_id(const std::string& id) {
    static const std::regex pattern("Q[1-9][0-9]*");
    return std::regex_match(id, pattern);
}

/// What identifies a statement for deduplication: its graph, subject, predicate and object
/// (kind, text, datatype, language), separated by a byte no IRI or literal holds.
std::string statement_key(const SerdNode* graph, const SerdNode& subject, const SerdNode& predicate,
                          const SerdNode& object, const SerdNode* datatype, const SerdNode* language) {
    std::string key;
    for (const std::string_view part : {serd_text(graph), serd_text(&subject), serd_text(&predicate), serd_text(&object),
                                        serd_text(datatype), serd_text(language)}) {
        key += part;
        key += '\0';
    }
    key += static_cast<char>('0' + object.type);
    return key;
}


}  // namespace

/// One RDF file read (SerdFileReader) into a writer: each statement's terms are made absolute,
/// checked like the writer's own, and written with the reader's flags (so anonymous nodes and
/// lists keep their shape in Turtle). Probe only looks for an already-written owl:Ontology
/// declaration.
struct RdfWriter::Reading {
    enum class Mode { Probe, Ontology, Copy };

    Reading(RdfWriter& into, const std::string& file, Mode how) : writer(into), reader(file), mode(how) {}

    RdfWriter& writer;
    SerdFileReader reader;
    Mode mode;
    bool already = false;  ///< Probe: the owl:Ontology declaration was already written.

    /// A node read, checked and ready for Serd (the SerdNode views `term`).
    struct Node {
        RdfTerm term;
        bool blank = false;
        SerdNode node() const { return blank ? node_of(term.value, SERD_BLANK) : node_of(term); }
    };

    Node read(const SerdNode* node, const SerdNode* datatype = nullptr, const SerdNode* language = nullptr) const {
        switch (node->type) {
            case SERD_URI:
            case SERD_CURIE: return {RdfTerm::iri(reader.expand(node))};
            case SERD_BLANK: return {RdfTerm{RdfTerm::Kind::Iri, std::string(serd_text(node)), "", ""}, true};
            case SERD_LITERAL:
                if (datatype) return {RdfTerm::typed(serd_text(node), reader.expand(datatype))};
                return {RdfTerm::literal(serd_text(node), std::string(serd_text(language)))};
            default: throw std::invalid_argument("unexpected node \"" + std::string(serd_text(node)) + "\"");
        }
    }

    void statement(const SerdStatement& st) {
        const Node subject = read(st.subject), predicate = read(st.predicate), object = read(st.object, st.datatype, st.language);
        const SerdNode subject_node = subject.node(), predicate_node = predicate.node(), object_node = object.node();
        const SerdNode datatype = node_of(object.term.datatype, SERD_URI);
        const SerdNode language = node_of(object.term.language, SERD_LITERAL);
        const SerdNode* datatype_node = object.term.datatype.empty() ? nullptr : &datatype;
        const SerdNode* language_node = object.term.language.empty() ? nullptr : &language;
        if (mode == Mode::Probe) {
            if (!subject.blank && predicate.term.value == vocab::term(vocab::kRdf, "type") && object.term.value == vocab::term(vocab::kOwl, "Ontology") &&
                writer.written_.count(statement_key(nullptr, subject_node, predicate_node, object_node, nullptr, nullptr)))
                already = true;
            return;
        }
        std::optional<Node> graph;
        if (mode == Mode::Copy && st.graph && has_graphs(writer.format_)) graph = read(st.graph);
        std::optional<SerdNode> graph_serd;
        if (graph) graph_serd = graph->node();
        writer.write_statement(st.flags, graph_serd ? &*graph_serd : nullptr, subject_node, predicate_node, object_node,
                               datatype_node, language_node);
    }

    void end(const SerdNode* node) {
        if (mode == Mode::Probe || !writer.writer_) return;  // JSON-LD: blank nodes keep their labels
        const SerdStatus status = serd_writer_end_anon(writer.writer_.get(), node);
        if (status != SERD_SUCCESS) throw std::runtime_error(reinterpret_cast<const char*>(serd_strerror(status)));
    }
};

void RdfWriter::read_into(Reading& reading) {
    if (finished_) throw std::logic_error("RdfWriter: write after finish() for " + file_.path());
    reading.reader.read([&](const SerdStatement& st) { reading.statement(st); },
                        [&](const SerdNode* node) { reading.end(node); },
                        reading.mode == Reading::Mode::Ontology ? "onto" : "");
}

bool RdfWriter::write_ontology(const std::string& path) {
    graph_.clear();
    Reading probe(*this, path, Reading::Mode::Probe);
    read_into(probe);
    if (probe.already) return false;
    Reading reading(*this, path, Reading::Mode::Ontology);
    read_into(reading);
    return true;
}

void RdfWriter::copy_graph(const std::string& path) {
    graph_.clear();
    if (is_jsonld_file(path)) {
        copy_jsonld(path);
        return;
    }
    Reading reading(*this, path, Reading::Mode::Copy);
    read_into(reading);
}

void RdfWriter::copy_jsonld(const std::string& path) {
    if (finished_) throw std::logic_error("RdfWriter: write after finish() for " + file_.path());
    // A checked term and, for a blank node, a label of ours ("jsonld1"...): JSON-LD allows labels
    // Turtle does not.
    std::map<std::string, std::string> blanks;
    struct Checked {
        RdfTerm term;
        bool blank = false;
        SerdNode node() const { return blank ? node_of(term.value, SERD_BLANK) : node_of(term); }
    };
    const auto check = [&](const JsonLdTerm& t) -> Checked {
        switch (t.kind) {
            case JsonLdTerm::Kind::Blank: {
                const auto [it, added] = blanks.try_emplace(t.value, "jsonld" + std::to_string(blanks.size() + 1));
                return {RdfTerm{RdfTerm::Kind::Iri, it->second, "", ""}, true};
            }
            case JsonLdTerm::Kind::Iri: return {RdfTerm::iri(t.value)};
            case JsonLdTerm::Kind::Literal: break;
        }
        return {t.datatype.empty() ? RdfTerm::literal(t.value, t.language) : RdfTerm::typed(t.value, t.datatype)};
    };
    read_jsonld(path, [&](const std::string& graph, const JsonLdTerm& s, const std::string& p, const JsonLdTerm& o) {
        try {
            const Checked subject = check(s), predicate = check(JsonLdTerm{JsonLdTerm::Kind::Iri, p, "", ""}),
                          object = check(o);
            std::optional<Checked> name;
            if (!graph.empty() && has_graphs(format_))
                name = graph.compare(0, 2, "_:") == 0 ? check(JsonLdTerm{JsonLdTerm::Kind::Blank, graph.substr(2), "", ""})
                                                      : check(JsonLdTerm{JsonLdTerm::Kind::Iri, graph, "", ""});
            const SerdNode subject_node = subject.node(), predicate_node = predicate.node(), object_node = object.node();
            const SerdNode datatype = node_of(object.term.datatype, SERD_URI);
            const SerdNode language = node_of(object.term.language, SERD_LITERAL);
            std::optional<SerdNode> graph_node;
            if (name) graph_node = name->node();
            write_statement(0, graph_node ? &*graph_node : nullptr, subject_node, predicate_node, object_node,
                            object.term.datatype.empty() ? nullptr : &datatype,
                            object.term.language.empty() ? nullptr : &language);
        } catch (const std::invalid_argument& e) {
            throw std::runtime_error(path + ": " + e.what());
        }
    });
}

RdfWriter::RdfWriter(const std::string& path, RdfFormat format, const std::string& base)
    : file_(path), format_(format), iris_(base), env_(serd_env_new(nullptr)) {
    if (!env_) throw std::runtime_error("cannot create a Serd environment");
    if (format == RdfFormat::JsonLd) {  // collected, written whole by finish()
        jsonld_ = std::make_unique<JsonLdWriter>();
        write_prefixes();
        jsonld_->add_prefix("kg", base);
        return;
    }
    writer_.reset(serd_writer_new(serd_syntax(format), style_of(format), env_.get(), nullptr, serd_file_sink,
                                  file_.stream()));
    if (!writer_) throw std::runtime_error("cannot create a Serd writer for " + path);
    serd_writer_set_error_sink(writer_.get(), &RdfWriter::on_error, this);
    write_prefixes();
}

RdfWriter::~RdfWriter() = default;

SerdStatus RdfWriter::on_error(void* handle, const SerdError* error) {
    static_cast<RdfWriter*>(handle)->serd_error_ = serd_error_text(*error);
    return SERD_SUCCESS;
}

void RdfWriter::write_prefixes() {
    for (const auto& [name, uri] : vocab::kPrefixes) {
        if (jsonld_) {
            jsonld_->add_prefix(name, uri);
            continue;
        }
        const SerdNode name_node = node_of(name, SERD_LITERAL);
        const SerdNode uri_node = node_of(uri, SERD_URI);
        if (serd_writer_set_prefix(writer_.get(), &name_node, &uri_node) != SERD_SUCCESS)
            throw std::runtime_error("cannot write the prefix " + std::string(name) + " to " + file_.path());
    }
}

void RdfWriter::emit(const RdfTerm& subject, const RdfTerm& predicate, const RdfTerm& object) {
    const SerdNode s = node_of(subject);
    const SerdNode p = node_of(predicate);
    const SerdNode o = node_of(object);
    const SerdNode datatype = node_of(object.datatype, SERD_URI);
    const SerdNode language = node_of(object.language, SERD_LITERAL);
    const SerdNode graph = node_of(graph_, SERD_URI);
    write_statement(0, graph_.empty() ? nullptr : &graph, s, p, o, object.datatype.empty() ? nullptr : &datatype,
                    object.language.empty() ? nullptr : &language);
}

bool RdfWriter::write_statement(SerdStatementFlags flags, const SerdNode* graph, const SerdNode& subject,
                                const SerdNode& predicate, const SerdNode& object, const SerdNode* datatype,
                                const SerdNode* language) {
    if (finished_) throw std::logic_error("RdfWriter: write after finish() for " + file_.path());
    // A blank node of one file is not the same node as one of another: those are never duplicates
    // (and skipping one would break the nesting of anonymous nodes).
    // A fact several articles state is one direct triple.
    if (subject.type != SERD_BLANK && object.type != SERD_BLANK &&
        !written_.insert(statement_key(graph, subject, predicate, object, datatype, language)).second)
        return false;
    if (jsonld_) {
        const auto term = [](const SerdNode& node) {
            const JsonLdTerm::Kind kind = node.type == SERD_BLANK     ? JsonLdTerm::Kind::Blank
                                          : node.type == SERD_LITERAL ? JsonLdTerm::Kind::Literal
                                                                      : JsonLdTerm::Kind::Iri;
            return JsonLdTerm{kind, std::string(serd_text(&node)), "", ""};
        };
        JsonLdTerm object_term = term(object);
        object_term.datatype = serd_text(datatype);
        object_term.language = serd_text(language);
        std::string graph_name(serd_text(graph));
        if (graph && graph->type == SERD_BLANK) graph_name = "_:" + graph_name;
        jsonld_->add(graph_name, term(subject), std::string(serd_text(&predicate)), object_term);
        ++triples_;
        return true;
    }
    serd_error_.clear();
    // Without the newline and quote flags, Serd writes a short string ("...", \n escaped) instead
    // of a long one its reader could not read back.
    SerdNode object_node = object;
    if (object.type == SERD_LITERAL && !long_string_safe(serd_text(&object)))
        object_node.flags &= ~static_cast<SerdNodeFlags>(SERD_HAS_NEWLINE | SERD_HAS_QUOTE);
    const SerdStatus status = serd_writer_write_statement(writer_.get(), flags, graph, &subject, &predicate,
                                                          &object_node, datatype, language);
    if (status != SERD_SUCCESS)
        throw std::runtime_error("cannot write <" + std::string(serd_text(&subject)) + "> <" +
                                 std::string(serd_text(&predicate)) + "> to " + file_.path() + ": " +
                                 reinterpret_cast<const char*>(serd_strerror(status)) +
                                 (serd_error_.empty() ? "" : " (" + serd_error_ + ")"));
    ++triples_;
    return true;
}

void RdfWriter::write_document(const Document& doc, const std::vector<Fact>& facts, const EntityOf& entity_of) {
    if (doc.id.empty()) throw std::invalid_argument("document " + doc.name + " has no id");
    std::set<std::size_t> sentences;
    for (const Fact& fact : facts) {
        if (fact.sentence >= doc.sentences.size())
            throw std::invalid_argument("document " + doc.name + ": a fact names sentence " +
                                        std::to_string(fact.sentence) + " of " + std::to_string(doc.sentences.size()));
        sentences.insert(fact.sentence);
    }
    graph_.clear();
    declare_open_relations(facts);  // in the default graph, before the document's graph opens

    if (has_graphs(format_)) graph_ = iris_.document(doc.id);
    write_document_node(doc);
    for (std::size_t index : sentences) write_sentence(doc, doc.sentences[index]);
    for (std::size_t i = 0; i < facts.size(); ++i) write_statement_node(doc, facts[i], i + 1, entity_of);

    std::set<std::tuple<std::string, std::string, std::string, std::string, std::string>> direct;
    for (const Fact& fact : facts) {
        if (fact.negated || fact.modality != Modality::Asserted) continue;
        const RdfTerm subject = argument(fact.subject, entity_of);
        if (subject.kind != RdfTerm::Kind::Iri) continue;  // a phrase is no subject of a direct triple
        const RdfTerm predicate = iri(predicate_iri(fact.predicate));
        const RdfTerm object = argument(fact.object, entity_of);
        if (direct.emplace(subject.value, predicate.value, object.value, object.datatype, object.language).second)
            emit(subject, predicate, object);
    }
    graph_.clear();
}

void RdfWriter::declare_open_relations(const std::vector<Fact>& facts) {
    for (const Fact& fact : facts) {
        if (!is_open_predicate(fact.predicate)) continue;
        const std::string lemma = fact.predicate.substr(5);
        const RdfTerm relation = iri(predicate_iri(fact.predicate));
        auto [declared, is_new] = open_relations_.try_emplace(relation.value);
        if (is_new) {
            emit(relation, type_predicate(), iri(vocab::term(vocab::kRdf, "Property")));  // its objects may be phrases
            emit(relation, iri(vocab::term(vocab::kRdfs, "subPropertyOf")), iri(vocab::term(vocab::kOntology, "relatedTo")));
        }
        if (declared->second.insert(lemma).second)
            emit(relation, iri(vocab::term(vocab::kRdfs, "label")), RdfTerm::literal(lemma, kFrench));
    }
}

void RdfWriter::write_document_node(const Document& doc) {
    const RdfTerm node = iri(iris_.document(doc.id));
    emit(node, type_predicate(), iri(vocab::term(vocab::kNif, "Context")));
    emit(node, iri(std::string(vocab::kDcterms) + "source"), RdfTerm::literal(doc.name));
    emit(node, iri(vocab::term(vocab::kRdfs, "label")), RdfTerm::literal(file_name(doc.name)));
    if (doc.date) emit(node, iri(std::string(vocab::kDcterms) + "date"), date_literal(*doc.date));
    emit(node, iri(vocab::term(vocab::kNif, "isString")), RdfTerm::literal(doc.text));
    emit(node, iri(vocab::term(vocab::kOntology, "contentHash")), RdfTerm::literal(content_hash(doc.text)));  // what --into recognizes
    if (doc.identifier) emit(node, iri(std::string(vocab::kDcterms) + "identifier"), RdfTerm::literal(*doc.identifier));
}

void RdfWriter::write_sentence(const Document& doc, const Sentence& sentence) {
    const RdfTerm node = iri(iris_.sentence(doc.id, sentence.begin, sentence.end));
    emit(node, type_predicate(), iri(vocab::term(vocab::kNif, "Sentence")));
    emit(node, iri(vocab::term(vocab::kNif, "anchorOf")), RdfTerm::literal(sentence.text, kFrench));
    emit(node, iri(vocab::term(vocab::kNif, "beginIndex")), non_negative_integer(sentence.begin));
    emit(node, iri(vocab::term(vocab::kNif, "endIndex")), non_negative_integer(sentence.end));
    emit(node, iri(vocab::term(vocab::kNif, "referenceContext")), iri(iris_.document(doc.id)));
}

void RdfWriter::write_statement_node(const Document& doc, const Fact& fact, std::size_t n, const EntityOf& entity_of) {
    const RdfTerm node = iri(iris_.statement(doc.id, n));
    const Sentence& sentence = doc.sentences[fact.sentence];
    emit(node, type_predicate(), iri(vocab::term(vocab::kRdf, "Statement")));
    emit(node, iri(vocab::term(vocab::kRdf, "subject")), argument(fact.subject, entity_of));
    emit(node, iri(vocab::term(vocab::kRdf, "predicate")), iri(predicate_iri(fact.predicate)));
    emit(node, iri(vocab::term(vocab::kRdf, "object")), argument(fact.object, entity_of));
    emit(node, iri(vocab::term(vocab::kOntology, "negated")), RdfTerm::typed(fact.negated ? "true" : "false", vocab::term(vocab::kXsd, "boolean")));
    emit(node, iri(vocab::term(vocab::kOntology, "modality")), RdfTerm::literal(to_string(fact.modality)));
    emit(node, iri(vocab::term(vocab::kOntology, "confidence")), confidence(fact.confidence));
    emit(node, iri(vocab::term(vocab::kOntology, "extractedBy")), RdfTerm::literal(fact.rule));
    if (!fact.resolution.empty()) emit(node, iri(vocab::term(vocab::kOntology, "resolvedBy")), RdfTerm::literal(fact.resolution));
    emit(node, iri(std::string(vocab::kProv) + "wasDerivedFrom"),
         iri(iris_.sentence(doc.id, sentence.begin, sentence.end)));
}

RdfTerm RdfWriter::argument(const Argument& arg, const EntityOf& entity_of) const {
    const std::string entity = arg.is_entity() ? entity_of(arg) : "";
    return entity.empty() ? RdfTerm::literal(arg.text, kFrench) : iri(iris_.entity(entity));
}

void RdfWriter::write_entities(const std::vector<Entity>& entities) {
    graph_.clear();
    for (const Entity& entity : entities) {
        if (entity.id.empty()) throw std::invalid_argument("entity \"" + entity.label + "\" has no id");
        const RdfTerm node = iri(iris_.entity(entity.id));
        emit(node, type_predicate(), iri(vocab::term(vocab::kOntology, to_string(entity.type))));
        if (!entity.subclass.empty()) {
            if (subclass_type(entity.subclass) != entity.type)
                throw std::invalid_argument("entity " + entity.id + ": \"" + entity.subclass + "\" is no subclass of " +
                                            to_string(entity.type));
            emit(node, type_predicate(), iri(vocab::term(vocab::kOntology, entity.subclass)));
        }
        emit(node, iri(vocab::term(vocab::kRdfs, "label")), RdfTerm::literal(entity.label, kFrench));
        for (const std::string& alt : entity.alt_labels)
            emit(node, iri(std::string(vocab::kSkos) + "altLabel"), RdfTerm::literal(alt, kFrench));
        for (const std::string& retired : entity.retired)  // a merged entity's former IRIs stay valid
            emit(iri(iris_.entity(retired)), iri(vocab::term(vocab::kOwl, "sameAs")), node);
        if (entity.wikidata.empty()) continue;
        if (!valid_wikidata_id(entity.wikidata))
            throw std::invalid_argument("entity " + entity.id + ": invalid Wikidata id \"" + entity.wikidata + "\"");
        emit(node, iri(vocab::term(vocab::kOwl, "sameAs")), iri(vocab::kWikidata + entity.wikidata));
    }
}

void RdfWriter::finish() {
    if (finished_) throw std::logic_error("RdfWriter::finish called twice for " + file_.path());
    if (jsonld_) {
        finished_ = true;
        if (!jsonld_->write(file_.stream())) throw std::runtime_error("cannot write " + file_.path());
        file_.commit();
        return;
    }
    if (serd_writer_finish(writer_.get()) != SERD_SUCCESS)
        throw std::runtime_error("cannot finish writing " + file_.path() + ": " + serd_error_);
    writer_.reset();
    finished_ = true;
    file_.commit();
}

}  // namespace trame
