#include "mentions/ner_model.h"

#include <array>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iterator>
#include <limits>
#include <sstream>
#include <stdexcept>

namespace trame {

namespace {

constexpr char kMagic[8] = {'T', 'R', 'A', 'M', 'E', 'N', 'E', 'R'};
/// Bytes of the file header (magic, format version, model count) plus the checksum.
constexpr std::size_t kHeaderBytes = 8 + 4 + 4;
constexpr unsigned kMaxBucketBits = 24;

std::uint64_t fnv1a(const std::string& bytes, std::size_t size) {
    std::uint64_t h = 14695981039346656037ull;
    for (std::size_t i = 0; i < size; ++i) {
        h ^= static_cast<unsigned char>(bytes[i]);
        h *= 1099511628211ull;
    }
    return h;
}

void put_u32(std::string& out, std::uint32_t v) {
    for (int b = 0; b < 4; ++b) out += static_cast<char>((v >> (8 * b)) & 0xFF);
}
void put_u64(std::string& out, std::uint64_t v) {
    for (int b = 0; b < 8; ++b) out += static_cast<char>((v >> (8 * b)) & 0xFF);
}
void put_f32(std::string& out, float f) {
    std::uint32_t v;
    std::memcpy(&v, &f, 4);
    put_u32(out, v);
}
std::uint32_t get_u32(const std::string& in, std::size_t at) {
    std::uint32_t v = 0;
    for (int b = 0; b < 4; ++b) v |= std::uint32_t(static_cast<unsigned char>(in[at + b])) << (8 * b);
    return v;
}
std::uint64_t get_u64(const std::string& in, std::size_t at) {
    std::uint64_t v = 0;
    for (int b = 0; b < 8; ++b) v |= std::uint64_t(static_cast<unsigned char>(in[at + b])) << (8 * b);
    return v;
}
float get_f32(const std::string& in, std::size_t at) {
    const std::uint32_t v = get_u32(in, at);
    float f;
    std::memcpy(&f, &v, 4);
    return f;
}

std::runtime_error model_error(const std::string& path, const std::string& what) {
    return std::runtime_error(path + ": " + what);
}

}  // namespace

NerModel::NerModel(unsigned bucket_bits, std::uint32_t feature_version)
    : NerModel(bucket_bits, feature_version, learn::CompactWeights()) {
    weights_.assign(rows() * bilou::kLabels, 0.0f);
}

NerModel::NerModel(unsigned bucket_bits, std::uint32_t feature_version, learn::CompactWeights sparse)
    : bucket_bits_(bucket_bits), feature_version_(feature_version), sparse_(std::move(sparse)) {
    if (bucket_bits < 1 || bucket_bits > kMaxBucketBits)
        throw std::invalid_argument("NER model: bucket bits must be between 1 and " + std::to_string(kMaxBucketBits));
    transitions_.assign((bilou::kLabels + 1) * bilou::kLabels, 0.0f);
}

void NerModel::densify() {
    if (sparse_.empty()) return;
    const std::vector<std::int16_t> values = sparse_.dense();
    weights_.resize(values.size());
    for (std::size_t i = 0; i < values.size(); ++i) weights_[i] = static_cast<float>(values[i]) * sparse_.scale();
    sparse_ = learn::CompactWeights();
}

std::size_t NerModel::row(std::uint64_t feature) const {
    // Mix the hash so that every bit counts, then keep the top bucket_bits bits.
    feature ^= feature >> 33;
    feature *= 0xff51afd7ed558ccdull;
    feature ^= feature >> 33;
    return static_cast<std::size_t>(feature >> (64 - bucket_bits_));
}

namespace {

/// The labels that may precede each label (bilou::allowed), asked once for the whole run.
struct Predecessors {
    std::array<std::array<int, bilou::kLabels>, bilou::kLabels> labels{};
    std::array<std::size_t, bilou::kLabels> count{};
    std::array<bool, bilou::kLabels> first{};  ///< May start a sentence.
    std::array<bool, bilou::kLabels> last{};   ///< May end a sentence.

