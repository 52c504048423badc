// A reference slicer of UTF-8 text by code points, independent of the code under test.
#pragma once

#include <cstddef>
#include <string>

namespace trame::testing {

/// The code points [begin, end) of UTF-8 `text`.
inline std::string code_points(const std::string& text, std::size_t begin, std::size_t end) {
    std::size_t index = 0;
    std::string out;
    for (unsigned char c : text) {
        if ((c & 0xC0) != 0x80) ++index;
        if (index > begin && index <= end) out += static_cast<char>(c);
    }
    return out;
}

}  // namespace trame::testing
