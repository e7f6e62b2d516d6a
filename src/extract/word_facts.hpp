#pragma once
// What the gazetteers and word lists say about one word, worked out once per distinct word and kept in a
// per-thread cache: a release asks the same questions of its words many times, and a corpus's words repeat
// (Zipf), so after the first releases nearly every word's facts are one hash lookup instead of a dozen.

#include <cstdint>
#include <string_view>

#include "gazetteer.hpp"

namespace bulletin::extract {

struct WordFacts final {
    // The tagger's hashed spellings of the word (see tagger_features.cpp).
    std::uint64_t lower = 0, shape = 0, shortShape = 0, prefix3 = 0, suffix2 = 0, suffix3 = 0, suffix4 = 0;
    long givenNameCount = -1;     // Gazetteer::givenNameCount
    std::uint8_t placeWords = 0;  // Gazetteer::placeWordsFrom (capped at 255)
    std::uint8_t agencyTokens = 0;
    bool nameWord = false, mayStartTitle = false, honorific = false, eastAsianSurname = false, organisationHead = false,
         demonym = false, functionWord = false, runConnector = false;
};

// The facts of `word` under `gazetteer` (`capitalised` as the token layer says: it shapes a non-ASCII initial).
// The reference stays valid until the next call on the same thread.
[[nodiscard]] const WordFacts& wordFacts(std::string_view word, bool capitalised, const Gazetteer& gazetteer);

}  // namespace bulletin::extract
