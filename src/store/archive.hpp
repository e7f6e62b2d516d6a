#pragma once
// An open Bulletin archive: one SQLite connection, configured and migrated to the current schema.

#include <filesystem>

#include "sqlite.hpp"

namespace bulletin::store {

enum class Access { Read, Write };

class Archive final {
public:
    // Write access creates the file when missing and upgrades older schemas. Read access refuses an archive that
    // does not exist or needs an upgrade; it falls back to a read-only connection on read-only media.
    explicit Archive(std::filesystem::path file, Access access = Access::Write);

    [[nodiscard]] sql::Database& db() { return db_; }
    [[nodiscard]] const std::filesystem::path& file() const { return file_; }

private:
    std::filesystem::path file_;
    sql::Database db_;
};

// What opening an archive for writing would find, learnt without changing the file (a read-only connection).
struct ArchiveProbe final {
    bool exists = false;
    int version = 0;            // schema version; 0 when the file is missing or empty
    bool needsUpgrade = false;  // an older schema: opening for writing migrates it (minutes for a large archive)
};
// Throws ArchiveError when the file exists but is not a Bulletin archive or was written by a newer Bulletin.
[[nodiscard]] ArchiveProbe probeArchive(const std::filesystem::path& file);

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
