#include "pg.hpp"

#include <libpq-fe.h>

#include <cstdlib>
#include <cstring>

namespace bulletin::pg {

namespace {

std::string trimmed(const char* message) {
    std::string s = message ? message : "";
    while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
    return s;
}

[[noreturn]] void fail(PGresult* result, PGconn* conn) {
    const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    std::string message = trimmed(result ? PQresultErrorMessage(result) : PQerrorMessage(conn));
    if (message.empty()) message = trimmed(PQerrorMessage(conn));
    const std::string sqlstate = state ? state : "";
    if (result) PQclear(result);
    throw Error(sqlstate, message.empty() ? "the server did not answer" : message);
}

}  // namespace

std::string arrayLiteral(const std::vector<std::int64_t>& values) {
    std::string out = "{";
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i) out += ',';
        out += std::to_string(values[i]);
    }
    out += '}';
    return out;
}

std::string arrayLiteral(const std::vector<std::string>& values) {
    std::string out = "{";
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i) out += ',';
        out += '"';
        for (char c : values[i]) {
            if (c == '"' || c == '\\') out += '\\';
            out += c;
        }
        out += '"';
    }
    out += '}';
    return out;
}

store::Error::Kind kindOf(std::string_view s) {
    using Kind = store::Error::Kind;
    if (s == "57014") return Kind::Interrupted;                                           // query_canceled
    if (s == "40001" || s == "40P01" || s == "55P03" || s == "57P03") return Kind::Busy;  // retry later
    if (s == "53100") return Kind::Full;                                                  // disk_full
    if (s == "25006" || s == "42501") return Kind::ReadOnly;                // read-only, insufficient privilege
    if (s == "XX001" || s == "XX002") return Kind::Damaged;                 // data_corrupted, index_corrupted
    if (s.substr(0, 2) == "08" || s.substr(0, 2) == "57") return Kind::Io;  // connection lost, shutdown
    if (s.substr(0, 2) == "28" || s == "3D000") return Kind::CannotOpen;    // authorization, no such database
    if (s.substr(0, 2) == "23") return Kind::Rejected;                      // integrity constraint
    return s.empty() ? Kind::Io : Kind::Other;
}

Error::Error(std::string sqlstate, const std::string& message)
    : store::Error(kindOf(sqlstate), message, true), sqlstate_(std::move(sqlstate)) {}

Error::Error(Kind kind, std::string sqlstate, const std::string& message)
    : store::Error(kind, message, true), sqlstate_(std::move(sqlstate)) {}

Params& Params::add(std::int64_t value) {
    return add(std::string_view(std::to_string(value)));
}

Params& Params::add(double value) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.17g", value);
    return add(std::string_view(buf));
}

Params& Params::add(std::string_view value) {
    values_.emplace_back(value);
    null_.push_back(false);
    binary_.push_back(false);
    return *this;
}

Params& Params::add(const std::optional<std::string>& value) {
    return value ? add(std::string_view(*value)) : addNull();
}

Params& Params::addBytes(std::string_view bytes) {
    values_.emplace_back(bytes);
    null_.push_back(false);
    binary_.push_back(true);
    return *this;
}

Params& Params::addNull() {
    values_.emplace_back();
    null_.push_back(true);
    binary_.push_back(false);
    return *this;
}

Result::~Result() {
    if (result_) PQclear(result_);
}

Result& Result::operator=(Result&& other) noexcept {
    if (this != &other) {
        if (result_) PQclear(result_);
        result_ = other.result_;
        other.result_ = nullptr;
    }
    return *this;
}

int Result::rows() const {
    return PQntuples(result_);
}
int Result::columns() const {
    return PQnfields(result_);
}
bool Result::isNull(int row, int column) const {
    return PQgetisnull(result_, row, column) != 0;
}

std::string_view Result::text(int row, int column) const {
    return {PQgetvalue(result_, row, column), static_cast<std::size_t>(PQgetlength(result_, row, column))};
}

std::int64_t Result::int64(int row, int column) const {
    return isNull(row, column) ? 0 : std::strtoll(PQgetvalue(result_, row, column), nullptr, 10);
}

double Result::real(int row, int column) const {
    return isNull(row, column) ? 0 : std::strtod(PQgetvalue(result_, row, column), nullptr);
}

bool Result::boolean(int row, int column) const {
    return !isNull(row, column) && PQgetvalue(result_, row, column)[0] == 't';
}

std::string Result::bytes(int row, int column) const {
    if (isNull(row, column)) return {};
    std::size_t length = 0;
    unsigned char* raw =
        PQunescapeBytea(reinterpret_cast<const unsigned char*>(PQgetvalue(result_, row, column)), &length);
    if (!raw) throw Error("", "could not read a bytea value (out of memory)");
    std::string out(reinterpret_cast<const char*>(raw), length);
    PQfreemem(raw);
    return out;
}

