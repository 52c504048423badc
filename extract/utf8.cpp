#include "extract/utf8.h"

#include <unicode/unistr.h>

namespace trame {

std::string fold_case(std::string_view text) {
    std::string out;
    icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())))
        .foldCase()
        .toUTF8String(out);
    return out;
}

}  // namespace trame
