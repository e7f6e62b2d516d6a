#include "extract/lexicon.hpp"
#include "extract/word_facts.hpp"
#include "support/test_support.hpp"

using namespace bulletin::extract;

TEST_CASE("a word's facts are the gazetteer's and the word lists' answers", "[word_facts]") {
    const Gazetteer& gz = Gazetteer::shared();
    const WordFacts nelson = wordFacts("Nelson", true, gz);
    CHECK(nelson.givenNameCount == gz.givenNameCount("Nelson"));
    CHECK(nelson.nameWord == gz.isNameWord("Nelson"));
    CHECK(nelson.placeWords == gz.placeWordsFrom("Nelson"));
    const WordFacts& ministry = wordFacts("Ministry", true, gz);
    CHECK(ministry.organisationHead);
    CHECK(ministry.agencyTokens == gz.agencyTokensFrom("Ministry"));
    CHECK(wordFacts("of", false, gz).runConnector);
    CHECK(wordFacts("Mr", true, gz).honorific);
}

TEST_CASE("the cache answers the same for the same word and apart for different ones", "[word_facts]") {
    const Gazetteer& gz = Gazetteer::shared();
    const WordFacts first = wordFacts("Springfield", true, gz);
    // Many other words in between (the cache is bounded and starts afresh when full).
    for (int i = 0; i < 120000; ++i) (void)wordFacts("word" + std::to_string(i), false, gz);
    const WordFacts again = wordFacts("Springfield", true, gz);
    CHECK(again.lower == first.lower);
    CHECK(again.shape == first.shape);
    CHECK(again.placeWords == first.placeWords);
    CHECK(wordFacts("springfield", false, gz).shape != first.shape);
    CHECK(wordFacts("springfield", false, gz).lower == first.lower);
}
