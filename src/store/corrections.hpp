#pragma once
// Analyst corrections to extracted entities: merge two, rename, add an alias, hide a false one. Stored apart from
// extracted data, keyed by the entities' canonical keys, and applied whenever the archive is read, so they
// survive every re-ingest.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/document.hpp"
#include "error.hpp"

namespace bulletin::store {

// A correction that cannot apply to this archive's content (a name that matches no entity, a rename onto itself).
class CorrectionError final : public Error {
public:
    explicit CorrectionError(const std::string& message) : Error(Kind::Rejected, message) {}
};

// One correction of the log, as the history shows it.
struct CorrectionRecord final {
    std::int64_t id = 0;
    std::string action;  // merge, rename, alias, hide
    EntityType type = EntityType::Person;
    std::string entity;   // the corrected entity's name (as extracted)
    std::string value;    // merge: the name of the entity merged into; rename: the new name; alias: the alias
    std::int64_t at = 0;  // seconds since the epoch
    bool undone = false;
    std::string analyst;  // who made it, on a team server (the connecting role); empty in an archive file
};

// Words for a correction ("hide person 'X'", "merge agency 'A' into 'B'"), for menus, messages and the CLI.
[[nodiscard]] std::string describe(const CorrectionRecord& record);

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
    // carry corrected keys). It also merges an agency named only by a bare acronym into the one agency of the
    // archive that spells that acronym out (not one the analyst has corrected, marked or tagged).
    virtual void applyToNewEntities() = 0;

    // The log, newest first: every correction ever made, undone ones included.
    [[nodiscard]] virtual std::vector<CorrectionRecord> history(std::int64_t limit = 200) = 0;
    // Takes back the newest correction still in effect; nullopt when there is none.
    virtual std::optional<CorrectionRecord> undo() = 0;
    // Makes the newest undone correction take effect again, as long as nothing was corrected after it was undone
    // (redo follows undo, as in an editor); nullopt when there is nothing to redo.
    virtual std::optional<CorrectionRecord> redo() = 0;
    // Takes back (revert) or puts back (restore) one correction of the history, whatever came after it. Throws
    // CorrectionError when there is no such correction, or when putting a merge back would merge an entity into
    // itself.
    virtual CorrectionRecord revert(std::int64_t id) = 0;
    virtual CorrectionRecord restore(std::int64_t id) = 0;

protected:
    Corrections() = default;
};

}  // namespace bulletin::store
