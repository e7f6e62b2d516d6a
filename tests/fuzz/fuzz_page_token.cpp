// Any text given as `--after TOKEN`: decoding never fails loudly, and whatever decodes is a page key that encodes
// to a token decoding to the same key, bit for bit.
#include <bit>
#include <cstdint>

#include "fuzz_support.hpp"
#include "search/page_token.hpp"

using namespace bulletin;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto key = search::decodePageToken(fuzz::asText(data, size));
    if (!key) return 0;
    const auto again = search::decodePageToken(search::encodePageToken(*key));
    fuzz::require(again.has_value(), "a decoded key's token decodes");
    fuzz::require(again->date == key->date && again->title == key->title && again->id == key->id &&
                      again->id2 == key->id2 &&
                      std::bit_cast<std::uint64_t>(again->rank) == std::bit_cast<std::uint64_t>(key->rank),
                  "a key survives encoding");
    return 0;
}
