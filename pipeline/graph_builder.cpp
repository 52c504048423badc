#include "pipeline/graph_builder.h"

#include <algorithm>

#include "reading/content_hash.h"

namespace trame {

GraphBuilder::GraphBuilder(std::optional<ExistingGraph> existing) : existing_(std::move(existing)) {
    if (existing_)
        for (const Entity& entity : existing_->entities) registry_.add_known(entity);
}

std::optional<std::string> GraphBuilder::already_in_graph(const Document& doc) const {
    if (!existing_) return std::nullopt;
    if (doc.identifier && existing_->identifiers.count(*doc.identifier)) return "identifier " + *doc.identifier;
    if (existing_->content_hashes.count(content_hash(doc.text))) return std::string("same text");
    return std::nullopt;
}

std::set<std::string> GraphBuilder::document_ids() const { return existing_ ? existing_->documents : std::set<std::string>{}; }

std::string GraphBuilder::base() const { return existing_ ? existing_->base : ""; }

void GraphBuilder::add(Document doc, std::vector<Fact> facts) {
    // The writer needs text and offsets only. Swapping with empty vectors frees their memory
    // (`tokens = {}` would assign an empty list and keep the capacity).
    for (Sentence& sentence : doc.sentences) {
        std::vector<Token>().swap(sentence.tokens);
        std::vector<SyntacticWord>().swap(sentence.words);
    }
    pending_.push_back({std::move(doc), std::move(facts)});
}

void GraphBuilder::reconcile() {
    // Documents register in the order of their ids, not of the inputs: the entities then do not
    // depend on the order of the inputs, nor on how a sharded run split them (trame reconcile).
    std::vector<std::size_t> order(pending_.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return pending_[a].doc.id < pending_[b].doc.id; });
    handles_.assign(pending_.size(), {});
    for (const std::size_t i : order) {
        handles_[i] = register_mentions(registry_, pending_[i].doc);
        relate_arguments(registry_, handles_[i], pending_[i].facts);
    }
    registry_.reconcile();
    entities_ = registry_.entities();
}

void GraphBuilder::write(RdfWriter& writer, const std::string& ontology_path) {
    if (existing_) writer.copy_graph(existing_->path);
    if (!ontology_path.empty()) writer.write_ontology(ontology_path);
    for (std::size_t i = 0; i < pending_.size(); ++i) {
        const auto& handles = handles_.at(i);  // the mentions of document i, by sentence
        writer.write_document(pending_[i].doc, pending_[i].facts, [&](const Argument& argument) {
            return registry_.entity_of(handles.at(argument.mention_sentence).at(static_cast<std::size_t>(argument.mention)));
        });
    }
    writer.write_entities(entities_);
}

std::vector<std::vector<std::size_t>> register_mentions(GraphReconciler& registry, const Document& doc) {
    std::vector<std::vector<std::size_t>> handles(doc.sentences.size());
    for (const Sentence& sentence : doc.sentences)
        for (std::size_t m = 0; m < sentence.mentions.size(); ++m) handles[sentence.index].push_back(registry.add(doc, sentence, m));
    return handles;
}

void relate_arguments(GraphReconciler& registry, const std::vector<std::vector<std::size_t>>& handles,
                      const std::vector<Fact>& facts) {
    for (const Fact& fact : facts)
        if (fact.subject.is_entity() && fact.object.is_entity())
            registry.relate(handles.at(fact.subject.mention_sentence).at(fact.subject.mention),
                            handles.at(fact.object.mention_sentence).at(fact.object.mention));
}

}  // namespace trame
