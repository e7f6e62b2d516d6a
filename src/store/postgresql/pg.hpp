#pragma once
// A thin RAII wrapper over libpq, in the manner of src/store/sqlite/sqlite.hpp: a Connection owns its PGconn, a Result
// its PGresult, a Transaction rolls back unless committed; errors are exceptions in the store's family, their kind read
// from the server's SQLSTATE. Values travel only as parameters ($1, $2...), never inside the SQL text.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "store/error.hpp"

struct pg_conn;
struct pg_result;

namespace bulletin::pg {

// The server's SQLSTATE and message inside the store's error family.
class Error final : public store::Error {
public:
    Error(std::string sqlstate, const std::string& message);
    Error(Kind kind, std::string sqlstate, const std::string& message);
    // "57014" (canceled), "40P01" (deadlock)...; empty when libpq itself failed (no server reply).
    [[nodiscard]] const std::string& sqlstate() const { return sqlstate_; }
    [[nodiscard]] std::string serverCode() const override { return sqlstate_; }

private:
    std::string sqlstate_;
};

// Array literals for parameters cast to bigint[] / text[] / int[] (one statement for many rows: = ANY($1::bigint[]),
// INSERT ... SELECT FROM unnest(...)).
[[nodiscard]] std::string arrayLiteral(const std::vector<std::int64_t>& values);
[[nodiscard]] std::string arrayLiteral(const std::vector<std::string>& values);

// The kind of store error a SQLSTATE stands for.
[[nodiscard]] store::Error::Kind kindOf(std::string_view sqlstate);

// The parameters of one statement, $1 first. Text values are sent as text; bytes as binary (bytea).
class Params final {
public:
    Params() = default;
    Params& add(std::int64_t value);
    Params& add(int value) { return add(static_cast<std::int64_t>(value)); }
    Params& add(double value);
    Params& add(std::string_view value);
    Params& add(const char* value) { return add(std::string_view(value)); }
    Params& add(const std::string& value) { return add(std::string_view(value)); }
    Params& add(const std::optional<std::string>& value);
    Params& addBytes(std::string_view bytes);
    Params& addNull();
    [[nodiscard]] int size() const { return static_cast<int>(values_.size()); }

    // The values as libpq takes them (pointers into this object: valid while it lives unchanged).
    struct Arrays final {
        std::vector<const char*> values;
        std::vector<int> lengths, formats;
    };
    [[nodiscard]] Arrays arrays() const;

private:
    std::vector<std::string> values_;
    std::vector<bool> null_;
    std::vector<bool> binary_;
};

class Result final {
public:
    explicit Result(pg_result* result) : result_(result) {}
    ~Result();
    Result(Result&& other) noexcept : result_(other.result_) { other.result_ = nullptr; }
    Result& operator=(Result&& other) noexcept;
    Result(const Result&) = delete;
    Result& operator=(const Result&) = delete;

    [[nodiscard]] int rows() const;
    [[nodiscard]] int columns() const;
    [[nodiscard]] bool isNull(int row, int column) const;
    [[nodiscard]] std::string_view text(int row, int column) const;  // valid while the Result lives
    [[nodiscard]] std::int64_t int64(int row, int column) const;
    [[nodiscard]] double real(int row, int column) const;
    [[nodiscard]] bool boolean(int row, int column) const;       // 't' / 'f'
    [[nodiscard]] std::string bytes(int row, int column) const;  // a bytea column, unescaped
    // Rows an INSERT, UPDATE or DELETE touched.
    [[nodiscard]] std::int64_t affected() const;

private:
    pg_result* result_;
};

class Connection final {
public:
    // A libpq connection string or URI ("service=team", "host=/tmp port=5432 dbname=x"). Throws pg::Error of kind
    // CannotOpen with libpq's reason (which never holds a password).
    explicit Connection(const std::string& conninfo);
    ~Connection();
    Connection(Connection&& other) noexcept : conn_(other.conn_), prepared_(std::move(other.prepared_)) {
        other.conn_ = nullptr;
    }
    Connection& operator=(Connection&& other) noexcept;
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    // Runs one or more statements without parameters (schema, BEGIN...).
    void exec(std::string_view sql);
    // Runs one statement with its parameters and returns its rows.
    Result query(std::string_view sql, const Params& params = {});
    // The first column of the first row as an integer (0 when there is no row or it is NULL).
    [[nodiscard]] std::int64_t queryInt(std::string_view sql, const Params& params = {});
    // As query, for a statement run again and again (the writer's, per release): parsed and planned once per
    // connection, then only executed. Only for fixed SQL text: each distinct text stays prepared for the session.
    Result queryPrepared(const std::string& sql, const Params& params = {});

    // Safe from another thread: the statement running on this connection fails with an Interrupted error.
    void cancel();
    // The role this connection acts as (session_user), the server's version number (150004 for 15.4).
    [[nodiscard]] std::string sessionUser();
    // The connection's socket, readable when the server sent something (a notice after LISTEN).
    [[nodiscard]] int socket() const;
    // Whether a transaction is open on this connection (a Transaction made then is a savepoint within it).
    [[nodiscard]] bool inTransaction() const;
    // Reads what the server sent without waiting and takes the asynchronous notifications it held; returns how many
    // there were. Throws pg::Error when the connection is lost.
    int takeNotifications();
    [[nodiscard]] int serverVersion() const;
    [[nodiscard]] pg_conn* handle() const { return conn_; }

private:
    friend class Pipeline;
    pg_conn* conn_ = nullptr;
    std::unordered_map<std::string, std::string> prepared_;  // SQL text -> prepared statement name
};

// Statements whose results nobody waits for (the writer's inserts of a release's rows), sent one after another in
// libpq's pipeline mode and answered in one round trip: finish() sends a sync, reads every result in order and
// throws the first error (a statement after a failed one is not run). Results are small (no rows), so the
// connection's blocking mode cannot deadlock on full buffers. Statements are prepared once per connection, as by
// Connection::queryPrepared.
class Pipeline final {
public:
    explicit Pipeline(Connection& connection);
    ~Pipeline();  // leaves pipeline mode, reading what is left (after an exception)
    Pipeline(const Pipeline&) = delete;
    Pipeline& operator=(const Pipeline&) = delete;

    void send(const std::string& sql, const Params& params);
    void finish();

private:
    struct Pending final {
        std::string preparedSql;  // non-empty: a prepare of this text, to be cached when it succeeded
    };
    void drain() noexcept;
    Connection& c_;
    std::vector<Pending> pending_;
    std::unordered_map<std::string, std::string> preparing_;  // prepares sent in this pipeline
    bool active_ = false;
};

// BEGIN on construction; ROLLBACK on destruction unless commit() was called.
// A transaction, or, on a connection whose transaction is already open (corrections applied inside an ingest batch),
// a savepoint in it: its commit then keeps its changes for the enclosing transaction to commit, and its destructor
// undoes only them.
class Transaction final {
public:
    explicit Transaction(Connection& connection);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    Connection& connection_;
    bool nested_ = false;
    bool done_ = false;
};

// A session-level advisory lock on a 64-bit key, held while this lives (migrations: one connection at a time).
class AdvisoryLock final {
public:
    AdvisoryLock(Connection& connection, std::int64_t key);
    ~AdvisoryLock();
    AdvisoryLock(const AdvisoryLock&) = delete;
    AdvisoryLock& operator=(const AdvisoryLock&) = delete;

private:
    Connection& connection_;
    std::int64_t key_;
};

}  // namespace bulletin::pg
