#pragma once
// Keys of the gazetteer's indexes, shared by its lookups (gazetteer.cpp) and its loading (gazetteer_loading.cpp).

#include <cstddef>
#include <string>
#include <string_view>

namespace bulletin::extract {

// The lookup key of a phrase's first word: the index of how many words a name may run from it.
[[nodiscard]] std::string firstWordKey(std::string_view phrase);
// Words of a phrase separated by single spaces.
[[nodiscard]] std::size_t wordCount(std::string_view phrase);

}  // namespace bulletin::extract
