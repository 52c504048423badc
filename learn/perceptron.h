// A multi-class averaged perceptron over hashed features: the generic learner of the tagger,
// the lemmatizer, the parser (and any other classifier, such as a named-entity recognizer).
#pragma once

#include <cstddef>
#include <cstdint>
#include <fstream>
#include <functional>
#include <initializer_list>
#include <istream>
#include <ostream>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "learn/huge_page_array.h"
#include "learn/compact_weights.h"

namespace trame::learn {

/// A model file that cannot be read: what() names the file and the reason.
struct ModelError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

/// 64-bit FNV-1a hash of bytes, seeded: stable across runs, platforms and compilers.
inline std::uint64_t hash_bytes(const char* data, std::size_t size, std::uint64_t seed = 0xcbf29ce484222325ULL) {
    std::uint64_t h = seed;
    for (std::size_t i = 0; i < size; ++i) {
        h ^= static_cast<unsigned char>(data[i]);
        h *= 0x100000001b3ULL;
    }
    return h;
}

inline std::uint64_t hash_string(const std::string& s) { return hash_bytes(s.data(), s.size()); }

/// Mixes two hashes into one (order matters); the result is well spread over all 64 bits.
inline std::uint64_t hash_mix(std::uint64_t a, std::uint64_t b) {
    std::uint64_t h = a * 0x9E3779B97F4A7C15ULL ^ (b + 0x632BE59BD9B4E019ULL + (a << 6) + (a >> 2));
    h ^= h >> 31;
    h *= 0xBF58476D1CE4E5B9ULL;
    h ^= h >> 29;
    return h;
}

/// A feature: template number and up to three hashed values combined.
inline std::uint64_t feature(std::uint64_t templ, std::uint64_t a) { return hash_mix(templ + 1, a); }
inline std::uint64_t feature(std::uint64_t templ, std::uint64_t a, std::uint64_t b) {
    return hash_mix(hash_mix(templ + 1, a), b);
}
inline std::uint64_t feature(std::uint64_t templ, std::uint64_t a, std::uint64_t b, std::uint64_t c) {
    return hash_mix(hash_mix(hash_mix(templ + 1, a), b), c);
}

/// A feature template given as data: its number and the atoms it combines, as indices into a table
/// of hashed values (index 0 is never an atom: it ends a list of fewer than three).
struct FeatureTemplate {
    std::uint16_t id;
    std::uint8_t atoms[3];
};

/// Replaces `out` with the features of `templates`, in their order, over the values `atoms`.
template <std::size_t N>
void template_features(const FeatureTemplate (&templates)[N], const std::uint64_t* atoms, std::vector<std::uint64_t>& out) {
    out.clear();
    for (const FeatureTemplate& t : templates) {
        const std::uint8_t* x = t.atoms;
        if (!x[1]) out.push_back(feature(t.id, atoms[x[0]]));
        else if (!x[2]) out.push_back(feature(t.id, atoms[x[0]], atoms[x[1]]));
        else out.push_back(feature(t.id, atoms[x[0]], atoms[x[1]], atoms[x[2]]));
    }
}

/// The dense weights of a perceptron in training.
using WeightTable = HugePageArray<float>;

/// Weights of a linear classifier with `classes` outputs: one row of per-class weights per hashed
/// feature slot (2^row_bits slots). Training keeps averaging state (timestamps and running sums);
/// average() replaces the weights by their averages and drops that state. A model read from a file
/// holds only its non-zero weights (CompactWeights) and scores exactly as the dense table would.
/// Scoring is const and safe to call from several threads at once.
class Perceptron {
public:
    Perceptron() = default;
    Perceptron(std::size_t classes, unsigned row_bits);

    std::size_t classes() const { return classes_; }
    unsigned row_bits() const { return row_bits_; }

    /// scores[c] = sum of the weights of class c over the features (scores is resized and reset).
    void score(const std::uint64_t* features, std::size_t count, std::vector<float>& scores) const;
    void score(const std::vector<std::uint64_t>& f, std::vector<float>& scores) const {
        score(f.data(), f.size(), scores);
    }
    /// Index of the best class among `allowed` (all classes when empty); ties go to the lowest.
    static std::size_t best(const std::vector<float>& scores, const std::vector<bool>& allowed = {});

