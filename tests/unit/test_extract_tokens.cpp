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

TEST_CASE("a title in the plural abbreviated with a period ends no sentence; \"reps.\" in lower case does",
          "[tokens]") {
    CHECK(sentences("They were joined by Reps. Ann Lee and Bo Tran. Sens. Al Ruiz and Ed Ko wrote.") ==
          std::vector<std::string>{"They were joined by Reps. Ann Lee and Bo Tran.", "Sens. Al Ruiz and Ed Ko wrote."});
    CHECK(sentences("He met the sales reps. They agreed.") ==
          std::vector<std::string>{"He met the sales reps.", "They agreed."});
}

TEST_CASE("an engineer's or a monk's abbreviated title before a name ends no sentence; a name's last word does",
          "[tokens]") {
    CHECK(sentences("Minister Eng. Kamal Dias and Ven. Omalpe Sobitha Thero came. They spoke.").size() == 2);
    CHECK(sentences("He met Mr Tan Kim Eng. The Minister spoke.") ==
          std::vector<std::string>{"He met Mr Tan Kim Eng.", "The Minister spoke."});
}

TEST_CASE("letters, capitals and spaces outside ASCII are read like ASCII ones", "[tokens]") {
    // An accented capital opens a capitalised word, a word in accented capitals is in capitals, a combining mark
    // stays inside its word, and a no-break space, a vertical tab or an ideographic space separates words.
    const auto tt = tokenize(
        "\xC3\x89mile VIII\xC3\x89ME na\xC3\xAFve e\xCC\x81t\xC3\xA9\xC2\xA0Zo\xC3\xABl\x0B"
        "Ab\xE3\x80\x80"
        "cd 42");
    REQUIRE(tt.tokens.size() == 8);
    CHECK(tt.tokens[0].text == "\xC3\x89mile");
    CHECK(tt.tokens[0].capitalized);
    CHECK_FALSE(tt.tokens[0].allCaps);
    CHECK(tt.tokens[1].allCaps);
    CHECK_FALSE(tt.tokens[2].capitalized);
    CHECK(tt.tokens[3].text == "e\xCC\x81t\xC3\xA9");
    CHECK(tt.tokens[4].text == "Zo\xC3\xABl");
    CHECK(tt.tokens[5].text == "Ab");
    CHECK(tt.tokens[6].text == "cd");
    CHECK(tt.tokens.back().kind == TokenKind::Number);
}

TEST_CASE("a paragraph's number opening its line is a sentence of its own, a date's day is not", "[tokens]") {
    CHECK(sentences("2 Thank you.\n7 Building resilience takes time.") ==
          std::vector<std::string>{"2", "Thank you.", "7", "Building resilience takes time."});
    const auto tt = tokenize("3 In June, we will host it.");
    REQUIRE(tt.tokens.size() > 1);
    CHECK(tt.tokens[1].sentenceStart);
    CHECK(sentences("15 March 2025\n700 Civic Center Drive") ==
          std::vector<std::string>{"15 March 2025", "700 Civic Center Drive"});
}
