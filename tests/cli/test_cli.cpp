// End-to-end tests of the trame command line: the built binary run on the sample corpus and on
// small inputs written here, its outputs re-parsed with serdi and checked against the shapes of
// rdf-contract.md, its exit statuses, messages and output-file safety.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "document/utf8.h"
#include "tests/cli_runner.h"
#include "tests/temp_dir.h"

using trame::testing::run;
using trame::testing::run_trame;
using trame::testing::RunResult;
using trame::testing::read_file;
using trame::testing::TempDir;
using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;
namespace fs = std::filesystem;

namespace {

const std::string kCorpus = TRAME_SOURCE_DIR "/examples/corpus";
const std::size_t kCorpusDocuments = 4;

// The vocabularies the contract names.
const std::string kRdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
const std::string kRdfs = "http://www.w3.org/2000/01/rdf-schema#";
const std::string kXsd = "http://www.w3.org/2001/XMLSchema#";
const std::string kProv = "http://www.w3.org/ns/prov#";
const std::string kDcterms = "http://purl.org/dc/terms/";
const std::string kNif = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
const std::string kTrame = "https://w3id.org/trame/ontology#";

/// One French sentence that yields facts (a person, a country, a reported speech).
const std::string kSentence =
    "Le ministre allemand des Affaires étrangères, Klaus Weber, a annoncé mardi que l'Allemagne soutenait la "
    "Pologne.";

// ---- Files ----

/// The names of the entries of `dir`, sorted.
std::set<std::string> entries(const fs::path& dir) {
    std::set<std::string> names;
    for (const fs::directory_entry& entry : fs::directory_iterator(dir)) names.insert(entry.path().filename());
    return names;
}

// ---- A small N-Triples / N-Quads reader, enough for serdi's output ----

/// An RDF term as N-Triples writes it: an IRI, a blank node label or a literal.
struct Term {
    enum class Kind { Iri, Blank, Literal } kind = Kind::Iri;
    std::string value;
    std::string datatype;
    std::string language;

    auto key() const { return std::tie(kind, value, datatype, language); }
    bool operator<(const Term& other) const { return key() < other.key(); }
    bool operator==(const Term& other) const { return key() == other.key(); }
};

std::ostream& operator<<(std::ostream& out, const Term& term) {
    if (term.kind != Term::Kind::Literal) return out << '<' << term.value << '>';
    out << '"' << term.value << '"';
    if (!term.language.empty()) out << '@' << term.language;
    if (!term.datatype.empty()) out << "^^<" << term.datatype << '>';
    return out;
}

using Triple = std::tuple<Term, Term, Term>;

/// A triple and its graph (empty for the default graph).
struct Quad {
    Term subject, predicate, object;
    std::string graph;
};

[[noreturn]] void syntax_error(const std::string& line, std::size_t pos) {
    throw std::runtime_error("unexpected N-Quads at column " + std::to_string(pos) + ": " + line);
}

void skip_blanks(const std::string& line, std::size_t& pos) {
    while (pos < line.size() && (line[pos] == ' ' || line[pos] == '\t')) ++pos;
}

/// The text from `pos` up to the unescaped `close` (consumed), with \uXXXX, \UXXXXXXXX and the
/// string escapes decoded.
std::string read_escaped(const std::string& line, std::size_t& pos, char close) {
    static const std::map<char, char> kEscapes = {{'t', '\t'}, {'b', '\b'}, {'n', '\n'},  {'r', '\r'},
                                                  {'f', '\f'}, {'"', '"'},  {'\'', '\''}, {'\\', '\\'}};
    std::string out;
    while (pos < line.size() && line[pos] != close) {
        const char c = line[pos++];
        if (c != '\\') {
            out += c;
        } else if (pos < line.size() && (line[pos] == 'u' || line[pos] == 'U')) {
            const std::size_t digits = line[pos] == 'u' ? 4 : 8;
            trame::append_utf8(out, static_cast<char32_t>(std::stoul(line.substr(pos + 1, digits), nullptr, 16)));
            pos += 1 + digits;
        } else if (pos < line.size() && kEscapes.count(line[pos])) {
            out += kEscapes.at(line[pos++]);
        } else {
            syntax_error(line, pos);
        }
    }
    if (pos >= line.size()) syntax_error(line, pos);
    ++pos;
    return out;
}

/// The word from `pos` up to the next blank.
std::string read_word(const std::string& line, std::size_t& pos) {
    const std::size_t end = std::min(line.find_first_of(" \t", pos), line.size());
    std::string word = line.substr(pos, end - pos);
    pos = end;
    return word;
}

Term read_term(const std::string& line, std::size_t& pos) {
    skip_blanks(line, pos);
    Term term;
    if (line.compare(pos, 1, "<") == 0) {
        term.value = read_escaped(line, ++pos, '>');
    } else if (line.compare(pos, 2, "_:") == 0) {
        term.kind = Term::Kind::Blank;
        term.value = read_word(line, pos);
    } else if (line.compare(pos, 1, "\"") == 0) {
        term.kind = Term::Kind::Literal;
        term.value = read_escaped(line, ++pos, '"');
        if (line.compare(pos, 3, "^^<") == 0) {
            pos += 3;
            term.datatype = read_escaped(line, pos, '>');
        } else if (line.compare(pos, 1, "@") == 0) {
            term.language = read_word(line, ++pos);
        }
    } else {
        syntax_error(line, pos);
    }
    return term;
}

std::vector<Quad> parse_nquads(const std::string& text) {
    std::vector<Quad> quads;
    std::size_t start = 0;
    for (std::size_t stop; (stop = text.find('\n', start)) != std::string::npos; start = stop + 1) {
        const std::string line = text.substr(start, stop - start);
        if (line.empty()) continue;
        std::size_t pos = 0;
        Quad quad{read_term(line, pos), read_term(line, pos), read_term(line, pos), ""};
        skip_blanks(line, pos);
        if (line.compare(pos, 1, ".") != 0) quad.graph = read_term(line, pos).value;
        skip_blanks(line, pos);
        if (line.compare(pos, 1, ".") != 0 || pos + 1 != line.size()) syntax_error(line, pos);
        quads.push_back(std::move(quad));
    }
    if (start != text.size()) throw std::runtime_error("N-Quads text without a final line end");
    return quads;
}

/// Parsed RDF, indexed by subject and predicate.
class Graph {
public:
    explicit Graph(std::vector<Quad> quads) : quads_(std::move(quads)) {
        for (const Quad& q : quads_) {
            index_[{q.subject.value, q.predicate.value}].push_back(q.object);
            triples_.emplace(q.subject, q.predicate, q.object);
        }
    }

