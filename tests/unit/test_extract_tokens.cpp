#include "extract/tokens.hpp"
#include "support/test_support.hpp"

using namespace bulletin::extract;

namespace {
std::vector<std::string> sentences(std::string_view text) {
    const auto tt = tokenize(text);
    std::vector<std::string> out;
    for (const auto& s : tt.sentences) out.emplace_back(text.substr(s.begin, s.end - s.begin));
    return out;
}
}  // namespace

TEST_CASE("sentences end at a full stop before a capital", "[tokens]") {
    CHECK(sentences("The Board met. It decided.") == std::vector<std::string>{"The Board met.", "It decided."});
    CHECK(sentences("Mr. Kapinos spoke.") == std::vector<std::string>{"Mr. Kapinos spoke."});
}

TEST_CASE("a period inside a numeric date or a number ends no sentence", "[tokens]") {
    CHECK(sentences("The Cabinet, at its meeting held on 09.05.2022, approved the proposal.") ==
          std::vector<std::string>{"The Cabinet, at its meeting held on 09.05.2022, approved the proposal."});
    CHECK(sentences("The rate stays at 7.25 percent. Growth slowed.").size() == 2);
}

TEST_CASE("a period before a lower-case word ends no sentence", "[tokens]") {
    CHECK(sentences("It costs approx. five dollars. That is all.").size() == 2);
}

TEST_CASE("a state's abbreviation after a party ends no sentence, in parentheses too", "[tokens]") {
    CHECK(
        sentences("Rep. Ann Lee (D-Calif.) and Sen. Bo Tran (R-Tex.) introduced a bill. It passed.") ==
        std::vector<std::string>{"Rep. Ann Lee (D-Calif.) and Sen. Bo Tran (R-Tex.) introduced a bill.", "It passed."});
    // In lower case the same letters are words that end sentences.
    CHECK(sentences("He became ill. He left.") == std::vector<std::string>{"He became ill.", "He left."});
}
