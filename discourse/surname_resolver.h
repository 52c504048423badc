// Lone surnames given the type of the person the article named in full.
#pragma once

#include <cstddef>

#include "document/document.h"

namespace trame {

/// Gives an untyped one-word name of sentence `index` ("Spicer", a word the lexicon does not
/// know) the type and canonical name of the person the same article named in full earlier
/// ("Sean Spicer"), so that the rules see a person. Earlier sentences must have their mentions.
void resolve_surnames(Document& doc, std::size_t index);

}  // namespace trame
