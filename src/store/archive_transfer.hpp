#pragma once
// Moving a whole archive from one engine to another (`bulletin-cli copy SRC DEST`): SQLite file -> team server and
// back. What the readers hand out is the analyst's view (corrections applied, merged entities folded), so a copy
// reads through this lower interface instead: each release as it was stored, with its files and its extracted data
// before corrections, and the analyst's layers (corrections in effect, marks, saved searches) as records. Writing the
// releases through the destination's ordinary writer, oldest first, rebuilds everything derived from them (the
// full-text index, near-duplicate pairs, acronym links) exactly as an ingest in that order would have.

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "core/document.hpp"
#include "marks.hpp"
#include "search_memory.hpp"

namespace bulletin::store {

class Archive;

// A release as stored: its document (location = its first file), every file that holds it, and its extracted data
// as extraction produced it (entities under their archive-wide names, participants by those names).
struct StoredRelease final {
    Document document;
    std::vector<FileLocation> files;
    Extraction extraction;
};

// A correction in effect, as the log keys it (the entity's canonical key; for a merge the value is the target's key).
struct LoggedCorrection final {
    std::string action;  // merge, rename, alias, hide
    EntityType type = EntityType::Person;
    std::string key;
    std::string value;
    std::int64_t at = 0;  // seconds since the epoch
};

struct MarkedRelease final {
    std::int64_t documentId = 0;
    ReleaseMarks marks;
};

struct MarkedEntity final {
    EntityRef entity;
    EntityMarks marks;
};

// The raw reads and writes a copy needs, one per connection (ArchiveEngine::newTransfer).
class ArchiveTransfer {
public:
    virtual ~ArchiveTransfer() = default;

    // Every release, oldest first (the order they were stored in).
    [[nodiscard]] virtual std::vector<std::int64_t> releaseIds() = 0;
    [[nodiscard]] virtual StoredRelease release(std::int64_t documentId) = 0;

    // Corrections in effect, oldest first; undone ones are left out.
    [[nodiscard]] virtual std::vector<LoggedCorrection> corrections() = 0;
    // Appends them to the log with their own times, then applies them (one transaction).
    virtual void addCorrections(const std::vector<LoggedCorrection>& corrections) = 0;

    [[nodiscard]] virtual std::vector<MarkedRelease> releaseMarks() = 0;
    [[nodiscard]] virtual std::vector<MarkedEntity> entityMarks() = 0;
    // Sets marks without logging them as changes (a copy is not an analyst's step to undo). Release ids are this
    // archive's.
    virtual void addMarks(const std::vector<MarkedRelease>& releases, const std::vector<MarkedEntity>& entities) = 0;

    // Saves a search with every field kept (watched, the release last seen: this archive's id).
    virtual void addSavedSearch(const SavedSearch& search) = 0;

protected:
    ArchiveTransfer() = default;
};

struct CopyProgress final {
    std::int64_t releases = 0;
    std::int64_t total = 0;
};

struct CopyReport final {
    std::int64_t releases = 0;
    std::int64_t files = 0;
    std::int64_t rejectedFiles = 0;
    std::int64_t corrections = 0;
    std::int64_t markedReleases = 0;
    std::int64_t markedEntities = 0;
    std::int64_t savedSearches = 0;
    std::int64_t historyEntries = 0;
    std::vector<std::string> notes;  // what could not be carried over as it was, in words
};

// Copies everything of `from` into `to`, which must hold no releases yet (throws store::Error with Kind::Rejected
// otherwise). Releases go in transactions of `batch`; `progress` is called after each; returning false cancels (an
// Interrupted store::Error saying how many releases the destination keeps).
CopyReport copyArchive(Archive& from, Archive& to, const std::function<bool(const CopyProgress&)>& progress = {},
                       std::size_t batch = 200);

// What two archives show differently, in words (empty: the same): their statistics, every entity list (names,
// release and mention counts, as corrected), the meetings and dates lists, the starred releases, tags and saved
// searches. Reads every list whole: minutes for millions of releases.
[[nodiscard]] std::vector<std::string> compareArchives(Archive& a, Archive& b);

}  // namespace bulletin::store
