#pragma once
// The learned name tagger: an averaged perceptron over TaggerFeatures, decoded greedily left to right with BIO
// constraints. It proposes person, organisation and place spans with a confidence, and gives every token its tag
// probabilities so the resolver can weigh the rules' candidates against it.

#include <memory>
#include <string>
#include <vector>

#include "perceptron.hpp"
#include "tagger_features.hpp"

namespace bulletin::extract {

struct TaggedSpan final {
    std::size_t firstToken = 0, endToken = 0;  // [first, end)
    EntityType type = EntityType::Person;
    float score = 0;  // mean probability of its tags
};

struct TaggerOutput final {
    std::vector<Tag> tags;                 // one per token
    std::vector<TagScores> probabilities;  // one per token (outside the zone: certainly O)
    std::vector<TaggedSpan> spans;
    // Probability that token i is part of a name of this type (begin or inside).
    [[nodiscard]] float support(std::size_t i, EntityType type) const;
};

class NameTagger final {
public:
    explicit NameTagger(PerceptronModel model) : model_(std::move(model)) {}

    [[nodiscard]] TaggerOutput tag(const TaggerInput& input, const Gazetteer& gazetteer) const;
    [[nodiscard]] const PerceptronModel& model() const { return model_; }

    // The shipped model (data/models/tagger.bin, found like the gazetteers), loaded once; nullptr when it is
    // missing or unreadable, and then extraction runs on the rules alone.
    [[nodiscard]] static const NameTagger* shared();
    [[nodiscard]] static std::string sharedLoadError();

private:
    PerceptronModel model_;
};

// Turns scores into probabilities over the tags allowed after `previous` (others get 0).
void tagProbabilities(const TagScores& scores, Tag previous, float temperature, TagScores& out);

}  // namespace bulletin::extract
