#pragma once
// Text utilities over UTF-8 strings, built on ICU where Unicode knowledge is needed.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace bulletin::text {

// Strict UTF-8 validation: rejects overlongs, surrogates and code points past U+10FFFF.
[[nodiscard]] bool isValidUtf8(std::string_view s);

// Unicode NFC (canonical composition). Pure ASCII is returned unchanged without calling ICU.
[[nodiscard]] std::string toNfc(std::string_view s);

// Full Unicode case folding.
[[nodiscard]] std::string foldCase(std::string_view s);

// Case folding plus removal of combining marks: "Zakariyyā" -> "zakariyya". For matching, never for display.
[[nodiscard]] std::string foldForMatching(std::string_view s);

// "\r\n" and lone "\r" become "\n"; U+2028/U+2029 too.
[[nodiscard]] std::string normalizeLineEndings(std::string_view s);

[[nodiscard]] std::string_view trim(std::string_view s);
// Trims ASCII and Unicode spaces (NBSP, thin spaces, ideographic space...).
[[nodiscard]] std::string_view trimUnicode(std::string_view s);
// Runs of white space (including NBSP) collapse to one ASCII space; the result is trimmed.
[[nodiscard]] std::string collapseWhitespace(std::string_view s);

[[nodiscard]] std::vector<std::string_view> splitLines(std::string_view s);
// Where the line holding offset `at` starts, when it starts at most `maxChars` before `at`; npos when the line runs
// on further back. (A bounded look: checks asked once per match never walk a megabyte line back each time.)
[[nodiscard]] std::size_t lineStartWithin(std::string_view s, std::size_t at, std::size_t maxChars);
// Runs of characters between spaces and tabs (a quick word count for line heuristics, not ICU words).
[[nodiscard]] std::size_t countSpacedWords(std::string_view s);

[[nodiscard]] bool startsWith(std::string_view s, std::string_view prefix);
[[nodiscard]] bool endsWith(std::string_view s, std::string_view suffix);
[[nodiscard]] std::string toLowerAscii(std::string_view s);
[[nodiscard]] std::string join(const std::vector<std::string>& parts, std::string_view sep);

// Appends a Unicode scalar value (no surrogate, at most U+10FFFF) encoded as UTF-8.
void appendUtf8(std::string& out, char32_t codePoint);

// Number of code points in a UTF-8 string.
[[nodiscard]] std::size_t codePointCount(std::string_view s);

// The murmur3 64-bit finaliser: spreads the bits of a 64-bit value (for hashing, not for security).
[[nodiscard]] constexpr std::uint64_t mix64(std::uint64_t h) {
    h ^= h >> 33;
    h *= 0xFF51AFD7ED558CCDULL;
    h ^= h >> 33;
    h *= 0xC4CEB9FE1A85EC53ULL;
    h ^= h >> 33;
    return h;
}

// A 128-bit non-cryptographic hash as 32 hex digits: identity of contents, not a security boundary.
[[nodiscard]] std::string contentHash(std::string_view bytes);

}  // namespace bulletin::text
