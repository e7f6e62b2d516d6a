// standsAsWords: whether a name found by a text search stands as whole words, the test the gazetteer's punctuated
// names and a headline's names in the body are found with.
#include <catch2/catch.hpp>

#include "extract/extraction_state.hpp"

using bulletin::extract::standsAsWords;

TEST_CASE("word boundaries: a name stands as words between spaces, punctuation and curly quotes", "[extract]") {
    const std::string text = "Read \xE2\x80\x9CVelmar Quist\xE2\x80\x9D and Velmar Quist\xE2\x80\x99s report.";
    const std::size_t quoted = text.find("Velmar Quist");
    CHECK(standsAsWords(text, quoted, quoted + 12));  // before a closing curly quote
    const std::size_t possessive = text.find("Velmar Quist", quoted + 1);
    CHECK(standsAsWords(text, possessive, possessive + 12));   // before a curly apostrophe
    CHECK(standsAsWords(text, 0, 4));                          // at the start of the text
    CHECK(standsAsWords(text, text.size() - 7, text.size()));  // at its end ("report.")
}

TEST_CASE("word boundaries: part of a longer word is none", "[extract]") {
    const std::string text = "UNESCOs and A*STAR2 and xA*STAR";
    CHECK_FALSE(standsAsWords(text, 0, 6));                                            // "UNESCO" of "UNESCOs"
    CHECK_FALSE(standsAsWords(text, text.find("A*STAR"), text.find("A*STAR") + 6));    // before a digit
    CHECK_FALSE(standsAsWords(text, text.rfind("A*STAR"), text.rfind("A*STAR") + 6));  // after a letter
}
