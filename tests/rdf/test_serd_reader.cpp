// Tests of rdf/serd_reader: the one Serd reader — statements with their terms expandable, blank
// prefixes, anonymous node ends, and errors that name the file (and the place in it).
#include <catch2/catch.hpp>

#include <stdexcept>
#include <string>
#include <vector>

#include "rdf/serd_reader.h"
#include "tests/temp_dir.h"

using trame::SerdFileReader;
using trame::SerdStatement;
using trame::serd_text;
using trame::testing::TempDir;
using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;

namespace {

const std::string kTurtle =
    "@prefix ex: <http://example.org/> .\n"
    "ex:a ex:knows ex:b ;\n"
    "     ex:name \"Aline\"@fr ;\n"
    "     ex:seen [ ex:on \"2024-05-01\"^^<http://www.w3.org/2001/XMLSchema#date> ] .\n";

}  // namespace

TEST_CASE("serd_reader: statements come with their nodes, CURIEs expand against the prefixes") {
    TempDir dir("trame-serd");
    SerdFileReader reader(dir.write("a.ttl", kTurtle));
    std::vector<std::string> seen;
    std::size_t ends = 0;
    reader.read(
        [&](const SerdStatement& s) {
            std::string object = s.object->type == SERD_LITERAL ? "\"" + std::string(serd_text(s.object)) + "\""
                                 : s.object->type == SERD_BLANK ? "_:" + std::string(serd_text(s.object))
                                                                : reader.expand(s.object);
            if (s.language) object += "@" + std::string(serd_text(s.language));
            if (s.datatype) object += "^^" + reader.expand(s.datatype);
            const std::string subject = s.subject->type == SERD_BLANK ? "_:" + std::string(serd_text(s.subject))
                                                                      : reader.expand(s.subject);
            seen.push_back(subject + " " + reader.expand(s.predicate) + " " + object);
        },
        [&](const SerdNode*) { ++ends; }, "p");
    REQUIRE(seen.size() == 4);
    CHECK(seen[0] == "http://example.org/a http://example.org/knows http://example.org/b");
    CHECK(seen[1] == "http://example.org/a http://example.org/name \"Aline\"@fr");
    CHECK_THAT(seen[2], StartsWith("http://example.org/a http://example.org/seen _:p"));
    CHECK_THAT(seen[3], StartsWith("_:p") && Contains("\"2024-05-01\"^^http://www.w3.org/2001/XMLSchema#date"));
    CHECK(ends == 1);
}

TEST_CASE("serd_reader: a handler's exception stops the read and names the file") {
    TempDir dir("trame-serd");
    const std::string path = dir.write("a.ttl", kTurtle);
    SerdFileReader reader(path);
    std::size_t calls = 0;
    CHECK_THROWS_WITH(reader.read([&](const SerdStatement&) {
        ++calls;
        throw std::invalid_argument("un terme refusé");
    }),
                      path + ": un terme refusé");
    CHECK(calls == 1);
}

TEST_CASE("serd_reader: invalid RDF, a missing file and a folder are errors naming them; an empty file is not") {
    TempDir dir("trame-serd");
    const std::string bad = dir.write("bad.ttl", "@prefix ex: <http://example.org/> .\nex:a ex:b \"non fermé .\n");
    CHECK_THROWS_WITH(SerdFileReader(bad).read([](const SerdStatement&) {}),
                      StartsWith("invalid RDF in " + bad + ":2:"));
    CHECK_THROWS_WITH(SerdFileReader(dir / "absent.ttl").read([](const SerdStatement&) {}),
                      StartsWith("cannot open " + (dir / "absent.ttl")));
    dir.write("dossier.ttl/x", "");
    CHECK_THROWS_WITH(SerdFileReader(dir / "dossier.ttl").read([](const SerdStatement&) {}),
                      Contains("dossier.ttl") && Contains("directory"));
    std::size_t calls = 0;
    SerdFileReader(dir.write("vide.nt", "")).read([&](const SerdStatement&) { ++calls; });
    CHECK(calls == 0);
}
