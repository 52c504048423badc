// What the fuzz targets of this folder share: a check of the modules' documented guarantees that
// aborts (a libFuzzer finding) when one does not hold, and a UTF-8 validity test.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <string_view>

#include <unicode/utf8.h>

namespace trame::fuzzing {

/// Stops the run with `what` when `holds` is false: libFuzzer then keeps the input as a crash.
inline void check(bool holds, const char* what) {
    if (holds) return;
    std::fprintf(stderr, "trame fuzz: guarantee broken: %s\n", what);
    std::abort();
}

/// True when `text` is well-formed UTF-8 (no surrogates, no overlong forms, nothing above U+10FFFF).
inline bool valid_utf8(std::string_view text) {
    const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
    const int32_t length = static_cast<int32_t>(text.size());
    for (int32_t i = 0; i < length;) {
        UChar32 c;
        U8_NEXT(bytes, i, length, c);
        if (c < 0) return false;
    }
    return true;
}

}  // namespace trame::fuzzing
