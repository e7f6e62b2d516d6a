#include "page_token.hpp"

#include <array>
#include <bit>
#include <cmath>
#include <cstdint>
#include <cstring>

namespace bulletin::search {

namespace {

// A token is "p" and the base64url (no padding) of: a byte of flags saying which fields follow, then the date and
// the title (a varint length and the bytes), the rank (the double's 8 bytes, exact), the id and the second id
// (varints). Only fields that are set are written: a date-ordered page's token is about twenty characters.
constexpr char kPrefix = 'p';
constexpr std::uint8_t kDate = 1, kTitle = 2, kRank = 4, kId2 = 8, kKnown = 15;
constexpr std::string_view kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

void putVarint(std::string& out, std::uint64_t v) {
    while (v >= 0x80) {
        out += static_cast<char>((v & 0x7F) | 0x80);
        v >>= 7;
    }
    out += static_cast<char>(v);
}

bool getVarint(std::string_view& in, std::uint64_t& v) {
    v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
        if (in.empty()) return false;
        const auto byte = static_cast<std::uint8_t>(in.front());
        in.remove_prefix(1);
        v |= static_cast<std::uint64_t>(byte & 0x7F) << shift;
        if (!(byte & 0x80)) return true;
    }
    return false;
}

void putBytes(std::string& out, std::string_view s) {
    putVarint(out, s.size());
    out += s;
}

bool getBytes(std::string_view& in, std::string& s) {
    std::uint64_t n = 0;
    if (!getVarint(in, n) || n > in.size()) return false;
    s.assign(in.substr(0, n));
    in.remove_prefix(n);
    return true;
}

std::string base64url(std::string_view bytes) {
    std::string out;
    std::uint32_t buffer = 0;
    int bits = 0;
    for (const char c : bytes) {
        buffer = (buffer << 8) | static_cast<std::uint8_t>(c);
        bits += 8;
        while (bits >= 6) {
            bits -= 6;
            out += kAlphabet[(buffer >> bits) & 0x3F];
        }
    }
    if (bits > 0) out += kAlphabet[(buffer << (6 - bits)) & 0x3F];
    return out;
}

std::optional<std::string> unbase64url(std::string_view text) {
    std::string out;
    std::uint32_t buffer = 0;
    int bits = 0;
    for (const char c : text) {
        const auto at = kAlphabet.find(c);
        if (at == std::string_view::npos) return std::nullopt;
        buffer = (buffer << 6) | static_cast<std::uint32_t>(at);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out += static_cast<char>((buffer >> bits) & 0xFF);
        }
    }
    // Leftover bits are the zero padding of the last character, nothing more.
    if (bits >= 6 || (buffer & ((1u << bits) - 1)) != 0) return std::nullopt;
    return out;
}

}  // namespace

std::string encodePageToken(const store::PageKey& key) {
    std::uint8_t flags = 0;
    if (!key.date.empty()) flags |= kDate;
    if (!key.title.empty()) flags |= kTitle;
    if (key.rank != 0 || std::signbit(key.rank)) flags |= kRank;
    if (key.id2 != 0) flags |= kId2;
    std::string bytes(1, static_cast<char>(flags));
    if (flags & kDate) putBytes(bytes, key.date);
    if (flags & kTitle) putBytes(bytes, key.title);
    if (flags & kRank) {
        const auto raw = std::bit_cast<std::uint64_t>(key.rank);
        for (int i = 0; i < 8; ++i) bytes += static_cast<char>((raw >> (8 * i)) & 0xFF);
    }
    putVarint(bytes, static_cast<std::uint64_t>(key.id));
    if (flags & kId2) putVarint(bytes, static_cast<std::uint64_t>(key.id2));
    return kPrefix + base64url(bytes);
}

std::optional<store::PageKey> decodePageToken(std::string_view token) {
    if (token.size() < 2 || token.front() != kPrefix) return std::nullopt;
    const auto bytes = unbase64url(token.substr(1));
    if (!bytes || bytes->empty()) return std::nullopt;
    std::string_view in(*bytes);
    const auto flags = static_cast<std::uint8_t>(in.front());
    in.remove_prefix(1);
    if (flags & ~kKnown) return std::nullopt;
    store::PageKey key;
    if ((flags & kDate) && !getBytes(in, key.date)) return std::nullopt;
    if ((flags & kTitle) && !getBytes(in, key.title)) return std::nullopt;
    if (flags & kRank) {
        if (in.size() < 8) return std::nullopt;
        std::uint64_t raw = 0;
        for (int i = 0; i < 8; ++i)
            raw |= static_cast<std::uint64_t>(static_cast<std::uint8_t>(in[static_cast<std::size_t>(i)])) << (8 * i);
        in.remove_prefix(8);
        key.rank = std::bit_cast<double>(raw);
    }
    std::uint64_t id = 0, id2 = 0;
    if (!getVarint(in, id) || ((flags & kId2) && !getVarint(in, id2)) || !in.empty()) return std::nullopt;
    key.id = static_cast<std::int64_t>(id);
    key.id2 = static_cast<std::int64_t>(id2);
    return key;
}

}  // namespace bulletin::search
