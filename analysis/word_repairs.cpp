#include "analysis/word_repairs.h"

#include <string>

#include <unicode/uchar.h>
#include <unicode/utf8.h>
#include <vector>

#include "document/utf8.h"

namespace trame::ud {

namespace {

bool has_feature(const Word& word, const std::string& feature) {
    const std::string padded = "|" + word.feats + "|";
    return padded.find("|" + feature + "|") != std::string::npos;
}

/// The UD FEATS of an lttoolbox adjective reading ("adj.f.sg" -> "Gender=Fem|Number=Sing").
std::string adjective_feats(const MorphCandidate& reading) {
    std::string gender, number;
    for (const std::string& tag : reading.tags) {
        if (tag == "m") gender = "Gender=Masc";
        if (tag == "f") gender = "Gender=Fem";
        if (tag == "sg") number = "Number=Sing";
        if (tag == "pl") number = "Number=Plur";
    }
    if (gender.empty()) return number.empty() ? "_" : number;
    return number.empty() ? gender : gender + "|" + number;
}

/// The adjective reading lttoolbox has for the word, or null.
const MorphCandidate* adjective_reading(const MorphEntry* entry) {
    if (!entry) return nullptr;
    for (const MorphCandidate& c : entry->candidates)
        if (!c.tags.empty() && c.tags.front() == "adj") return &c;
    return nullptr;
}

/// The two halves of "Name-Name" (one ASCII hyphen, each half capitalised), or false.
bool joined_name(const std::string& form, std::string& left, std::string& right) {
    const std::size_t dash = form.find('-');
    if (dash == std::string::npos || dash == 0 || dash + 1 >= form.size() || form.find('-', dash + 1) != std::string::npos)
        return false;
    left = form.substr(0, dash);
    right = form.substr(dash + 1);
    for (const std::string* half : {&left, &right}) {
        UChar32 first = 0;
        int32_t offset = 0;
        U8_NEXT(half->data(), offset, static_cast<int32_t>(half->size()), first);
        if (!u_isupper(first) || half->size() < 2) return false;
    }
    return true;
}

/// True when lttoolbox reads the form as a surname or a place name ("np.cog", "np.top").
bool surname_or_place(const MorphEntry& entry) {
    for (const MorphCandidate& c : entry.candidates)
        if (c.tags.size() > 1 && c.tags[0] == "np" && (c.tags[1] == "cog" || c.tags[1] == "top")) return true;
    return false;
}

}  // namespace

void split_joined_names(Sentence& sentence, Morphology& morphology) {
    std::vector<std::size_t> joined;  // tokens to look at
    std::vector<std::string> forms;   // whole, left, right of each
    for (std::size_t t = 0; t < sentence.tokens.size(); ++t) {
        std::string left, right;
        const Token& token = sentence.tokens[t];
        if (token.word_count != 1 || !joined_name(token.form, left, right)) continue;
        joined.push_back(t);
        forms.insert(forms.end(), {token.form, left, right});
    }
    if (joined.empty()) return;
    const SentenceMorphology entries = morphology.lookup(forms);
    std::vector<bool> split(sentence.tokens.size(), false);
    bool any = false;
    for (std::size_t k = 0; k < joined.size(); ++k)
        if (entries[3 * k]->candidates.empty() && surname_or_place(*entries[3 * k + 1]) &&
            surname_or_place(*entries[3 * k + 2]))
            any = split[joined[k]] = true;
    if (!any) return;
    std::vector<Token> tokens;
    std::vector<Word> words;
    for (std::size_t t = 0; t < sentence.tokens.size(); ++t) {
        Token token = sentence.tokens[t];
        const std::size_t first = token.first_word;
        if (!split[t]) {
            token.first_word = words.size();
            for (std::size_t w = first; w < first + token.word_count; ++w) words.push_back(sentence.words[w]);
            tokens.push_back(std::move(token));
            continue;
        }
        std::string left, right;
        joined_name(token.form, left, right);
        const std::size_t left_length = utf8_length(left);
        const std::size_t parts[3][2] = {{token.begin, token.begin + left_length},
                                         {token.begin + left_length, token.begin + left_length + 1},
                                         {token.begin + left_length + 1, token.end}};
        const std::string part_forms[3] = {left, "-", right};
        for (std::size_t p = 0; p < 3; ++p) {
            Token part;
            part.form = part_forms[p];
            part.first_word = words.size();
            part.begin = parts[p][0];
            part.end = parts[p][1];
            part.space_after = p < 2 ? false : token.space_after;
            Word word = sentence.words[first];
            word.form = part.form;
            words.push_back(std::move(word));
            tokens.push_back(std::move(part));
        }
    }
    sentence.tokens = std::move(tokens);
    sentence.words = std::move(words);
}

void repair_words(Sentence& sentence, const SentenceMorphology& morph) {
    std::vector<bool> has_copula(sentence.words.size(), false);
    for (const Word& w : sentence.words)
        if (w.deprel == "cop" && w.head >= 0 && static_cast<std::size_t>(w.head) < has_copula.size())
            has_copula[static_cast<std::size_t>(w.head)] = true;
    for (std::size_t i = 0; i < sentence.words.size(); ++i) {
        Word& w = sentence.words[i];
        const MorphEntry* entry = i < morph.size() ? morph[i].get() : nullptr;
        if (w.upos == "PRON" && has_feature(w, "Reflex=Yes")) {
            const std::string form = fold_case(w.form);
            if (form == "se" || form == "s'") w.lemma = "se";
        } else if (w.upos == "VERB" && has_copula[i] && has_feature(w, "VerbForm=Fin")) {
            if (const MorphCandidate* adj = adjective_reading(entry)) {
                w.upos = "ADJ";
                w.lemma = adj->lemma;
                w.feats = adjective_feats(*adj);
            }
        } else if ((w.upos == "NOUN" || w.upos == "PROPN") && (!entry || entry->candidates.empty()) &&
                   has_feature(w, "Number=Plur") && w.lemma.size() > 3 && w.lemma.back() == 's' &&
                   w.lemma[w.lemma.size() - 2] != 's') {
            w.lemma.pop_back();
        }
    }
}

}  // namespace trame::ud