    const std::vector<Quad>& quads() const { return quads_; }
    const std::set<Triple>& triples() const { return triples_; }
    bool contains(const Triple& triple) const { return triples_.count(triple) > 0; }

    /// The objects of `subject` `predicate` (an IRI given in full).
    std::vector<Term> objects(const std::string& subject, const std::string& predicate) const {
        const auto found = index_.find({subject, predicate});
        return found == index_.end() ? std::vector<Term>{} : found->second;
    }
    /// The one object of `subject` `predicate`; FAILs the test when there is not exactly one.
    Term object(const std::string& subject, const std::string& predicate) const {
        const std::vector<Term> found = objects(subject, predicate);
        INFO("<" << subject << "> <" << predicate << ">");
        REQUIRE(found.size() == 1);
        return found.front();
    }
    bool has_type(const std::string& subject, const std::string& type) const {
        return contains({iri(subject), iri(kRdf + "type"), iri(type)});
    }
    /// The subjects typed `type`, in order of first appearance.
    std::vector<std::string> instances(const std::string& type) const {
        std::vector<std::string> found;
        for (const Quad& q : quads_)
            if (q.predicate.value == kRdf + "type" && q.object == iri(type)) found.push_back(q.subject.value);
        return found;
    }
    /// The document node whose dcterms:source ends with `name`.
    std::string document(const std::string& name) const {
        for (const std::string& doc : instances(kNif + "Context")) {
            const std::string source = object(doc, kDcterms + "source").value;
            if (source.size() >= name.size() && source.compare(source.size() - name.size(), name.size(), name) == 0)
                return doc;
        }
        FAIL("no document node for " << name);
        return "";
    }

    static Term iri(std::string value) { return Term{Term::Kind::Iri, std::move(value), "", ""}; }

private:
    std::vector<Quad> quads_;
    std::map<std::pair<std::string, std::string>, std::vector<Term>> index_;
    std::set<Triple> triples_;
};

/// `bytes` in `syntax` (turtle, trig, ntriples, nquads) as serdi reads it; FAILs when it rejects them.
Graph parse_rdf(const std::string& bytes, const std::string& syntax) {
    const RunResult serdi = run({"serdi", "-i", syntax, "-o", "nquads", "-"}, bytes);
    INFO("serdi -i " << syntax << ": " << serdi.err);
    REQUIRE(serdi.status == 0);
    return Graph(parse_nquads(serdi.out));
}

// ---- Runs shared by several tests ----

/// `trame extract` of the sample corpus, as Turtle, run once for the whole test binary.
struct CorpusRun {
    TempDir dir{"trame-cli"};
    std::string output = dir / "corpus.ttl";
    RunResult result = run_trame({"extract", "-o", output, kCorpus});

    static const CorpusRun& get() {
        static const CorpusRun run;
        return run;
    }
    /// The Turtle output re-parsed by serdi.
    Graph graph() const {
        INFO(result.err);
        REQUIRE(result.status == 0);
        return parse_rdf(read_file(output), "turtle");
    }
};

/// The statement's triple (rdf:subject, rdf:predicate, rdf:object).
Triple reified(const Graph& graph, const std::string& statement) {
    return {graph.object(statement, kRdf + "subject"), graph.object(statement, kRdf + "predicate"),
            graph.object(statement, kRdf + "object")};
}

/// The dcterms:date objects of the document read from the file `name`.
std::vector<Term> document_dates(const Graph& graph, const std::string& name) {
    return graph.objects(graph.document(name), kDcterms + "date");
}

}  // namespace

TEST_CASE("cli: extract on the sample corpus writes Turtle that serdi parses") {
    const Graph graph = CorpusRun::get().graph();
    CHECK(graph.instances(kNif + "Context").size() == kCorpusDocuments);
    CHECK_FALSE(graph.instances(kRdf + "Statement").empty());
    for (const Quad& quad : graph.quads()) {
        INFO(quad.subject << " " << quad.predicate << " " << quad.object);
        CHECK(quad.subject.kind == Term::Kind::Iri);
        CHECK(quad.graph.empty());
    }
}

TEST_CASE("cli: the summary line on stderr counts the documents") {
    CHECK_THAT(CorpusRun::get().result.err, StartsWith("trame: 4 documents"));
}

