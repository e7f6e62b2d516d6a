#include "archive.hpp"

#include "archive_check.hpp"
#include "archive_transfer.hpp"
#include "change_listener.hpp"
#include "archive_writer.hpp"
#include "error.hpp"
#include "store/postgresql/pg_archive.hpp"
#include "store/sqlite/sqlite_archive.hpp"

namespace bulletin::store {

Archive::Archive(const Location& location, Access access) : location_(location) {
    if (location.engine == Location::Engine::Postgresql)
        engine_ = std::make_unique<postgresql::PgArchive>(location.conninfo, access);
    else
        engine_ = std::make_unique<SqliteArchive>(location.file, access);
}

Archive::~Archive() = default;

CheckResult Archive::check() { return engine_->check(); }

std::unique_ptr<ArchiveWriter> Archive::newWriter() { return engine_->newWriter(); }
std::unique_ptr<ArchiveTransfer> Archive::newTransfer() { return engine_->newTransfer(); }
std::unique_ptr<ChangeListener> Archive::listenForChanges() { return engine_->listenForChanges(); }
std::unique_ptr<ChangeListener> ArchiveEngine::listenForChanges() { return nullptr; }

ArchiveProbe probeArchive(const Location& location) {
    if (location.engine == Location::Engine::Postgresql) return postgresql::probePgArchive(location.conninfo);
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
