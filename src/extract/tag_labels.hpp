#pragma once
// The labels of the name tagger: begin / inside of a person, organisation or place name, or outside (BIO).

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

#include "core/document.hpp"

namespace bulletin::extract {

enum class Tag : std::uint8_t { O = 0, BPer, IPer, BOrg, IOrg, BLoc, ILoc };
constexpr std::size_t kTagCount = 7;

[[nodiscard]] constexpr bool isBegin(Tag t) {
    return t == Tag::BPer || t == Tag::BOrg || t == Tag::BLoc;
}
[[nodiscard]] constexpr bool isInside(Tag t) {
    return t == Tag::IPer || t == Tag::IOrg || t == Tag::ILoc;
}
[[nodiscard]] constexpr Tag beginOf(EntityType type) {
    return type == EntityType::Person ? Tag::BPer : type == EntityType::Agency ? Tag::BOrg : Tag::BLoc;
}
[[nodiscard]] constexpr Tag insideOf(EntityType type) {
    return static_cast<Tag>(static_cast<std::uint8_t>(beginOf(type)) + 1);
}
[[nodiscard]] constexpr std::optional<EntityType> typeOf(Tag t) {
    switch (t) {
        case Tag::BPer:
        case Tag::IPer:
            return EntityType::Person;
        case Tag::BOrg:
        case Tag::IOrg:
            return EntityType::Agency;
        case Tag::BLoc:
        case Tag::ILoc:
            return EntityType::Location;
        default:
            return std::nullopt;
    }
}
// BIO: an inside tag follows a begin or inside tag of the same type.
[[nodiscard]] constexpr bool allowedAfter(Tag previous, Tag t) {
    return !isInside(t) || (typeOf(previous) && typeOf(previous) == typeOf(t) && previous != Tag::O);
}

}  // namespace bulletin::extract