TEST_CASE("cli: every statement node has the contract's properties") {
    const Graph graph = CorpusRun::get().graph();
    const std::vector<std::string> statements = graph.instances(kRdf + "Statement");
    REQUIRE_FALSE(statements.empty());
    for (const std::string& statement : statements) {
        INFO("statement " << statement);
        const auto [subject, predicate, object] = reified(graph, statement);
        CHECK(subject.kind == Term::Kind::Iri);
        CHECK(predicate.kind == Term::Kind::Iri);

        const Term negated = graph.object(statement, kTrame + "negated");
        CHECK(negated.datatype == kXsd + "boolean");
        CHECK((negated.value == "true" || negated.value == "false"));

        const std::string modality = graph.object(statement, kTrame + "modality").value;
        CHECK((modality == "asserted" || modality == "hypothetical"));

        const Term confidence = graph.object(statement, kTrame + "confidence");
        CHECK(confidence.datatype == kXsd + "decimal");
        CHECK(std::stod(confidence.value) >= 0.0);
        CHECK(std::stod(confidence.value) <= 1.0);

        const Term sentence = graph.object(statement, kProv + "wasDerivedFrom");
        CHECK(graph.has_type(sentence.value, kNif + "Sentence"));
    }
}

TEST_CASE("cli: only asserted, non-negated facts become direct triples") {
    const Graph graph = CorpusRun::get().graph();
    std::set<Triple> asserted, qualified;
    for (const std::string& statement : graph.instances(kRdf + "Statement")) {
        const bool plain = graph.object(statement, kTrame + "negated").value == "false" &&
                           graph.object(statement, kTrame + "modality").value == "asserted";
        (plain ? asserted : qualified).insert(reified(graph, statement));
    }
    REQUIRE_FALSE(qualified.empty());  // the corpus has hypothetical facts: the check below means something
    for (const Triple& triple : qualified) {
        INFO(std::get<0>(triple) << " " << std::get<1>(triple) << " " << std::get<2>(triple));
        if (!asserted.count(triple)) CHECK_FALSE(graph.contains(triple));
    }
    for (const Triple& triple : asserted) {
        INFO(std::get<0>(triple) << " " << std::get<1>(triple) << " " << std::get<2>(triple));
        CHECK(graph.contains(triple));
    }
}

TEST_CASE("cli: each sentence's anchorOf is the document's text at its code point offsets") {
    const Graph graph = CorpusRun::get().graph();
    const std::vector<std::string> sentences = graph.instances(kNif + "Sentence");
    REQUIRE_FALSE(sentences.empty());
    std::set<std::string> documents;
    for (const std::string& sentence : sentences) {
        INFO("sentence " << sentence);
        const Term anchor = graph.object(sentence, kNif + "anchorOf");
        CHECK(anchor.language == "fr");
        const Term begin = graph.object(sentence, kNif + "beginIndex");
        const Term end = graph.object(sentence, kNif + "endIndex");
        CHECK(begin.datatype == kXsd + "nonNegativeInteger");
        CHECK(end.datatype == kXsd + "nonNegativeInteger");
        const std::string document = graph.object(sentence, kNif + "referenceContext").value;
        CHECK(graph.has_type(document, kNif + "Context"));
        documents.insert(document);

        const std::string source = graph.object(document, kDcterms + "source").value;
        REQUIRE_THAT(source, StartsWith(kCorpus + "/"));
        const std::u32string text = trame::utf8_decode(read_file(source));
        const std::size_t from = std::stoul(begin.value), to = std::stoul(end.value);
        REQUIRE(from < to);
        REQUIRE(to <= text.size());
        CHECK(text.substr(from, to - from) == trame::utf8_decode(anchor.value));
    }
    CHECK(documents.size() == kCorpusDocuments);
}

TEST_CASE("cli: every entity has one label and a type of the ontology") {
    const Graph graph = CorpusRun::get().graph();
    std::set<std::string> entities;
    for (const std::string& statement : graph.instances(kRdf + "Statement"))
        for (const char* role : {"subject", "object"})
            for (const Term& argument : graph.objects(statement, kRdf + role))
                if (argument.kind == Term::Kind::Iri) entities.insert(argument.value);
    REQUIRE_FALSE(entities.empty());
    for (const std::string& entity : entities) {
        INFO("entity " << entity);
        const std::vector<Term> labels = graph.objects(entity, kRdfs + "label");
        REQUIRE(labels.size() == 1);
        CHECK(labels.front().kind == Term::Kind::Literal);
        CHECK_FALSE(labels.front().value.empty());
        bool typed = false;
        for (const Term& type : graph.objects(entity, kRdf + "type"))
            typed = typed || type.value.compare(0, kTrame.size(), kTrame) == 0;
        CHECK(typed);
    }
}

TEST_CASE("cli: every format parses with serdi and holds the same triples") {
    const Graph turtle = CorpusRun::get().graph();
    TempDir dir("trame-cli");
    for (const std::string format : {"trig", "ntriples", "nquads"}) {
        INFO("--format " << format);
        const std::string output = dir / ("corpus." + format);
        const RunResult result = run_trame({"extract", "-q", "--format", format, "-o", output, kCorpus});
        INFO(result.err);
        REQUIRE(result.status == 0);
        const Graph graph = parse_rdf(read_file(output), format);
        CHECK(graph.triples() == turtle.triples());

        std::set<std::string> graphs;
        for (const Quad& quad : graph.quads()) {
            if (!quad.graph.empty()) graphs.insert(quad.graph);
            if (quad.predicate.value == kRdf + "type" && quad.object == Graph::iri(kNif + "Context"))
                CHECK(quad.graph == (format == "ntriples" ? "" : quad.subject.value));
        }
        CHECK(graphs.size() == (format == "ntriples" ? 0 : kCorpusDocuments));
    }
}

TEST_CASE("cli: the same input gives byte-identical output") {
    const CorpusRun& first = CorpusRun::get();
    REQUIRE(first.result.status == 0);
    TempDir dir("trame-cli");
    const std::string output = dir / "again.ttl";
    REQUIRE(run_trame({"extract", "-q", "-o", output, kCorpus}).status == 0);
    CHECK(read_file(output) == read_file(first.output));
}

