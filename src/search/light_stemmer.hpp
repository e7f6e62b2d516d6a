#pragma once
// A light English stemmer for `~word` queries: strips one common inflectional or derivational ending, so that the
// stem, searched as a prefix, finds the word's forms (`~trafficking` -> traffick* -> trafficked, traffickers).
// Deliberately light: it over-matches a little (police -> polic* also finds policy) and never touches words
// shorter than five letters or outside ASCII letters.

#include <string>
#include <string_view>

namespace bulletin::search {

[[nodiscard]] std::string lightStem(std::string_view word);

}  // namespace bulletin::search
