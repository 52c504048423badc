// Small UTF-8 helpers shared by the stages that map code-point offsets to bytes.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace trame {

/// Byte offset of the code point number `code_points` in `text` (text.size() when past the end).
inline std::size_t utf8_byte_offset(std::string_view text, std::size_t code_points) {
    std::size_t i = 0;
    for (; i < text.size() && code_points > 0; --code_points) {
        ++i;
        while (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) ++i;
    }
    return i;
}

/// Byte offset where the last `code_points` code points of `text` start (0 when it has fewer).
inline std::size_t utf8_suffix_offset(std::string_view text, std::size_t code_points) {
    std::size_t i = text.size();
    for (; i > 0 && code_points > 0; --code_points) {
        --i;
        while (i > 0 && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) --i;
    }
    return i;
}

/// Number of code points in `text`.
inline std::size_t utf8_length(std::string_view text) {
    std::size_t n = 0;
    for (unsigned char c : text) n += (c & 0xC0) != 0x80;
    return n;
}

/// Lower-cases and case-folds `text` (full Unicode case folding), for case-insensitive comparison.
std::string fold_case(std::string_view text);

/// True when the first code point of `text` is an upper-case letter (Unicode's Uppercase property).
bool starts_upper(std::string_view text);

/// The code point that starts at byte `i` of `text`, moving `i` past it; an ill-formed sequence
/// gives U+FFFD and moves `i` past its bytes (one at least).
char32_t utf8_next(std::string_view text, std::size_t& i);

/// Byte offset of the first ill-formed sequence of `text`, std::string_view::npos when it is valid.
std::size_t utf8_invalid_offset(std::string_view text);

/// The code points of `text`; throws std::invalid_argument naming the byte offset of the first
/// ill-formed sequence.
std::u32string utf8_decode(std::string_view text);

/// The UTF-8 encoding of the code points `text` (valid scalar values).
std::string utf8_encode(std::u32string_view text);

/// Appends the UTF-8 encoding of code point `c` (a valid scalar value) to `out`.
void append_utf8(std::string& out, char32_t c);

}  // namespace trame
