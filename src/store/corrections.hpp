#pragma once
// Analyst corrections to extracted entities: merge two, rename, add an alias, hide a false one. Stored apart from
// extracted data, keyed by the entities' canonical keys, and applied whenever the archive is read, so they
// survive every re-ingest.

#include <string>

#include "core/document.hpp"
#include "error.hpp"

namespace bulletin::store {

// A correction that cannot apply to this archive's content (a name that matches no entity, a rename onto itself).
class CorrectionError final : public Error {
public:
    explicit CorrectionError(const std::string& message) : Error(Kind::Rejected, message) {}
};

class Corrections {
public:
    virtual ~Corrections() = default;

    // Each names entities as the analyst sees them (name, alias or acronym); throws CorrectionError when a name
    // matches no entity of that type.
    virtual void merge(EntityType type, const std::string& from, const std::string& into) = 0;
    virtual void rename(EntityType type, const std::string& entity, const std::string& newName) = 0;
    virtual void addAlias(EntityType type, const std::string& entity, const std::string& alias) = 0;
    virtual void hide(EntityType type, const std::string& entity) = 0;
    // Applies the corrections to entities stored since they were made: run after every ingest (new entities may
    // carry corrected keys).
    virtual void applyToNewEntities() = 0;

protected:
    Corrections() = default;
};

}  // namespace bulletin::store
