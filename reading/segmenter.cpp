#include "reading/segmenter.h"

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include "document/utf8.h"

namespace trame {
namespace {

/// A candidate sentence: bytes [begin, end) of a paragraph, and whether it comes from cutting an
/// over-long sentence.
struct Piece {
    std::size_t begin = 0;
    std::size_t end = 0;
    bool cut = false;
};

/// The code point starting at byte `i` of valid UTF-8 `text`; moves `i` past it.
UChar32 next_code_point(std::string_view text, std::size_t& i) {
    UChar32 c;
    U8_NEXT_UNSAFE(reinterpret_cast<const uint8_t*>(text.data()), i, c);
    return c;
}

/// The code point ending at byte `i` of valid UTF-8 `text`; moves `i` to its start.
UChar32 previous_code_point(std::string_view text, std::size_t& i) {
    UChar32 c;
    U8_PREV_UNSAFE(reinterpret_cast<const uint8_t*>(text.data()), i, c);
    return c;
}

/// The first byte at or after `i` (and before `end`) that does not start a white space.
std::size_t skip_space(std::string_view text, std::size_t i, std::size_t end) {
    while (i < end) {
        std::size_t next = i;
        if (!u_isUWhiteSpace(next_code_point(text, next))) break;
        i = next;
    }
    return i;
}

Piece trim(std::string_view text, Piece piece) {
    piece.begin = skip_space(text, piece.begin, piece.end);
    while (piece.end > piece.begin) {
        std::size_t previous = piece.end;
        if (!u_isUWhiteSpace(previous_code_point(text, previous))) break;
        piece.end = previous;
    }
    return piece;
}

/// True for closing quotes and brackets (», ”, ’, ), ], ...).
bool is_closing(UChar32 c) {
    int8_t type = u_charType(c);
    return type == U_END_PUNCTUATION || type == U_FINAL_PUNCTUATION;
}

/// ICU ends a sentence before a closing quote that follows a space ("prêts. »"), as French
/// typography writes it: moves a boundary `i` past such spaces and closing quotes or brackets.
std::size_t after_closing(std::string_view text, std::size_t i) {
    const std::size_t start = skip_space(text, i, text.size());
    std::size_t end = start;
    while (end < text.size()) {
        std::size_t next = end;
        if (!is_closing(next_code_point(text, next))) break;
        end = next;
    }
    return end == start ? i : end;
}

/// True when the text at `i` goes on with the same sentence: its first non-space character is a
/// lower-case letter (« Prêts ! » a-t-il dit) or a comma, semicolon or colon (« Prêts ? », dit-il).
bool continues_sentence(std::string_view text, std::size_t i) {
    i = skip_space(text, i, text.size());
    if (i == text.size()) return false;
    UChar32 c = next_code_point(text, i);
    return c == ',' || c == ';' || c == ':' || u_hasBinaryProperty(c, UCHAR_LOWERCASE);
}

/// True when the text before byte `i` ends with a name's initial: a capitalised word, a space, one
/// capital letter and a full stop ("George H." in "George H. W. Bush"), where ICU sees the end of
/// a sentence. "la vitamine C." is not one: the word before the letter has no capital.
bool ends_with_initial(std::string_view text, std::size_t i) {
    while (i > 0) {
        std::size_t previous = i;
        if (!u_isUWhiteSpace(previous_code_point(text, previous))) break;
        i = previous;
    }
    if (i < 2 || text[i - 1] != '.') return false;
    --i;
    if (!u_isUUppercase(previous_code_point(text, i)) || i == 0) return false;
    if (!u_isUWhiteSpace(previous_code_point(text, i))) return false;
    // The word before the space: its first letter must be a capital.
    UChar32 first = 0;
    while (i > 0) {
        std::size_t previous = i;
        const UChar32 c = previous_code_point(text, previous);
        if (u_isUWhiteSpace(c)) break;
        first = c;
        i = previous;
    }
    return first != 0 && u_isUUppercase(first);
}

/// True when `text` ends with . ! ? or … (or another sentence terminator), possibly followed by
/// closing quotes, closing brackets and spaces.
bool ends_with_final_punctuation(std::string_view text) {
    for (std::size_t i = text.size(); i > 0;) {
        UChar32 c = previous_code_point(text, i);
        if (!is_closing(c) && c != '"' && c != '\'' && !u_isUWhiteSpace(c))
            return c == 0x2026 || u_hasBinaryProperty(c, UCHAR_S_TERM);
    }
    return false;
}

/// Adds `sentence` to `pieces`, cut into parts of at most Segmenter::kMaxLength code points when it is
/// longer: each cut is at the last white space before the limit, or at the limit when there is none.
void add_sentence(std::string_view text, Piece sentence, std::vector<Piece>& pieces) {
    std::size_t begin = sentence.begin;
    // A sentence of at most kMaxLength bytes has at most kMaxLength code points.
    while (sentence.end - begin > Segmenter::kMaxLength) {
        std::size_t limit = begin;  // the byte after kMaxLength code points
        std::size_t last_space = std::string_view::npos;
        for (std::size_t count = 0; limit < sentence.end && count < Segmenter::kMaxLength; ++count) {
            std::size_t next = limit;
            if (u_isUWhiteSpace(next_code_point(text, next))) last_space = limit;
            limit = next;
        }
        if (limit == sentence.end) break;
        std::size_t after = limit;
        if (u_isUWhiteSpace(next_code_point(text, after))) last_space = limit;
        std::size_t cut = last_space != std::string_view::npos && last_space > begin ? last_space : limit;
        pieces.push_back(trim(text, {begin, cut, true}));
        begin = skip_space(text, cut, sentence.end);
    }
    pieces.push_back({begin, sentence.end, begin != sentence.begin});
}

/// The sentence boundaries of `paragraph` (byte offsets, first 0, last its size) from ICU's: a
/// boundary is moved past closing quotes that ICU left to the next sentence, and dropped when the
/// sentence goes on after it or when it follows a name's initial ("George H. W. Bush").
std::vector<std::size_t> sentence_boundaries(std::string_view paragraph, const std::vector<std::size_t>& icu) {
    std::vector<std::size_t> boundaries{0};
    for (std::size_t boundary : icu) {
        boundary = after_closing(paragraph, boundary);
        if (boundary > boundaries.back() && boundary < paragraph.size() && !continues_sentence(paragraph, boundary) &&
            !ends_with_initial(paragraph, boundary))
            boundaries.push_back(boundary);
    }
    boundaries.push_back(paragraph.size());
    return boundaries;
}

/// The sentences of `paragraph` between `boundaries`, trimmed, long ones cut.
std::vector<Piece> sentences_between(std::string_view paragraph, const std::vector<std::size_t>& boundaries) {
    std::vector<Piece> pieces;
    for (std::size_t k = 1; k < boundaries.size(); ++k) {
        Piece sentence = trim(paragraph, {boundaries[k - 1], boundaries[k], false});
        if (sentence.begin < sentence.end) add_sentence(paragraph, sentence, pieces);
    }
    return pieces;
}

/// Walks forward through a UTF-8 text, converting byte offsets to code point offsets and back.
/// Targets must never decrease from one call to the next.
class Cursor {
public:
    explicit Cursor(std::string_view text) : text_(text) {}

