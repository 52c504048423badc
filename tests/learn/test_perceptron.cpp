// Tests of the averaged perceptron: learning, determinism, saving and model-file errors.
#include <catch2/catch.hpp>

#include <sstream>

#include "learn/perceptron.h"

using namespace trame::learn;

namespace {

/// A separable toy problem: class = x mod 4, seen through one informative feature among noise.
std::vector<std::uint64_t> toy_features(std::uint64_t x) {
    return {feature(0, x % 4), feature(1, x * 7919 % 13), feature(2, 0)};
}

Perceptron train_toy(std::uint64_t seed) {
    Perceptron p(4, 10);
    Random random(seed);
    std::vector<std::uint64_t> xs;
    for (std::uint64_t x = 0; x < 200; ++x) xs.push_back(x);
    std::vector<float> scores;
    for (int epoch = 0; epoch < 5; ++epoch) {
        random.shuffle(xs);
        for (std::uint64_t x : xs) {
            auto f = toy_features(x);
            p.score(f, scores);
            p.update(f, x % 4, Perceptron::best(scores));
            p.tick();
        }
    }
    p.average();
    return p;
}

std::string saved(const Perceptron& p, const std::string& name) {
    std::ostringstream out;
    p.save(out, name);
    return out.str();
}

std::string load_error(const std::string& bytes, const std::string& name) {
    std::istringstream in(bytes);
    try {
        Perceptron::load(in, name, "m.bin");
    } catch (const ModelError& e) {
        return e.what();
    }
    return "";
}

}  // namespace

TEST_CASE("perceptron: learns a separable toy problem") {
    Perceptron p = train_toy(3);
    std::vector<float> scores;
    for (std::uint64_t x = 1000; x < 1100; ++x) {
        p.score(toy_features(x), scores);
        CHECK(Perceptron::best(scores) == x % 4);
    }
}

TEST_CASE("perceptron: training is deterministic") {
    CHECK(saved(train_toy(3), "toy") == saved(train_toy(3), "toy"));
}

TEST_CASE("perceptron: best() respects the allowed classes") {
    std::vector<float> scores = {1.0f, 5.0f, 3.0f};
    CHECK(Perceptron::best(scores) == 1);
    CHECK(Perceptron::best(scores, {true, false, true}) == 2);
}

TEST_CASE("perceptron: save then load keeps the weights and the predictions") {
    Perceptron p = train_toy(5);
    std::string bytes = saved(p, "toy");
    std::istringstream in(bytes);
    Perceptron q = Perceptron::load(in, "toy", "m.bin");
    CHECK(saved(q, "toy") == bytes);
    // Read back, the model holds only its non-zero weights.
    CHECK(q.weight_bytes() < p.weight_bytes());
    std::vector<float> a, b;
    for (std::uint64_t x = 0; x < 50; ++x) {
        p.score(toy_features(x), a);
        q.score(toy_features(x), b);
        CHECK(Perceptron::best(a) == Perceptron::best(b));
        for (std::size_t k = 0; k < a.size(); ++k) CHECK(b[k] == Approx(a[k]).margin(1e-3));
    }
}

TEST_CASE("perceptron: bad model files give clear errors") {
    std::string bytes = saved(train_toy(5), "toy");
    CHECK(load_error("", "toy") == "m.bin: truncated model file");
    CHECK(load_error("NOTAMODELFILE", "toy") == "m.bin: not a trame model file (bad magic)");
    CHECK(load_error(bytes.substr(0, bytes.size() / 2), "toy").rfind("m.bin: truncated model file", 0) == 0);
    CHECK(load_error(bytes, "other") == "m.bin: holds the model 'toy', expected 'other'");
    std::string corrupt = bytes;
    corrupt[corrupt.size() / 2] ^= 0x5A;
    CHECK(load_error(corrupt, "toy") == "m.bin: checksum mismatch in 'toy' (corrupt file)");
    std::string version = bytes;
    version[8] = 9;
    CHECK(load_error(version, "toy") == "m.bin: model format version 9, expected 1");
}

TEST_CASE("perceptron: a model header is read back, or refused by magic and version") {
    const trame::learn::ModelFormat format{{'T', 'E', 'S', 'T', 'M', 'O', 'D', 'L'}, 3, "test"};
    std::ostringstream out;
    trame::learn::write_model_header(out, format);
    CHECK(out.str().size() == 12);
    std::istringstream good(out.str());
    CHECK_NOTHROW(trame::learn::read_model_header(good, "h.bin", format));
    std::istringstream other("TESTMODX\x03\0\0\0");
    CHECK_THROWS_WITH(trame::learn::read_model_header(other, "h.bin", format), "h.bin: not a trame test model");
    std::string later = out.str();
    later[8] = 4;
    std::istringstream newer(later);
    CHECK_THROWS_WITH(trame::learn::read_model_header(newer, "h.bin", format), "h.bin: test model version 4, expected 3");
    std::istringstream short_file("TEST");
    CHECK_THROWS_WITH(trame::learn::read_model_header(short_file, "h.bin", format), "h.bin: truncated model file");
}

TEST_CASE("perceptron: feature templates given as data combine their atoms in order") {
    const std::uint64_t atoms[] = {0, 11, 22, 33};
    constexpr FeatureTemplate templates[] = {{5, {1}}, {6, {2, 3}}, {7, {3, 1, 2}}};
    std::vector<std::uint64_t> out = {99};
    template_features(templates, atoms, out);
    REQUIRE(out.size() == 3);
    CHECK(out[0] == feature(5, 11));
    CHECK(out[1] == feature(6, 22, 33));
    CHECK(out[2] == feature(7, 33, 11, 22));
}
