// A part of a sharded run: the documents a map task processed, one JSON line each.
#pragma once

#include <cstdint>
#include <istream>
#include <string>
#include <vector>

#include "document/document.h"
#include "document/fact.h"

namespace trame {

/// One processed document as a line of a part file (trame map writes them, trame reconcile and
/// trame finalize read them): what the RDF writer needs of the document (id, source name, date,
/// identifier, text, sentences without tokens), every mention of each sentence with what the
/// reconciler reads of it, and the facts (arguments name their mention by sentence and index).
/// Keys of the JSON object: "id", "name", "date", "identifier", "text", "sentences" (each
/// {"index","begin","end","text","headline","mentions":[{"first","last","text","name",
/// "canonical","type","wikidata","title","demonym","pronoun","description"}]}) and "facts" (each
/// {"subject","predicate","object","negated","modality","confidence","rule","sentence"}, an
/// argument being {"text","begin","end","event"} plus "sentence" and "mention" for an entity),
/// and "tokens", the number of tokens the analysis made (the tokens themselves are not kept).
struct PartRecord {
    Document doc;
    std::vector<Fact> facts;
    std::size_t tokens = 0;
};

/// `doc` and `facts` as one JSON line, with its newline (tokens are not written).
std::string part_record(const Document& doc, const std::vector<Fact>& facts);

/// Reads part files line by line. A line that is not a valid record throws std::runtime_error
/// naming the file and the line.
class PartReader {
public:
    PartReader(std::istream& in, std::string path) : in_(in), path_(std::move(path)) {}
    /// Reads the next record into `record`; false at the end of the file.
    bool next(PartRecord& record);
    /// The byte offset of the record next() read last (for a later seek), and its line number.
    std::uint64_t offset() const { return offset_; }
    std::size_t line() const { return line_; }

private:
    std::istream& in_;
    std::string path_;
    std::size_t line_ = 0;
    std::uint64_t offset_ = 0;
};

/// The record of one part line; throws std::runtime_error naming `where` ("FILE:LINE").
PartRecord parse_part_record(const std::string& line, const std::string& where);

}  // namespace trame
