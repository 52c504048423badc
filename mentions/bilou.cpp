#include "mentions/bilou.h"

#include <stdexcept>

namespace trame {

namespace {

const char* const kTypeNames[kNerTypes] = {"Person", "Location", "Organization", "Event", "Product"};

}  // namespace

const char* to_string(NerType type) { return kTypeNames[static_cast<std::size_t>(type)]; }

std::optional<NerType> ner_type_from_string(const std::string& name) {
    for (std::size_t t = 0; t < kNerTypes; ++t)
        if (name == kTypeNames[t]) return static_cast<NerType>(t);
    return std::nullopt;
}

namespace bilou {

int label(Part part, NerType type) {
    if (part == Part::Outside) return kOutside;
    return 1 + 4 * static_cast<int>(type) + (static_cast<int>(part) - 1);
}

Part part_of(int label) {
    if (label <= 0) return Part::Outside;
    return static_cast<Part>(1 + (label - 1) % 4);
}

NerType type_of(int label) { return static_cast<NerType>((label - 1) / 4); }

std::string name(int label) {
    static const char* const kParts[] = {"O", "B", "I", "L", "U"};
    const Part part = part_of(label);
    if (part == Part::Outside) return "O";
    return std::string(kParts[static_cast<int>(part)]) + "-" + to_string(type_of(label));
}

bool allowed(int previous, int next) {
    const Part before = previous < 0 ? Part::Outside : part_of(previous);
    const Part after = part_of(next);
    const bool open = before == Part::Begin || before == Part::Inside;
    const bool continues = after == Part::Inside || after == Part::Last;
    if (open) return continues && type_of(previous) == type_of(next);
    return !continues;
}

bool allowed_last(int label) {
    const Part part = part_of(label);
    return part == Part::Outside || part == Part::Last || part == Part::Unit;
}

std::vector<int> encode(const std::vector<TypedSpan>& spans, std::size_t length) {
    std::vector<int> labels(length, kOutside);
    std::size_t free_from = 0;
    for (const TypedSpan& span : spans) {
        if (span.first >= span.last || span.last > length || span.first < free_from)
            throw std::invalid_argument("BILOU encoding: spans must be sorted, non-empty, disjoint and inside the sentence");
        if (span.last - span.first == 1) {
            labels[span.first] = label(Part::Unit, span.type);
        } else {
            labels[span.first] = label(Part::Begin, span.type);
            for (std::size_t k = span.first + 1; k + 1 < span.last; ++k) labels[k] = label(Part::Inside, span.type);
            labels[span.last - 1] = label(Part::Last, span.type);
        }
        free_from = span.last;
    }
    return labels;
}

std::vector<TypedSpan> decode(const std::vector<int>& labels) {
    std::vector<TypedSpan> spans;
    bool open = false;
    TypedSpan current;
    auto close = [&](std::size_t end) {
        if (open) {
            current.last = end;
            spans.push_back(current);
        }
        open = false;
    };
    for (std::size_t k = 0; k < labels.size(); ++k) {
        const Part part = part_of(labels[k]);
        if (part == Part::Outside) {
            close(k);
            continue;
        }
        const NerType type = type_of(labels[k]);
        const bool continues = open && current.type == type && (part == Part::Inside || part == Part::Last);
        if (!continues) {
            close(k);
            current = TypedSpan{k, k, type};
            open = true;
        }
        if (part == Part::Unit || part == Part::Last) close(k + 1);
    }
    close(labels.size());
    return spans;
}

}  // namespace bilou
}  // namespace trame