TEST_CASE("cli: bad inputs are named on stderr and the good ones still written") {
    TempDir dir("trame-cli");
    dir.write("good.txt", kSentence + "\n");
    const std::map<std::string, std::string> bad = {{"latin1.txt", "Le pr\xE9sident a parl\xE9 lundi.\n"},
                                                    {"binary.txt", std::string("PK\x03\x04\0\0\x14\0", 8)},
                                                    {"empty.txt", ""}};
    for (const auto& [name, bytes] : bad) dir.write(name, bytes);
    const fs::path inputs = dir.path;
    TempDir out_dir("trame-cli");
    const std::string output = out_dir / "out.ttl";

    const RunResult result = run_trame({"extract", "-o", output, inputs.string()});
    INFO(result.err);
    CHECK(result.status == 1);
    for (const auto& [name, bytes] : bad) CHECK_THAT(result.err, Contains(name));
    CHECK_THAT(result.err, !Contains("good.txt"));
    CHECK_THAT(result.err, Contains("trame: 1 document,"));

    REQUIRE(fs::exists(output));
    const Graph graph = parse_rdf(read_file(output), "turtle");
    CHECK(graph.instances(kNif + "Context") == std::vector<std::string>{graph.document("good.txt")});
    CHECK_FALSE(graph.instances(kRdf + "Statement").empty());
    const std::vector<std::string> sentences = graph.instances(kNif + "Sentence");
    REQUIRE(sentences.size() == 1);
    CHECK(graph.object(sentences.front(), kNif + "anchorOf").value == kSentence);
}

TEST_CASE("cli: a missing input is named and fails the run") {
    TempDir dir("trame-cli");
    const std::string good = dir.write("good.txt", kSentence + "\n");
    const std::string missing = dir / "missing.txt";
    const std::string output = dir / "out.ttl";

    const RunResult result = run_trame({"extract", "-o", output, good, missing});
    CHECK(result.status == 1);
    CHECK_THAT(result.err, Contains("trame: " + missing));
    REQUIRE(fs::exists(output));
    CHECK_FALSE(parse_rdf(read_file(output), "turtle").instances(kRdf + "Statement").empty());
}

TEST_CASE("cli: nothing but bad inputs fails the run") {
    TempDir dir("trame-cli");
    const std::string empty = dir.write("empty.txt", "");
    const std::string binary = dir.write("binary.txt", std::string("\0\0\0\0", 4));
    const std::string output = dir.write("out.ttl", "# an earlier graph\n");
    const RunResult result = run_trame({"extract", "-o", output, empty, binary, dir / "missing.txt"});
    CHECK(result.status == 1);
    CHECK_THAT(result.err, Contains("empty.txt") && Contains("binary.txt") && Contains("missing.txt"));
    CHECK_THAT(result.err, Contains("no document could be read"));
    CHECK(read_file(output) == "# an earlier graph\n");  // nothing replaces it
}

TEST_CASE("cli: an output in a missing directory fails without writing anything") {
    TempDir dir("trame-cli");
    const std::string good = dir.write("good.txt", kSentence + "\n");
    const std::string output = dir / "no-such-dir/out.ttl";

    const RunResult result = run_trame({"extract", "-o", output, good});
    CHECK(result.status == 1);
    CHECK_THAT(result.err, StartsWith("trame: ") && Contains("no-such-dir"));
    CHECK(entries(dir.path) == std::set<std::string>{"good.txt"});
}

TEST_CASE("cli: a failed run leaves the existing output untouched and no temporary file") {
    TempDir dir("trame-cli");
    const std::string good = dir.write("good.txt", kSentence + "\n");
    const std::string output = dir.write("out.ttl", "previous output\n");
    const fs::path data = dir.path / "data";
    fs::copy(TRAME_SOURCE_DIR "/ontology", data, fs::copy_options::recursive);
    const fs::path rules = data / "rules" / "60-open.rules";
    std::ofstream(rules, std::ios::app) << "\nrule broken-on-purpose\n  match: [lemma=\n";
    const std::string text = read_file(rules);
    const std::string last_line = std::to_string(std::count(text.begin(), text.end(), '\n'));

    const RunResult result = run_trame({"extract", "--data", data.string(), "-o", output, good});
    CHECK(result.status == 1);
    INFO(result.err);
    CHECK(std::regex_search(result.err, std::regex("trame: .*60-open\\.rules:" + last_line + ":[0-9]+: ")));
    CHECK(read_file(output) == "previous output\n");
    CHECK(entries(dir.path) == std::set<std::string>{"data", "good.txt", "out.ttl"});
}

TEST_CASE("cli: a run that fails after the output was opened leaves no temporary file") {
    TempDir dir("trame-cli");
    const std::string good = dir.write("good.txt", kSentence + "\n");
    const fs::path output = dir.path / "out.ttl";  // a directory: the final rename over it fails
    fs::create_directory(output);
    std::ofstream(output / "kept.txt") << "kept\n";

    const RunResult result = run_trame({"extract", "-o", output.string(), good});
    CHECK(result.status == 1);
    CHECK_THAT(result.err, StartsWith("trame: ") && Contains(output.string()));
    CHECK(entries(dir.path) == std::set<std::string>{"good.txt", "out.ttl"});
    CHECK(entries(output) == std::set<std::string>{"kept.txt"});
}

