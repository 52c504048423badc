// A processed document as CoNLL-U, as `trame analyse` writes it.
#pragma once

#include <string>
#include <vector>

#include "document/document.h"
#include "document/fact.h"

namespace trame {

/// `doc` as CoNLL-U: "# newdoc id", then each sentence with "# sent_id" and "# text", one line of
/// ten columns per syntactic word (as the analysis left them; a range line "3-4 du" before the
/// words of a multiword token, whose MISC it holds; one line per token when a sentence has no
/// words), MISC holding the token's place in the document (`TokenRange=BEGIN:END`, code points), its IOB2 entity tag
/// (`Entity=B-TYPE` / `Entity=I-TYPE`) and the mentions starting at it (`Mention=TYPE:NAME`), then
/// the sentence's facts and discourse resolutions as comments, and a blank line.
std::string document_conllu(const Document& doc, const std::vector<Fact>& facts);

}  // namespace trame
