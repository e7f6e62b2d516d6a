#include "name_tagger.hpp"

#include <cmath>
#include <cstdlib>
#include <filesystem>

#include "extraction_state.hpp"

namespace fs = std::filesystem;

namespace bulletin::extract {

float TaggerOutput::support(std::size_t i, EntityType type) const {
    if (i >= probabilities.size()) return 0;
    const auto& p = probabilities[i];
    return p[static_cast<std::size_t>(beginOf(type))] + p[static_cast<std::size_t>(insideOf(type))];
}

void tagProbabilities(const TagScores& scores, Tag previous, float temperature, TagScores& out) {
    float best = -1e30f;
    for (std::size_t c = 0; c < kTagCount; ++c)
        if (allowedAfter(previous, static_cast<Tag>(c))) best = std::max(best, scores[c]);
    float sum = 0;
    for (std::size_t c = 0; c < kTagCount; ++c) {
        out[c] = allowedAfter(previous, static_cast<Tag>(c)) ? std::exp((scores[c] - best) / temperature) : 0.0f;
        sum += out[c];
    }
    for (auto& x : out) x /= sum;
}

TaggerOutput NameTagger::tag(const TaggerInput& input, const Gazetteer& gazetteer) const {
    const TaggerFeatures features(input, gazetteer);
    const auto& zone = features.zone();
    const std::size_t n = input.text->tokens.size();
    TaggerOutput out;
    out.tags.assign(n, Tag::O);
    TagScores certainO{};
    certainO[0] = 1;
    out.probabilities.assign(n, certainO);
    std::vector<std::uint64_t> f;
    TagScores scores{};
    Tag previous = Tag::O, beforePrevious = Tag::O;
    for (std::size_t i = 0; i < n; ++i) {
        if (features.segmentStart(i)) previous = beforePrevious = Tag::O;
        if (!zone[i]) {
            beforePrevious = previous;
            previous = Tag::O;
            continue;
        }
        features.features(i, previous, beforePrevious, f);
        model_.scores(f, scores);
        auto& p = out.probabilities[i];
        tagProbabilities(scores, previous, model_.temperature(), p);
        std::size_t best = 0;
        for (std::size_t c = 1; c < kTagCount; ++c)
            if (p[c] > p[best]) best = c;
        out.tags[i] = static_cast<Tag>(best);
        beforePrevious = previous;
        previous = out.tags[i];
    }
    // Spans: a begin tag and the inside tags after it.
    for (std::size_t i = 0; i < n;) {
        if (!isBegin(out.tags[i])) {
            ++i;
            continue;
        }
        const auto type = *typeOf(out.tags[i]);
        std::size_t j = i + 1;
        while (j < n && out.tags[j] == insideOf(type)) ++j;
        // A name neither starts nor ends on a connector or a period ("of Pakistan", "Ministry of").
        const auto& toks = input.text->tokens;
        auto nameWord = [&](std::size_t k) { return toks[k].capitalized || toks[k].allCaps; };
        std::size_t first = i;
        while (first < j && !nameWord(first)) ++first;
        while (j > first + 1 && !nameWord(j - 1)) --j;
        if (first >= j) {
            i = std::max(j, i + 1);
            continue;
        }
        float sum = 0;
        for (std::size_t k = first; k < j; ++k) sum += out.probabilities[k][static_cast<std::size_t>(out.tags[k])];
        out.spans.push_back({first, j, type, sum / static_cast<float>(j - first)});
        i = std::max(j, i + 1);
    }
    return out;
}

namespace {

fs::path modelFile() {
    if (const char* model = std::getenv("BULLETIN_TAGGER_MODEL"); model && *model) return model;
    if (const char* env = std::getenv("BULLETIN_DATA_DIR"); env && *env) return fs::path(env) / "models" / "tagger.bin";
    std::error_code ec;
    const auto exe = fs::read_symlink("/proc/self/exe", ec);
    const fs::path installed = exe.parent_path().parent_path() / "share" / "bulletin" / "models" / "tagger.bin";
    if (!ec && fs::exists(installed, ec)) return installed;
    return fs::path(BULLETIN_SOURCE_DATA_DIR) / "models" / "tagger.bin";
}

struct Shared final {
    std::unique_ptr<NameTagger> tagger;
    std::string error;
};

const Shared& shared() {
    static const Shared s = [] {
        Shared out;
        // BULLETIN_TAGGER=off runs the rules alone (measuring them, or a model that misbehaves);
        // BULLETIN_TAGGER_MODEL names another model file (cross-validation).
        if (const char* off = std::getenv("BULLETIN_TAGGER"); off && std::string(off) == "off") {
            out.error = "the tagger is switched off (BULLETIN_TAGGER=off)";
            return out;
        }
        std::string error;
        if (auto model = PerceptronModel::load(modelFile(), error))
            out.tagger = std::make_unique<NameTagger>(std::move(*model));
        else
            out.error = error;
        return out;
    }();
    return s;
}

}  // namespace

const NameTagger* NameTagger::shared() {
    return extract::shared().tagger.get();
}
std::string NameTagger::sharedLoadError() {
    return extract::shared().error;
}

}  // namespace bulletin::extract
