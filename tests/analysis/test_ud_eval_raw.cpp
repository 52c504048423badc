// Tests of analysis/ud_eval_raw: the CoNLL 2018 raw-text scores on small hand-made pairs.
#include <catch2/catch.hpp>

#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "analysis/ud_eval_raw.h"

namespace ud = trame::ud;

namespace {

/// One token for make_sentence: its form, and its words when it is a multiword token; each word
/// may carry "FORM/UPOS/HEAD/DEPREL" (HEAD 1-based, 0 the root).
struct T {
    T(std::string f) : form(std::move(f)) {}
    T(std::string f, std::vector<std::string> w) : form(std::move(f)), words(std::move(w)) {}
    std::string form;
    std::vector<std::string> words;
};

ud::Word word(const std::string& spec) {
    ud::Word w;
    std::vector<std::string> parts;
    std::size_t i = 0;
    for (;;) {
        const std::size_t j = spec.find('/', i);
        parts.push_back(spec.substr(i, j == std::string::npos ? std::string::npos : j - i));
        if (j == std::string::npos) break;
        i = j + 1;
    }
    w.form = parts[0];
    w.lemma = "_";
    w.upos = parts.size() > 1 ? parts[1] : "_";
    w.feats = "_";
    w.head = parts.size() > 2 ? std::stoi(parts[2]) - 1 : -2;
    w.deprel = parts.size() > 3 ? parts[3] : "_";
    return w;
}

ud::Sentence make_sentence(const std::vector<T>& tokens) {
    ud::Sentence s;
    for (const T& t : tokens) {
        ud::Token token;
        token.first_word = s.words.size();
        if (t.words.empty()) {
            s.words.push_back(word(t.form));
            token.form = s.words.back().form;
        } else {
            token.form = t.form;
            for (const std::string& w : t.words) s.words.push_back(word(w));
        }
        token.word_count = s.words.size() - token.first_word;
        s.tokens.push_back(token);
    }
    return s;
}

}  // namespace

TEST_CASE("ud_eval_raw: identical analyses score 100", "[ud_eval_raw]") {
    const std::vector<ud::Sentence> gold = {
        make_sentence({{"Il/PRON/2/nsubj"}, {"vient/VERB/0/root"}, {"du", {"de/ADP/4/case", "le/DET/4/det"}},
                       {"marché/NOUN/2/obl:arg"}, {"./PUNCT/2/punct"}}),
        make_sentence({{"Elle/PRON/2/nsubj"}, {"part/VERB/0/root"}})};
    const ud::RawEvaluation e = ud::evaluate_raw(gold, gold);
    for (const ud::Score* s : {&e.tokens, &e.sentences, &e.words, &e.upos, &e.uas, &e.las}) CHECK(s->f1() == 1.0);
    CHECK(e.tokens.gold == 7);
    CHECK(e.words.gold == 8);
    CHECK(e.sentences.gold == 2);
}

TEST_CASE("ud_eval_raw: a split number costs tokens and words", "[ud_eval_raw]") {
    const std::vector<ud::Sentence> gold = {make_sentence({{"Il"}, {"a"}, {"12 300"}, {"euros"}, {"."}})};
    const std::vector<ud::Sentence> system = {make_sentence({{"Il"}, {"a"}, {"12"}, {"300"}, {"euros"}, {"."}})};
    const ud::RawEvaluation e = ud::evaluate_raw(gold, system);
    CHECK(e.tokens.gold == 5);
    CHECK(e.tokens.system == 6);
    CHECK(e.tokens.correct == 4);
    CHECK(e.tokens.f1() == Approx(8.0 / 11.0));
    CHECK(e.words.correct == 4);
    CHECK(e.sentences.f1() == 1.0);
}

