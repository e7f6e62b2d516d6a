#pragma once
// A page key as a short opaque token, so the command line can continue a list where a page ended
// (`bulletin-cli search Q --after TOKEN`): keyset pagination without a cap on depth.

#include <optional>
#include <string>
#include <string_view>

#include "store/document_query.hpp"

namespace bulletin::search {

[[nodiscard]] std::string encodePageToken(const store::PageKey& key);
// nullopt for anything encodePageToken did not write.
[[nodiscard]] std::optional<store::PageKey> decodePageToken(std::string_view token);

}  // namespace bulletin::search
