#include "analysis/analyser.h"

#include <algorithm>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "analysis/morphology.h"
#include "analysis/syntax.h"
#include "analysis/tokenizer.h"
#include "analysis/word_repairs.h"
#include "document/utf8.h"

namespace trame {

namespace {

/// "Gender=Masc|Number=Sing" -> {"Gender=Masc", "Number=Sing"}, appended to `out` ("_" is none).
void append_feats(const std::string& feats, std::vector<std::string>& out) {
    if (feats.empty() || feats == "_") return;
    for (std::size_t start = 0; start <= feats.size();) {
        const std::size_t stop = std::min(feats.find('|', start), feats.size());
        if (stop > start) out.push_back(feats.substr(start, stop - start));
        start = stop + 1;
    }
}

/// PUNCT or SYM for a word without letters or digits ("»", "%", "€"), by its Unicode category;
/// empty for other words. The tagger sometimes guesses these from context.
std::string mark_upos(const std::string& form) {
    bool symbol = false;
    for (int32_t i = 0, n = static_cast<int32_t>(form.size()); i < n;) {
        UChar32 c;
        U8_NEXT_OR_FFFD(form.data(), i, n, c);
        if (u_isalnum(c)) return "";
        const int8_t type = u_charType(c);
        symbol = symbol || c == '%' || c == 0x2030 || type == U_MATH_SYMBOL || type == U_CURRENCY_SYMBOL ||
                 type == U_MODIFIER_SYMBOL || type == U_OTHER_SYMBOL;
    }
    return form.empty() ? "" : symbol ? "SYM" : "PUNCT";
}

/// "12 300" -> "12300": a number's lemma without its group separators (space, U+00A0, U+202F).
std::string number_lemma(const std::string& lemma) {
    std::string out;
    for (std::size_t i = 0; i < lemma.size();) {
        if (lemma[i] == ' ') {
            ++i;
        } else if (lemma.compare(i, 2, "\u00A0") == 0) {
            i += 2;
        } else if (lemma.compare(i, 3, "\u202F") == 0) {
            i += 3;
        } else {
            out += lemma[i++];
        }
    }
    return out.empty() ? lemma : out;
}

/// The tags of the lttoolbox reading that agrees with the word's UPOS, dot-joined: the reading
/// with the same lemma first, else the first one that allows the UPOS. "unk" for a word lttoolbox
/// does not know, "" when no reading allows the UPOS.
std::string reading_tags(const ud::Word& word, const ud::MorphEntry* entry) {
    if (!entry || entry->candidates.empty()) return "unk";
    const int upos = ud::upos_index(word.upos);
    if (upos < 0) return "";
    const ud::MorphCandidate* chosen = nullptr;
    std::string lemma;  // word.lemma case-folded, computed only when a lemma differs as written
    for (const ud::MorphCandidate& c : entry->candidates) {
        if (!(c.upos_mask & (1u << upos))) continue;
        if (!chosen) chosen = &c;
        if (c.lemma == word.lemma) {
            chosen = &c;
            break;
        }
        if (lemma.empty()) lemma = fold_case(word.lemma);
        if (fold_case(c.lemma) == lemma) {
            chosen = &c;
            break;
        }
    }
    // A name lttoolbox reads only as a common noun ("ONU" n.acr) keeps that reading's tags.
    if (!chosen && word.upos == "PROPN") chosen = &entry->candidates.front();
    if (!chosen) return "";
    std::string tags;
    for (const std::string& t : chosen->tags) {
        if (!tags.empty()) tags += '.';
        tags += t;
    }
    return tags;
}

/// "l’" -> "l'": the tagger sees the straight apostrophe of most of its training text.
void straighten_apostrophes(std::string& form) {
    for (std::size_t at; (at = form.find("\u2019")) != std::string::npos;) form.replace(at, 3, "'");
}

/// A tagged and parsed word as the document keeps it: number lemmas without group spaces,
/// PUNCT or SYM for marks, and the agreeing lttoolbox reading as XPOS.
SyntacticWord syntactic_word(ud::Word word, const ud::MorphEntry* entry) {
    SyntacticWord out;
    out.xpos = reading_tags(word, entry);
    out.lemma = word.upos == "NUM" ? number_lemma(word.lemma) : std::move(word.lemma);
    const std::string mark = mark_upos(word.form);
    out.upos = mark.empty() ? std::move(word.upos) : mark;
    out.form = std::move(word.form);
    out.feats = std::move(word.feats);
    out.head = word.head;
    out.deprel = std::move(word.deprel);
    return out;
}

}  // namespace

/// The loaded tokenizer, models and per-instance lttoolbox analyser.
class Analyser::Impl {
public:
    Impl(const std::string& data_dir, const std::string& automorf_path)
        : tokenizer_(analysis::Tokenizer::load(data_dir + "/lexicons")),
          models_(ud::SyntaxModels::load(data_dir + "/models")),
          syntax_(models_, automorf_path) {}

