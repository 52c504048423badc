// What the analyser's two trained models (tagger.cpp, parser.cpp) share: the names of learn/ they
// use unqualified, and the hashed sentinel values that stand for a missing word or label.
#pragma once

#include <cstdint>

#include "learn/perceptron.h"

namespace trame::ud {

using learn::feature;
using learn::hash_string;
using learn::Perceptron;

/// Hashed sentinels of the tagger's features: no value, before the first word, after the last.
inline const std::uint64_t kNone = hash_string("<none>");
inline const std::uint64_t kStart = hash_string("<s>");
inline const std::uint64_t kEnd = hash_string("</s>");

/// Hashed sentinels of the parser's features: no word at a position, the root, no label yet.
inline const std::uint64_t kNoWord = hash_string("<no word>");
inline const std::uint64_t kRootWord = hash_string("<root>");
inline const std::uint64_t kNoLabel = hash_string("<no label>");

}  // namespace trame::ud
