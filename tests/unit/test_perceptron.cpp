#include <fstream>

#include "extract/perceptron.hpp"
#include "support/test_support.hpp"

using namespace bulletin;
using namespace bulletin::extract;

TEST_CASE("perceptron: training separates two tags and the averaged model agrees", "[tagger]") {
    PerceptronTrainer trainer;
    const std::vector<std::uint64_t> person{1, 2, 3}, place{1, 4, 5};
    for (int epoch = 0; epoch < 5; ++epoch) {
        for (const auto& [features, truth] : {std::pair{person, Tag::BPer}, std::pair{place, Tag::BLoc}}) {
            TagScores s{};
            trainer.scores(features, s);
            const auto guess = static_cast<Tag>(std::max_element(s.begin(), s.end()) - s.begin());
            trainer.observe(features);
            trainer.update(features, truth, guess);
            trainer.tick();
        }
    }
    const auto model = trainer.averaged(1, 0.0f);
    TagScores s{};
    model.scores(person, s);
    CHECK(std::max_element(s.begin(), s.end()) - s.begin() == static_cast<long>(Tag::BPer));
    model.scores(place, s);
    CHECK(std::max_element(s.begin(), s.end()) - s.begin() == static_cast<long>(Tag::BLoc));
    model.scores({999}, s);  // an unknown feature weighs nothing
    CHECK(std::all_of(s.begin(), s.end(), [](float x) { return x == 0; }));
}

TEST_CASE("perceptron: a model reads back as it was written, and a bad file is refused with the reason", "[tagger]") {
    test::TempDir dir;
    PerceptronModel m;
    m.build({{7, TagScores{1, -2, 3, 0, 0, 0.5f, 0}}, {0, TagScores{0, 0, 0, 0, 0, 0, 4}}});
    m.setTemperature(2.5f);
    REQUIRE(m.save(dir / "m.bin"));
    std::string error;
    const auto back = PerceptronModel::load(dir / "m.bin", error);
    REQUIRE(back);
    CHECK(back->featureCount() == 2);
    CHECK(back->temperature() == 2.5f);
    TagScores a{}, b{};
    m.scores({7, 0}, a);
    back->scores({7, 0}, b);
    CHECK(a == b);
    CHECK(std::abs(a[2] - 3.0f) < 1e-3f);

    test::writeFile(dir / "junk.bin", "not a model at all");
    CHECK_FALSE(PerceptronModel::load(dir / "junk.bin", error));
    CHECK(error.find("not a Bulletin tagger model") != std::string::npos);
    std::string bytes = test::readFile(dir / "m.bin");
    test::writeFile(dir / "cut.bin", bytes.substr(0, bytes.size() - 5));
    CHECK_FALSE(PerceptronModel::load(dir / "cut.bin", error));
    CHECK(error.find("truncated") != std::string::npos);
    CHECK_FALSE(PerceptronModel::load(dir / "missing.bin", error));
    CHECK(error.find("cannot open") != std::string::npos);
}
