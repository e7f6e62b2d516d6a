#include "error_message.hpp"

#include "error.hpp"

namespace bulletin::store {

std::string userMessage(const std::exception& error) {
    const auto* e = dynamic_cast<const Error*>(&error);
    if (!e) return error.what();
    const std::string detail = std::string(" (") + e->what() + ")";
    if (e->fromServer()) {
        switch (e->kind()) {
            case Error::Kind::CannotOpen:
                return "the archive's server cannot be reached or refused the connection; check the location (a libpq "
                       "service, or host and database), that the server runs, and your password in ~/.pgpass" +
                       detail;
            case Error::Kind::ReadOnly:
                if (e->serverCode() == "25006")  // read_only_sql_transaction: a standby
                    return "this server holds a read-only copy of the archive (a replica, for searching): corrections, "
                           "marks and ingests go to the team's main server" +
                           detail;
                return "your role on the archive's server may not do this; an administrator grants the group role it "
                       "needs (bulletin_analyst to correct and mark, bulletin_ingester to add releases)" +
                       detail;
            case Error::Kind::Busy:
                return "the archive's server is busy with another analyst's change; try again" + detail;
            case Error::Kind::Full:
                return "the archive's server has no room left; tell its administrator" + detail;
            case Error::Kind::Io:
                return "the connection to the archive's server failed; nothing half-written was kept" + detail;
            default:
                break;
        }
    }
    switch (e->kind()) {
        case Error::Kind::Busy:
            return "the archive is busy: another program is writing to it; try again when it has finished" + detail;
        case Error::Kind::Full:
            return "the disk holding the archive is full; free some space and run again (what was stored before "
                   "this point is kept)" +
                   detail;
        case Error::Kind::ReadOnly:
            return "the archive cannot be written: its file, folder or disk is read-only (it can still be searched)" +
                   detail;
        case Error::Kind::Io:
            return "the disk reported an error while the archive was in use; nothing half-written was kept" + detail;
        case Error::Kind::Damaged:
            return "the archive is damaged; run 'bulletin-cli check' for details and restore a backup" + detail;
        case Error::Kind::CannotOpen:
            return "the archive cannot be opened; check that its folder exists and can be read and written" + detail;
        case Error::Kind::Interrupted:
            return "the operation was cancelled" + detail;
        case Error::Kind::Archive:
        case Error::Kind::Rejected:
            return e->what();
        case Error::Kind::Other:
            break;
    }
    return "archive error: " + std::string(e->what());
}

}  // namespace bulletin::store
