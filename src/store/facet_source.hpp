#pragma once
// What facets are counted from, read in one pass so that counting for any result happens in memory: each
// document's entities, publication year and meeting kinds, and each entity as corrected (canonical, hidden). The
// search layer's FacetIndex holds it and reloads it when the archive changes.

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "archive.hpp"
#include "core/document.hpp"
#include "document_query.hpp"

namespace bulletin::store {

struct FacetData final {
    // Entities of document d: entityIds[offsets[d] .. offsets[d + 1]); documents are indexed by id.
    std::vector<std::uint32_t> offsets;
    std::vector<std::uint32_t> entityIds;
    std::vector<std::uint16_t> years;  // by document id; 0: no publication date
    std::vector<std::uint32_t> kinds;  // by document id; bit k: a meeting of kind kindNames[k]
    std::vector<std::string> kindNames;

    struct EntityInfo final {
        std::uint32_t canonical = 0;  // the entity the analyst sees (merges applied)
        EntityType type = EntityType::Person;
        bool known = false;           // false: no such entity id
        bool hidden = false;
    };
    std::vector<EntityInfo> entities;                       // by entity id
    std::unordered_map<std::uint32_t, std::string> names;   // canonical id -> name as corrected
};

// Changes whenever this or another connection commits to the archive: a FacetData read at the same counter is
// still exact.
[[nodiscard]] std::int64_t changeCounter(Archive& archive);

[[nodiscard]] FacetData loadFacetData(Archive& archive);

// Ids of the documents a query selects (its page ignored), for counting facets in memory.
[[nodiscard]] std::vector<std::uint32_t> documentIds(Archive& archive, const DocumentQuery& query);

}  // namespace bulletin::store
