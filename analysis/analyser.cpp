#include "analysis/analyser.h"

#include <algorithm>
#include <filesystem>
#include <stdexcept>
#include <unordered_map>
#include <utility>
#include <vector>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "analysis/apertium_engines.h"
#include "analysis/apertium_stream.h"

namespace trame {

namespace {

using apertium::AnalysisPart;
using apertium::LexicalUnit;

/// Units of one sentence, in order.
using Units = std::vector<LexicalUnit>;

/// The CG window limit of cg-proc.
constexpr std::size_t kMaxWindow = 500;

std::runtime_error failure(const std::string& what) {
    return std::runtime_error("analyser: " + what);
}

std::string data_file(const std::string& dir, const std::string& name) {
    std::string path = (std::filesystem::path(dir) / name).string();
    if (!std::filesystem::is_regular_file(path))
        throw failure("missing " + path + " (install the Debian package apertium-fra-cat)");
    return path;
}

// ---- UTF-8 -------------------------------------------------------------------------------

/// The code point starting at byte `i` of `s`; moves `i` past it (U+FFFD when malformed).
UChar32 next_code_point(const std::string& s, std::size_t& i) {
    UChar32 c;
    int32_t pos = static_cast<int32_t>(i);
    U8_NEXT_OR_FFFD(s.data(), pos, static_cast<int32_t>(s.size()), c);
    i = static_cast<std::size_t>(pos);
    return c;
}

UChar32 first_code_point(const std::string& s) {
    std::size_t i = 0;
    return s.empty() ? 0 : next_code_point(s, i);
}

bool has_alphanumeric(const std::string& s) {
    for (std::size_t i = 0; i < s.size();)
        if (u_isalnum(next_code_point(s, i))) return true;
    return false;
}

bool is_blank(UChar32 c) {
    return u_isUWhiteSpace(c) || u_iscntrl(c) || u_charType(c) == U_FORMAT_CHAR;
}

/// Turns the byte offsets of `tokens` (sorted, in `text`) into document code-point offsets.
void to_code_points(std::vector<Token>& tokens, const std::string& text, std::size_t sentence_begin) {
    std::size_t byte = 0;
    std::size_t code_points = 0;
    auto convert = [&](std::size_t target) {
        for (; byte < target && byte < text.size(); ++byte)
            if ((static_cast<unsigned char>(text[byte]) & 0xC0) != 0x80) ++code_points;
        return sentence_begin + code_points;
    };
    for (Token& t : tokens) {
        t.begin = convert(t.begin);
        t.end = convert(t.end);
    }
}

// ---- Tokens from analyses ----------------------------------------------------------------

const std::unordered_map<std::string, std::string>& upos_table() {
    static const std::unordered_map<std::string, std::string> table = {
        {"n", "NOUN"},     {"np", "PROPN"},    {"vblex", "VERB"},   {"vbmod", "VERB"},
        {"vbser", "AUX"},  {"vbhaver", "AUX"}, {"adj", "ADJ"},      {"adv", "ADV"},
        {"preadv", "ADV"}, {"pr", "ADP"},      {"det", "DET"},      {"predet", "DET"},
        {"prn", "PRON"},   {"rel", "PRON"},    {"cnjcoo", "CCONJ"}, {"cnjsub", "SCONJ"},
        {"cnjadv", "SCONJ"}, {"num", "NUM"},   {"ij", "INTJ"},      {"sent", "PUNCT"},
        {"cm", "PUNCT"},   {"lpar", "PUNCT"},  {"rpar", "PUNCT"},   {"lquest", "PUNCT"},
        {"guio", "PUNCT"}, {"apos", "PUNCT"},  {"lquot", "PUNCT"},  {"rquot", "PUNCT"},
        {"quot", "PUNCT"}, {"punct", "PUNCT"}, {"sym", "SYM"},
    };
    return table;
}

std::string upos_of(const std::string& pos) {
    auto it = upos_table().find(pos);
    return it == upos_table().end() ? "X" : it->second;
}

/// Builds a token from its form and its Apertium tags (the first tag is the part of speech).
Token tagged_token(const std::string& form, const std::string& lemma, const std::vector<std::string>& tags) {
    Token t;
    t.form = form;
    t.lemma = lemma;
    t.upos = upos_of(tags.front());
    t.feats.assign(tags.begin() + 1, tags.end());
    t.xpos = tags.front();
    for (const std::string& f : t.feats) t.xpos += "." + f;
    return t;
}

/// A quote, dash, symbol or other mark that lt-proc leaves out of its units.
Token symbol_token(const std::string& form) {
    static const std::unordered_map<UChar32, std::string> marks = {
        {0x00AB, "lquot"}, {0x2039, "lquot"}, {0x201C, "lquot"}, {0x201E, "lquot"}, {0x2018, "lquot"},
        {0x00BB, "rquot"}, {0x203A, "rquot"}, {0x201D, "rquot"}, {'"', "quot"},
        {'\'', "apos"},    {0x2019, "apos"},  {'-', "guio"},     {0x2012, "guio"},  {0x2013, "guio"},
        {0x2014, "guio"},  {0x2015, "guio"},  {0x2026, "sent"},
    };
    UChar32 c = first_code_point(form);
    auto mark = marks.find(c);
    if (mark != marks.end()) return tagged_token(form, form, {mark->second});
    int8_t type = u_charType(c);
    bool symbol = c == '%' || c == 0x2030 || type == U_MATH_SYMBOL || type == U_CURRENCY_SYMBOL ||
                  type == U_MODIFIER_SYMBOL || type == U_OTHER_SYMBOL;
    if (symbol) return tagged_token(form, form, {"sym"});
    if (u_ispunct(c)) return tagged_token(form, form, {"punct"});
    return tagged_token(form, form, {"unk"});
}

/// A word the dictionary does not know: a proper noun when capitalised, X otherwise.
Token unknown_token(const std::string& form) {
    if (!has_alphanumeric(form)) return symbol_token(form);
    UChar32 c = first_code_point(form);
    if (u_isupper(c) || u_istitle(c)) return tagged_token(form, form, {"np", "unk"});
    return tagged_token(form, form, {"unk"});
}

/// "viser# à" -> "viser à": the '#' marks where a verbal multiword's invariable part starts.
std::string clean_lemma(std::string lemma) {
    std::string without = lemma;
    without.erase(std::remove(without.begin(), without.end(), '#'), without.end());
    return without.empty() ? lemma : without;
}

/// The token of a unit from its chosen analysis; for "de<pr>+le<det>..." the first part gives
/// lemma and UPOS, xpos is "pr+det...", and feats hold every tag but the first.
Token unit_token(const LexicalUnit& unit) {
    const std::string analysis = unit.analyses.empty() ? "*" + unit.surface : unit.analyses.front();
    std::vector<AnalysisPart> parts = apertium::split_analysis(analysis);
    if (apertium::is_unknown(analysis) || parts.front().tags.empty()) return unknown_token(unit.surface);

    std::vector<std::string>& tags = parts.front().tags;
    if (tags.front() == "n" && std::find(tags.begin(), tags.end(), "acr") != tags.end())
        tags.front() = "np";  // OTAN, ONU, CNN are names
    Token t = tagged_token(unit.surface, clean_lemma(parts.front().lemma), tags);
    for (std::size_t p = 1; p < parts.size(); ++p) {
        const std::vector<std::string>& more = parts[p].tags;
        for (std::size_t k = 0; k < more.size(); ++k) t.xpos += (k == 0 ? "+" : ".") + more[k];
        t.feats.insert(t.feats.end(), more.begin(), more.end());
    }
    return t;
}

/// Adds a token for each mark in text[from, to) (runs of the same mark make one token).
void add_marks(const std::string& text, std::size_t from, std::size_t to, std::vector<Token>& tokens) {
    for (std::size_t i = from; i < to;) {
        std::size_t start = i;
        UChar32 c = next_code_point(text, i);
        if (is_blank(c)) continue;
        for (std::size_t next = i; next < to && next_code_point(text, next) == c;) i = next;
        Token t = symbol_token(text.substr(start, i - start));
        t.begin = start;
        t.end = i;
        tokens.push_back(std::move(t));
    }
}

/// The tokens of a sentence, with byte offsets in `text`: its tagged units and the marks between.
std::vector<Token> sentence_tokens(const Units& units, const std::string& text) {
    std::vector<Token> tokens;
    std::size_t cursor = 0;
    for (const LexicalUnit& unit : units) {
        add_marks(text, cursor, unit.begin, tokens);
        Token t = unit_token(unit);
        t.begin = unit.begin;
        t.end = unit.end;
        tokens.push_back(std::move(t));
        cursor = unit.end;
    }
    add_marks(text, cursor, text.size(), tokens);
    return tokens;
}

// ---- Unit repairs ------------------------------------------------------------------------

/// Sets the byte offsets of `units` by finding their surfaces in `text`, left to right.
void align(Units& units, const std::string& text) {
    std::size_t cursor = 0;
    for (LexicalUnit& unit : units) {
        std::size_t at = text.find(unit.surface, cursor);
        if (at == std::string::npos || unit.surface.empty())
            throw failure("cannot find the analysed word '" + unit.surface + "' in \"" + text + "\"");
        unit.begin = at;
        unit.end = at + unit.surface.size();
        cursor = unit.end;
    }
}

bool all_digits(const std::string& s, std::size_t from = 0, std::size_t to = std::string::npos) {
    to = std::min(to, s.size());
    if (from >= to) return false;
    return std::all_of(s.begin() + from, s.begin() + to, [](char c) { return c >= '0' && c <= '9'; });
}

bool is_number(const LexicalUnit& unit) {
    if (unit.analyses.size() != 1) return false;
    const std::string& a = unit.analyses.front();
    return a.size() > 5 && a.compare(a.size() - 5, 5, "<num>") == 0;
}

/// "300" or "300,5": a group of three digits, possibly ending the number with decimals.
bool is_digit_group(const std::string& s) {
    return s.size() >= 3 && all_digits(s, 0, 3) && (s.size() == 3 || (s[3] == ',' && all_digits(s, 4)));
}

/// True when text[from, to) is one space, no-break space or narrow no-break space.
bool is_group_separator(const std::string& text, std::size_t from, std::size_t to) {
    std::string gap = text.substr(from, to - from);
    return gap == " " || gap == "\u00A0" || gap == "\u202F";
}

/// Joins "12" "300" into one number unit "12 300" (lemma "12300").
void join_digit_groups(Units& units, const std::string& text) {
    Units joined;
    for (std::size_t i = 0; i < units.size();) {
        std::size_t j = i;
        if (is_number(units[i]) && units[i].surface.size() <= 3 && all_digits(units[i].surface)) {
            while (j + 1 < units.size() && all_digits(units[j].surface) && is_number(units[j + 1]) &&
                   is_digit_group(units[j + 1].surface) &&
                   is_group_separator(text, units[j].end, units[j + 1].begin))
                ++j;
        }
        if (j == i) {
            joined.push_back(std::move(units[i++]));
            continue;
        }
        LexicalUnit number;
        number.begin = units[i].begin;
        number.end = units[j].end;
        number.surface = text.substr(number.begin, number.end - number.begin);
        std::string digits;
        for (std::size_t k = i; k <= j; ++k) digits += units[k].surface;
        number.analyses = {apertium::escape(digits) + "<num>"};
        joined.push_back(std::move(number));
        i = j + 1;
    }
    units = std::move(joined);
}

/// True when the unit is certainly a sentence end for the tagger (one analysis, <sent>).
bool ends_sentence(const LexicalUnit& unit) {
    return unit.analyses.size() == 1 && unit.analyses.front().find("<sent>") != std::string::npos;
}

/// The text given to lttoolbox for a sentence: NUL would end the chunk, so it becomes a space.
std::string analysed_text(std::string text) {
    std::replace(text.begin(), text.end(), '\0', ' ');
    return text;
}

}  // namespace

// ---- The pipeline ------------------------------------------------------------------------

/// The three loaded Apertium stages and the way a document flows through them.
class Analyser::Impl {
public:
    explicit Impl(const std::string& dir)
        : morph_(data_file(dir, "fra-cat.automorf.bin")),
          grammar_(data_file(dir, "fra-cat.rlx.bin")),
          tagger_(data_file(dir, "fra-cat.prob")) {}

