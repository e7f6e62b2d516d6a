#include "perceptron.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <fstream>

namespace bulletin::extract {

namespace {

constexpr char kMagic[4] = {'B', 'L', 'T', 'G'};
constexpr std::uint32_t kVersion = 1;

std::uint64_t slotKey(std::uint64_t key) {
    return key == 0 ? 1 : key;
}

template <typename T>
void put(std::ofstream& out, T value) {
    unsigned char bytes[sizeof(T)];
    std::uint64_t v = 0;
    std::memcpy(&v, &value, sizeof(T));
    for (std::size_t i = 0; i < sizeof(T); ++i) bytes[i] = static_cast<unsigned char>(v >> (8 * i));
    out.write(reinterpret_cast<const char*>(bytes), sizeof(T));
}

template <typename T>
bool get(std::ifstream& in, T& value) {
    unsigned char bytes[sizeof(T)];
    if (!in.read(reinterpret_cast<char*>(bytes), sizeof(T))) return false;
    std::uint64_t v = 0;
    for (std::size_t i = 0; i < sizeof(T); ++i) v |= static_cast<std::uint64_t>(bytes[i]) << (8 * i);
    std::memcpy(&value, &v, sizeof(T));
    return true;
}

}  // namespace

void PerceptronModel::insert(std::uint64_t key, const std::array<std::int16_t, kTagCount>& row) {
    key = slotKey(key);
    const std::size_t mask = keys_.size() - 1;
    std::size_t slot = static_cast<std::size_t>(key) & mask;
    while (keys_[slot] != 0 && keys_[slot] != key) slot = (slot + 1) & mask;
    if (keys_[slot] == 0) ++count_;
    keys_[slot] = key;
    std::copy(row.begin(), row.end(), rows_.begin() + static_cast<std::ptrdiff_t>(slot * kTagCount));
}

const std::int16_t* PerceptronModel::find(std::uint64_t key) const {
    if (keys_.empty()) return nullptr;
    key = slotKey(key);
    const std::size_t mask = keys_.size() - 1;
    for (std::size_t slot = static_cast<std::size_t>(key) & mask;; slot = (slot + 1) & mask) {
        if (keys_[slot] == key) return &rows_[slot * kTagCount];
        if (keys_[slot] == 0) return nullptr;
    }
}

void PerceptronModel::build(const std::vector<std::pair<std::uint64_t, TagScores>>& weights) {
    float largest = 0;
    for (const auto& [k, w] : weights)
        for (float x : w) largest = std::max(largest, std::fabs(x));
    scale_ = largest > 0 ? largest / 32767.0f : 1.0f;
    std::size_t capacity = 16;
    while (capacity < weights.size() * 2) capacity *= 2;  // at most half full: short probe runs
    keys_.assign(capacity, 0);
    rows_.assign(capacity * kTagCount, 0);
    count_ = 0;
    for (const auto& [k, w] : weights) {
        std::array<std::int16_t, kTagCount> q{};
        for (std::size_t c = 0; c < kTagCount; ++c)
            q[c] = static_cast<std::int16_t>(std::lround(std::clamp(w[c] / scale_, -32767.0f, 32767.0f)));
        insert(k, q);
    }
}

void PerceptronModel::scores(const std::vector<std::uint64_t>& features, TagScores& out) const {
    std::array<std::int32_t, kTagCount> sum{};
    for (const auto f : features)
        if (const auto* row = find(f))
            for (std::size_t c = 0; c < kTagCount; ++c) sum[c] += row[c];
    for (std::size_t c = 0; c < kTagCount; ++c) out[c] = static_cast<float>(sum[c]) * scale_;
}

bool PerceptronModel::save(const std::filesystem::path& file) const {
    std::ofstream out(file, std::ios::binary);
    out.write(kMagic, 4);
    put<std::uint32_t>(out, kVersion);
    put<std::uint32_t>(out, static_cast<std::uint32_t>(kTagCount));
    put<std::uint64_t>(out, count_);
    put<float>(out, scale_);
    put<float>(out, temperature_);
    // Sorted by key: the same model always writes the same bytes.
    std::vector<std::size_t> slots;
    for (std::size_t s = 0; s < keys_.size(); ++s)
        if (keys_[s] != 0) slots.push_back(s);
    std::sort(slots.begin(), slots.end(), [&](std::size_t a, std::size_t b) { return keys_[a] < keys_[b]; });
    for (const auto s : slots) {
        put<std::uint64_t>(out, keys_[s]);
        for (std::size_t c = 0; c < kTagCount; ++c) put<std::int16_t>(out, rows_[s * kTagCount + c]);
    }
    return static_cast<bool>(out);
}

std::optional<PerceptronModel> PerceptronModel::load(const std::filesystem::path& file, std::string& error) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        error = "cannot open " + file.string();
        return std::nullopt;
    }
    char magic[4];
    std::uint32_t version = 0, tags = 0;
    std::uint64_t count = 0;
    PerceptronModel m;
    if (!in.read(magic, 4) || std::memcmp(magic, kMagic, 4) != 0 || !get(in, version) || !get(in, tags) ||
        !get(in, count) || !get(in, m.scale_) || !get(in, m.temperature_)) {
        error = file.string() + " is not a Bulletin tagger model";
        return std::nullopt;
    }
    if (version != kVersion || tags != kTagCount) {
        error = file.string() + ": model format " + std::to_string(version) + " with " + std::to_string(tags) +
                " tags is not the one this version reads";
        return std::nullopt;
    }
    if (count > (std::uint64_t{1} << 26) || !std::isfinite(m.scale_) || !std::isfinite(m.temperature_) ||
        m.temperature_ <= 0) {
        error = file.string() + ": implausible model header";
        return std::nullopt;
    }
    std::size_t capacity = 16;
    while (capacity < count * 2) capacity *= 2;
    m.keys_.assign(capacity, 0);
    m.rows_.assign(capacity * kTagCount, 0);
    for (std::uint64_t i = 0; i < count; ++i) {
        std::uint64_t key = 0;
        std::array<std::int16_t, kTagCount> row{};
        if (!get(in, key)) {
            error = file.string() + " is truncated";
            return std::nullopt;
        }
        for (auto& w : row)
            if (!get(in, w)) {
                error = file.string() + " is truncated";
                return std::nullopt;
            }
        m.insert(key, row);
    }
    return m;
}

