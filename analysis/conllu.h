// Reading and writing CoNLL-U: sentences as blocks of comment lines, multiword-token range lines
// ("3-4\tdu\t_…") and word lines, a blank line after each sentence. Empty nodes (decimal IDs) are
// skipped on reading.
#pragma once

#include <istream>
#include <ostream>
#include <stdexcept>
#include <string>
#include <vector>

#include "analysis/ud.h"

namespace trame::ud {

/// A malformed CoNLL-U input; what() names the file and line ("f.conllu:12: …").
struct ConlluError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

/// True when a MISC column holds SpaceAfter=No.
bool has_space_after_no(const std::string& misc);

/// Reads every sentence of a CoNLL-U stream; `name` is used in error messages. Tokens are rebuilt
/// from the range lines (a word outside a range is its own token); SpaceAfter=No in MISC sets
/// Token::space_after; "# text = …" fills Sentence::text. Throws ConlluError on bad input.
std::vector<Sentence> read_conllu(std::istream& in, const std::string& name);

/// Reads a CoNLL-U file; throws ConlluError when it cannot be opened or is malformed.
std::vector<Sentence> read_conllu_file(const std::string& path);

/// Writes one sentence as a CoNLL-U block: its comments, then range lines before the words of
/// each multiword token, ten tab-separated columns per word (DEPS is always "_": Word has no
/// enhanced graph), and a blank line. SpaceAfter=No follows Token::space_after.
void write_conllu(std::ostream& out, const Sentence& sentence);

/// Writes sentences one after another.
void write_conllu(std::ostream& out, const std::vector<Sentence>& sentences);

}  // namespace trame::ud
