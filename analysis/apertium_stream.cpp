#include "analysis/apertium_stream.h"

#include <cstring>

namespace trame::apertium {

namespace {

bool is_special(char c) { return c != '\0' && std::strchr("^$/<>[]{}\\@", c) != nullptr; }

/// Parses one "^...$" unit starting after the '^' at `pos`; leaves `pos` after the '$'.
LexicalUnit parse_unit(const std::string& stream, std::size_t& pos) {
    std::vector<std::string> fields(1);
    for (; pos < stream.size() && stream[pos] != '$'; ++pos) {
        char c = stream[pos];
        if (c == '\\' && pos + 1 < stream.size()) {
            fields.back() += c;
            fields.back() += stream[++pos];
        } else if (c == '/') {
            fields.emplace_back();
        } else {
            fields.back() += c;
        }
    }
    ++pos;  // the '$'
    LexicalUnit unit;
    unit.surface = unescape(fields.front());
    unit.analyses.assign(fields.begin() + 1, fields.end());
    return unit;
}

}  // namespace

std::string escape(const std::string& text) {
    std::string out;
    out.reserve(text.size() + text.size() / 16);
    for (char c : text) {
        if (c == '\0') {
            out += ' ';
            continue;
        }
        if (is_special(c)) out += '\\';
        out += c;
    }
    return out;
}

std::string unescape(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\\' && i + 1 < text.size()) ++i;
        out += text[i];
    }
    return out;
}

std::vector<LexicalUnit> parse_stream(const std::string& stream) {
    std::vector<LexicalUnit> units;
    for (std::size_t pos = 0; pos < stream.size();) {
        char c = stream[pos++];
        if (c == '\\') {
            ++pos;  // an escaped character of a blank
        } else if (c == '^') {
            units.push_back(parse_unit(stream, pos));
        }
    }
    return units;
}

std::vector<AnalysisPart> split_analysis(const std::string& analysis) {
    std::vector<AnalysisPart> parts(1);
    std::string lemma;
    auto close_part = [&] {
        parts.back().lemma = unescape(lemma);
        lemma.clear();
    };
    for (std::size_t i = 0; i < analysis.size(); ++i) {
        char c = analysis[i];
        if (c == '\\' && i + 1 < analysis.size()) {
            lemma += c;
            lemma += analysis[++i];
        } else if (c == '<') {
            std::size_t close = analysis.find('>', i);
            if (close == std::string::npos) close = analysis.size();
            parts.back().tags.push_back(analysis.substr(i + 1, close - i - 1));
            i = close;
        } else if (c == '+' && !parts.back().tags.empty() && i + 1 < analysis.size()) {
            close_part();
            parts.emplace_back();
        } else {
            lemma += c;
        }
    }
    close_part();
    return parts;
}

bool is_unknown(const std::string& analysis) {
    return !analysis.empty() && analysis[0] == '*' && analysis.find('<') == std::string::npos;
}

std::string format_unit(const std::string& surface, const std::vector<std::string>& analyses) {
    std::string out = "^" + escape(surface);
    for (const std::string& a : analyses) out += "/" + a;
    return out + "$";
}

}  // namespace trame::apertium
