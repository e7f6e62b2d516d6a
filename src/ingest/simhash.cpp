#include "simhash.hpp"

#include <array>
#include <vector>

#include "core/text.hpp"

namespace bulletin::ingest {

namespace {
constexpr std::size_t kMinWords = 24;

// Hashes of lower-cased words (ASCII folding only; non-ASCII bytes are part of words as they are).
std::vector<std::uint64_t> wordHashes(std::string_view text) {
    std::vector<std::uint64_t> words;
    std::uint64_t h = 0xcbf29ce484222325ULL;
    bool in = false;
    for (unsigned char c : text) {
        const bool wordChar = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
        if (wordChar) {
            if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c - 'A' + 'a');
            h = (h ^ c) * 0x100000001b3ULL;
            in = true;
        } else if (in) {
            words.push_back(h);
            h = 0xcbf29ce484222325ULL;
            in = false;
        }
    }
    if (in) words.push_back(h);
    return words;
}
}  // namespace

std::uint64_t simhash(std::string_view text) {
    const auto words = wordHashes(text);
    if (words.size() < kMinWords) return 0;
    // Counting set bits per position (instead of +1/-1 votes) keeps the inner loop branch-free, so the compiler
    // vectorises it: this runs once per word of every ingested release.
    std::array<std::uint32_t, 64> ones{};
    const std::size_t shingles = words.size() - 2;
    for (std::size_t i = 0; i < shingles; ++i) {
        const std::uint64_t shingle = text::mix64(words[i] ^ text::mix64(words[i + 1] ^ text::mix64(words[i + 2])));
        for (std::size_t b = 0; b < 64; ++b) ones[b] += static_cast<std::uint32_t>((shingle >> b) & 1U);
    }
    std::uint64_t out = 0;
    for (std::size_t b = 0; b < 64; ++b)
        if (2 * static_cast<std::size_t>(ones[b]) > shingles) out |= 1ULL << b;
    return out == 0 ? 1 : out;
}

}  // namespace bulletin::ingest
