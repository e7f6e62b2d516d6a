#pragma once
// A thin RAII wrapper over the SQLite C API: one Database per connection, Statements that finalize themselves,
// errors as exceptions carrying SQLite's own message. The only SQL-speaking code lives in src/store.

#include <cstdint>
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

#include "store/error.hpp"

struct sqlite3;
struct sqlite3_stmt;

namespace bulletin::sql {

// SQLite's error code and message inside the store's error family (its kind read from the code).
class Error final : public store::Error {
public:
    Error(int code, const std::string& message);
    [[nodiscard]] int code() const { return code_; }

private:
    int code_;
};

class Statement;

// ReadOnlyImmutable: for archives on read-only media (no write access to the file's folder, so the WAL's
// shared-memory file cannot be created); SQLite then assumes nobody changes the file while it is open.
enum class OpenMode { ReadOnly, ReadOnlyImmutable, ReadWrite, ReadWriteCreate };

class Database final {
public:
    explicit Database(const std::filesystem::path& file, OpenMode mode = OpenMode::ReadWriteCreate);
    ~Database();
    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    void exec(std::string_view sql);
    [[nodiscard]] Statement prepare(std::string_view sql);
    // Convenience for "SELECT one value" queries.
    [[nodiscard]] std::int64_t queryInt(std::string_view sql);

    [[nodiscard]] std::int64_t lastInsertRowid() const;
    [[nodiscard]] int changes() const;
    // Safe to call from another thread: makes the running statement fail with SQLITE_INTERRUPT.
    void interrupt();
    [[nodiscard]] sqlite3* handle() const { return db_; }

private:
    sqlite3* db_ = nullptr;
};

class Statement final {
public:
    Statement(sqlite3* db, std::string_view sql);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    // Bind indices start at 1, as in SQLite.
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view value);
    Statement& bind(int index, const char* value) { return bind(index, std::string_view(value)); }
    Statement& bind(int index, const std::string& value) { return bind(index, std::string_view(value)); }
    Statement& bindNull(int index);
    Statement& bindBlob(int index, std::string_view bytes);
    // Binds text without copying it: the caller keeps `value` alive until the statement is stepped or reset.
    Statement& bindBorrowed(int index, std::string_view value);
    Statement& bind(int index, const std::optional<std::string>& value);

    // Returns true while a row is available.
    bool step();
    // Runs a statement that returns no rows.
    void run();
    void reset();

    [[nodiscard]] bool isNull(int column) const;
    [[nodiscard]] std::int64_t int64(int column) const;
    [[nodiscard]] double real(int column) const;
    [[nodiscard]] std::string text(int column) const;
    [[nodiscard]] std::string_view textView(int column) const;  // valid until the next step/reset
    [[nodiscard]] bool isBlob(int column) const;
    [[nodiscard]] std::string_view blobView(int column) const;  // valid until the next step/reset
    [[nodiscard]] int columnCount() const;

private:
    void check(int rc) const;
    sqlite3* db_ = nullptr;
    sqlite3_stmt* stmt_ = nullptr;
};

// Begins IMMEDIATE on construction; rolls back on destruction unless committed.
class Transaction final {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    Database& db_;
    bool open_ = true;
};

}  // namespace bulletin::sql
