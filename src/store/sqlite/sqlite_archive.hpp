#pragma once
// The SQLite engine: one connection to one archive file, configured and migrated to the current schema, and the
// readers, corrections and search memory that work on it.

#include <filesystem>
#include <memory>

#include "sqlite.hpp"
#include "store/archive.hpp"

namespace bulletin::store {

class SqliteArchiveReader;
class SqliteEntityReader;
class SqliteCorrections;
class SqliteSearchMemory;
class SqliteMarks;

class SqliteArchive final : public ArchiveEngine {
public:
    SqliteArchive(std::filesystem::path file, Access access);
    ~SqliteArchive() override;

    [[nodiscard]] sql::Database& db() { return db_; }
    [[nodiscard]] const std::filesystem::path& file() const { return file_; }

    [[nodiscard]] ArchiveReader& reader() override;
    [[nodiscard]] EntityReader& entities() override;
    [[nodiscard]] Corrections& corrections() override;
    [[nodiscard]] SearchMemory& searchMemory() override;
    [[nodiscard]] Marks& marks() override;
    [[nodiscard]] std::unique_ptr<ArchiveWriter> newWriter() override;
    [[nodiscard]] std::unique_ptr<ArchiveTransfer> newTransfer() override;
    [[nodiscard]] CheckResult check() override;
    [[nodiscard]] int schemaVersion() override;
    [[nodiscard]] std::int64_t changeCounter() override;
    [[nodiscard]] std::int64_t contentCounter() override;
    void interrupt() override { db_.interrupt(); }
    void setDiskSorts(bool on) override;

private:
    std::filesystem::path file_;
    Access access_;
    sql::Database db_;
    std::unique_ptr<SqliteArchiveReader> reader_;
    std::unique_ptr<SqliteEntityReader> entities_;
    std::unique_ptr<SqliteCorrections> corrections_;
    std::unique_ptr<SqliteSearchMemory> searchMemory_;
    std::unique_ptr<SqliteMarks> marks_;
};

// What opening the file for writing would find (see probeArchive).
[[nodiscard]] ArchiveProbe probeSqliteArchive(const std::filesystem::path& file);

// The SQLite connection behind an archive, for tests and tools that check the engine itself; throws ArchiveError
// when the archive is on another engine.
[[nodiscard]] sql::Database& sqliteDatabase(Archive& archive);

}  // namespace bulletin::store
