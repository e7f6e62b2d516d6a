#pragma once
// A read-mostly map from folded keys (gazetteer and lexicon keys: lookupKey's output, which holds no ASCII capital)
// to values, asked with a word or phrase as written: the query's ASCII capitals count as lower case, so a plain
// ASCII word is looked up without first being copied into a lowered string. Open addressing over 64-bit hashes:
// a miss, which is what most questions get, costs one hash of the query and usually one probe, and a hit one
// comparison; std::unordered_map hashed a lowered copy, walked a bucket list and compared strings.

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace bulletin::extract {

namespace flat_key_detail {
[[nodiscard]] constexpr char lowerAscii(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c | 0x20) : c;
}

// FNV-1a over the ASCII-lowered bytes, then the splitmix64 finaliser (FNV's low bits alone cluster).
[[nodiscard]] inline std::uint64_t hashLowered(std::string_view s) {
    std::uint64_t h = 14695981039346656037ull;
    for (const char c : s) {
        h ^= static_cast<unsigned char>(lowerAscii(c));
        h *= 1099511628211ull;
    }
    h ^= h >> 30;
    h *= 0xBF58476D1CE4E5B9ull;
    h ^= h >> 27;
    h *= 0x94D049BB133111EBull;
    return h ^ (h >> 31);
}

[[nodiscard]] inline bool equalLowered(std::string_view query, std::string_view key) {
    if (query.size() != key.size()) return false;
    for (std::size_t i = 0; i < key.size(); ++i)
        if (lowerAscii(query[i]) != key[i]) return false;
    return true;
}
}  // namespace flat_key_detail

template <typename Value>
class FlatKeyMap final {
public:
    // Adds `key` (folded) with `value`; a key already present keeps its value unless `overwrite`. Returns the
    // stored value.
    Value& insert(std::string key, Value value, bool overwrite = false) {
        if ((entries_.size() + 1) * 2 > slots_.size()) grow();
        const std::uint64_t h = flat_key_detail::hashLowered(key);
        std::size_t slot = h & (slots_.size() - 1);
        for (;; slot = (slot + 1) & (slots_.size() - 1)) {
            Slot& s = slots_[slot];
            if (s.index == 0) break;
            if (s.hash == h && entries_[s.index - 1].first == key) {
                if (overwrite) entries_[s.index - 1].second = std::move(value);
                return entries_[s.index - 1].second;
            }
        }
        entries_.emplace_back(std::move(key), std::move(value));
        slots_[slot] = Slot{h, static_cast<std::uint32_t>(entries_.size())};
        return entries_.back().second;
    }

    // The value of the key equal to `query` with its ASCII capitals lowered; nullptr when none.
    [[nodiscard]] const Value* find(std::string_view query) const {
        if (entries_.empty()) return nullptr;
        const std::uint64_t h = flat_key_detail::hashLowered(query);
        for (std::size_t slot = h & (slots_.size() - 1);; slot = (slot + 1) & (slots_.size() - 1)) {
            const Slot& s = slots_[slot];
            if (s.index == 0) return nullptr;
            if (s.hash == h && flat_key_detail::equalLowered(query, entries_[s.index - 1].first))
                return &entries_[s.index - 1].second;
        }
    }
    [[nodiscard]] bool contains(std::string_view query) const { return find(query) != nullptr; }
    [[nodiscard]] std::size_t size() const { return entries_.size(); }
    [[nodiscard]] bool empty() const { return entries_.empty(); }
    // Keys and values in insertion order.
    [[nodiscard]] const std::vector<std::pair<std::string, Value>>& entries() const { return entries_; }

private:
    struct Slot {
        std::uint64_t hash = 0;
        std::uint32_t index = 0;  // 1 + position in entries_; 0 marks an empty slot
    };

    void grow() {
        std::vector<Slot> bigger(slots_.empty() ? 16 : slots_.size() * 2);
        for (const Slot& s : slots_) {
            if (s.index == 0) continue;
            std::size_t slot = s.hash & (bigger.size() - 1);
            while (bigger[slot].index != 0) slot = (slot + 1) & (bigger.size() - 1);
            bigger[slot] = s;
        }
        slots_ = std::move(bigger);
    }

    std::vector<std::pair<std::string, Value>> entries_;
    std::vector<Slot> slots_;
};

}  // namespace bulletin::extract