    void analyse(Document& doc) {
        std::vector<Units> units = lex(doc);
        for (Units& sentence : units)
            for (std::size_t first = 0; first < sentence.size(); first += kMaxWindow)
                grammar_.disambiguate(sentence, first, std::min(sentence.size(), first + kMaxWindow));
        tag(units);
        for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
            Sentence& sentence = doc.sentences[s];
            sentence.tokens = sentence_tokens(units[s], sentence.text);
            to_code_points(sentence.tokens, sentence.text, sentence.begin);
        }
    }

private:
    /// Analyses every sentence in one lttoolbox call; returns the aligned units of each.
    std::vector<Units> lex(const Document& doc) {
        std::vector<std::string> texts;
        std::vector<std::string> chunks;
        for (const Sentence& sentence : doc.sentences) {
            texts.push_back(analysed_text(sentence.text));
            chunks.push_back(apertium::escape(texts.back()));
        }
        std::vector<std::string> streams = morph_.analyse(chunks);
        std::vector<Units> units;
        for (std::size_t s = 0; s < streams.size(); ++s) {
            units.push_back(apertium::parse_stream(streams[s]));
            align(units.back(), texts[s]);
            join_digit_groups(units.back(), texts[s]);
        }
        return units;
    }

    /// Runs the HMM tagger once over the document; leaves one analysis per unit.
    void tag(std::vector<Units>& units) {
        std::string stream;
        std::vector<LexicalUnit*> order;  // nullptr: a sentence end added for the tagger
        for (Units& sentence : units) {
            for (LexicalUnit& unit : sentence) {
                stream += apertium::format_unit(unit.surface, unit.analyses) + " ";
                order.push_back(&unit);
            }
            if (!sentence.empty() && !ends_sentence(sentence.back())) {
                stream += "^./.<sent>$ ";
                order.push_back(nullptr);
            }
        }
        if (order.empty()) return;
        stream += "\n";
        Units tagged = apertium::parse_stream(tagger_.tag(stream));
        if (tagged.size() != order.size())
            throw failure("the tagger returned " + std::to_string(tagged.size()) + " words for " +
                          std::to_string(order.size()));
        for (std::size_t i = 0; i < order.size(); ++i) {
            if (!order[i]) continue;
            if (tagged[i].surface != order[i]->surface)
                throw failure("the tagger output is out of step at '" + order[i]->surface + "'");
            if (!tagged[i].analyses.empty()) order[i]->analyses = {tagged[i].analyses.front()};
        }
    }

    apertium::MorphAnalyser morph_;
    apertium::ConstraintGrammar grammar_;
    apertium::HmmTagger tagger_;
};

Analyser::Analyser(const std::string& apertium_dir) : impl_(std::make_unique<Impl>(apertium_dir)) {}

Analyser::~Analyser() = default;

void Analyser::analyse(Document& doc) { impl_->analyse(doc); }

}  // namespace trame
