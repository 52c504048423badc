// Spelling helpers of the tagger and parser features: lower case, word shape, code-point prefixes
// and suffixes. Lower-casing covers ASCII and the Latin-1 and Latin Extended-A letters of French.
#pragma once

#include <string>

namespace trame::ud {

/// `text` with its upper-case Latin letters lowered (É → é, Œ → œ); other bytes unchanged.
std::string lower_latin(const std::string& text);

/// A coarse shape: runs of upper, lower, digit and other characters collapsed ("Xx", "d,d",
/// "X.X."), at most 6 symbols.
std::string word_shape(const std::string& text);

/// The first / last `n` code points of `text` (the whole text when shorter).
std::string prefix_cp(const std::string& text, std::size_t n);
std::string suffix_cp(const std::string& text, std::size_t n);

/// True when the first character is an upper-case letter.
bool starts_upper(const std::string& text);

}  // namespace trame::ud
