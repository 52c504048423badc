#include "analysis/word_shape.h"

#include "document/utf8.h"

namespace trame::ud {

namespace {

bool is_upper(char32_t c) {
    return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7) ||
           (c >= 0x100 && c <= 0x17F && (c % 2 == 0) && c != 0x138) || c == 0x178;
}

char32_t to_lower(char32_t c) {
    if (c >= 'A' && c <= 'Z') return c + 32;
    if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 32;
    if (c == 0x178) return 0xFF;
    if (c >= 0x100 && c <= 0x17F && (c % 2 == 0) && c != 0x138) return c + 1;
    return c;
}

bool is_lower(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 0xDF && c <= 0xFF && c != 0xF7) || (c >= 0x100 && c <= 0x17F); }

}  // namespace

std::string lower_latin(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t start = i;
        const char32_t c = utf8_next(text, i);
        if (c == U'\uFFFD') out.append(text, start, i - start);  // ill-formed bytes stay as they are
        else append_utf8(out, to_lower(c));
    }
    return out;
}

std::string word_shape(const std::string& text) {
    std::string out;
    char last = 0;
    for (std::size_t i = 0; i < text.size() && out.size() < 6;) {
        const char32_t c = utf8_next(text, i);
        char k = is_upper(c) ? 'X' : is_lower(c) ? 'x' : (c >= '0' && c <= '9') ? 'd' : c < 0x80 ? static_cast<char>(c) : 'o';
        if (k != last) out += k;
        last = k;
    }
    return out;
}

std::string prefix_cp(const std::string& text, std::size_t n) { return text.substr(0, utf8_byte_offset(text, n)); }

std::string suffix_cp(const std::string& text, std::size_t n) { return text.substr(utf8_suffix_offset(text, n)); }

bool starts_upper(const std::string& text) {
    std::size_t i = 0;
    return !text.empty() && is_upper(utf8_next(text, i));
}

}  // namespace trame::ud
