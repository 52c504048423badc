// BILOU labels of a named-entity sequence labeller: the label set, and the conversion between
// typed token spans and one label per token.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace trame {

/// The entity types the recognizer labels, as annotated in WiNER-fr (Date and Hour left out).
enum class NerType { Person, Location, Organization, Event, Product };

/// Number of NerType values.
constexpr std::size_t kNerTypes = 5;

/// The annotation name of a type ("Person", "Location", ...).
const char* to_string(NerType type);
/// The type named `name` (as written by to_string), or nothing.
std::optional<NerType> ner_type_from_string(const std::string& name);

/// A typed entity span over the tokens of one sentence: tokens [first, last).
struct TypedSpan {
    std::size_t first = 0;
    std::size_t last = 0;
    NerType type = NerType::Person;

    bool operator==(const TypedSpan& other) const {
        return first == other.first && last == other.last && type == other.type;
    }
    bool operator!=(const TypedSpan& other) const { return !(*this == other); }
};

/// The BILOU label set: label 0 is O (outside), and each type t has B (begin), I (inside),
/// L (last) and U (unit, a one-token entity) at 1 + 4t .. 4 + 4t.
namespace bilou {

/// Number of labels (O plus four per type).
constexpr std::size_t kLabels = 1 + 4 * kNerTypes;
/// The label O.
constexpr int kOutside = 0;

/// Where a label puts its token in an entity.
enum class Part { Outside, Begin, Inside, Last, Unit };

/// The label for `part` of an entity of `type` (Part::Outside gives kOutside).
int label(Part part, NerType type);
/// The part a label stands for.
Part part_of(int label);
/// The type of a label other than O.
NerType type_of(int label);
/// The label's name: "O", "B-Person", "U-Location", ...
std::string name(int label);

/// True when label `next` may follow label `previous` (-1 for the start of the sentence): an
/// entity opened by B continues with I or L of its own type, and anything else starts after O, L
/// or U.
bool allowed(int previous, int next);
/// True when `label` may end a sentence (O, L or U).
bool allowed_last(int label);

/// One label per token for `spans` over a sentence of `length` tokens. The spans must be sorted,
/// non-empty, disjoint and inside the sentence; throws std::invalid_argument otherwise.
std::vector<int> encode(const std::vector<TypedSpan>& spans, std::size_t length);
/// The spans a label sequence marks. A sequence that breaks the BILOU rules is read leniently: a
/// B or I not closed keeps the tokens up to the break, and an I or L without its B opens a span.
std::vector<TypedSpan> decode(const std::vector<int>& labels);

}  // namespace bilou
}  // namespace trame
