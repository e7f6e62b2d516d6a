// Any bytes: decoded to valid UTF-8 without a BOM and with "\n" line endings, or refused with a reason.
#include <unicode/utf8.h>

#include "fuzz_support.hpp"
#include "ingest/decoder.hpp"

using namespace bulletin;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto result = ingest::decode(fuzz::asText(data, size));
    if (const auto* failure = std::get_if<ingest::DecodeFailure>(&result)) {
        fuzz::require(!failure->message.empty(), "a refused file has a reason");
        return 0;
    }
    const auto& decoded = std::get<ingest::Decoded>(result);
    fuzz::require(!decoded.encoding.empty(), "the encoding is named");
    fuzz::require(decoded.text.find('\r') == std::string::npos, "line endings are normalised");
    fuzz::require(decoded.text.rfind("\xEF\xBB\xBF", 0) != 0, "no byte order mark is left");
    const auto* s = reinterpret_cast<const std::uint8_t*>(decoded.text.data());
    const auto n = static_cast<std::int32_t>(decoded.text.size());
    for (std::int32_t i = 0; i < n;) {
        UChar32 c = 0;
        U8_NEXT(s, i, n, c);
        fuzz::require(c >= 0, "the text is valid UTF-8");
    }
    return 0;
}
