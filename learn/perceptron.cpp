#include "learn/perceptron.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>

namespace trame::learn {

namespace {

constexpr char kMagic[8] = {'T', 'R', 'P', 'C', 'P', 'T', 'R', 'N'};
constexpr std::uint32_t kVersion = 1;
constexpr unsigned kMaxRowBits = 26;

}  // namespace

Perceptron::Perceptron(std::size_t classes, unsigned row_bits)
    : classes_(classes), row_bits_(row_bits), mask_((std::uint64_t{1} << row_bits) - 1) {
    if (classes == 0) throw std::invalid_argument("perceptron: no classes");
    if (row_bits == 0 || row_bits > kMaxRowBits) throw std::invalid_argument("perceptron: bad row bits");
    std::size_t n = (std::size_t{1} << row_bits) * classes;
    weights_ = WeightTable(n);
    totals_.assign(n, 0.0);
    stamps_.assign(n, 0);
}

void Perceptron::score(const std::uint64_t* features, std::size_t count, std::vector<float>& scores) const {
    scores.assign(classes_, 0.0f);
    float* s = scores.data();
    if (!sparse_.empty()) {
        // The rows are scattered: ask for them all first, then add them up in the features' order.
        std::uint32_t rows[128];
        for (std::size_t done = 0; done < count; done += 128) {
            const std::size_t n = std::min<std::size_t>(128, count - done);
            for (std::size_t i = 0; i < n; ++i) rows[i] = static_cast<std::uint32_t>(slot(features[done + i]));
            sparse_.prefetch(rows, n);
            sparse_.add(rows, n, s);
        }
        return;
    }
    const float* w = weights_.data();
    const std::size_t c = classes_;
    // The rows are scattered over a large table: ask for all of them first, so the memory
    // fetches overlap, then add them up.
    const std::size_t row_bytes = c * sizeof(float);
    for (std::size_t i = 0; i < count; ++i) {
        const char* r = reinterpret_cast<const char*>(w + row(features[i]));
        for (std::size_t b = 0; b < row_bytes; b += 64) __builtin_prefetch(r + b);
        __builtin_prefetch(r + row_bytes - 1);
    }
    for (std::size_t i = 0; i < count; ++i) {
        const float* r = w + row(features[i]);
        for (std::size_t k = 0; k < c; ++k) s[k] += r[k];
    }
}

std::size_t Perceptron::best(const std::vector<float>& scores, const std::vector<bool>& allowed) {
    std::size_t best = scores.size();
    for (std::size_t k = 0; k < scores.size(); ++k) {
        if (!allowed.empty() && !allowed[k]) continue;
        if (best == scores.size() || scores[k] > scores[best]) best = k;
    }
    return best == scores.size() ? 0 : best;
}

void Perceptron::update(const std::uint64_t* features, std::size_t count, std::size_t gold, std::size_t guess, float step) {
    if (gold == guess) return;
    if (stamps_.empty()) throw std::logic_error("perceptron: update after average()");
    auto bump = [&](std::size_t index, float delta) {
        totals_[index] += static_cast<double>(clock_ - stamps_[index]) * weights_[index];
        stamps_[index] = clock_;
        weights_[index] += delta;
    };
    for (std::size_t i = 0; i < count; ++i) {
        std::size_t r = row(features[i]);
        bump(r + gold, step);
        bump(r + guess, -step);
    }
}

void Perceptron::average() {
    if (stamps_.empty()) return;
    for (std::size_t i = 0; i < weights_.size(); ++i) {
        double total = totals_[i] + static_cast<double>(clock_ - stamps_[i]) * weights_[i];
        weights_[i] = static_cast<float>(total / clock_);
    }
    totals_.clear();
    totals_.shrink_to_fit();
    stamps_.clear();
    stamps_.shrink_to_fit();
}

// ---- binary helpers -----------------------------------------------------------------------

void write_u32(std::ostream& out, std::uint32_t v) {
    unsigned char b[4] = {static_cast<unsigned char>(v), static_cast<unsigned char>(v >> 8),
                          static_cast<unsigned char>(v >> 16), static_cast<unsigned char>(v >> 24)};
    out.write(reinterpret_cast<const char*>(b), 4);
}

void write_string(std::ostream& out, const std::string& s) {
    write_u32(out, static_cast<std::uint32_t>(s.size()));
    out.write(s.data(), static_cast<std::streamsize>(s.size()));
}

void write_strings(std::ostream& out, const std::vector<std::string>& v) {
    write_u32(out, static_cast<std::uint32_t>(v.size()));
    for (const std::string& s : v) write_string(out, s);
}

std::uint32_t read_u32(std::istream& in, const std::string& source) {
    unsigned char b[4];
    if (!in.read(reinterpret_cast<char*>(b), 4)) throw ModelError(source + ": truncated model file");
    return b[0] | (std::uint32_t{b[1]} << 8) | (std::uint32_t{b[2]} << 16) | (std::uint32_t{b[3]} << 24);
}

std::string read_string(std::istream& in, const std::string& source) {
    std::uint32_t n = read_u32(in, source);
    if (n > (1u << 24)) throw ModelError(source + ": corrupt model file (string of " + std::to_string(n) + " bytes)");
    std::string s(n, '\0');
    if (n && !in.read(s.data(), n)) throw ModelError(source + ": truncated model file");
    return s;
}

std::vector<std::string> read_strings(std::istream& in, const std::string& source) {
    std::uint32_t n = read_u32(in, source);
    if (n > (1u << 22)) throw ModelError(source + ": corrupt model file (list of " + std::to_string(n) + " strings)");
    std::vector<std::string> v;
    v.reserve(n);
    for (std::uint32_t i = 0; i < n; ++i) v.push_back(read_string(in, source));
    return v;
}

void write_model_header(std::ostream& out, const ModelFormat& format) {
    out.write(format.magic, sizeof format.magic);
    write_u32(out, format.version);
}

void read_model_header(std::istream& in, const std::string& path, const ModelFormat& format) {
    char magic[sizeof format.magic];
    if (!in.read(magic, sizeof magic)) throw ModelError(path + ": truncated model file");
    const std::string kind = format.kind;
    if (std::memcmp(magic, format.magic, sizeof magic) != 0) throw ModelError(path + ": not a trame " + kind + " model");
    std::uint32_t version = read_u32(in, path);
    if (version != format.version)
        throw ModelError(path + ": " + kind + " model version " + std::to_string(version) + ", expected " +
                         std::to_string(format.version));
}

void save_model(const std::string& path, const ModelFormat& format, const std::function<void(std::ostream&)>& body) {
    std::ofstream out(path, std::ios::binary);
    if (!out) throw ModelError(path + ": cannot write");
    write_model_header(out, format);
    body(out);
    if (!out) throw ModelError(path + ": write failed");
}

std::ifstream open_model(const std::string& path, const ModelFormat& format) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw ModelError(path + ": cannot open " + format.kind + " model");
    read_model_header(in, path, format);
    return in;
}

