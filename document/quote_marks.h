// The quotation marks of French news text, in one place for every stage that reads them.
#pragma once

#include <string_view>

namespace trame {

/// What a token that is a quotation mark does: open a quotation (« “), close one (» ”), either,
/// as the straight double quote does, by alternation, or mark a quotation nested in another (‹ ›),
/// which neither opens nor closes the outer one.
enum class QuoteMark { None, Open, Close, Either, Nested };

/// The role of `form` as a quotation mark (None when it is not one).
inline QuoteMark quote_mark(std::string_view form) {
    if (form == "«" || form == "“") return QuoteMark::Open;
    if (form == "»" || form == "”") return QuoteMark::Close;
    if (form == "\"") return QuoteMark::Either;
    if (form == "‹" || form == "›") return QuoteMark::Nested;
    return QuoteMark::None;
}

/// Whether a quotation is open after a mark, given whether it was open before it.
inline bool open_after_mark(QuoteMark mark, bool open) {
    switch (mark) {
        case QuoteMark::Open: return true;
        case QuoteMark::Close: return false;
        case QuoteMark::Either: return !open;
        case QuoteMark::Nested:
        case QuoteMark::None: break;
    }
    return open;
}

}  // namespace trame
