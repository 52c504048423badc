#include "output/conllu_writer.h"

#include <algorithm>
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

}  // namespace

std::string document_conllu(const Document& doc, const std::vector<Fact>& facts) {
    std::ostringstream out;
    const std::string id = doc.identifier ? *doc.identifier : doc.id;
    out << "# newdoc id = " << id << "\n";
    for (const Sentence& sentence : doc.sentences) {
        out << "# sent_id = " << id << "-" << sentence.index + 1 << "\n# text = " << sentence.text << "\n";
        const std::vector<std::string> entities = entity_tags(sentence);
        for (std::size_t i = 0; i < sentence.tokens.size(); ++i) {
            const Token& t = sentence.tokens[i];
            const std::string misc = misc_column(sentence, i, entities);
            std::string feats;
            for (const std::string& f : t.feats) feats += (feats.empty() ? "" : "|") + f;
            out << i + 1 << "\t" << t.form << "\t" << t.lemma << "\t" << t.upos << "\t" << t.xpos << "\t"
                << (feats.empty() ? "_" : feats) << "\t" << (t.deprel.empty() ? "_" : std::to_string(t.head + 1)) << "\t"
                << (t.deprel.empty() ? "_" : t.deprel) << "\t_\t" << misc << "\n";
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
