#include "output/conllu_writer.h"

#include <algorithm>
#include <ostream>
#include <sstream>

namespace trame {

namespace {


/// The IOB2 entity tag of each token of `sentence` ("B-Person", "I-Person", or empty outside any
/// mention). Where mentions nest or overlap ("rebelles syriens" holds the demonym "syriens"), the
/// longest one tags its tokens and the others are left out, so that every token has one tag.
std::vector<std::string> entity_tags(const Sentence& sentence) {
    std::vector<std::string> tags(sentence.tokens.size());
    std::vector<const Mention*> longest_first;
    for (const Mention& m : sentence.mentions)
        if (m.first < m.last && m.last <= sentence.tokens.size()) longest_first.push_back(&m);
    std::stable_sort(longest_first.begin(), longest_first.end(), [](const Mention* a, const Mention* b) {
        return a->last - a->first > b->last - b->first;
    });
    for (const Mention* m : longest_first) {
        if (std::any_of(tags.begin() + m->first, tags.begin() + m->last, [](const std::string& t) { return !t.empty(); }))
            continue;
        for (std::size_t k = m->first; k < m->last; ++k) tags[k] = (k == m->first ? "B-" : "I-") + std::string(to_string(m->type));
    }
    return tags;
}

/// The MISC column of token `i`: its character range in the document (`TokenRange=BEGIN:END`, code
/// points), its IOB2 entity tag (`Entity=B-TYPE`, `Entity=I-TYPE`, TYPE an ontology class) and
/// the mentions that start at it (`Mention=TYPE[:demonym]:CANONICAL`).
std::string misc_column(const Sentence& sentence, std::size_t i, const std::vector<std::string>& entities) {
    const Token& t = sentence.tokens[i];
    std::string misc = "TokenRange=" + std::to_string(t.begin) + ":" + std::to_string(t.end);
    if (!entities[i].empty()) misc += "|Entity=" + entities[i];
    for (const Mention& m : sentence.mentions)
        if (m.first == i)
            misc += std::string("|Mention=") + to_string(m.type) + (m.demonym ? ":demonym" : "") + ":" + m.canonical;
    return misc;
}

/// A CoNLL-U column: "_" when empty.
std::string column(const std::string& value) { return value.empty() ? "_" : value; }

/// Token i as one CoNLL-U line numbered by tokens, for a sentence without syntactic words.
void write_token_line(std::ostream& out, const Sentence& sentence, std::size_t i, const std::vector<std::string>& entities) {
    const Token& t = sentence.tokens[i];
    std::string feats;
    for (const std::string& f : t.feats) feats += (feats.empty() ? "" : "|") + f;
    out << i + 1 << "\t" << t.form << "\t" << column(t.lemma) << "\t" << column(t.upos) << "\t" << column(t.xpos) << "\t"
        << column(feats) << "\t" << (t.deprel.empty() ? "_" : std::to_string(t.head + 1)) << "\t" << column(t.deprel)
        << "\t_\t" << misc_column(sentence, i, entities) << "\n";
}

/// Token i as the lines of its syntactic words, numbered by words: a range line first for a
/// multiword token ("3-4 du"), holding the token's MISC; a one-word token's MISC is its word's.
void write_word_lines(std::ostream& out, const Sentence& sentence, std::size_t i, const std::vector<std::string>& entities) {
    const Token& t = sentence.tokens[i];
    const std::string misc = misc_column(sentence, i, entities);
    if (t.word_count > 1)
        out << t.first_word + 1 << "-" << t.first_word + t.word_count << "\t" << t.form << "\t_\t_\t_\t_\t_\t_\t_\t" << misc
            << "\n";
    for (std::size_t w = t.first_word; w < t.first_word + t.word_count && w < sentence.words.size(); ++w) {
        const SyntacticWord& word = sentence.words[w];
        out << w + 1 << "\t" << word.form << "\t" << column(word.lemma) << "\t" << column(word.upos) << "\t"
            << column(word.xpos) << "\t" << column(word.feats) << "\t"
            << (word.deprel.empty() ? "_" : std::to_string(word.head + 1)) << "\t" << column(word.deprel) << "\t_\t"
            << (t.word_count > 1 ? "_" : misc) << "\n";
    }
}

}  // namespace

std::string document_conllu(const Document& doc, const std::vector<Fact>& facts) {
    std::ostringstream out;
    const std::string id = doc.identifier ? *doc.identifier : doc.id;
    out << "# newdoc id = " << id << "\n";
    for (const Sentence& sentence : doc.sentences) {
        out << "# sent_id = " << id << "-" << sentence.index + 1 << "\n# text = " << sentence.text << "\n";
        const std::vector<std::string> entities = entity_tags(sentence);
        for (std::size_t i = 0; i < sentence.tokens.size(); ++i) {
            if (sentence.words.empty()) write_token_line(out, sentence, i, entities);
            else write_word_lines(out, sentence, i, entities);
        }
        for (const Fact& fact : facts)
            if (fact.sentence == sentence.index)
                out << "# fact = " << fact << " [" << fact.rule << (fact.resolution.empty() ? "" : ", " + fact.resolution)
                    << "]\n";
        for (const Mention& m : sentence.mentions)
            if (!m.resolution.empty())
                out << "# resolution = " << m.resolution << ": \"" << m.text << "\" -> " << m.canonical << " ("
                    << m.resolution_confidence << ")\n";
        out << "\n";
    }
    return out.str();
}


}  // namespace trame