    void analyse(Sentence& sentence) {
        sentence.tokens.clear();
        sentence.words.clear();
        ud::Sentence ud = words_of(sentence.text);
        if (ud.words.empty()) return;
        ud::split_joined_names(ud, syntax_.morphology());
        const ud::SentenceMorphology morph = syntax_.analyse(ud);
        ud::repair_words(ud, morph);

        std::vector<std::size_t> token_of(ud.words.size());  // UD word -> token
        for (std::size_t t = 0; t < ud.tokens.size(); ++t)
            for (std::size_t w = 0; w < ud.tokens[t].word_count; ++w) token_of[ud.tokens[t].first_word + w] = t;

        sentence.words.reserve(ud.words.size());
        for (std::size_t w = 0; w < ud.words.size(); ++w)
            sentence.words.push_back(syntactic_word(std::move(ud.words[w]), w < morph.size() ? morph[w].get() : nullptr));

        sentence.tokens.reserve(ud.tokens.size());
        for (std::size_t t = 0; t < ud.tokens.size(); ++t) {
            const ud::Token& span = ud.tokens[t];
            Token token;
            token.form = span.form;
            token.begin = sentence.begin + span.begin;
            token.end = sentence.begin + span.end;
            token.first_word = span.first_word;
            token.word_count = span.word_count;
            const SyntacticWord& first = sentence.words[span.first_word];
            token.lemma = first.lemma;
            token.upos = first.upos;
            token.head = -1;
            token.deprel = "root";
            bool governed = false;
            for (std::size_t w = span.first_word; w < span.first_word + span.word_count; ++w) {
                const SyntacticWord& word = sentence.words[w];
                if (w > span.first_word) token.xpos += '+';
                token.xpos += word.xpos;
                append_feats(word.feats, token.feats);
                // The token takes the arc of its word whose head lies outside the token.
                const int head = word.head;
                if (governed || (head >= 0 && token_of[static_cast<std::size_t>(head)] == t)) continue;
                token.head = head < 0 ? -1 : static_cast<int>(token_of[static_cast<std::size_t>(head)]);
                token.deprel = word.deprel;
                governed = true;
            }
            sentence.tokens.push_back(std::move(token));
        }
    }

    void analyse_words(ud::Sentence& given) {
        for (ud::Word& w : given.words) {
            w.lemma = w.upos = w.xpos = w.feats = w.deprel = "_";
            w.head = -2;
        }
        if (given.words.empty()) return;
        // The tagger reads straight apostrophes; the output keeps the forms as given.
        std::vector<std::string> forms;
        forms.reserve(given.words.size());
        for (ud::Word& w : given.words) {
            forms.push_back(w.form);
            straighten_apostrophes(w.form);
        }
        const ud::SentenceMorphology morph = syntax_.analyse(given);
        ud::repair_words(given, morph);
        for (std::size_t i = 0; i < given.words.size(); ++i) {
            ud::Word& w = given.words[i];
            SyntacticWord out = syntactic_word(w, i < morph.size() ? morph[i].get() : nullptr);
            w.form = std::move(forms[i]);
            w.lemma = std::move(out.lemma);
            w.upos = std::move(out.upos);
            w.xpos = out.xpos.empty() ? "_" : std::move(out.xpos);
        }
    }

private:
    /// The UD tokens and words of a sentence's text: the tokenizer's sentences joined into one,
    /// since the segmenter has already decided where sentences end.
    ud::Sentence words_of(const std::string& text) const {
        std::vector<ud::Sentence> parts = tokenizer_.tokenize(text);
        // The tagger sees the straight apostrophe of most of its training text ("l’" as "l'").
        for (ud::Sentence& part : parts)
            for (ud::Word& word : part.words) straighten_apostrophes(word.form);
        if (parts.size() == 1) return std::move(parts.front());
        ud::Sentence joined;
        for (ud::Sentence& part : parts) {
            const std::size_t offset = joined.words.size();
            for (ud::Token& token : part.tokens) {
                token.first_word += offset;
                joined.tokens.push_back(std::move(token));
            }
            for (ud::Word& word : part.words) joined.words.push_back(std::move(word));
        }
        return joined;
    }

    analysis::Tokenizer tokenizer_;
    ud::SyntaxModels models_;
    ud::SyntaxAnalyser syntax_;
};

Analyser::Analyser(const std::string& data_dir, const std::string& automorf_path)
    : impl_(std::make_unique<Impl>(data_dir, automorf_path)) {}

Analyser::~Analyser() = default;

void Analyser::analyse(Document& doc) {
    for (Sentence& sentence : doc.sentences) impl_->analyse(sentence);
}

void Analyser::analyse(Sentence& sentence) { impl_->analyse(sentence); }

void Analyser::analyse_words(ud::Sentence& sentence) { impl_->analyse_words(sentence); }

}  // namespace trame