void expect_model_end(std::istream& in, const std::string& path, const ModelFormat& format) {
    if (in.peek() != std::char_traits<char>::eof())
        throw ModelError(path + ": trailing bytes after the " + format.kind + " model");
}

// ---- save / load ----------------------------------------------------------------------------

float Perceptron::quantized(std::vector<std::int16_t>& values) const {
    if (!sparse_.empty()) {
        values = sparse_.dense();
        return sparse_.scale();
    }
    float max_abs = 0.0f;
    for (std::size_t i = 0; i < weights_.size(); ++i) max_abs = std::max(max_abs, std::fabs(weights_[i]));
    const float scale = max_abs > 0.0f ? max_abs / 32767.0f : 1.0f;
    values.resize(weights_.size());
    for (std::size_t i = 0; i < weights_.size(); ++i)
        values[i] = static_cast<std::int16_t>(std::clamp(std::lround(weights_[i] / scale), -32767L, 32767L));
    return scale;
}

void Perceptron::save(std::ostream& out, const std::string& name) const {
    std::vector<std::int16_t> values;
    const float scale = quantized(values);
    out.write(kMagic, sizeof kMagic);
    write_u32(out, kVersion);
    write_string(out, name);
    write_u32(out, static_cast<std::uint32_t>(classes_));
    write_u32(out, row_bits_);
    std::uint32_t scale_bits;
    std::memcpy(&scale_bits, &scale, 4);
    write_u32(out, scale_bits);
    std::vector<unsigned char> bytes(values.size() * 2);
    std::uint32_t checksum = 2166136261u;
    for (std::size_t i = 0; i < values.size(); ++i) {
        auto u = static_cast<std::uint16_t>(values[i]);
        bytes[2 * i] = static_cast<unsigned char>(u);
        bytes[2 * i + 1] = static_cast<unsigned char>(u >> 8);
        checksum = (checksum ^ u) * 16777619u;
    }
    out.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
    write_u32(out, checksum);
}