TEST_CASE("ud_eval_raw: multiword tokens align their words by form", "[ud_eval_raw]") {
    // gold: "des" = de + les; system: "des" one word. The token is right, its words are not.
    const std::vector<ud::Sentence> gold = {
        make_sentence({{"La"}, {"fin"}, {"des", {"de", "les"}}, {"travaux"}})};
    const std::vector<ud::Sentence> system = {make_sentence({{"La"}, {"fin"}, {"des"}, {"travaux"}})};
    ud::RawEvaluation e = ud::evaluate_raw(gold, system);
    CHECK(e.tokens.f1() == 1.0);
    CHECK(e.words.gold == 5);
    CHECK(e.words.system == 4);
    CHECK(e.words.correct == 3);
    CHECK(e.words.f1() == Approx(6.0 / 9.0));

    // system "du" = de + le against gold "du" = de + lequel: one of the two words aligns
    const std::vector<ud::Sentence> gold2 = {make_sentence({{"du", {"de", "lequel"}}})};
    const std::vector<ud::Sentence> system2 = {make_sentence({{"du", {"De", "le"}}})};
    e = ud::evaluate_raw(gold2, system2);
    CHECK(e.words.correct == 1);  // "de" matches case-insensitively
    CHECK(e.tokens.correct == 1);
}

TEST_CASE("ud_eval_raw: sentences must have the same span", "[ud_eval_raw]") {
    const std::vector<ud::Sentence> gold = {make_sentence({{"Il"}, {"pleut"}, {"."}}),
                                            make_sentence({{"Elle"}, {"sort"}, {"."}}),
                                            make_sentence({{"Fin"}})};
    const std::vector<ud::Sentence> system = {make_sentence({{"Il"}, {"pleut"}, {"."}, {"Elle"}, {"sort"}, {"."}}),
                                              make_sentence({{"Fin"}})};
    const ud::RawEvaluation e = ud::evaluate_raw(gold, system);
    CHECK(e.sentences.gold == 3);
    CHECK(e.sentences.system == 2);
    CHECK(e.sentences.correct == 1);
    CHECK(e.sentences.f1() == Approx(2.0 / 5.0));
    CHECK(e.tokens.f1() == 1.0);
}

TEST_CASE("ud_eval_raw: tags and relations count over aligned words", "[ud_eval_raw]") {
    const std::vector<ud::Sentence> gold = {
        make_sentence({{"Le/DET/2/det"}, {"chat/NOUN/3/nsubj"}, {"dort/VERB/0/root"}, {"./PUNCT/3/punct"}})};
    // wrong UPOS on "Le", wrong head on ".", subtype on "nsubj:pass" (ignored: universal part only)
    const std::vector<ud::Sentence> system = {
        make_sentence({{"Le/PRON/2/det"}, {"chat/NOUN/3/nsubj:pass"}, {"dort/VERB/0/root"}, {"./PUNCT/2/punct"}})};
    const ud::RawEvaluation e = ud::evaluate_raw(gold, system);
    CHECK(e.upos.correct == 3);
    CHECK(e.uas.correct == 3);
    CHECK(e.las.correct == 3);
    CHECK(e.las.f1() == Approx(0.75));

    // a head counts only when the head words are aligned too: split "Le chat" wrongly
    const std::vector<ud::Sentence> system2 = {
        make_sentence({{"Le/DET/2/det"}, {"cha/NOUN/4/nsubj"}, {"t/X/4/dep"}, {"dort/VERB/0/root"}, {"./PUNCT/4/punct"}})};
    const ud::RawEvaluation e2 = ud::evaluate_raw(gold, system2);
    CHECK(e2.words.correct == 3);  // Le, dort, .
    CHECK(e2.uas.correct == 2);    // dort (root), "." -> dort; "Le" -> a misaligned head
    CHECK(e2.las.gold == 4);
    CHECK(e2.las.system == 5);
}

TEST_CASE("ud_eval_raw: different texts are refused", "[ud_eval_raw]") {
    const std::vector<ud::Sentence> gold = {make_sentence({{"Il"}, {"pleut"}})};
    const std::vector<ud::Sentence> system = {make_sentence({{"Il"}, {"neige"}})};
    CHECK_THROWS_AS(ud::evaluate_raw(gold, system), std::invalid_argument);
    CHECK_THROWS_WITH(ud::evaluate_raw(gold, system), Catch::Contains("character 2"));
    // white space inside tokens does not count
    const std::vector<ud::Sentence> spaced = {make_sentence({{"Il"}, {"a"}, {"1 000"}})};
    const std::vector<ud::Sentence> joined = {make_sentence({{"Il"}, {"a"}, {"1000"}})};
    CHECK(ud::evaluate_raw(spaced, joined).tokens.f1() == 1.0);
}
