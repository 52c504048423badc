#include "analysis/conllu.h"

#include <fstream>
#include <sstream>

#include "document/utf8.h"

namespace trame::ud {

namespace {

std::vector<std::string> split_tabs(const std::string& line) {
    std::vector<std::string> fields;
    std::size_t start = 0;
    for (;;) {
        std::size_t tab = line.find('\t', start);
        if (tab == std::string::npos) {
            fields.push_back(line.substr(start));
            return fields;
        }
        fields.push_back(line.substr(start, tab - start));
        start = tab + 1;
    }
}

bool parse_positive(const std::string& text, long& value) {
    if (text.empty() || text.size() > 9) return false;
    value = 0;
    for (char c : text) {
        if (c < '0' || c > '9') return false;
        value = value * 10 + (c - '0');
    }
    return true;
}

/// Builds a sentence block by block, checking ids as it goes.
class SentenceBuilder {
public:
    explicit SentenceBuilder(std::string name) : name_(std::move(name)) {}

    [[noreturn]] void fail(std::size_t line, const std::string& what) const {
        throw ConlluError(name_ + ":" + std::to_string(line) + ": " + what);
    }

    bool empty() const { return sentence_.comments.empty() && sentence_.words.empty() && !range_open_; }

    void comment(const std::string& line, std::size_t number) {
        if (!sentence_.words.empty()) fail(number, "comment line inside a sentence's words");
        std::string body = line.substr(1);
        if (!body.empty() && body[0] == ' ') body.erase(0, 1);
        if (body.compare(0, 7, "text = ") == 0) sentence_.text = body.substr(7);
        sentence_.comments.push_back(body);
    }

    void row(const std::string& line, std::size_t number) {
        std::vector<std::string> f = split_tabs(line);
        if (f.size() != 10) fail(number, "expected 10 tab-separated columns, found " + std::to_string(f.size()));
        const std::string& id = f[0];
        if (id.find('.') != std::string::npos) return;  // empty node
        std::size_t dash = id.find('-');
        if (dash != std::string::npos) {
            long first = 0, last = 0;
            if (!parse_positive(id.substr(0, dash), first) || !parse_positive(id.substr(dash + 1), last) ||
                first < 1 || last <= first)
                fail(number, "bad multiword token range '" + id + "'");
            if (static_cast<std::size_t>(first) != sentence_.words.size() + 1)
                fail(number, "multiword token range '" + id + "' does not start at the next word");
            if (range_open_) fail(number, "multiword token range '" + id + "' inside another range");
            Token t;
            t.form = f[1];
            t.first_word = sentence_.words.size();
            t.word_count = static_cast<std::size_t>(last - first + 1);
            t.space_after = !has_space_after_no(f[9]);
            sentence_.tokens.push_back(t);
            range_open_ = true;
            range_last_ = static_cast<std::size_t>(last);
            return;
        }
        long index = 0;
        if (!parse_positive(id, index) || index < 1) fail(number, "bad word id '" + id + "'");
        if (static_cast<std::size_t>(index) != sentence_.words.size() + 1)
            fail(number, "word id " + id + " out of sequence (expected " +
                             std::to_string(sentence_.words.size() + 1) + ")");
        Word w;
        w.form = f[1];
        w.lemma = f[2];
        w.upos = f[3];
        w.xpos = f[4];
        w.feats = f[5];
        if (f[6] == "_") {
            w.head = -2;
        } else {
            long head = 0;
            if (!parse_positive(f[6], head)) fail(number, "bad head '" + f[6] + "'");
            w.head = static_cast<int>(head) - 1;
        }
        w.deprel = f[7];
        w.misc = f[9];
        if (w.form.empty()) fail(number, "empty FORM");
        sentence_.words.push_back(w);
        if (range_open_) {
            if (sentence_.words.size() == range_last_) range_open_ = false;
        } else {
            Token t;
            t.form = w.form;
            t.first_word = sentence_.words.size() - 1;
            t.word_count = 1;
            t.space_after = !has_space_after_no(w.misc);
            sentence_.tokens.push_back(t);
        }
    }