Perceptron Perceptron::load(std::istream& in, const std::string& name, const std::string& source) {
    char magic[sizeof kMagic];
    if (!in.read(magic, sizeof magic)) throw ModelError(source + ": truncated model file");
    if (std::memcmp(magic, kMagic, sizeof magic) != 0) throw ModelError(source + ": not a trame model file (bad magic)");
    std::uint32_t version = read_u32(in, source);
    if (version != kVersion)
        throw ModelError(source + ": model format version " + std::to_string(version) + ", expected " +
                         std::to_string(kVersion));
    std::string label = read_string(in, source);
    if (label != name) throw ModelError(source + ": holds the model '" + label + "', expected '" + name + "'");
    std::uint32_t classes = read_u32(in, source);
    std::uint32_t bits = read_u32(in, source);
    if (classes == 0 || classes > 65535 || bits == 0 || bits > kMaxRowBits)
        throw ModelError(source + ": corrupt model header for '" + name + "'");
    std::uint32_t scale_bits = read_u32(in, source);
    float scale;
    std::memcpy(&scale, &scale_bits, 4);
    if (!std::isfinite(scale) || scale <= 0.0f) throw ModelError(source + ": corrupt weight scale for '" + name + "'");
    Perceptron p;
    p.classes_ = classes;
    p.row_bits_ = bits;
    p.mask_ = (std::uint64_t{1} << bits) - 1;
    std::size_t n = (std::size_t{1} << bits) * classes;
    std::vector<unsigned char> bytes(n * 2);
    if (!in.read(reinterpret_cast<char*>(bytes.data()), static_cast<std::streamsize>(bytes.size())))
        throw ModelError(source + ": truncated model file (weights of '" + name + "')");
    std::vector<std::int16_t> values(n);
    std::uint32_t checksum = 2166136261u;
    for (std::size_t i = 0; i < n; ++i) {
        auto u = static_cast<std::uint16_t>(bytes[2 * i] | (bytes[2 * i + 1] << 8));
        checksum = (checksum ^ u) * 16777619u;
        values[i] = static_cast<std::int16_t>(u);
    }
    if (read_u32(in, source) != checksum) throw ModelError(source + ": checksum mismatch in '" + name + "' (corrupt file)");
    bytes = {};
    p.sparse_ = CompactWeights(values, std::size_t{1} << bits, classes, scale);
    return p;
}

void save_perceptrons(std::ostream& out, SavedPerceptrons perceptrons) {
    for (const auto& [name, perceptron] : perceptrons) perceptron->save(out, name);
}

void load_perceptrons(std::istream& in, const std::string& path, LoadedPerceptrons perceptrons) {
    for (const auto& [name, perceptron] : perceptrons) *perceptron = Perceptron::load(in, name, path);
}

}  // namespace trame::learn