std::int64_t Result::affected() const {
    const char* n = PQcmdTuples(result_);
    return n && *n ? std::strtoll(n, nullptr, 10) : 0;
}

Params::Arrays Params::arrays() const {
    Arrays a;
    const auto n = values_.size();
    a.values.resize(n);
    a.lengths.resize(n);
    a.formats.resize(n);
    for (std::size_t k = 0; k < n; ++k) {
        // Text values are sent with their length, but libpq reads text values up to their NUL: each value is a
        // std::string, which ends with one.
        a.values[k] = null_[k] ? nullptr : values_[k].data();
        a.lengths[k] = static_cast<int>(values_[k].size());
        a.formats[k] = binary_[k] ? 1 : 0;
    }
    return a;
}

Connection::Connection(const std::string& conninfo) {
    conn_ = PQconnectdb(conninfo.c_str());
    if (!conn_) throw Error("", "could not connect: out of memory");
    if (PQstatus(conn_) != CONNECTION_OK) {
        const std::string why = trimmed(PQerrorMessage(conn_));
        PQfinish(conn_);
        conn_ = nullptr;
        throw Error(store::Error::Kind::CannotOpen, "08001", "cannot connect to the archive's server: " + why);
    }
    // Bulletin's text is UTF-8 whatever the client's locale says; notices go nowhere (they are not errors).
    PQsetClientEncoding(conn_, "UTF8");
    PQsetNoticeProcessor(
        conn_, [](void*, const char*) {}, nullptr);
}

Connection::~Connection() {
    if (conn_) PQfinish(conn_);
}

Connection& Connection::operator=(Connection&& other) noexcept {
    if (this != &other) {
        if (conn_) PQfinish(conn_);
        conn_ = other.conn_;
        other.conn_ = nullptr;
        prepared_ = std::move(other.prepared_);
    }
    return *this;
}

void Connection::exec(std::string_view sql) {
    PGresult* r = PQexec(conn_, std::string(sql).c_str());
    const auto status = r ? PQresultStatus(r) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) fail(r, conn_);
    PQclear(r);
}

Result Connection::queryPrepared(const std::string& sql, const Params& params) {
    auto it = prepared_.find(sql);
    if (it == prepared_.end()) {
        const std::string name = "bulletin_" + std::to_string(prepared_.size() + 1);
        PGresult* r = PQprepare(conn_, name.c_str(), sql.c_str(), params.size(), nullptr);
        const auto status = r ? PQresultStatus(r) : PGRES_FATAL_ERROR;
        if (status != PGRES_COMMAND_OK) fail(r, conn_);  // (not cached: prepared again next time)
        PQclear(r);
        it = prepared_.emplace(sql, name).first;
    }
    const int n = params.size();
    const auto a = params.arrays();
    PGresult* r = PQexecPrepared(conn_, it->second.c_str(), n, a.values.data(), a.lengths.data(), a.formats.data(), 0);
    const auto status = r ? PQresultStatus(r) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) fail(r, conn_);
    return Result(r);
}

Result Connection::query(std::string_view sql, const Params& params) {
    const int n = params.size();
    const auto a = params.arrays();
    PGresult* r = PQexecParams(conn_, std::string(sql).c_str(), n, nullptr, a.values.data(), a.lengths.data(),
                               a.formats.data(), 0);
    const auto status = r ? PQresultStatus(r) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) fail(r, conn_);
    return Result(r);
}

std::int64_t Connection::queryInt(std::string_view sql, const Params& params) {
    const Result r = query(sql, params);
    return r.rows() > 0 && r.columns() > 0 ? r.int64(0, 0) : 0;
}

void Connection::cancel() {
    if (!conn_) return;
    PGcancel* c = PQgetCancel(conn_);
    if (!c) return;
    char why[256];
    PQcancel(c, why, sizeof why);  // best effort: a statement that just ended has nothing to cancel
    PQfreeCancel(c);
}

std::string Connection::sessionUser() {
    const Result r = query("SELECT session_user");
    return std::string(r.text(0, 0));
}

int Connection::serverVersion() const {
    return PQserverVersion(conn_);
}

int Connection::socket() const {
    return PQsocket(conn_);
}

bool Connection::inTransaction() const {
    return PQtransactionStatus(conn_) == PQTRANS_INTRANS;
}