TEST_CASE("cli: usage errors exit with status 2") {
    const RunResult none = run_trame({});
    CHECK(none.status == 2);
    CHECK_THAT(none.err, StartsWith("trame: "));

    const RunResult unknown = run_trame({"extract", "--frobnicate", kCorpus});
    CHECK(unknown.status == 2);
    CHECK_THAT(unknown.err, StartsWith("trame: ") && Contains("--frobnicate"));

    for (const std::vector<std::string>& args : std::vector<std::vector<std::string>>{
             {"--format", "xml"}, {"--base", "not an iri"}, {"--date", "2025-13"}}) {
        const RunResult result = run_trame({"extract", args[0], args[1], kCorpus});
        INFO(args[0] << " " << args[1] << ": " << result.err);
        CHECK(result.status == 2);
        CHECK_THAT(result.err, StartsWith("trame: ") && Contains(args[1]));
        CHECK(result.out.empty());
    }
}

TEST_CASE("cli: --help and --version exit with status 0") {
    const RunResult help = run_trame({"--help"});
    CHECK(help.status == 0);
    CHECK_THAT(help.out, StartsWith("Usage"));
    CHECK_THAT(run_trame({"extract", "--help"}).out, StartsWith("Usage"));

    const RunResult version = run_trame({"--version"});
    CHECK(version.status == 0);
    CHECK(std::regex_match(version.out, std::regex("trame [0-9]+\\.[0-9]+\\.[0-9]+\n")));
}

TEST_CASE("cli: - reads standard input and the graph goes to standard output") {
    const RunResult result = run_trame({"extract", "-q", "-"}, kSentence + "\n");
    INFO(result.err);
    REQUIRE(result.status == 0);
    CHECK(result.err.empty());
    const Graph graph = parse_rdf(result.out, "turtle");
    CHECK(graph.object(graph.document("-"), kDcterms + "source").value == "-");
    const std::vector<std::string> sentences = graph.instances(kNif + "Sentence");
    REQUIRE(sentences.size() == 1);
    CHECK(graph.object(sentences.front(), kNif + "anchorOf").value == kSentence);
}

TEST_CASE("cli: the publication date comes from a date line or from --date") {
    TempDir dir("trame-cli");
    const std::string plain = dir.write("plain.txt", kSentence + "\n");
    const std::string dated = dir.write("dated.txt", "date 2026-03\n\n" + kSentence + "\n");
    const std::vector<Term> march_2026{Term{Term::Kind::Literal, "2026-03", kXsd + "gYearMonth", ""}};
    const std::vector<Term> feb_2025{Term{Term::Kind::Literal, "2025-02-13", kXsd + "date", ""}};

    const RunResult from_text = run_trame({"extract", "-q", "-f", "ntriples", plain, dated});
    REQUIRE(from_text.status == 0);
    const Graph graph = parse_rdf(from_text.out, "ntriples");
    CHECK(document_dates(graph, "plain.txt").empty());
    CHECK(document_dates(graph, "dated.txt") == march_2026);

    const RunResult forced = run_trame({"extract", "-q", "-f", "ntriples", "--date", "2025-02-13", plain, dated});
    REQUIRE(forced.status == 0);
    const Graph forced_graph = parse_rdf(forced.out, "ntriples");
    CHECK(document_dates(forced_graph, "plain.txt") == feb_2025);
    CHECK(document_dates(forced_graph, "dated.txt") == feb_2025);
}

TEST_CASE("cli: analyse prints CoNLL-U") {
    TempDir dir("trame-cli");
    const std::string input = dir.write("good.txt", kSentence + "\n");
    const RunResult result = run_trame({"analyse", input});
    INFO(result.err);
    REQUIRE(result.status == 0);

    // Ten columns; a multiword token's range line ("4-5 des") comes before its words, and the
    // surface forms (range lines and words outside them) spell the text without its spaces.
    std::size_t texts = 0, tokens = 0, range_end = 0;
    std::string surface;
    std::istringstream lines(result.out);
    for (std::string line; std::getline(lines, line);) {
        INFO("line: " << line);
        if (line.empty()) continue;
        if (line[0] == '#') {
            if (line == "# text = " + kSentence) ++texts;
            range_end = 0;  // word ids start again in each sentence
            continue;
        }
        ++tokens;
        CHECK(std::count(line.begin(), line.end(), '\t') == 9);
        std::smatch m;
        REQUIRE(std::regex_search(line, m, std::regex("^([1-9][0-9]*)(-([1-9][0-9]*))?\t([^\t]+)\t")));
        const std::size_t id = std::stoul(m[1]);
        if (m[3].matched) {
            range_end = std::stoul(m[3]);
            surface += m[4];
        } else if (id > range_end) {
            surface += m[4];
        }
    }
    std::string text = kSentence;
    text.erase(std::remove(text.begin(), text.end(), ' '), text.end());
    CHECK(surface == text);
    CHECK(texts == 1);
    CHECK(tokens >= 15);
    CHECK(result.out.size() >= 2);
    CHECK(result.out.substr(result.out.size() - 2) == "\n\n");  // a blank line ends the sentence
}

