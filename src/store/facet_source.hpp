#pragma once
// What facets are counted from, read in one pass so that counting for any result happens in memory: each
// document's entities, publication year and meeting kinds, and each entity as corrected (canonical, hidden). The
// search layer's FacetIndex holds it and reloads it when the archive changes.

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/document.hpp"

namespace bulletin::store {

// What facet data read up to a release and an entity rests on: when none of it moved, releases and entities stored
// since can be read alone and added (FacetIndex's deltas); when it moved (a release deleted, a correction made or
// undone, an acronym linked into an older release), everything is read again.
struct FacetBase final {
    std::uint32_t lastDocument = 0;      // the newest release read
    std::uint32_t lastEntity = 0;        // the newest entity read
    std::int64_t documents = 0;          // releases up to lastDocument
    std::int64_t corrections = 0;        // the newest correction log row (corrections and undos)
    std::int64_t linkedAcronyms = 0;     // acronym mentions linked in releases up to lastDocument
    bool operator==(const FacetBase&) const = default;
};

struct FacetData final {
    // Entities of document d: entityIds[offsets[d] .. offsets[d + 1]); documents are indexed by id.
    std::vector<std::uint32_t> offsets;
    std::vector<std::uint32_t> entityIds;
    std::vector<std::uint16_t> years;  // by document id; 0: no publication date
    // By document id: the publication date as YYYYMMDD, with MM or DD 0 when the date is a month or a year; 0 when
    // undated (first and last dates of a batch search's line).
    std::vector<std::uint32_t> days;
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
    FacetBase base;  // what this was read on (see ArchiveReader::facetDataAfter)
};

}  // namespace bulletin::store
