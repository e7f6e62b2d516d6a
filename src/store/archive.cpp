#include "archive.hpp"

#include "archive_check.hpp"
#include "archive_writer.hpp"
#include "error.hpp"
#include "store/sqlite/sqlite_archive.hpp"

namespace bulletin::store {

namespace {
[[noreturn]] void noServerEngine(const Location& location) {
    throw ArchiveError("'" + location.text() + "' is a team archive on a PostgreSQL server; this version of Bulletin "
                       "sets such a server up and checks it ('bulletin-cli server init|check') but does not yet read, "
                       "search or ingest into it: use an archive file meanwhile");
}
}  // namespace

Archive::Archive(const Location& location, Access access) : location_(location) {
    if (location.engine != Location::Engine::Sqlite) noServerEngine(location);
    engine_ = std::make_unique<SqliteArchive>(location.file, access);
}

Archive::~Archive() = default;

CheckResult Archive::check() { return engine_->check(); }

std::unique_ptr<ArchiveWriter> Archive::newWriter() { return engine_->newWriter(); }

ArchiveProbe probeArchive(const Location& location) {
    if (location.engine != Location::Engine::Sqlite) noServerEngine(location);
    return probeSqliteArchive(location.file);
}

DiskSorts::DiskSorts(Archive& archive) : archive_(archive) { archive_.engine().setDiskSorts(true); }

DiskSorts::~DiskSorts() {
    try {
        archive_.engine().setDiskSorts(false);
    } catch (const Error&) {
        // Only speed is at stake; a destructor must not throw.
    }
}

}  // namespace bulletin::store
