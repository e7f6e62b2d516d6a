#pragma once
// A linear model over hashed features with one weight per tag, and its averaged-perceptron trainer (Collins
// 2002; averaging as in Daumé's lazy form). The model file is small and platform-independent: little-endian,
// weights quantised to 16 bits with one scale.

#include <array>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "tag_labels.hpp"

namespace bulletin::extract {

using TagScores = std::array<float, kTagCount>;

class PerceptronModel final {
public:
    PerceptronModel() = default;
    // Reads a model file; on failure returns nothing and says why in `error`.
    [[nodiscard]] static std::optional<PerceptronModel> load(const std::filesystem::path& file, std::string& error);
    [[nodiscard]] bool save(const std::filesystem::path& file) const;

    void scores(const std::vector<std::uint64_t>& features, TagScores& out) const;
    [[nodiscard]] std::size_t featureCount() const { return count_; }
    [[nodiscard]] float temperature() const { return temperature_; }
    void setTemperature(float t) { temperature_ = t; }

    // Building (the trainer): weights are quantised with the scale of the largest one.
    void build(const std::vector<std::pair<std::uint64_t, TagScores>>& weights);

private:
    void insert(std::uint64_t key, const std::array<std::int16_t, kTagCount>& row);
    [[nodiscard]] const std::int16_t* find(std::uint64_t key) const;

    // Open addressing, power-of-two capacity, key 0 marks an empty slot (a real key of 0 is remapped to 1).
    std::vector<std::uint64_t> keys_;
    std::vector<std::int16_t> rows_;  // kTagCount per slot
    std::size_t count_ = 0;
    float scale_ = 1.0f;
    float temperature_ = 1.0f;
};

class PerceptronTrainer final {
public:
    void scores(const std::vector<std::uint64_t>& features, TagScores& out) const;
    // One training example: move weight from the guessed tag to the true one (nothing when they agree).
    void update(const std::vector<std::uint64_t>& features, Tag truth, Tag guess);
    // Counts a feature occurrence (for pruning rare features) without changing weights.
    void observe(const std::vector<std::uint64_t>& features);
    void tick() { ++clock_; }
    // Averaged weights of the features seen at least `minCount` times whose largest weight is at least
    // `minWeight` in magnitude.
    [[nodiscard]] PerceptronModel averaged(int minCount, float minWeight) const;
    [[nodiscard]] std::vector<std::pair<std::uint64_t, TagScores>> averagedWeights(int minCount, float minWeight) const;
    [[nodiscard]] std::size_t featureCount() const { return rows_.size(); }

private:
    struct Row final {
        TagScores weight{};
        std::array<double, kTagCount> total{};  // double: clock x weight outgrows a float's precision
        std::array<std::int64_t, kTagCount> stamp{};
        int count = 0;
    };
    void bump(Row& row, std::size_t tag, float delta);
    std::unordered_map<std::uint64_t, Row> rows_;
    std::int64_t clock_ = 1;
};

// The mean of several trainers' weights (a feature missing from one counts 0 there): trainers that saw the
// examples in different orders average out each other's accidents of order.
[[nodiscard]] std::vector<std::pair<std::uint64_t, TagScores>> meanWeights(
    const std::vector<std::vector<std::pair<std::uint64_t, TagScores>>>& models);

}  // namespace bulletin::extract
