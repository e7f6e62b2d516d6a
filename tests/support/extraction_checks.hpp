#pragma once
// Looking into an Extraction from tests: the names of one type, an entity by name.

#include <algorithm>
#include <string>
#include <vector>

#include "core/document.hpp"

namespace bulletin::test {

// The canonical names of the entities of one type, sorted.
inline std::vector<std::string> names(const Extraction& x, EntityType type) {
    std::vector<std::string> out;
    for (const auto& e : x.entities)
        if (e.type == type) out.push_back(e.name);
    std::sort(out.begin(), out.end());
    return out;
}

inline const Entity* entity(const Extraction& x, const std::string& name) {
    for (const auto& e : x.entities)
        if (e.name == name) return &e;
    return nullptr;
}

}  // namespace bulletin::test
