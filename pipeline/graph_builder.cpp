#include "pipeline/graph_builder.h"

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
    std::vector<std::vector<std::size_t>> handles(doc.sentences.size());
    for (const Sentence& sentence : doc.sentences)
        for (std::size_t m = 0; m < sentence.mentions.size(); ++m)
            handles[sentence.index].push_back(registry_.add(doc, sentence, m));
    for (Fact& fact : facts) {
        for (Argument* argument : {&fact.subject, &fact.object})
            if (argument->is_entity()) argument->handle = handles[fact.sentence][argument->mention];
        if (fact.subject.is_entity() && fact.object.is_entity()) registry_.relate(fact.subject.handle, fact.object.handle);
    }
    for (Sentence& sentence : doc.sentences) sentence.tokens = {};  // the writer needs text and offsets only
    pending_.push_back({std::move(doc), std::move(facts)});
}

void GraphBuilder::reconcile() {
    registry_.reconcile();
    entities_ = registry_.entities();
}

void GraphBuilder::write(RdfWriter& writer, const std::string& ontology_path) {
    if (existing_) writer.copy_graph(existing_->path);
    if (!ontology_path.empty()) writer.write_ontology(ontology_path);
    for (Pending& p : pending_) {
        for (Fact& fact : p.facts)
            for (Argument* argument : {&fact.subject, &fact.object})
                if (argument->handle != SIZE_MAX) argument->entity = registry_.entity_of(argument->handle);
        writer.write_document(p.doc, p.facts);
    }
    writer.write_entities(entities_);
}

}  // namespace trame
