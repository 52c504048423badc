#include "discourse/article_model.h"

#include "discourse/mention_context.h"

namespace trame {

namespace {

bool ends_with_words(const std::string& longer, const std::string& shorter) {
    return longer.size() > shorter.size() + 1 && longer.compare(longer.size() - shorter.size(), shorter.size(), shorter) == 0 &&
           longer[longer.size() - shorter.size() - 1] == ' ';
}

}  // namespace

bool same_name(const std::string& a, const std::string& b) {
    return a == b || ends_with_words(a, b) || ends_with_words(b, a);
}

void ArticleModel::observe(const Sentence& sentence) {
    for (const Mention& m : sentence.mentions) {
        if (m.pronoun || m.description || !m.resolution.empty() || m.canonical.empty()) continue;
        EntityRecord* record = nullptr;
        for (EntityRecord& r : entities_)
            if (r.mention.type == m.type && same_name(r.mention.canonical, m.canonical)) record = &r;
        if (!record) {
            entities_.push_back({m, 0, 0, 0, 0});
            record = &entities_.back();
        }
        ++record->count;
        if (!m.demonym && !after_preposition(sentence, m)) ++record->subject_count;
        record->last_sentence = sentence.index;
        record->last_token = m.first;
    }
}

const EntityRecord* ArticleModel::last_of(EntityType type, std::size_t now, std::size_t window) const {
    const EntityRecord* best = nullptr;
    for (const EntityRecord& r : entities_)
        if (r.mention.type == type && !r.mention.demonym && r.last_sentence + window >= now &&
            (!best || r.last_sentence > best->last_sentence ||
             (r.last_sentence == best->last_sentence && r.last_token > best->last_token)))
            best = &r;
    return best;
}

const EntityRecord* ArticleModel::in_focus(EntityType type, std::size_t now, std::size_t window) const {
    const EntityRecord* best = nullptr;
    bool tied = false;
    for (const EntityRecord& r : entities_) {
        if (r.mention.type != type) continue;
        if (!best || r.subject_count > best->subject_count ||
            (r.subject_count == best->subject_count && r.count > best->count)) {
            best = &r;
            tied = false;
        } else if (r.subject_count == best->subject_count && r.count == best->count) {
            tied = true;
        }
    }
    if (!best || tied || best->last_sentence + window < now) return nullptr;
    return best;
}

}  // namespace trame
