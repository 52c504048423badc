// Tests of the recognizer's model: Viterbi decoding on a toy model, and the model file.
#include <catch2/catch.hpp>

#include <fstream>
#include <string>

#include "mentions/ner_model.h"
#include "tests/temp_dir.h"

using namespace trame;
using bilou::Part;

namespace {

/// A toy model that knows two features: "prenom" votes for B-Person, "nom" for L-Person or
/// U-Location.
NerModel toy_model() {
    NerModel model(6, 1);
    const std::size_t prenom = model.row(1001), nom = model.row(2002);
    REQUIRE(prenom != nom);
    model.weight(prenom, bilou::label(Part::Begin, NerType::Person)) = 2.0f;
    model.weight(nom, bilou::label(Part::Last, NerType::Person)) = 1.0f;
    model.weight(nom, bilou::label(Part::Unit, NerType::Location)) = 1.5f;
    return model;
}

bool valid(const std::vector<int>& labels) {
    int previous = -1;
    for (int label : labels) {
        if (!bilou::allowed(previous, label)) return false;
        previous = label;
    }
    return labels.empty() || bilou::allowed_last(labels.back());
}

}  // namespace

TEST_CASE("Viterbi keeps to the BILOU transitions", "[ner_model]") {
    const NerModel model = toy_model();
    // Alone, "nom" is a place (U-Location scores best); after "prenom" it closes the person's name,
    // because B-Person cannot be followed by U-Location.
    const std::vector<int> alone = model.decode({{2002}});
    CHECK(bilou::name(alone[0]) == "U-Location");
    const std::vector<int> pair = model.decode({{1001}, {2002}});
    CHECK(bilou::name(pair[0]) == "B-Person");
    CHECK(bilou::name(pair[1]) == "L-Person");
    // A B-Person with nothing to close it is not allowed at the end.
    const std::vector<int> end = model.decode({{7}, {1001}});
    CHECK(valid(end));
    CHECK(bilou::name(end[1]) != "B-Person");
    CHECK(model.decode({}).empty());
}

TEST_CASE("Transition weights change the best path", "[ner_model]") {
    NerModel model = toy_model();
    const int l_per = bilou::label(Part::Last, NerType::Person);
    const int b_per = bilou::label(Part::Begin, NerType::Person);
    model.transition(b_per, l_per) = -10.0f;
    const std::vector<int> pair = model.decode({{1001}, {2002}});
    CHECK(valid(pair));
    CHECK(bilou::name(pair[1]) == "U-Location");
}

TEST_CASE("Models are saved and loaded whole", "[ner_model]") {
    trame::testing::TempDir dir("trame-ner-model");
    NerModel first = toy_model();
    first.round_to_storage();
    NerModel second(4, 7);
    second.transition(-1, 3) = 0.25f;
    const std::string path = (dir.path / "toy.model").string();
    save_models(path, {first, second});
    const std::vector<NerModel> loaded = load_models(path);
    REQUIRE(loaded.size() == 2);
    CHECK(loaded[0].bucket_bits() == 6);
    CHECK(loaded[0].feature_version() == 1);
    CHECK(loaded[1].feature_version() == 7);
    for (std::size_t row = 0; row < first.rows(); ++row)
        for (int label = 0; label < static_cast<int>(bilou::kLabels); ++label)
            CHECK(loaded[0].weight(row, label) == first.weight(row, label));
    CHECK(loaded[1].transition(-1, 3) == 0.25f);
    CHECK(loaded[0].decode({{1001}, {2002}}) == first.decode({{1001}, {2002}}));
    // Saving again gives the same bytes.
    const std::string again = (dir.path / "again.model").string();
    save_models(again, loaded);
    CHECK(trame::testing::read_file(again) == trame::testing::read_file(path));
    // Read back, a model holds only its non-zero weights; writing a weight makes it dense again.
    NerModel reread = loaded[0];
    CHECK(reread.feature_bytes() < first.feature_bytes());
    const std::size_t row = reread.row(1001);
    reread.weight(row, 0) += 1.0f;
    CHECK(reread.feature_bytes() == first.feature_bytes());
    CHECK(reread.weight(row, 0) == first.weight(row, 0) + 1.0f);
}

TEST_CASE("Bad model files are refused with the file's name", "[ner_model]") {
    trame::testing::TempDir dir("trame-ner-model");
    const std::string good = (dir.path / "good.model").string();
    save_models(good, {toy_model()});
    const std::string bytes = trame::testing::read_file(good);

    auto refused = [&](const std::string& name, const std::string& content, const std::string& message) {
        const std::string path = dir.write(name, content);
        try {
            load_models(path);
            FAIL("no error for " << name);
        } catch (const std::runtime_error& e) {
            const std::string what = e.what();
            CHECK(what.find(path) == 0);
            CHECK(what.find(message) != std::string::npos);
        }
    };
    refused("text.model", "Ceci n'est pas un modèle.\n", "not a trame NER model");
    refused("short.model", bytes.substr(0, 12), "truncated");
    refused("cut.model", bytes.substr(0, bytes.size() / 2), "checksum");
    std::string flipped = bytes;
    flipped[bytes.size() / 2] ^= 0x20;
    refused("flipped.model", flipped, "checksum");
    std::string future = bytes;
    future[8] = 9;
    refused("future.model", future, "format version 9");
    CHECK_THROWS_WITH(load_models((dir.path / "absent.model").string()), Catch::Contains("absent.model") && Catch::Contains("missing"));
}
