#include "sqlite_archive.hpp"

#include <sqlite3.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "schema.hpp"
#include "sqlite_archive_reader.hpp"
#include "sqlite_archive_writer.hpp"
#include "sqlite_corrections.hpp"
#include "sqlite_entity_reader.hpp"
#include "sqlite_marks.hpp"
#include "sqlite_search_memory.hpp"
#include "sqlite_transfer.hpp"
#include "store/archive_check.hpp"
#include "store/error.hpp"
#include "store/error_message.hpp"

namespace bulletin::store {

namespace {
// A new archive is built beside its final name and linked into place once its schema is committed, so that a process
// killed while creating it leaves either no archive or a complete one, never a file that readers cannot open. The
// temporary name is fixed: a later creator finds an abandoned one and completes it, and two creators at once are
// serialised by SQLite's write lock on it; link() (unlike rename) never replaces an archive another process made.
void createArchiveFile(const std::filesystem::path& file) {
    const std::filesystem::path building = file.string() + ".creating";
    {
        sql::Database db(building, sql::OpenMode::ReadWriteCreate);
        configureConnection(db, false);
        migrate(db, building);
    }  // the last connection's close checkpoints the WAL into the file and removes it
    if (::link(building.c_str(), file.c_str()) != 0 && errno != EEXIST)
        throw ArchiveError("cannot create archive '" + file.string() + "': " + std::strerror(errno));
    std::error_code ec;
    std::filesystem::remove(building, ec);
}

sql::Database openConnection(const std::filesystem::path& file, Access access) {
    if (access == Access::Write) {
        try {
            std::error_code ec;
            if (!std::filesystem::exists(file, ec)) createArchiveFile(file);
            return sql::Database(file, sql::OpenMode::ReadWriteCreate);
        } catch (const sql::Error& e) {
            throw ArchiveError(e.what());
        }
    }
    std::error_code ec;
    if (!std::filesystem::exists(file, ec)) throw ArchiveError("archive '" + file.string() + "' does not exist");
    try {
        return sql::Database(file, sql::OpenMode::ReadWrite);
    } catch (const sql::Error&) {
        try {
            return sql::Database(file, sql::OpenMode::ReadOnly);
        } catch (const sql::Error& e) {
            throw ArchiveError(e.what());
        }
    }
}
}  // namespace

SqliteArchive::SqliteArchive(std::filesystem::path file, Access access)
    : file_(std::move(file)), access_(access), db_(openConnection(file_, access)) {
    try {
        try {
            configureConnection(db_, access == Access::Read);
        } catch (const sql::Error& e) {
            // Read-only media: without write access to the folder the WAL's shared memory cannot be set up, and
            // SQLite can only read the file as immutable (see OpenMode::ReadOnlyImmutable).
            const int code = e.code() & 0xFF;
            if (access != Access::Read || (code != SQLITE_READONLY && code != SQLITE_CANTOPEN)) throw;
            db_ = sql::Database(file_, sql::OpenMode::ReadOnlyImmutable);
            configureConnection(db_, true);
        }
    } catch (const sql::Error& e) {
        if ((e.code() & 0xFF) == SQLITE_NOTADB)
            throw ArchiveError("'" + file_.string() + "' is not a Bulletin archive (" + e.what() + ")");
        throw ArchiveError("cannot use '" + file_.string() + "': " + userMessage(e));
    }
    if (access == Access::Write) {
        migrate(db_, file_);
        return;
    }
    // Readers check the version but never write.
    int version = 0;
    try {
        version = store::schemaVersion(db_);
    } catch (const sql::Error& e) {
        throw ArchiveError("'" + file_.string() + "' is not a Bulletin archive (" + e.what() + ")");
    }
    if (version > currentSchemaVersion())
        throw ArchiveError("'" + file_.string() + "' was written by a newer version of Bulletin; please upgrade");
    if (version < currentSchemaVersion())
        throw ArchiveError("'" + file_.string() + "' uses an older archive format (schema " + std::to_string(version) +
                           "); open it for writing once (for example with 'bulletin-cli ingest') to upgrade it");
}

ArchiveProbe probeSqliteArchive(const std::filesystem::path& file) {
    ArchiveProbe probe;
    probe.currentVersion = currentSchemaVersion();
    std::error_code ec;
    if (!std::filesystem::exists(file, ec) || std::filesystem::file_size(file, ec) == 0) return probe;
    probe.exists = true;
    auto versionWith = [&](sql::OpenMode mode) {
        sql::Database db(file, mode);
        return checkedSchemaVersion(db, file);
    };
    try {
        try {
            probe.version = versionWith(sql::OpenMode::ReadOnly);
        } catch (const sql::Error&) {
            probe.version = versionWith(sql::OpenMode::ReadOnlyImmutable);  // read-only media, as Archive does
        }
    } catch (const sql::Error& e) {
        if ((e.code() & 0xFF) == SQLITE_NOTADB)
            throw ArchiveError("'" + file.string() + "' is not a Bulletin archive (" + e.what() + ")");
        throw ArchiveError("cannot use '" + file.string() + "': " + userMessage(e));
    }
    probe.needsUpgrade = probe.version > 0 && probe.version < currentSchemaVersion();
    return probe;
}

SqliteArchive::~SqliteArchive() = default;

ArchiveReader& SqliteArchive::reader() {
    if (!reader_) reader_ = std::make_unique<SqliteArchiveReader>(*this);
    return *reader_;
}

EntityReader& SqliteArchive::entities() {
    if (!entities_) entities_ = std::make_unique<SqliteEntityReader>(*this);
    return *entities_;
}

Corrections& SqliteArchive::corrections() {
    if (!corrections_) corrections_ = std::make_unique<SqliteCorrections>(*this);
    return *corrections_;
}

Marks& SqliteArchive::marks() {
    if (!marks_) marks_ = std::make_unique<SqliteMarks>(*this);
    return *marks_;
}

SearchMemory& SqliteArchive::searchMemory() {
    if (!searchMemory_) searchMemory_ = std::make_unique<SqliteSearchMemory>(*this);
    return *searchMemory_;
}

std::unique_ptr<ArchiveWriter> SqliteArchive::newWriter() {
    if (access_ != Access::Write)
        throw ArchiveError("'" + file_.string() + "' was opened for reading; it cannot be written through this connection");
    return std::make_unique<SqliteArchiveWriter>(db_);
}

std::unique_ptr<ArchiveTransfer> SqliteArchive::newTransfer() { return std::make_unique<SqliteTransfer>(*this); }

int SqliteArchive::schemaVersion() { return store::schemaVersion(db_); }

void SqliteArchive::setDiskSorts(bool on) {
    // Off: back to memory, as configureConnection leaves a connection.
    db_.exec(on ? "PRAGMA temp_store = FILE" : "PRAGMA temp_store = MEMORY");
}

sql::Database& sqliteDatabase(Archive& archive) {
    auto* engine = dynamic_cast<SqliteArchive*>(&archive.engine());
    if (!engine) throw ArchiveError("'" + archive.location().text() + "' is not a SQLite archive");
    return engine->db();
}

}  // namespace bulletin::store