TEST_CASE("cli: analyse --input conllu tags and parses the words as given") {
    TempDir dir("trame-cli");
    // Words given with wrong or missing columns; a multiword token and SpaceAfter=No.
    const std::string input = dir.write("given.conllu",
        "# sent_id = a1\n# text = Le juge parle au témoin.\n"
        "1\tLe\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "2\tjuge\tjuger\tVERB\t_\t_\t0\troot\t_\t_\n"
        "3\tparle\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "4-5\tau\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "4\tà\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "5\tle\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "6\ttémoin\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n"
        "7\t.\t_\t_\t_\t_\t_\t_\t_\t_\n\n");
    const RunResult result = run_trame({"analyse", "--input", "conllu", input});
    INFO(result.err);
    REQUIRE(result.status == 0);
    INFO(result.out);
    CHECK(result.out.find("# sent_id = a1\n# text = Le juge parle au témoin.\n") == 0);
    CHECK(result.out.find("2\tjuge\tjuge\tNOUN\t") != std::string::npos);
    CHECK(result.out.find("3\tparle\tparler\tVERB\t") != std::string::npos);
    CHECK(result.out.find("\n4-5\tau\t_\t") != std::string::npos);
    CHECK(std::regex_search(result.out, std::regex("\n6\ttémoin\ttémoin\tNOUN\t[^\t]+\t[^\t]+\t3\tobl[^\t]*\t_\tSpaceAfter=No\n")));
    CHECK(result.out.substr(result.out.size() - 2) == "\n\n");

    const std::string text = dir.write("text.conllu", "Le juge parle.\n");
    const RunResult bad = run_trame({"analyse", "--input", "conllu", text});
    CHECK(bad.status == 1);
    CHECK(bad.err.find("text.conllu:1:") != std::string::npos);
    CHECK(run_trame({"analyse", "--input", "xml", input}).status == 2);
}

TEST_CASE("cli: analyse shows the recognizer's names as mentions, --no-recognizer leaves them out") {
    TempDir dir("trame-cli");
    // Neither organization is a proper-noun sequence for the analyser nor in the gazetteer.
    const std::string input = dir.write("ngo.txt",
        "Les militants du Front populaire de libération ont rencontré mardi la Fondation Terre Solidaire à Rennes.\n");
    const RunResult with = run_trame({"analyse", input});
    INFO(with.err);
    REQUIRE(with.status == 0);
    CHECK_THAT(with.out, Contains("Mention=Organization:Front populaire de libération"));
    CHECK_THAT(with.out, Contains("Mention=Organization:Fondation Terre Solidaire"));
    CHECK_THAT(with.out, Contains("Mention=Place:Rennes"));
    const RunResult without = run_trame({"analyse", "--no-recognizer", input});
    REQUIRE(without.status == 0);
    CHECK_THAT(without.out, !Contains("Mention=Organization:Fondation"));
    CHECK_THAT(without.out, Contains("Mention=Place:Rennes"));
}

TEST_CASE("cli: extract --no-discourse keeps only the facts each sentence names") {
    TempDir dir("trame-cli");
    // The second sentence's subject is a pronoun: its fact rests on the discourse stage.
    const std::string input = dir.write("pronoun.txt",
        "Le ministre Jean Dupont a rencontré lundi le président Paul Martin à Lyon.\n\n"
        "Il a ensuite rencontré Marie Durand, la ministre de la Santé.\n");
    const std::string resolved = "<https://w3id.org/trame/ontology#resolvedBy> \"pronoun\"";
    const RunResult with = run_trame({"extract", "-q", "-f", "ntriples", input});
    INFO(with.err);
    REQUIRE(with.status == 0);
    CHECK_THAT(with.out, Contains(resolved));
    const RunResult without = run_trame({"extract", "-q", "--no-discourse", "-f", "ntriples", input});
    REQUIRE(without.status == 0);
    CHECK_THAT(without.out, !Contains("resolvedBy"));
    CHECK_THAT(without.out, Contains("Jean Dupont"));
    CHECK(run_trame({"analyse", "--no-discourse", input}).status == 2);
}

TEST_CASE("cli: analyse tags every token of a mention in IOB2 with its character range") {
    TempDir dir("trame-cli");
    const std::string input = dir.write("iob.txt", "Les insurgés tchadiens ont quitté Paris.\n");
    const RunResult r = run_trame({"analyse", input});
    INFO(r.err);
    REQUIRE(r.status == 0);
    // The group holds the demonym: the longest mention gives the tags, both are listed.
    CHECK_THAT(r.out, Contains("\tTokenRange=4:12|Entity=B-Organization|Mention=Organization:insurgés tchadiens\n"));
    CHECK_THAT(r.out, Contains("\tTokenRange=13:22|Entity=I-Organization|Mention=Country:demonym:Tchad\n"));
    CHECK_THAT(r.out, Contains("\tTokenRange=34:39|Entity=B-Place|Mention=Place:Paris\n"));
    CHECK_THAT(r.out, Contains("\tTokenRange=0:3\n"));
    CHECK_THAT(r.out, Contains("\tTokenRange=23:26\n"));
}

TEST_CASE("cli: a broken recognizer model stops the run with the file's name") {
    TempDir dir("trame-cli");
    const std::string good = dir.write("good.txt", kSentence + "\n");
    const fs::path data = dir.path / "data";
    fs::copy(TRAME_SOURCE_DIR "/ontology", data, fs::copy_options::recursive);
    std::ofstream(data / "models" / "ner.model", std::ios::trunc) << "pas un modèle\n";
    const RunResult result = run_trame({"extract", "--data", data.string(), "-q", good});
    CHECK(result.status == 1);
    CHECK_THAT(result.err, Contains("ner.model") && Contains("not a trame NER model"));
    CHECK(result.out.empty());
    // Without the recognizer, the model file is not read.
    CHECK(run_trame({"extract", "--data", data.string(), "--no-recognizer", "-q", good}).status == 0);
}