    Sentence finish(std::size_t number) {
        if (range_open_) fail(number, "sentence ends inside a multiword token range");
        if (sentence_.words.empty()) fail(number, "sentence without words");
        for (std::size_t i = 0; i < sentence_.words.size(); ++i) {
            int h = sentence_.words[i].head;
            if (h >= static_cast<int>(sentence_.words.size()))
                fail(number, "word " + std::to_string(i + 1) + " has a head beyond the sentence");
        }
        // Code-point offsets, rebuilt from SpaceAfter.
        std::size_t offset = 0;
        for (Token& t : sentence_.tokens) {
            const std::size_t length = utf8_length(t.form);
            t.begin = offset;
            t.end = offset + length;
            offset = t.end + (t.space_after ? 1 : 0);
        }
        Sentence done = std::move(sentence_);
        sentence_ = Sentence();
        return done;
    }

private:
    std::string name_;
    Sentence sentence_;
    bool range_open_ = false;
    std::size_t range_last_ = 0;
};

}  // namespace

bool has_space_after_no(const std::string& misc) {
    std::size_t start = 0;
    while (start <= misc.size()) {
        std::size_t bar = misc.find('|', start);
        if (bar == std::string::npos) bar = misc.size();
        if (misc.compare(start, bar - start, "SpaceAfter=No") == 0) return true;
        start = bar + 1;
    }
    return false;
}

std::vector<Sentence> read_conllu(std::istream& in, const std::string& name) {
    std::vector<Sentence> sentences;
    SentenceBuilder builder(name);
    std::string line;
    std::size_t number = 0;
    while (std::getline(in, line)) {
        ++number;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty()) {
            if (!builder.empty()) sentences.push_back(builder.finish(number));
        } else if (line[0] == '#') {
            builder.comment(line, number);
        } else {
            builder.row(line, number);
        }
    }
    if (in.bad()) throw ConlluError(name + ": read error");
    if (!builder.empty()) sentences.push_back(builder.finish(number));
    return sentences;
}

std::vector<Sentence> read_conllu_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw ConlluError(path + ": cannot open");
    return read_conllu(in, path);
}

namespace {

std::string column(const std::string& value) { return value.empty() ? "_" : value; }

/// MISC of a word of a single-word token, with SpaceAfter=No set or removed to match the token.
std::string misc_with_space(const std::string& misc, bool space_after) {
    std::string rest;
    if (misc != "_") {
        std::size_t start = 0;
        while (start <= misc.size()) {
            std::size_t bar = misc.find('|', start);
            if (bar == std::string::npos) bar = misc.size();
            std::string item = misc.substr(start, bar - start);
            if (!item.empty() && item != "SpaceAfter=No") rest += (rest.empty() ? "" : "|") + item;
            start = bar + 1;
        }
    }
    if (!space_after) rest = rest.empty() ? "SpaceAfter=No" : "SpaceAfter=No|" + rest;
    return rest.empty() ? "_" : rest;
}

}  // namespace

void write_conllu(std::ostream& out, const Sentence& sentence) {
    for (const std::string& c : sentence.comments) out << "# " << c << '\n';
    std::vector<const Token*> token_at(sentence.words.size(), nullptr);
    for (const Token& t : sentence.tokens)
        if (t.first_word < token_at.size()) token_at[t.first_word] = &t;
    for (std::size_t i = 0; i < sentence.words.size(); ++i) {
        const Word& w = sentence.words[i];
        const Token* t = token_at[i];
        std::string misc = column(w.misc);
        if (t && t->word_count > 1) {
            out << i + 1 << '-' << i + t->word_count << '\t' << t->form << "\t_\t_\t_\t_\t_\t_\t_\t"
                << (t->space_after ? "_" : "SpaceAfter=No") << '\n';
        } else if (t) {
            misc = misc_with_space(misc, t->space_after);
        }
        out << i + 1 << '\t' << column(w.form) << '\t' << column(w.lemma) << '\t' << column(w.upos) << '\t'
            << column(w.xpos) << '\t' << column(w.feats) << '\t';
        if (w.head == -2)
            out << '_';
        else
            out << w.head + 1;
        out << '\t' << column(w.deprel) << "\t_\t" << misc << '\n';
    }
    out << '\n';
}

void write_conllu(std::ostream& out, const std::vector<Sentence>& sentences) {
    for (const Sentence& s : sentences) write_conllu(out, s);
}

}  // namespace trame::ud
