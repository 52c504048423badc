#include "analysis/word_shape.h"

namespace trame::ud {

namespace {

/// Decodes the code point at `i` and its byte length.
char32_t decode(const std::string& s, std::size_t i, std::size_t& len) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) { len = 1; return c; }
    std::size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    if (i + n > s.size()) { len = 1; return c; }
    char32_t cp = n == 2 ? c & 0x1F : n == 3 ? c & 0x0F : c & 0x07;
    for (std::size_t k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    len = n;
    return cp;
}

void encode(char32_t cp, std::string& out) {
    if (cp < 0x80) out += static_cast<char>(cp);
    else if (cp < 0x800) { out += static_cast<char>(0xC0 | (cp >> 6)); out += static_cast<char>(0x80 | (cp & 0x3F)); }
    else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

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
        std::size_t len;
        char32_t c = decode(text, i, len);
        if (len == 1 && static_cast<unsigned char>(text[i]) >= 0x80) out += text[i];
        else encode(to_lower(c), out);
        i += len;
    }
    return out;
}

std::string word_shape(const std::string& text) {
    std::string out;
    char last = 0;
    for (std::size_t i = 0; i < text.size() && out.size() < 6;) {
        std::size_t len;
        char32_t c = decode(text, i, len);
        i += len;
        char k = is_upper(c) ? 'X' : is_lower(c) ? 'x' : (c >= '0' && c <= '9') ? 'd' : c < 0x80 ? static_cast<char>(c) : 'o';
        if (k != last) out += k;
        last = k;
    }
    return out;
}

std::string prefix_cp(const std::string& text, std::size_t n) {
    std::size_t i = 0;
    for (; i < text.size() && n > 0; --n) {
        ++i;
        while (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) ++i;
    }
    return text.substr(0, i);
}

std::string suffix_cp(const std::string& text, std::size_t n) {
    std::size_t i = text.size();
    for (; i > 0 && n > 0; --n) {
        --i;
        while (i > 0 && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) --i;
    }
    return text.substr(i);
}

bool starts_upper(const std::string& text) {
    if (text.empty()) return false;
    std::size_t len;
    return is_upper(decode(text, 0, len));
}

}  // namespace trame::ud
