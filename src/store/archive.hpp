#pragma once
// An open Bulletin archive, whatever its engine: the store interface every other layer works through. The archive
// is opened by a location (a SQLite file or, for a team, a PostgreSQL server) and hands out its readers, writers,
// corrections, marks and search memory; the engine behind it (src/store/sqlite, ...) is the only code that speaks SQL.
// One Archive is one connection: each thread that reads or writes opens its own.

#include <cstdint>
#include <memory>

#include "document_query.hpp"
#include "location.hpp"

namespace bulletin::store {

enum class Access { Read, Write };

class ArchiveReader;
class ArchiveTransfer;
class ChangeListener;
class ArchiveWriter;
class Corrections;
class EntityReader;
class Marks;
class SearchMemory;
struct CheckResult;

// What an engine provides for one connection to one archive.
class ArchiveEngine {
public:
    virtual ~ArchiveEngine() = default;

    [[nodiscard]] virtual ArchiveReader& reader() = 0;
    [[nodiscard]] virtual EntityReader& entities() = 0;
    [[nodiscard]] virtual Corrections& corrections() = 0;
    [[nodiscard]] virtual SearchMemory& searchMemory() = 0;
    [[nodiscard]] virtual Marks& marks() = 0;
    // A writer for one ingest run (it caches what it stored; a new run starts afresh). Needs write access.
    [[nodiscard]] virtual std::unique_ptr<ArchiveWriter> newWriter() = 0;
    // The raw reads and writes of a copy to or from another archive (store/archive_transfer.hpp).
    [[nodiscard]] virtual std::unique_ptr<ArchiveTransfer> newTransfer() = 0;

    // The engine's own consistency checks and Bulletin's invariants (`bulletin-cli check`).
    [[nodiscard]] virtual CheckResult check() = 0;
    [[nodiscard]] virtual int schemaVersion() = 0;
    // Changes whenever this or another connection commits to the archive: data read at the same counter is exact.
    [[nodiscard]] virtual std::int64_t changeCounter() = 0;
    // Changes whenever releases, their extracted data or corrections change (on any connection), and not when only
    // the analyst's marks, saved searches or history do: what facet counts are read from is unchanged then.
    [[nodiscard]] virtual std::int64_t contentCounter() = 0;
    // Makes a running query on this connection fail with an interrupted store::Error (safe from another thread).
    virtual void interrupt() = 0;
    // Sorts and groupings too large for memory spill to temporary files while on (see DiskSorts).
    virtual void setDiskSorts(bool on) = 0;
    // A listener told of every commit to the archive by any connection (store/change_listener.hpp), or nullptr when
    // the engine has no such channel and changes are found by comparing changeCounter().
    [[nodiscard]] virtual std::unique_ptr<ChangeListener> listenForChanges();
    // Counting and ranking limits for this engine's searches (see SearchLimits); none by default.
    [[nodiscard]] virtual SearchLimits searchLimits() const { return {}; }

protected:
    ArchiveEngine() = default;
};

class Archive final {
public:
    // Write access creates a missing archive and upgrades an older schema. Read access refuses an archive that does
    // not exist or needs an upgrade. Throws store::Error (ArchiveError when the location is no usable archive).
    explicit Archive(const Location& location, Access access = Access::Write);
    ~Archive();
    Archive(const Archive&) = delete;
    Archive& operator=(const Archive&) = delete;

    [[nodiscard]] const Location& location() const { return location_; }
    [[nodiscard]] ArchiveEngine& engine() { return *engine_; }

    [[nodiscard]] ArchiveReader& reader() { return engine_->reader(); }
    [[nodiscard]] EntityReader& entities() { return engine_->entities(); }
    [[nodiscard]] Corrections& corrections() { return engine_->corrections(); }
    [[nodiscard]] SearchMemory& searchMemory() { return engine_->searchMemory(); }
    [[nodiscard]] Marks& marks() { return engine_->marks(); }
    [[nodiscard]] std::unique_ptr<ArchiveWriter> newWriter();
    [[nodiscard]] std::unique_ptr<ArchiveTransfer> newTransfer();
    [[nodiscard]] CheckResult check();
    [[nodiscard]] int schemaVersion() { return engine_->schemaVersion(); }
    [[nodiscard]] SearchLimits searchLimits() const { return engine_->searchLimits(); }
    [[nodiscard]] std::unique_ptr<ChangeListener> listenForChanges();
    [[nodiscard]] std::int64_t changeCounter() { return engine_->changeCounter(); }
    [[nodiscard]] std::int64_t contentCounter() { return engine_->contentCounter(); }
    void interrupt() { engine_->interrupt(); }

private:
    Location location_;
    std::unique_ptr<ArchiveEngine> engine_;
};

// What opening an archive for writing would find, learnt without changing it.
struct ArchiveProbe final {
    bool exists = false;
    int version = 0;            // schema version; 0 when the archive is missing or empty
    int currentVersion = 0;     // the schema version this Bulletin writes
    bool needsUpgrade = false;  // an older schema: opening for writing migrates it (minutes for a large archive)
};
// Throws ArchiveError when the location holds something that is not a Bulletin archive or was written by a newer
// Bulletin.
[[nodiscard]] ArchiveProbe probeArchive(const Location& location);

// While it lives, sorts and groupings too large for memory spill to temporary files (connections otherwise keep
// temporary data in memory, which is faster for on-screen pages). Exports of a million rows hold one.
class DiskSorts final {
public:
    explicit DiskSorts(Archive& archive);
    ~DiskSorts();
    DiskSorts(const DiskSorts&) = delete;
    DiskSorts& operator=(const DiskSorts&) = delete;

private:
    Archive& archive_;
};

}  // namespace bulletin::store
