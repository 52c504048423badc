// French raw text to UD sentences, surface tokens and syntactic words, in the conventions of the
// UD French treebanks (GSD, Sequoia):
//
//     Tokenizer tokenizer = Tokenizer::load(TRAME_DATA_DIR "/lexicons");
//     std::vector<ud::Sentence> sentences = tokenizer.tokenize(text);
//
// Conventions: contractions are multiword tokens ("du" = de + le, "auquel" = à + lequel, "des" =
// de + les only after a word that takes a preposition); elided words keep their apostrophe ("l'",
// "jusqu'"); hyphenated pronouns after a verb are tokens of their own ("a" + "-t-il"); numbers keep
// their digit groups and decimal comma ("12 300", "3,5"); abbreviations and initials keep their
// period and do not end a sentence ("M.", "H.", "U.S."); URLs and e-mail addresses stay whole;
// each punctuation mark is a token ("..." and "!!" as one). Sentences come from ICU's French
// sentence rules, kept only where a token ends a sentence, plus each line break, plus a cut before
// a capitalized sentence opener inside unpunctuated text (a headline followed by its article).
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <unicode/brkiter.h>

#include "analysis/ud.h"

namespace trame::analysis {

/// The word lists the tokenizer reads (ontology/lexicons/), each file described in its header.
struct TokenizerLexicon {
    /// Abbreviations with their period ("M.", "etc."), as written.
    std::unordered_set<std::string> abbreviations;
    /// Abbreviations that may end a sentence ("etc.").
    std::unordered_set<std::string> final_abbreviations;
    /// Elided forms with a straight apostrophe, lower case ("l'", "jusqu'").
    std::unordered_set<std::string> elisions;
    /// Words with an apostrophe that stay whole, lower case, straight apostrophe ("aujourd'hui").
    std::unordered_set<std::string> apostrophe_words;
    /// Contractions, lower case, to their words ("du" -> {"de", "le"}).
    std::unordered_map<std::string, std::vector<std::string>> contractions;
    /// Hyphenated clitics, lower case, hyphen first ("-t-il", "-moi").
    std::vector<std::string> clitics;
    /// Words that end like a clitic but stay whole, lower case ("celui-ci").
    std::unordered_set<std::string> hyphen_words;
    /// Words (lower case) after which "des" is the indefinite article.
    std::unordered_set<std::string> des_article_after;
    /// Words (lower case) after which "des" is "de les".
    std::unordered_set<std::string> des_contraction_after;
    /// Unit symbols split from a number written against them ("km" in "160km", "h" in "20h30").
    std::unordered_set<std::string> units;
    /// Stems (lower case) of verbs built with "de": "des" after their forms is "de les".
    std::vector<std::string> de_verb_stems;
    /// Clitics (lower case) after which a word is a verb ("il", "se"), for "des".
    std::unordered_set<std::string> verb_after;
    /// Forms of "avoir" (lower case) that make a participle a compound tense, for "des".
    std::unordered_set<std::string> auxiliaries;
    /// Words (lower case) that, capitalized inside unpunctuated text, start a new sentence.
    std::unordered_set<std::string> sentence_openers;
    /// Words (lower case) after which a capitalized opener may begin a title, not a sentence.
    std::unordered_set<std::string> no_opener_after;

    /// Reads abbreviations.txt, elisions.txt, apostrophe_words.txt, contractions.txt,
    /// hyphen_clitics.txt, des_contexts.txt, units.txt and sentence_openers.txt from `folder`; throws InputError naming the file
    /// (and line) when one is missing or malformed.
    static TokenizerLexicon load(const std::string& folder);
};

/// The tokenizer: stateless between calls apart from its ICU sentence iterator, so one instance
/// must not be used by two threads at once (build one per thread).
class Tokenizer {
public:
    /// A sentence never has more tokens: text without sentence ends is cut there.
    static constexpr std::size_t kMaxSentenceTokens = 1000;

    /// `line_breaks_end_sentences`: a line break ends a sentence (text with one paragraph or
    /// headline per line, as trame reads articles); false for hard-wrapped text, where only a
    /// blank line does (the raw text files of the UD shared tasks).
    explicit Tokenizer(TokenizerLexicon lexicon, bool line_breaks_end_sentences = true);
    ~Tokenizer();
    Tokenizer(Tokenizer&&) noexcept;
    Tokenizer& operator=(Tokenizer&&) noexcept;

    /// Loads the lexicon from `folder` (see TokenizerLexicon::load).
    static Tokenizer load(const std::string& folder, bool line_breaks_end_sentences = true);

    /// The sentences of UTF-8 `text` (a document or a paragraph; a blank line separates
    /// paragraphs, and a sentence never crosses a line break unless built for wrapped text). Each token's begin/end are code
    /// point offsets into `text`, its form is that slice, and space_after tells whether white
    /// space (or the end of the text) follows it. Words carry their form only (other columns
    /// "_", head -2). Sentence::text is the slice from its first to its last token, each line
    /// break in it made a space (wrapped text), so that it can be a "# text =" line.
    /// Throws std::invalid_argument when `text` is not valid UTF-8.
    std::vector<ud::Sentence> tokenize(std::string_view text) const;

    const TokenizerLexicon& lexicon() const { return lexicon_; }

private:
    TokenizerLexicon lexicon_;
    bool line_breaks_ = true;
    std::unique_ptr<icu::BreakIterator> breaker_;
};

}  // namespace trame::analysis
