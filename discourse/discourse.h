// The discourse stage: what an article's sentences say about each other.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "discourse/article_model.h"
#include "discourse/discourse_lexicon.h"
#include "discourse/role_book.h"
#include "document/description.h"
#include "document/document.h"
#include "document/fact.h"

namespace trame {

/// One resolution the discourse stage made: of what kind ("pronoun", "plural-pronoun", "title", "demonstrative",
/// "definite", "quote-speaker"), in which sentence, the words resolved and the entity they stand
/// for, and how sure it is.
struct Resolution {
    std::string kind;
    std::size_t sentence = 0;
    std::string surface;     ///< The words resolved ("il", "le porte-parole", "l'organisation").
    std::string antecedent;  ///< The canonical name of the entity they stand for.
    double confidence = 0;
};

/// The discourse model of one article, built sentence by sentence: the entities named with their
/// salience (ArticleModel), the roles the article gives people (RoleBook), and the speaker of an
/// open quotation. The extractor calls, for each sentence in order, `resolve` once its names
/// are found and before its rules, then `learn` with the facts the rules gave; and `finish`
/// once every sentence is done. Resolutions are made only where they are safe, the most precise
/// first (the order of the deterministic coreference sieves): surnames, "ce dernier", definite
/// descriptions, pronouns (a pronoun after "ce pays" is not resolved past it), then role
/// descriptions and bare titles. Each resolved mention keeps its
/// surface words and carries its kind and confidence (Mention::resolution); each fact with a
/// resolved argument says so (Fact::resolution).
class Discourse {
public:
    explicit Discourse(const DiscourseLexicon& lexicon);

    /// Resolves what sentence `index` of `doc` refers to by the article (its earlier sentences must
    /// have been resolved), given the role descriptions the rules found in it; returns the role
    /// facts the resolved descriptions state.
    std::vector<Fact> resolve(Document& doc, std::size_t index, const std::vector<Description>& descriptions);
    /// Learns what the facts of a sentence say about roles.
    void learn(const Sentence& sentence, const std::vector<Fact>& facts);
    /// Once all sentences are done: gives the sentences of a quotation that spans several their
    /// speaker's `says` fact, and marks every fact with a resolved argument with its resolution.
    void finish(Document& doc, std::vector<Fact>& facts) const;

private:
    const DiscourseLexicon& lexicon_;
    ArticleModel model_;
    RoleBook roles_;
};

/// The resolutions a processed document holds, in text order: its resolved mentions, and the
/// speakers of quotation sentences (kind "quote-speaker").
std::vector<Resolution> resolutions(const Document& doc);

}  // namespace trame
