#pragma once
// The raw page text of a release is stored deflated. It is read only when an analyst opens the raw view, and
// scraped pages are mostly repeated chrome that compresses several times over: storing it plain doubled the bytes
// the single writer pushes through SQLite (see docs/schema.md, documents.raw).

#include <string>
#include <string_view>

namespace bulletin::store {

// A blob: the text's length as 4 little-endian bytes, then a zlib stream.
[[nodiscard]] std::string compressText(std::string_view text);

// The text back from compressText's blob. Throws ArchiveError for a blob that is not one (a damaged archive).
[[nodiscard]] std::string decompressText(std::string_view blob);

}  // namespace bulletin::store
