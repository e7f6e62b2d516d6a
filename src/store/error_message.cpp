#include "error_message.hpp"

#include <sqlite3.h>

#include "sqlite.hpp"

namespace bulletin::store {

std::string userMessage(const std::exception& error) {
    const auto* e = dynamic_cast<const sql::Error*>(&error);
    if (!e) return error.what();
    const std::string detail = std::string(" (") + e->what() + ")";
    switch (e->code() & 0xFF) {
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
            return "the archive is busy: another program is writing to it; try again when it has finished" + detail;
        case SQLITE_FULL:
            return "the disk holding the archive is full; free some space and run again (what was stored before "
                   "this point is kept)" + detail;
        case SQLITE_READONLY:
            return "the archive cannot be written: its file, folder or disk is read-only (it can still be searched)" +
                   detail;
        case SQLITE_IOERR:
            return "the disk reported an error while the archive was in use; nothing half-written was kept" + detail;
        case SQLITE_CORRUPT:
        case SQLITE_NOTADB:
            return "the archive is damaged; run 'bulletin-cli check' for details and restore a backup" + detail;
        case SQLITE_CANTOPEN:
            return "the archive cannot be opened; check that its folder exists and can be read and written" + detail;
        case SQLITE_INTERRUPT:
            return "the operation was cancelled" + detail;
        default:
            return "archive error: " + std::string(e->what());
    }
}

}  // namespace bulletin::store
