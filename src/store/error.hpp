#pragma once
// The store's errors as every layer above it sees them, whatever the engine: one family, store::Error, with a kind
// the caller can act on (retry when busy, stop quietly when interrupted, tell the analyst when the disk is full).
// Engines throw their own subclasses (sql::Error for SQLite) that carry the engine's code and message for support.

#include <stdexcept>
#include <string>

namespace bulletin::store {

class Error : public std::runtime_error {
public:
    enum class Kind {
        Archive,      // the archive as a whole: not a Bulletin archive, written by a newer Bulletin, unusable
        Busy,         // another program holds the archive; trying again later can work
        Full,         // the disk (or the server's quota) is full
        ReadOnly,     // the archive cannot be written here
        Io,           // the disk or the connection failed mid-operation
        Damaged,      // the archive's content is corrupt
        CannotOpen,   // the archive's file or server cannot be reached
        Interrupted,  // the operation was cancelled (by the caller's interrupt)
        Rejected,     // the request is wrong for this archive's content (a correction naming an unknown entity)
        Other,
    };
    Error(Kind kind, const std::string& message) : std::runtime_error(message), kind_(kind) {}

    [[nodiscard]] Kind kind() const { return kind_; }
    [[nodiscard]] bool interrupted() const { return kind_ == Kind::Interrupted; }
    // The error came from an archive's server (a team archive), not from a file on this machine.
    [[nodiscard]] bool fromServer() const { return fromServer_; }
    // The server's own code for the error (PostgreSQL's SQLSTATE), when it came from one.
    [[nodiscard]] virtual std::string serverCode() const { return {}; }

protected:
    Error(Kind kind, const std::string& message, bool fromServer)
        : std::runtime_error(message), kind_(kind), fromServer_(fromServer) {}

private:
    Kind kind_;
    bool fromServer_ = false;
};

// A problem with the archive as a whole (wrong file, newer version, unwritable), worded for the user.
class ArchiveError final : public Error {
public:
    explicit ArchiveError(const std::string& message) : Error(Kind::Archive, message) {}
};

}  // namespace bulletin::store
