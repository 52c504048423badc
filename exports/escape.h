// Character escapes of the export formats, as tables: XML (GraphML) and JSON (the HTML page's data).
#pragma once

#include <cstddef>
#include <string>

namespace trame {

/// One character and what an output format writes in its place.
struct Escape {
    char c;
    const char* replacement;
};

/// Appends to `out` what `table` writes for `c`; false (and nothing appended) when `c` is not in it.
template <std::size_t N>
bool append_escape(const Escape (&table)[N], char c, std::string& out) {
    for (const Escape& escape : table)
        if (escape.c == c) {
            out += escape.replacement;
            return true;
        }
    return false;
}

}  // namespace trame
