#include "analysis/sentence_parser.h"

#include <fstream>
#include <sstream>
#include <stdexcept>

#include "document/data_file.h"
#include "document/utf8.h"

namespace trame {

namespace {

/// Reads "FORM<TAB>WORD WORD…" lines, '#' comments and blank lines skipped.
std::map<std::string, std::vector<std::string>> load_contractions(const std::string& path) {
    std::map<std::string, std::vector<std::string>> contractions;
    for (const DataLine& line : read_data_lines(path, "contraction list", Fields::Tabs)) {
        if (line.fields.size() != 2) throw data_line_error(path, line, "expected FORM<TAB>WORDS");
        std::istringstream words(line.fields[1]);
        std::vector<std::string> parts;
        for (std::string w; words >> w;) parts.push_back(w);
        if (parts.size() < 2) throw data_line_error(path, line, "a contraction has two words or more");
        contractions[line.fields[0]] = parts;
    }
    return contractions;
}

}  // namespace

SentenceParser::SentenceParser(const std::string& data_dir, const std::string& automorf_path)
    : models_(ud::SyntaxModels::load(data_dir + "/models")),
      analyser_(models_, automorf_path),
      contractions_(load_contractions(data_dir + "/lexicons/contractions.txt")) {}

std::vector<std::string> SentenceParser::words_of(const Token& token) const {
    // A multiword unit of the analyser ("en mars", "conférence de presse") is its words, but a
    // number written with spaces ("12 300") is one word, as in the treebanks.
    if (token.form.find(' ') != std::string::npos && token.upos != "NUM") {
        std::istringstream in(token.form);
        std::vector<std::string> words;
        for (std::string w; in >> w;) words.push_back(w);
        return words;
    }
    // The analyser marks a preposition fused with an article ("pr+det"). "des" stays one word:
    // the tagger tells the article from "de les" better than the analyser does.
    if (token.xpos.find('+') == std::string::npos) return {token.form};
    const std::string folded = fold_case(token.form);
    const auto found = folded == "des" ? contractions_.end() : contractions_.find(folded);
    if (found == contractions_.end()) return {token.form};
    std::vector<std::string> words = found->second;
    const auto ascii_upper = [](char c) { return c >= 'A' && c <= 'Z'; };
    if (ascii_upper(token.form[0]) && words.front()[0] >= 'a' && words.front()[0] <= 'z')
        words.front()[0] = static_cast<char>(words.front()[0] - 'a' + 'A');  // "Du": the capital goes to "De"
    return words;
}

void SentenceParser::parse(Sentence& sentence) {
    ud::Sentence ud;
    std::vector<std::size_t> token_of;  // UD word -> pipeline token
    for (std::size_t t = 0; t < sentence.tokens.size(); ++t) {
        const std::vector<std::string> words = words_of(sentence.tokens[t]);
        ud::Token token;
        token.form = sentence.tokens[t].form;
        token.first_word = ud.words.size();
        token.word_count = words.size();
        ud.tokens.push_back(token);
        for (const std::string& form : words) {
            ud::Word word;
            word.form = form;
            ud.words.push_back(word);
            token_of.push_back(t);
        }
    }
    if (ud.words.empty()) return;
    analyser_.analyse(ud);
    // Each token takes the arc of its word whose head lies outside the token.
    for (std::size_t t = 0; t < sentence.tokens.size(); ++t) {
        Token& token = sentence.tokens[t];
        const ud::Token& span = ud.tokens[t];
        token.head = -1;
        token.deprel = "root";
        for (std::size_t w = span.first_word; w < span.first_word + span.word_count; ++w) {
            const int head = ud.words[w].head;
            if (head >= 0 && token_of[head] == t) continue;
            token.head = head < 0 ? -1 : static_cast<int>(token_of[head]);
            token.deprel = ud.words[w].deprel;
            break;
        }
    }
}

}  // namespace trame
