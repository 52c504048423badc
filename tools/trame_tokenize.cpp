// trame-tokenize: French raw text to CoNLL-U tokens and words, and the tokenizer's evaluation
// against a gold CoNLL-U file with the CoNLL 2018 shared task's raw-text scores.
//
//     trame-tokenize [--lexicons DIR] [--stats] [FILE]       raw text (FILE or stdin) -> CoNLL-U on stdout
//                                                             (--stats: counts and tokens/s on stderr)
//     trame-tokenize [--lexicons DIR] --evaluate GOLD.conllu  tokenize GOLD's text, print the scores
//     trame-tokenize --evaluate GOLD.conllu --system SYSTEM.conllu   score a given system file
//
// The gold text is the shared task's: the sentences' "# text =" lines (or their tokens), joined by
// a space inside a paragraph and by a blank line between paragraphs and documents ("# newpar",
// "# newdoc"). --wrapped also breaks its lines before 80 characters as the shared task's text
// files do, and tokenizes with line breaks as white space (only blank lines end paragraphs); the
// same option reads a raw input file that way.
//
// The CoNLL-U reading and writing below is private to this tool, written before the project's
// analysis/conllu module existed; it should be replaced by analysis/conllu when both are merged.
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/conllu.h"
#include "analysis/tokenizer.h"
#include "analysis/ud_eval_raw.h"
#include "document/input_error.h"
#include "document/utf8.h"

namespace {

using trame::InputError;
namespace ud = trame::ud;

std::string read_all(const std::string& path) {
    if (path == "-") return std::string(std::istreambuf_iterator<char>(std::cin), {});
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError(path, "cannot open");
    return std::string(std::istreambuf_iterator<char>(in), {});
}

// ---- private CoNLL-U reading (to be replaced by analysis/conllu) ---------------------------------

/// A sentence read from CoNLL-U, with whether a new paragraph or document starts with it.
struct GoldSentence {
    ud::Sentence sentence;
    bool new_paragraph = false;
};

std::vector<std::string> split_tabs(const std::string& line) {
    std::vector<std::string> out;
    std::size_t i = 0;
    for (;;) {
        const std::size_t j = line.find('\t', i);
        out.push_back(line.substr(i, j == std::string::npos ? std::string::npos : j - i));
        if (j == std::string::npos) return out;
        i = j + 1;
    }
}

std::size_t parse_id(const std::string& text, const std::string& where) {
    if (text.empty() || text.find_first_not_of("0123456789") != std::string::npos)
        throw InputError(where, "invalid ID \"" + text + "\"");
    return std::stoul(text);
}

std::vector<GoldSentence> read_conllu(const std::string& path) {
    std::istringstream in(read_all(path));
    std::vector<GoldSentence> out;
    GoldSentence current;
    bool started = false;
    std::size_t mwt_end = 0;  // last word ID of the open multiword token, 0 when none
    std::string line;
    std::size_t number = 0;
    auto finish = [&]() {
        if (!started) return;
        if (current.sentence.words.empty())
            throw InputError(path + ":" + std::to_string(number), "sentence without words");
        if (mwt_end > current.sentence.words.size())
            throw InputError(path + ":" + std::to_string(number), "multiword token beyond the sentence's words");
        out.push_back(std::move(current));
        current = GoldSentence();
        started = false;
        mwt_end = 0;
    };
    while (std::getline(in, line)) {
        ++number;
        const std::string where = path + ":" + std::to_string(number);
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty()) {
            finish();
            continue;
        }
        started = true;
        if (line[0] == '#') {
            const std::string comment = line.substr(line.size() > 1 && line[1] == ' ' ? 2 : 1);
            if (comment.rfind("newpar", 0) == 0 || comment.rfind("newdoc", 0) == 0) current.new_paragraph = true;
            if (comment.rfind("text = ", 0) == 0) current.sentence.text = comment.substr(7);
            current.sentence.comments.push_back(comment);
            continue;
        }
        const std::vector<std::string> c = split_tabs(line);
        if (c.size() != 10) throw InputError(where, "expected 10 tab-separated columns, found " + std::to_string(c.size()));
        if (c[0].find('.') != std::string::npos) continue;  // empty node
        ud::Sentence& s = current.sentence;
        const std::size_t dash = c[0].find('-');
        if (dash != std::string::npos) {
            const std::size_t first = parse_id(c[0].substr(0, dash), where), last = parse_id(c[0].substr(dash + 1), where);
            if (first != s.words.size() + 1 || last < first)
                throw InputError(where, "multiword token range " + c[0] + " out of order");
            ud::Token token;
            token.form = c[1];
            token.first_word = s.words.size();
            token.word_count = last - first + 1;
            token.space_after = !ud::has_space_after_no(c[9]);
            s.tokens.push_back(token);
            mwt_end = last;
            continue;
        }
        const std::size_t id = parse_id(c[0], where);
        if (id != s.words.size() + 1) throw InputError(where, "word ID " + c[0] + " out of order");
        ud::Word word;
        word.form = c[1];
        word.lemma = c[2];
        word.upos = c[3];
        word.xpos = c[4];
        word.feats = c[5];
        word.head = c[6] == "_" ? -2 : static_cast<int>(parse_id(c[6], where)) - 1;
        word.deprel = c[7];
        word.misc = c[9];
        s.words.push_back(word);
        if (id > mwt_end) {
            ud::Token token;
            token.form = c[1];
            token.first_word = s.words.size() - 1;
            token.space_after = !ud::has_space_after_no(c[9]);
            s.tokens.push_back(token);
        }
    }
    finish();
    return out;
}

