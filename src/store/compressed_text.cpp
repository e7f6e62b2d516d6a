#include "compressed_text.hpp"

#include <zlib.h>

#include <cstdint>
#include <limits>

#include "error.hpp"

namespace bulletin::store {

namespace {
constexpr std::size_t kHeader = 4;
// Level 1: most of the size win for a fraction of the time of the default level; ingest speed matters more.
constexpr int kLevel = 1;
// Releases are limited to 20 MB by default; anything claiming more than this is a damaged blob, not a release.
constexpr std::uint32_t kMaxTextBytes = 1U << 30;
}  // namespace

std::string compressText(std::string_view text) {
    if (text.size() > kMaxTextBytes) throw ArchiveError("a document's raw text is too large to store");
    uLongf bound = compressBound(static_cast<uLong>(text.size()));
    std::string out(kHeader + bound, '\0');
    const auto n = static_cast<std::uint32_t>(text.size());
    for (std::size_t i = 0; i < kHeader; ++i) out[i] = static_cast<char>((n >> (8 * i)) & 0xFF);
    const int rc = compress2(reinterpret_cast<Bytef*>(out.data() + kHeader), &bound,
                             reinterpret_cast<const Bytef*>(text.data()), static_cast<uLong>(text.size()), kLevel);
    if (rc != Z_OK) throw ArchiveError("could not compress a document's raw text (zlib error " + std::to_string(rc) + ")");
    out.resize(kHeader + bound);
    return out;
}

std::string decompressText(std::string_view blob) {
    if (blob.size() < kHeader) throw ArchiveError("damaged archive: a raw text blob is truncated");
    std::uint32_t n = 0;
    for (std::size_t i = 0; i < kHeader; ++i) n |= static_cast<std::uint32_t>(static_cast<unsigned char>(blob[i])) << (8 * i);
    if (n > kMaxTextBytes) throw ArchiveError("damaged archive: a raw text blob claims an impossible size");
    std::string out(n, '\0');
    uLongf size = n;
    const int rc = uncompress(reinterpret_cast<Bytef*>(out.data()), &size,
                              reinterpret_cast<const Bytef*>(blob.data() + kHeader),
                              static_cast<uLong>(blob.size() - kHeader));
    if (rc != Z_OK || size != n) throw ArchiveError("damaged archive: a raw text blob does not decompress");
    return out;
}

}  // namespace bulletin::store