    std::size_t byte_of(std::size_t code_point) {
        while (code_point_ < code_point) step();
        return byte_;
    }
    std::size_t code_point_of(std::size_t byte) {
        while (byte_ < byte) step();
        return code_point_;
    }

private:
    void step() {
        ++byte_;
        while (byte_ < text_.size() && (static_cast<unsigned char>(text_[byte_]) & 0xC0) == 0x80) ++byte_;
        ++code_point_;
    }

    std::string_view text_;
    std::size_t byte_ = 0;
    std::size_t code_point_ = 0;
};

}  // namespace

Segmenter::Segmenter() {
    UErrorCode status = U_ZERO_ERROR;
    breaker_.reset(icu::BreakIterator::createSentenceInstance(icu::Locale("fr@ss=standard"), status));
    if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU sentence iterator: ") + u_errorName(status));
}

void Segmenter::segment(Document& doc) const {
    doc.sentences.clear();
    const std::string_view text = doc.text;
    Cursor cursor(text);
    UText utext = UTEXT_INITIALIZER;
    for (const TextSpan& span : doc.paragraphs) {
        const std::size_t start = cursor.byte_of(span.begin);
        const std::string_view rest = text.substr(start);
        const std::string_view paragraph = rest.substr(0, utf8_byte_offset(rest, span.end - span.begin));
        UErrorCode status = U_ZERO_ERROR;
        utext_openUTF8(&utext, paragraph.data(), static_cast<int64_t>(paragraph.size()), &status);
        breaker_->setText(&utext, status);
        if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU sentence iterator: ") + u_errorName(status));
        std::vector<std::size_t> icu_boundaries;
        for (int32_t b = breaker_->next(); b != icu::BreakIterator::DONE; b = breaker_->next())
            icu_boundaries.push_back(static_cast<std::size_t>(b));
        std::vector<Piece> pieces = sentences_between(paragraph, sentence_boundaries(paragraph, icu_boundaries));
        for (const Piece& piece : pieces) {
            Sentence sentence;
            sentence.index = doc.sentences.size();
            sentence.begin = cursor.code_point_of(start + piece.begin);
            sentence.end = cursor.code_point_of(start + piece.end);
            sentence.text = std::string(paragraph.substr(piece.begin, piece.end - piece.begin));
            doc.sentences.push_back(std::move(sentence));
        }
        if (!pieces.empty() && !pieces.back().cut && !ends_with_final_punctuation(paragraph))
            doc.sentences.back().headline = true;
    }
    utext_close(&utext);
}

}  // namespace trame