/// `paragraph` with its lines wrapped at the last space before 80 characters, as the shared
/// task's conllu_to_text does (a word longer than that stays whole).
std::string wrap(const std::string& paragraph) {
    std::u32string cps = trame::utf8_decode(paragraph);
    std::size_t line_start = 0, last_space = std::u32string::npos;
    for (std::size_t i = 0; i < cps.size(); ++i) {
        if (cps[i] == ' ') {
            if (i - line_start > 80 && last_space != std::u32string::npos) {
                cps[last_space] = '\n';
                line_start = last_space + 1;
            }
            last_space = i;
        }
    }
    if (cps.size() - line_start > 80 && last_space != std::u32string::npos && last_space >= line_start) cps[last_space] = '\n';
    return trame::utf8_encode(cps);
}

/// The raw text of gold sentences, as the shared task builds it.
std::string raw_text(const std::vector<GoldSentence>& gold, bool wrapped) {
    std::string text;
    for (std::size_t i = 0; i < gold.size(); ++i) {
        const ud::Sentence& s = gold[i].sentence;
        if (i > 0) text += gold[i].new_paragraph ? "\n\n" : " ";
        if (!s.text.empty()) {
            text += s.text;
        } else {
            for (std::size_t t = 0; t < s.tokens.size(); ++t) {
                text += s.tokens[t].form;
                if (t + 1 < s.tokens.size() && s.tokens[t].space_after) text += ' ';
            }
        }
    }
    if (!wrapped) return text + "\n";
    std::string out;
    for (std::size_t begin = 0; begin < text.size();) {
        std::size_t end = text.find("\n\n", begin);
        if (end == std::string::npos) end = text.size();
        out += wrap(text.substr(begin, end - begin));
        if (end < text.size()) out += "\n\n";
        begin = end == text.size() ? end : end + 2;
    }
    return out + "\n";
}

// ---- private CoNLL-U writing (to be replaced by analysis/conllu) ---------------------------------

void write_conllu(std::ostream& out, const std::vector<ud::Sentence>& sentences, std::size_t& next_id) {
    auto column = [](const std::string& v) -> const std::string& {
        static const std::string underscore = "_";
        return v.empty() ? underscore : v;
    };
    for (const ud::Sentence& s : sentences) {
        out << "# sent_id = " << ++next_id << "\n# text = " << s.text << "\n";
        for (const ud::Token& t : s.tokens) {
            const std::string misc = t.space_after ? "_" : "SpaceAfter=No";
            if (t.word_count > 1)
                out << t.first_word + 1 << '-' << t.first_word + t.word_count << '\t' << t.form << "\t_\t_\t_\t_\t_\t_\t_\t"
                    << misc << '\n';
            for (std::size_t w = t.first_word; w < t.first_word + t.word_count; ++w) {
                const ud::Word& word = s.words[w];
                out << w + 1 << '\t' << word.form << '\t' << column(word.lemma) << '\t' << column(word.upos) << '\t'
                    << column(word.xpos) << '\t' << column(word.feats) << '\t'
                    << (word.head == -2 ? std::string("_") : std::to_string(word.head + 1)) << '\t'
                    << column(word.deprel) << "\t_\t" << (t.word_count == 1 ? misc : std::string("_")) << '\n';
            }
        }
        out << '\n';
    }
}

/// Throws InputError naming `path` and the byte offset when `text` is not valid UTF-8.
void check_utf8(const std::string& text, const std::string& path) {
    const std::size_t at = trame::utf8_invalid_offset(text);
    if (at != std::string_view::npos) throw InputError(path, "invalid UTF-8 at byte " + std::to_string(at));
}