void PerceptronTrainer::scores(const std::vector<std::uint64_t>& features, TagScores& out) const {
    out.fill(0);
    for (const auto f : features)
        if (auto it = rows_.find(f); it != rows_.end())
            for (std::size_t c = 0; c < kTagCount; ++c) out[c] += it->second.weight[c];
}

void PerceptronTrainer::bump(Row& row, std::size_t tag, float delta) {
    row.total[tag] += static_cast<double>(clock_ - row.stamp[tag]) * row.weight[tag];
    row.stamp[tag] = clock_;
    row.weight[tag] += delta;
}

void PerceptronTrainer::observe(const std::vector<std::uint64_t>& features) {
    for (const auto f : features) ++rows_[f].count;
}

void PerceptronTrainer::update(const std::vector<std::uint64_t>& features, Tag truth, Tag guess) {
    if (truth == guess) return;
    for (const auto f : features) {
        Row& row = rows_[f];
        bump(row, static_cast<std::size_t>(truth), 1.0f);
        bump(row, static_cast<std::size_t>(guess), -1.0f);
    }
}

PerceptronModel PerceptronTrainer::averaged(int minCount, float minWeight) const {
    PerceptronModel m;
    m.build(averagedWeights(minCount, minWeight));
    return m;
}

std::vector<std::pair<std::uint64_t, TagScores>> PerceptronTrainer::averagedWeights(int minCount,
                                                                                    float minWeight) const {
    std::vector<std::pair<std::uint64_t, TagScores>> kept;
    for (const auto& [key, row] : rows_) {
        if (row.count < minCount) continue;
        TagScores avg{};
        float largest = 0;
        for (std::size_t c = 0; c < kTagCount; ++c) {
            const double total = row.total[c] + static_cast<double>(clock_ - row.stamp[c]) * row.weight[c];
            avg[c] = static_cast<float>(total / static_cast<double>(clock_));
            largest = std::max(largest, std::fabs(avg[c]));
        }
        if (largest >= minWeight) kept.emplace_back(key, avg);
    }
    std::sort(kept.begin(), kept.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    return kept;
}

std::vector<std::pair<std::uint64_t, TagScores>> meanWeights(
    const std::vector<std::vector<std::pair<std::uint64_t, TagScores>>>& models) {
    std::vector<std::pair<std::uint64_t, TagScores>> all;
    for (const auto& m : models) all.insert(all.end(), m.begin(), m.end());
    std::sort(all.begin(), all.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<std::pair<std::uint64_t, TagScores>> out;
    const float share = models.empty() ? 0.0f : 1.0f / static_cast<float>(models.size());
    for (const auto& [key, w] : all) {
        if (out.empty() || out.back().first != key) out.emplace_back(key, TagScores{});
        for (std::size_t c = 0; c < kTagCount; ++c) out.back().second[c] += w[c] * share;
    }
    return out;
}

}  // namespace bulletin::extract