int Connection::takeNotifications() {
    if (PQconsumeInput(conn_) == 0)
        throw Error(Error::Kind::Io, "08006",
                    std::string("lost the connection to the server: ") + PQerrorMessage(conn_));
    int n = 0;
    while (PGnotify* notice = PQnotifies(conn_)) {
        PQfreemem(notice);
        ++n;
    }
    return n;
}

Pipeline::Pipeline(Connection& connection) : c_(connection) {
    if (PQenterPipelineMode(c_.conn_) != 1)
        throw Error("", "could not enter pipeline mode: " + trimmed(PQerrorMessage(c_.conn_)));
    active_ = true;
}

Pipeline::~Pipeline() {
    if (active_) drain();
}

void Pipeline::send(const std::string& sql, const Params& params) {
    std::string name;
    if (const auto it = c_.prepared_.find(sql); it != c_.prepared_.end()) {
        name = it->second;
    } else if (const auto p = preparing_.find(sql); p != preparing_.end()) {
        name = p->second;
    } else {
        name = "bulletin_" + std::to_string(c_.prepared_.size() + preparing_.size() + 1);
        if (PQsendPrepare(c_.conn_, name.c_str(), sql.c_str(), params.size(), nullptr) != 1)
            throw Error("", "could not send a statement: " + trimmed(PQerrorMessage(c_.conn_)));
        preparing_.emplace(sql, name);
        pending_.push_back({sql});
    }
    const int n = params.size();
    const auto a = params.arrays();
    if (PQsendQueryPrepared(c_.conn_, name.c_str(), n, a.values.data(), a.lengths.data(), a.formats.data(), 0) != 1)
        throw Error("", "could not send a statement: " + trimmed(PQerrorMessage(c_.conn_)));
    pending_.push_back({});
}

void Pipeline::finish() {
    if (PQpipelineSync(c_.conn_) != 1) throw Error("", "could not send a sync: " + trimmed(PQerrorMessage(c_.conn_)));
    PGresult* firstError = nullptr;
    for (const auto& p : pending_) {
        PGresult* r = PQgetResult(c_.conn_);
        const auto status = r ? PQresultStatus(r) : PGRES_FATAL_ERROR;
        if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) {
            if (!p.preparedSql.empty()) c_.prepared_.emplace(p.preparedSql, preparing_.at(p.preparedSql));
            PQclear(r);
        } else if (!firstError && status != PGRES_PIPELINE_ABORTED) {
            firstError = r;  // (kept to report; later ones were not run)
        } else {
            PQclear(r);
        }
        if (r)
            while (PGresult* end = PQgetResult(c_.conn_)) PQclear(end);  // the NULL that ends this statement's results
    }
    pending_.clear();
    PGresult* sync = PQgetResult(c_.conn_);  // PGRES_PIPELINE_SYNC
    if (sync) PQclear(sync);
    active_ = false;
    PQexitPipelineMode(c_.conn_);
    if (firstError) fail(firstError, c_.conn_);
}

void Pipeline::drain() noexcept {
    // After an exception mid-way: sync, read everything, and leave pipeline mode, so the connection can be used
    // (and rolled back) again.
    PQpipelineSync(c_.conn_);
    for (int guard = 0; guard < 100000; ++guard) {
        PGresult* r = PQgetResult(c_.conn_);
        if (!r) {
            if (PQexitPipelineMode(c_.conn_) == 1) break;
            continue;
        }
        const bool synced = PQresultStatus(r) == PGRES_PIPELINE_SYNC;
        PQclear(r);
        if (synced && PQexitPipelineMode(c_.conn_) == 1) break;
    }
    active_ = false;
}

Transaction::Transaction(Connection& connection) : connection_(connection), nested_(connection.inTransaction()) {
    connection_.exec(nested_ ? "SAVEPOINT bulletin_nested" : "BEGIN");
}

Transaction::~Transaction() {
    if (done_) return;
    try {
        connection_.exec(nested_ ? "ROLLBACK TO SAVEPOINT bulletin_nested; RELEASE SAVEPOINT bulletin_nested"
                                 : "ROLLBACK");
    } catch (const Error&) {
        // The connection is gone: the server rolled back already.
    }
}

void Transaction::commit() {
    connection_.exec(nested_ ? "RELEASE SAVEPOINT bulletin_nested" : "COMMIT");
    done_ = true;
}

AdvisoryLock::AdvisoryLock(Connection& connection, std::int64_t key) : connection_(connection), key_(key) {
    connection_.query("SELECT pg_advisory_lock($1)", Params().add(key_));
}

AdvisoryLock::~AdvisoryLock() {
    try {
        connection_.query("SELECT pg_advisory_unlock($1)", Params().add(key_));
    } catch (const Error&) {
        // The session ended: its locks went with it.
    }
}

}  // namespace bulletin::pg
