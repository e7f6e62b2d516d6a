#include "page_token.hpp"

#include <cstdio>
#include <cstdlib>
#include <vector>

namespace bulletin::search {

namespace {
constexpr std::string_view kPrefix = "k2.";

std::string hex(std::string_view s) {
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string out;
    for (unsigned char c : s) {
        out += kDigits[c >> 4];
        out += kDigits[c & 0xF];
    }
    return out;
}

std::optional<std::string> unhex(std::string_view s) {
    if (s.size() % 2) return std::nullopt;
    auto nibble = [](char c) -> int {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        return -1;
    };
    std::string out;
    for (std::size_t i = 0; i < s.size(); i += 2) {
        const int hi = nibble(s[i]), lo = nibble(s[i + 1]);
        if (hi < 0 || lo < 0) return std::nullopt;
        out += static_cast<char>(hi << 4 | lo);
    }
    return out;
}
}  // namespace

std::string encodePageToken(const store::PageKey& key) {
    char rank[64];
    std::snprintf(rank, sizeof rank, "%a", key.rank);  // hexadecimal: the exact double back
    return std::string(kPrefix) + hex(key.date) + "." + hex(key.title) + "." + rank + "." + std::to_string(key.id) +
           "." + std::to_string(key.id2);
}

std::optional<store::PageKey> decodePageToken(std::string_view token) {
    if (token.substr(0, kPrefix.size()) != kPrefix) return std::nullopt;
    token.remove_prefix(kPrefix.size());
    std::vector<std::string_view> parts;
    // The rank ("%a") may hold '.' itself ("0x1.8p+1"): split off date and title from the left, id from the right.
    for (int i = 0; i < 2; ++i) {
        const auto dot = token.find('.');
        if (dot == std::string_view::npos) return std::nullopt;
        parts.push_back(token.substr(0, dot));
        token.remove_prefix(dot + 1);
    }
    // id and id2 from the right.
    std::string_view ids[2];
    for (int i = 1; i >= 0; --i) {
        const auto last = token.rfind('.');
        if (last == std::string_view::npos) return std::nullopt;
        ids[i] = token.substr(last + 1);
        token = token.substr(0, last);
    }
    const std::string rank(token);
    auto date = unhex(parts[0]);
    auto title = unhex(parts[1]);
    if (!date || !title || rank.empty()) return std::nullopt;
    char* end = nullptr;
    store::PageKey key{std::move(*date), std::move(*title), std::strtod(rank.c_str(), &end), 0, 0};
    if (!end || *end) return std::nullopt;
    std::int64_t* targets[2] = {&key.id, &key.id2};
    for (int i = 0; i < 2; ++i) {
        if (ids[i].empty() || ids[i].size() > 18) return std::nullopt;
        for (char c : ids[i])
            if (c < '0' || c > '9') return std::nullopt;
        *targets[i] = std::strtoll(std::string(ids[i]).c_str(), nullptr, 10);
    }
    return key;
}

}  // namespace bulletin::search