TEST_CASE("cli: stats and export read the graph extract wrote") {
    const CorpusRun& corpus = CorpusRun::get();
    REQUIRE(corpus.result.status == 0);
    const RunResult stats = run_trame({"stats", "--top", "3", corpus.output});
    CHECK(stats.status == 0);
    CHECK_THAT(stats.out, Contains("Most connected entities") && Contains("connected components"));

    TempDir dir("trame-cli");
    const RunResult dot = run_trame({"export", "-o", dir / "graph.dot", corpus.output});
    CHECK(dot.status == 0);
    CHECK_THAT(read_file(dir / "graph.dot"), StartsWith("digraph trame {") && Contains("layout=sfdp"));
    const RunResult graphml = run_trame({"export", "--format", "graphml", "-o", dir / "graph.graphml", corpus.output});
    CHECK(graphml.status == 0);
    CHECK_THAT(read_file(dir / "graph.graphml"), Contains("<graphml") && Contains("<edge "));

    CHECK(run_trame({"export", "--format", "png", corpus.output}).status == 2);
    CHECK(run_trame({"stats"}).status == 2);
    const RunResult missing = run_trame({"stats", dir / "missing.ttl"});
    CHECK(missing.status == 1);
    CHECK_THAT(missing.err, StartsWith("trame: ") && Contains("missing.ttl"));
}

namespace {

/// Runs trame with `args`, its standard output being /dev/full (a disk that is always full).
RunResult run_trame_to_full_disk(const std::vector<std::string>& args, const std::string& input = "") {
    std::vector<std::string> argv = {"sh", "-c", "exec \"$0\" \"$@\" >/dev/full", TRAME_BINARY};
    argv.insert(argv.end(), args.begin(), args.end());
    return run(argv, input);
}

}  // namespace

TEST_CASE("cli: every command fails with status 1 and says why when standard output cannot be written") {
    const CorpusRun& corpus = CorpusRun::get();
    REQUIRE(corpus.result.status == 0);
    for (const std::vector<std::string>& args : std::vector<std::vector<std::string>>{
             {"extract", "-q", kCorpus},
             {"extract", "-q", "-f", "nquads", "-"},
             {"analyse", kCorpus},
             {"stats", corpus.output},
             {"export", corpus.output},
             {"export", "-f", "graphml", corpus.output},
             {"--help"},
             {"extract", "--help"},
             {"--version"}}) {
        const RunResult result = run_trame_to_full_disk(args, kSentence + "\n");
        INFO(args.front() << " " << args.back() << ": " << result.err);
        CHECK(result.status == 1);
        CHECK(result.err == "trame: cannot write standard output: No space left on device\n");
    }
}

TEST_CASE("cli: nothing written is said only when nothing went out") {
    TempDir dir("trame-cli");
    const std::string empty = dir.write("empty.txt", "");
    for (const std::string command : {"extract", "analyse"}) {
        const RunResult result = run_trame({command, empty});
        INFO(command << ": " << result.err);
        CHECK(result.status == 1);
        CHECK(result.out.empty());
        CHECK_THAT(result.err, Contains("no document could be read; nothing written"));
    }
}

TEST_CASE("cli: stats and export read the graph from standard input") {
    const CorpusRun& corpus = CorpusRun::get();
    REQUIRE(corpus.result.status == 0);
    const std::string turtle = read_file(corpus.output);
    const RunResult from_file = run_trame({"stats", corpus.output});
    const RunResult from_stdin = run_trame({"stats", "-"}, turtle);
    INFO(from_stdin.err);
    CHECK(from_stdin.status == 0);
    CHECK(from_stdin.out == from_file.out);
    CHECK_THAT(from_stdin.out, Contains("Most connected entities"));

    const RunResult dot = run_trame({"export", "-"}, turtle);
    CHECK(dot.status == 0);
    CHECK(dot.out == run_trame({"export", corpus.output}).out);

    const RunResult bad = run_trame({"stats", "-"}, "<not rdf");
    CHECK(bad.status == 1);
    CHECK_THAT(bad.err, StartsWith("trame: ") && Contains("(stdin):1:"));
}

TEST_CASE("cli: a misplaced or unknown option is a usage error naming it, and nothing runs") {
    const std::vector<std::pair<std::vector<std::string>, std::string>> cases = {
        {{"stats", "--into", "g.ttl", kCorpus}, "'--into' is not an option of stats"},
        {{"analyse", "--with-ontology", kCorpus}, "'--with-ontology' is not an option of analyse"},
        {{"export", "--top=3", kCorpus}, "'--top' is not an option of export"},
        {{"extract", "-qz", kCorpus}, "unknown option '-z'"},
        {{"extract", kCorpus, "--frobnicate=1"}, "unknown option '--frobnicate'"}};
    for (const auto& [args, message] : cases) {
        const RunResult result = run_trame(args);
        INFO(message);
        CHECK(result.status == 2);
        CHECK(result.out.empty());
        CHECK_THAT(result.err, StartsWith("trame: " + args.front() + ": ") && Contains(message) &&
                                   Contains("Try 'trame " + args.front() + " --help'"));
    }
}

TEST_CASE("cli: options in GNU style: --opt=value, bundles, options after the inputs") {
    TempDir dir("trame-cli");
    const std::string input = dir.write("in.txt", kSentence + "\n");
    const RunResult result = run_trame({"extract", input, "-qfntriples", "--output=" + (dir / "out.nt")});
    INFO(result.err);
    REQUIRE(result.status == 0);
    CHECK(result.err.empty());
    CHECK_FALSE(parse_rdf(read_file(dir / "out.nt"), "ntriples").instances(kRdf + "Statement").empty());
}

TEST_CASE("cli: each command's help has examples and the exit statuses") {
    for (const std::string command : {"extract", "analyse", "stats", "export", "map", "reconcile", "finalize"}) {
        const RunResult help = run_trame({command, "--help"});
        INFO(command);
        CHECK(help.status == 0);
        CHECK_THAT(help.out, StartsWith("Usage: trame " + command) && Contains("Examples:") && Contains("Exit status:"));
        CHECK(help.err.empty());
    }
    CHECK_THAT(run_trame({"--help"}).out, Contains("Commands:") && Contains("TRAME_DATA"));
}

