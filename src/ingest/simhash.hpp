#pragma once
// 64-bit SimHash over word 3-shingles: lightly edited or re-issued releases differ in a few bits.

#include <cstdint>
#include <string_view>

namespace bulletin::ingest {

// 0 when the text is too short to fingerprint reliably.
[[nodiscard]] std::uint64_t simhash(std::string_view text);

}  // namespace bulletin::ingest
