#pragma once
// Analyst corrections to extracted entities: merge two, rename, add an alias, hide a false one. Stored apart from
// extracted data, keyed by the entities' canonical keys, and applied whenever the archive is read, so they
// survive every re-ingest.

#include <string>

#include "archive.hpp"
#include "core/document.hpp"
#include "error.hpp"
#include "sqlite.hpp"

namespace bulletin::store {

// A correction that cannot apply to this archive's content (a name that matches no entity, a rename onto itself).
class CorrectionError final : public Error {
public:
    explicit CorrectionError(const std::string& message) : Error(Kind::Rejected, message) {}
};

// Recomputes entity_overrides from the corrections: run after corrections change and after every ingest (new
// entities may carry corrected keys).
void refreshEntityOverrides(Archive& archive);

class Corrections final {
public:
    explicit Corrections(Archive& archive);

    // Each names entities as the analyst sees them (name, alias or acronym); throws CorrectionError when a name
    // matches no entity of that type.
    void merge(EntityType type, const std::string& from, const std::string& into);
    void rename(EntityType type, const std::string& entity, const std::string& newName);
    void addAlias(EntityType type, const std::string& entity, const std::string& alias);
    void hide(EntityType type, const std::string& entity);

private:
    struct Target final {
        std::string key;
        std::string name;
    };
    Target find(EntityType type, const std::string& name);
    void record(const char* action, EntityType type, const std::string& key, const std::string& value);
    void insert(const char* action, EntityType type, const std::string& key, const std::string& value);
    Archive& archive_;
};

}  // namespace bulletin::store