/// The end of the paragraph starting at byte `begin`: just after the next blank line (a line of
/// spaces and tabs only), or the end of the text.
std::size_t paragraph_end(const std::string& text, std::size_t begin) {
    std::size_t line = text.find('\n', begin);
    while (line != std::string::npos) {
        std::size_t next = line + 1;
        while (next < text.size() && (text[next] == ' ' || text[next] == '\t' || text[next] == '\r')) ++next;
        if (next < text.size() && text[next] == '\n') return next + 1;
        if (next >= text.size()) return text.size();
        line = text.find('\n', next);
    }
    return text.size();
}

void print_score(const char* name, const ud::Score& s) {
    std::printf("%-10s %8.2f %8.2f %8.2f   (gold %zu, system %zu, correct %zu)\n", name, 100 * s.precision(),
                100 * s.recall(), 100 * s.f1(), s.gold, s.system, s.correct);
}

int usage() {
    std::cerr << "usage: trame-tokenize [--lexicons DIR] [--wrapped] [--stats] [FILE|-]\n"
                 "       trame-tokenize [--lexicons DIR] [--wrapped] --evaluate GOLD.conllu [--system SYSTEM.conllu]\n";
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(false);
    std::string lexicons = TRAME_DATA_DIR "/lexicons";
    std::string gold_path, system_path, input = "-";
    bool stats = false, wrapped = false;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if ((arg == "--lexicons" || arg == "--evaluate" || arg == "--system") && i + 1 < argc) {
            (arg == "--lexicons" ? lexicons : arg == "--evaluate" ? gold_path : system_path) = argv[++i];
        } else if (arg == "--stats") {
            stats = true;
        } else if (arg == "--wrapped") {
            wrapped = true;
        } else if (arg == "-h" || arg == "--help") {
            usage();
            return 0;
        } else if (!arg.empty() && arg[0] == '-' && arg != "-") {
            return usage();
        } else {
            input = arg;
        }
    }
    if (!system_path.empty() && gold_path.empty()) return usage();
    try {
        if (gold_path.empty()) {
            const trame::analysis::Tokenizer tokenizer = trame::analysis::Tokenizer::load(lexicons, !wrapped);
            const std::string text = read_all(input);
            check_utf8(text, input);
            // paragraph by paragraph (the tokenizer treats blank lines as paragraph ends anyway),
            // so that memory stays bounded on large inputs
            std::size_t id = 0, tokens = 0, words = 0;
            double seconds = 0;
            std::size_t begin = 0;
            while (begin < text.size()) {
                const std::size_t end = paragraph_end(text, begin);
                const auto start = std::chrono::steady_clock::now();
                const std::vector<ud::Sentence> sentences =
                    tokenizer.tokenize(std::string_view(text).substr(begin, end - begin));
                seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
                for (const ud::Sentence& s : sentences) tokens += s.tokens.size(), words += s.words.size();
                write_conllu(std::cout, sentences, id);
                begin = end;
            }
            std::cout.flush();
            if (!std::cout) throw std::runtime_error("cannot write the output");
            if (stats)
                std::fprintf(stderr, "%zu bytes: %zu sentences, %zu tokens, %zu words; tokenizing took %.3f s, %.0f tokens/s\n",
                             text.size(), id, tokens, words, seconds, seconds > 0 ? tokens / seconds : 0.0);
            return 0;
        }
        const std::vector<GoldSentence> gold = read_conllu(gold_path);
        std::vector<ud::Sentence> gold_sentences;
        for (const GoldSentence& g : gold) gold_sentences.push_back(g.sentence);
        std::vector<ud::Sentence> system;
        if (!system_path.empty()) {
            for (GoldSentence& s : read_conllu(system_path)) system.push_back(std::move(s.sentence));
        } else {
            const trame::analysis::Tokenizer tokenizer = trame::analysis::Tokenizer::load(lexicons, !wrapped);
            const std::string text = raw_text(gold, wrapped);
            const auto start = std::chrono::steady_clock::now();
            system = tokenizer.tokenize(text);
            const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
            std::size_t tokens = 0;
            for (const ud::Sentence& s : system) tokens += s.tokens.size();
            std::printf("tokenized %zu characters into %zu tokens in %.3f s: %.0f tokens/s\n", text.size(), tokens,
                        seconds, tokens / seconds);
        }
        const ud::RawEvaluation e = ud::evaluate_raw(gold_sentences, system);
        std::printf("%-10s %8s %8s %8s\n", "Metric", "P", "R", "F1");
        print_score("Tokens", e.tokens);
        print_score("Sentences", e.sentences);
        print_score("Words", e.words);
        if (!system_path.empty()) {
            print_score("UPOS", e.upos);
            print_score("UFeats", e.ufeats);
            print_score("Lemmas", e.lemmas);
            print_score("UAS", e.uas);
            print_score("LAS", e.las);
        }
        return 0;
    } catch (const std::exception& e) {
        std::cerr << "trame-tokenize: " << e.what() << '\n';
        return 1;
    }
}