TEST_CASE("cli: -v tells each document and the time of each stage; -q tells nothing") {
    TempDir dir("trame-cli");  // not -o /dev/null: before the output branch, root's trame would replace it
    const RunResult verbose = run_trame({"extract", "-v", "-o", dir / "out.ttl", kCorpus + "/01-sommet-baltique.txt"});
    INFO(verbose.err);
    REQUIRE(verbose.status == 0);
    CHECK(std::regex_search(verbose.err, std::regex("trame: [^\n]*01-sommet-baltique\\.txt: [0-9]+ sentences, [0-9]+ "
                                                     "tokens, [0-9]+ facts \\([0-9.]+ s\\)\n")));
    CHECK(std::regex_search(verbose.err, std::regex("trame: timings: data [0-9.]+ s, documents [0-9.]+ s, entities "
                                                     "[0-9.]+ s, writing [0-9.]+ s\n")));
    CHECK(std::regex_search(verbose.err, std::regex("trame: CPU per stage: segmenting [0-9.]+ s, analysis [0-9.]+ s, "
                                                     "recognizer [0-9.]+ s, mentions [0-9.]+ s, rules [0-9.]+ s, "
                                                     "discourse [0-9.]+ s; per 1000 sentences: segmenting [0-9.]+ ms")));
    CHECK(run_trame({"extract", "-q", "-o", dir / "out.ttl", kCorpus}).err.empty());
}

TEST_CASE("cli: the data folder comes from --data, then $TRAME_DATA") {
    TempDir dir("trame-cli");
    const std::string input = dir.write("in.txt", kSentence + "\n");
    const RunResult missing = run_trame({"extract", "--data", dir / "nowhere", input});
    CHECK(missing.status == 1);
    CHECK_THAT(missing.err, Contains(dir / "nowhere"));
    const RunResult from_environment =
        run({"env", "TRAME_DATA=" + (dir / "elsewhere"), TRAME_BINARY, "extract", "-q", input});
    CHECK(from_environment.status == 1);
    CHECK_THAT(from_environment.err, Contains(dir / "elsewhere"));
    const RunResult option_first =
        run({"env", "TRAME_DATA=" + (dir / "elsewhere"), TRAME_BINARY, "extract", "-q", "--data", TRAME_SOURCE_DIR "/ontology", input});
    CHECK(option_first.status == 0);
}

TEST_CASE("cli: --id names one document, so a folder of several is a usage error") {
    const RunResult result = run_trame({"extract", "--id=x", kCorpus});
    CHECK(result.status == 2);
    CHECK(result.out.empty());
    CHECK_THAT(result.err, Contains("--id names one document") && Contains(kCorpus));
}

TEST_CASE("cli: map, reconcile and finalize give the graph of extract; -j 2 gives its bytes") {
    TempDir dir("trame-cli-shards");
    const RunResult one = run_trame({"extract", "-q", "-f", "nquads", "-o", dir / "one.nq", kCorpus});
    REQUIRE(one.status == 0);
    const RunResult two = run_trame({"extract", "-q", "-j", "2", "-f", "nquads", "-o", dir / "two.nq", kCorpus});
    REQUIRE(two.status == 0);
    CHECK(read_file(dir / "one.nq") == read_file(dir / "two.nq"));

    const RunResult map = run_trame({"map", "-q", "-o", dir / "part.jsonl", kCorpus});
    INFO(map.err);
    REQUIRE(map.status == 0);
    REQUIRE(run_trame({"reconcile", "-q", "--entities", dir / "entities.nq", "--table", dir / "table.tsv", dir / "part.jsonl"}).status == 0);
    REQUIRE(run_trame({"finalize", "-q", "--table", dir / "table.tsv", "-o", dir / "part.nq", dir / "part.jsonl"}).status == 0);
    auto lines = [](const std::string& text) {
        std::set<std::string> set;
        std::istringstream in(text);
        for (std::string line; std::getline(in, line);) set.insert(line);
        return set;
    };
    std::set<std::string> sharded = lines(read_file(dir / "entities.nq"));
    const std::set<std::string> part = lines(read_file(dir / "part.nq"));
    sharded.insert(part.begin(), part.end());
    CHECK(sharded == lines(read_file(dir / "one.nq")));
}

TEST_CASE("cli: the sharded commands' usage errors, and bad records told by line") {
    CHECK_THAT(run_trame({"map", kCorpus}).err, Contains("give -o PART"));
    CHECK(run_trame({"reconcile", "--table", "t.tsv", "p.jsonl"}).status == 2);
    CHECK_THAT(run_trame({"finalize", "p.jsonl"}).err, Contains("--table"));
    CHECK_THAT(run_trame({"extract", "-j", "0", kCorpus}).err, Contains("invalid --jobs '0'"));
    CHECK_THAT(run_trame({"map", "-j", "2", "-o", "p.jsonl", kCorpus}).err, Contains("not an option of map"));

    TempDir dir("trame-cli-map");
    const RunResult result = run_trame({"map", "-o", dir / "part.jsonl", "-"},
                                       "{\"id\": \"a1\", \"text\": \"Le conseil municipal a voté le budget.\"}\n{\"id\": 3}\n");
    CHECK(result.status == 1);
    CHECK_THAT(result.err, Contains("standard input:2: skipped") && Contains("1 document"));
    CHECK(read_file(dir / "part.jsonl").find("\"id\":\"a1\"") != std::string::npos);
}
