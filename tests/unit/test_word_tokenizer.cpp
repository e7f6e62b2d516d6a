#include "core/word_tokenizer.hpp"
#include "support/test_support.hpp"

using namespace bulletin;

namespace {
struct Token final {
    std::string folded;
    std::string surface;
};

std::vector<Token> words(std::string_view text) {
    std::vector<Token> out;
    text::forEachWord(text, [&](const text::Word& w) {
        REQUIRE(w.begin < w.end);
        REQUIRE(w.end <= text.size());
        out.push_back({std::string(w.folded), std::string(text.substr(w.begin, w.end - w.begin))});
        return true;
    });
    return out;
}

std::vector<std::string> folded(std::string_view text) {
    std::vector<std::string> out;
    for (const auto& t : words(text)) out.push_back(t.folded);
    return out;
}
}  // namespace

TEST_CASE("Latin-script words are folded for case and diacritics, split at punctuation", "[word_tokenizer]") {
    const auto t = words("Zakariyy\xC4\x81 met UNODC's Director-General in S\xC3\xA3o Paulo, 2018.");
    REQUIRE(t.size() == 10);
    CHECK(t[0].folded == "zakariyya");
    CHECK(t[0].surface == "Zakariyy\xC4\x81");  // offsets point at the text as written
    CHECK(folded("UNODC's Director-General") == std::vector<std::string>{"unodc", "s", "director", "general"});
    CHECK(t[7].folded == "sao");
    CHECK(t[9].folded == "2018");
    // Decomposed and precomposed forms fold the same; case folding is full (German sharp s).
    CHECK(folded("Za\xCC\x88hlung") == folded("Z\xC3\xA4hlung"));
    CHECK(folded("STRASSE stra\xC3\x9F"
                 "e") == std::vector<std::string>{"strasse", "strasse"});
}

TEST_CASE("Thai, Chinese and Japanese runs are split into dictionary words", "[word_tokenizer]") {
    // "Police arrested the suspect" (Thai, no spaces between words).
    const std::string thai =
        "\xE0\xB8\x95\xE0\xB8\xB3\xE0\xB8\xA3\xE0\xB8\xA7\xE0\xB8\x88\xE0\xB8\x88\xE0\xB8\xB1"
        "\xE0\xB8\x9A\xE0\xB8\x81\xE0\xB8\xB8\xE0\xB8\xA1\xE0\xB8\x9C\xE0\xB8\xB9\xE0\xB9\x89"
        "\xE0\xB8\x95\xE0\xB9\x89\xE0\xB8\xAD\xE0\xB8\x87\xE0\xB8\xAA\xE0\xB8\x87\xE0\xB8\xAA"
        "\xE0\xB8\xB1\xE0\xB8\xA2";
    const auto t = words(thai);
    CHECK(t.size() >= 3);
    // The words tile the run: each starts where the previous ended.
    std::string joined;
    for (const auto& w : t) joined += w.surface;
    CHECK(joined == thai);
    CHECK(t[0].surface == "\xE0\xB8\x95\xE0\xB8\xB3\xE0\xB8\xA3\xE0\xB8\xA7\xE0\xB8\x88");  // "police"
    // "United Nations Office on Drugs and Crime" in Chinese: several words, not one 13-character token.
    CHECK(words("\xE8\x81\x94\xE5\x90\x88\xE5\x9B\xBD\xE6\xAF\x92\xE5\x93\x81\xE5\x92\x8C\xE7\x8A\xAF\xE7\xBD\xAA"
                "\xE9\x97\xAE\xE9\xA2\x98\xE5\x8A\x9E\xE5\x85\xAC\xE5\xAE\xA4")
              .size() >= 3);
    // Japanese with a Latin acronym inside: the acronym comes out as a word of its own.
    const auto j = folded("\xE8\xAD\xA6\xE5\xAF\x9F\xE5\xBA\x81\xE3\x81\xAFUNODC\xE3\x81\xA8\xE4\xBC\x9A\xE8\xAD\xB0");
    CHECK(std::find(j.begin(), j.end(), "unodc") != j.end());
    CHECK(j.size() >= 4);
}

TEST_CASE("the tokenizer survives bad bytes and stops when asked", "[word_tokenizer]") {
    CHECK(folded(std::string("abc\xFF\xFE"
                             "def \xC3",
                             10)) == std::vector<std::string>{"abc", "def"});
    CHECK(folded("").empty());
    CHECK(folded("\xCC\x81\xCC\x81 , ;").empty());  // marks alone are no word
    int seen = 0;
    text::forEachWord("one two three four", [&](const text::Word&) { return ++seen < 2; });
    CHECK(seen == 2);
}