    Predecessors() {
        for (std::size_t y = 0; y < bilou::kLabels; ++y) {
            for (std::size_t p = 0; p < bilou::kLabels; ++p)
                if (bilou::allowed(static_cast<int>(p), static_cast<int>(y))) labels[y][count[y]++] = static_cast<int>(p);
            first[y] = bilou::allowed(-1, static_cast<int>(y));
            last[y] = bilou::allowed_last(static_cast<int>(y));
        }
    }
};

}  // namespace

std::vector<int> NerModel::decode(const SentenceFeatures& features) const {
    static const Predecessors allowed;
    const std::size_t n = features.size();
    constexpr std::size_t L = bilou::kLabels;
    if (n == 0) return {};
    const float kNone = -std::numeric_limits<float>::infinity();
    std::vector<float> emission(n * L, 0.0f);
    if (!sparse_.empty()) {
        // Token by token, the rows are asked of memory first, then summed in the features' order.
        std::vector<std::uint32_t> rows;
        for (std::size_t k = 0; k < n; ++k) {
            rows.clear();
            for (std::uint64_t f : features[k]) rows.push_back(static_cast<std::uint32_t>(row(f)));
            sparse_.prefetch(rows.data(), rows.size());
            sparse_.add(rows.data(), rows.size(), &emission[k * L]);
        }
    } else {
        for (std::size_t k = 0; k < n; ++k) {
            float* e = &emission[k * L];
            for (std::uint64_t f : features[k]) {
                const float* w = &weights_[row(f) * L];
                for (std::size_t y = 0; y < L; ++y) e[y] += w[y];
            }
        }
    }
    std::vector<float> score(n * L, kNone);
    std::vector<int> back(n * L, -1);
    for (std::size_t y = 0; y < L; ++y)
        if (allowed.first[y]) score[y] = emission[y] + transition(-1, static_cast<int>(y));
    for (std::size_t k = 1; k < n; ++k)
        for (std::size_t y = 0; y < L; ++y) {
            float best = kNone;
            int from = -1;
            for (std::size_t q = 0; q < allowed.count[y]; ++q) {
                const int p = allowed.labels[y][q];
                const float before = score[(k - 1) * L + p];
                if (before == kNone) continue;
                const float s = before + transition(p, static_cast<int>(y));
                if (s > best) {
                    best = s;
                    from = p;
                }
            }
            if (from >= 0) {
                score[k * L + y] = best + emission[k * L + y];
                back[k * L + y] = from;
            }
        }
    int last = bilou::kOutside;
    float best = kNone;
    for (std::size_t y = 0; y < L; ++y) {
        const float s = score[(n - 1) * L + y];
        if (allowed.last[y] && s > best) {
            best = s;
            last = static_cast<int>(y);
        }
    }
    std::vector<int> labels(n);
    labels[n - 1] = last;
    for (std::size_t k = n - 1; k > 0; --k) labels[k - 1] = back[k * L + labels[k]];
    return labels;
}

float NerModel::storage_scale() const {
    if (!sparse_.empty()) return sparse_.scale();
    float largest = 0.0f;
    for (float w : weights_) largest = std::max(largest, std::fabs(w));
    return largest > 0.0f ? largest / 32767.0f : 1.0f;
}

void NerModel::round_to_storage() {
    const float scale = storage_scale();
    for (float& w : weights_) w = static_cast<float>(std::lround(w / scale)) * scale;
}

std::vector<std::int16_t> NerModel::stored_weights() const {
    if (!sparse_.empty()) return sparse_.dense();
    const float scale = storage_scale();
    std::vector<std::int16_t> values(weights_.size());
    for (std::size_t i = 0; i < weights_.size(); ++i) values[i] = static_cast<std::int16_t>(std::lround(weights_[i] / scale));
    return values;
}

void NerModel::append_to(std::string& bytes) const {
    put_u32(bytes, feature_version_);
    put_u32(bytes, static_cast<std::uint32_t>(bilou::kLabels));
    put_u32(bytes, bucket_bits_);
    put_f32(bytes, storage_scale());
    const std::vector<std::int16_t> values = stored_weights();
    bytes.reserve(bytes.size() + values.size() * 2 + transitions_.size() * 4);
    for (std::int16_t v : values) {
        const auto u = static_cast<std::uint16_t>(v);
        bytes += static_cast<char>(u & 0xFF);
        bytes += static_cast<char>(u >> 8);
    }
    for (float t : transitions_) put_f32(bytes, t);
}

NerModel NerModel::read_from(const std::string& bytes, std::size_t& at, const std::string& path) {
    if (bytes.size() < at + 16) throw model_error(path, "truncated NER model");
    const std::uint32_t feature_version = get_u32(bytes, at);
    const std::uint32_t labels = get_u32(bytes, at + 4);
    if (labels != bilou::kLabels)
        throw model_error(path, "NER model has " + std::to_string(labels) + " labels, this trame uses " +
                                    std::to_string(bilou::kLabels));
    const std::uint32_t bits = get_u32(bytes, at + 8);
    if (bits < 1 || bits > kMaxBucketBits) throw model_error(path, "NER model with an impossible table size");
    const float scale = get_f32(bytes, at + 12);
    at += 16;
    const std::size_t rows = std::size_t{1} << bits;
    constexpr std::size_t transition_count = (bilou::kLabels + 1) * bilou::kLabels;
    if (bytes.size() < at + rows * bilou::kLabels * 2 + transition_count * 4) throw model_error(path, "truncated NER model");
    std::vector<std::int16_t> values(rows * bilou::kLabels);
    for (std::int16_t& v : values) {
        v = static_cast<std::int16_t>(static_cast<std::uint16_t>(static_cast<unsigned char>(bytes[at]) |
                                                                 (static_cast<unsigned char>(bytes[at + 1]) << 8)));
        at += 2;
    }
    NerModel model(bits, feature_version, learn::CompactWeights(values, rows, bilou::kLabels, scale));
    for (float& t : model.transitions_) {
        t = get_f32(bytes, at);
        at += 4;
    }
    return model;
}

void save_models(const std::string& path, const std::vector<NerModel>& models) {
    std::string bytes(kMagic, sizeof kMagic);
    put_u32(bytes, kNerModelFormat);
    put_u32(bytes, static_cast<std::uint32_t>(models.size()));
    for (const NerModel& model : models) model.append_to(bytes);
    put_u64(bytes, fnv1a(bytes, bytes.size()));
    const std::string temporary = path + ".tmp";
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        if (!out) throw model_error(path, "cannot write the model file");
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        if (!out.flush()) {
            out.close();
            std::remove(temporary.c_str());
            throw model_error(path, "cannot write the model file");
        }
    }
    if (std::rename(temporary.c_str(), path.c_str()) != 0) {
        std::remove(temporary.c_str());
        throw model_error(path, "cannot write the model file");
    }
}

std::vector<NerModel> load_models(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw model_error(path, "cannot read the NER model (missing or unreadable file)");
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (bytes.size() < 8 || bytes.compare(0, 8, kMagic, 8) != 0)
        throw model_error(path, "not a trame NER model (no TRAMENER header)");
    if (bytes.size() < kHeaderBytes + 8) throw model_error(path, "truncated NER model");
    const std::uint32_t format = get_u32(bytes, 8);
    if (format != kNerModelFormat)
        throw model_error(path, "NER model format version " + std::to_string(format) + ", this trame reads version " +
                                    std::to_string(kNerModelFormat));
    if (get_u64(bytes, bytes.size() - 8) != fnv1a(bytes, bytes.size() - 8))
        throw model_error(path, "corrupted or truncated NER model (checksum mismatch)");
    const std::uint32_t count = get_u32(bytes, 12);
    std::size_t at = kHeaderBytes;
    std::vector<NerModel> models;
    for (std::uint32_t i = 0; i < count; ++i) models.push_back(NerModel::read_from(bytes, at, path));
    if (at != bytes.size() - 8) throw model_error(path, "NER model file with trailing bytes");
    return models;
}

}  // namespace trame
