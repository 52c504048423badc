#include "document/utf8.h"

#include <algorithm>

#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <stdexcept>

namespace trame {

std::string fold_case(std::string_view text) {
    std::string out;
    if (std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
        out.reserve(text.size());  // ASCII: case folding maps A-Z and nothing else
        for (const char c : text) out += c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
        return out;
    }
    icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())))
        .foldCase()
        .toUTF8String(out);
    return out;
}

bool starts_upper(std::string_view text) {
    if (text.empty()) return false;
    int32_t i = 0;
    UChar32 c;
    U8_NEXT(text.data(), i, static_cast<int32_t>(text.size()), c);
    return c >= 0 && u_isUUppercase(c);
}

void append_utf8(std::string& out, char32_t c) {
    char buffer[4];
    int32_t length = 0;
    UBool error = false;
    U8_APPEND(reinterpret_cast<uint8_t*>(buffer), length, 4, static_cast<UChar32>(c), error);
    if (!error) out.append(buffer, static_cast<std::size_t>(length));
}

namespace {

/// The code point at byte `i` of `text`, moving `i` past it; negative for an ill-formed sequence.
UChar32 next_or_negative(std::string_view text, std::size_t& i) {
    auto k = static_cast<int32_t>(i);
    UChar32 c;
    U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), k, static_cast<int32_t>(text.size()), c);
    i = static_cast<std::size_t>(k);
    return c;
}

}  // namespace

char32_t utf8_next(std::string_view text, std::size_t& i) {
    const UChar32 c = next_or_negative(text, i);
    return c < 0 ? U'\uFFFD' : static_cast<char32_t>(c);
}

std::size_t utf8_invalid_offset(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t start = i;
        if (next_or_negative(text, i) < 0) return start;
    }
    return std::string_view::npos;
}

std::u32string utf8_decode(std::string_view text) {
    std::u32string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t start = i;
        const UChar32 c = next_or_negative(text, i);
        if (c < 0) throw std::invalid_argument("invalid UTF-8 at byte " + std::to_string(start));
        out.push_back(static_cast<char32_t>(c));
    }
    return out;
}

std::string utf8_encode(std::u32string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char32_t c : text) append_utf8(out, c);
    return out;
}

}  // namespace trame