    /// One training step: adds `step` to the gold class's weights and removes it from the
    /// guessed class's, for every feature (nothing when they are equal).
    void update(const std::uint64_t* features, std::size_t count, std::size_t gold, std::size_t guess, float step = 1.0f);
    void update(const std::vector<std::uint64_t>& f, std::size_t gold, std::size_t guess, float step = 1.0f) {
        update(f.data(), f.size(), gold, guess, step);
    }
    /// Counts one training example (the averaging clock).
    void tick() { ++clock_; }
    /// Replaces the weights by their averages over all ticks and ends training.
    void average();

    /// Writes the weights, quantized to 16 bits, with a header (magic, version, sizes, scale) and
    /// a checksum; `name` labels the model inside the file.
    void save(std::ostream& out, const std::string& name) const;
    /// Reads what save() wrote; throws ModelError (naming `source`) on a wrong magic, version,
    /// label, size, checksum or a truncated file.
    static Perceptron load(std::istream& in, const std::string& name, const std::string& source);

    /// True when the weights (not the training state) are the same.
    bool same_weights(const Perceptron& other) const {
        return classes_ == other.classes_ && weights_ == other.weights_ && sparse_ == other.sparse_;
    }
    /// Bytes of memory the weights take (not the training state).
    std::size_t weight_bytes() const { return weights_.size() * sizeof(float) + sparse_.bytes(); }

private:
    std::size_t slot(std::uint64_t f) const { return static_cast<std::size_t>(f & mask_); }
    std::size_t row(std::uint64_t f) const { return slot(f) * classes_; }
    /// The weights as save() writes them: 16-bit multiples of the returned scale.
    float quantized(std::vector<std::int16_t>& values) const;

    std::size_t classes_ = 0;
    unsigned row_bits_ = 0;
    std::uint64_t mask_ = 0;
    WeightTable weights_;   ///< Dense weights of a model trained in this process.
    CompactWeights sparse_;  ///< Non-zero weights of a model read from a file.
    // Training only.
    std::vector<double> totals_;
    std::vector<std::uint32_t> stamps_;
    std::uint32_t clock_ = 1;
};

/// The perceptrons of a model file, each with the name it is saved under, in file order.
using SavedPerceptrons = std::initializer_list<std::pair<const char*, const Perceptron*>>;
using LoadedPerceptrons = std::initializer_list<std::pair<const char*, Perceptron*>>;
/// Writes each perceptron under its name (Perceptron::save), in order.
void save_perceptrons(std::ostream& out, SavedPerceptrons perceptrons);
/// Reads them back in the same order (Perceptron::load; errors name `path`).
void load_perceptrons(std::istream& in, const std::string& path, LoadedPerceptrons perceptrons);

/// Helpers for the small binary files the models are made of: little-endian integers and
/// length-prefixed strings, with clear errors on truncation.
void write_u32(std::ostream& out, std::uint32_t v);
void write_string(std::ostream& out, const std::string& s);
void write_strings(std::ostream& out, const std::vector<std::string>& v);
std::uint32_t read_u32(std::istream& in, const std::string& source);
std::string read_string(std::istream& in, const std::string& source);
std::vector<std::string> read_strings(std::istream& in, const std::string& source);

/// What a model file starts with: an 8-byte magic and a format version; `kind` ("tagger",
/// "parser") names the model in errors.
struct ModelFormat {
    char magic[8];
    std::uint32_t version;
    const char* kind;
};

/// Writes the start of a model file; reads it back, throwing a ModelError naming `path` when the
/// file is truncated, of another kind, or of another version.
void write_model_header(std::ostream& out, const ModelFormat& format);
void read_model_header(std::istream& in, const std::string& path, const ModelFormat& format);

/// Writes the model file `path`: its header, then what `body` writes; throws a ModelError naming
/// `path` when it cannot be written.
void save_model(const std::string& path, const ModelFormat& format, const std::function<void(std::ostream&)>& body);

/// Opens the model file `path` and reads its header: the stream is left at the model's body.
std::ifstream open_model(const std::string& path, const ModelFormat& format);

/// Throws a ModelError when `in` holds bytes after the model.
void expect_model_end(std::istream& in, const std::string& path, const ModelFormat& format);

/// A deterministic pseudo-random generator (splitmix64) and an in-place shuffle that gives the
/// same order on every platform, for reproducible training.
class Random {
public:
    explicit Random(std::uint64_t seed) : state_(seed) {}
    std::uint64_t next() {
        std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    /// A number in [0, n).
    std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }
    template <class T>
    void shuffle(std::vector<T>& v) {
        for (std::size_t i = v.size(); i > 1; --i) std::swap(v[i - 1], v[below(i)]);
    }

private:
    std::uint64_t state_;
};

}  // namespace trame::learn
