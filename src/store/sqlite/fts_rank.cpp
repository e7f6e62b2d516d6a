#include "fts_rank.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <new>
#include <vector>

#include "fts5_api.hpp"

namespace bulletin::store {

namespace {
// Token counts of every row of documents_fts, by rowid, as of one data version of the database.
class RowLengths final {
public:
    explicit RowLengths(sqlite3* db) : db_(db) {}

    // Makes the lengths describe the database as the running statement sees it. False when they cannot be had
    // (no such table, ids too sparse to index); the caller then asks FTS5 row by row.
    bool refresh() {
        unsigned int version = 0;
        if (sqlite3_file_control(db_, "main", SQLITE_FCNTL_DATA_VERSION, &version) != SQLITE_OK) return false;
        if (loaded_ && version == version_) return usable_;
        const Load outcome = load();
        // A read that failed half-way (an interrupted query) is tried again by the next query.
        loaded_ = outcome != Load::Failed;
        version_ = version;
        usable_ = outcome == Load::Loaded;
        return usable_;
    }

    // The row's length, or -1 when it is not known.
    [[nodiscard]] std::int64_t length(std::int64_t rowid) const {
        if (rowid < 0 || static_cast<std::uint64_t>(rowid) >= lengths_.size()) return -1;
        const std::uint32_t n = lengths_[static_cast<std::size_t>(rowid)];
        return n == kUnknown ? -1 : n;
    }

private:
    static constexpr std::uint32_t kUnknown = 0xFFFFFFFFu;

    enum class Load { Loaded, Unusable, Failed };

    Load load() {
        lengths_.clear();
        sqlite3_stmt* st = nullptr;
        // The statement reads the same snapshot as the query that ranks (the connection's read transaction).
        if (sqlite3_prepare_v2(db_, "SELECT id, sz FROM documents_fts_docsize ORDER BY id DESC", -1, &st, nullptr) !=
            SQLITE_OK)
            return Load::Unusable;
        Load outcome = Load::Loaded;
        std::int64_t rows = 0;
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
            const std::int64_t id = sqlite3_column_int64(st, 0);
            if (rows++ == 0) {
                // Rowids are handed out in order, so they are dense; an archive whose ids were set far apart by
                // hand is ranked by FTS5's lookups instead of a huge table.
                if (id < 0 || id > 4 * countRows() + (1 << 20)) {
                    outcome = Load::Unusable;
                    break;
                }
                lengths_.assign(static_cast<std::size_t>(id) + 1, kUnknown);
            }
            if (id < 0) continue;
            lengths_[static_cast<std::size_t>(id)] =
                sumOfVarints(sqlite3_column_blob(st, 1), sqlite3_column_bytes(st, 1));
        }
        if (outcome == Load::Loaded && rc != SQLITE_DONE) outcome = Load::Failed;
        sqlite3_finalize(st);
        if (outcome != Load::Loaded) lengths_.clear();
        return outcome;
    }

    std::int64_t countRows() {
        sqlite3_stmt* st = nullptr;
        std::int64_t n = 0;
        if (sqlite3_prepare_v2(db_, "SELECT count(*) FROM documents_fts_docsize", -1, &st, nullptr) == SQLITE_OK &&
            sqlite3_step(st) == SQLITE_ROW)
            n = sqlite3_column_int64(st, 0);
        sqlite3_finalize(st);
        return n;
    }

    // A %_docsize value: one SQLite varint per column, the column's length in tokens.
    static std::uint32_t sumOfVarints(const void* blob, int bytes) {
        const auto* p = static_cast<const unsigned char*>(blob);
        std::uint64_t sum = 0;
        int i = 0;
        while (p && i < bytes) {
            std::uint64_t v = 0;
            for (int k = 0; k < 9 && i < bytes; ++k) {
                const unsigned char c = p[i++];
                if (k == 8) {
                    v = (v << 8) | c;
                    break;
                }
                v = (v << 7) | (c & 0x7F);
                if (!(c & 0x80)) break;
            }
            sum += v;
        }
        return sum >= kUnknown ? kUnknown - 1 : static_cast<std::uint32_t>(sum);
    }

    sqlite3* db_;
    std::vector<std::uint32_t> lengths_;
    unsigned int version_ = 0;
    bool loaded_ = false;
    bool usable_ = false;
};

// What bm25 needs once per query: each phrase's inverse document frequency and the average row length.
struct QueryStatistics final {
    std::vector<double> idf;
    std::vector<double> frequency;  // per phrase, reused row after row
    double averageLength = 1;
    bool lengthsInMemory = false;
};

int countRow(const Fts5ExtensionApi*, Fts5Context*, void* hits) {
    ++*static_cast<std::int64_t*>(hits);
    return SQLITE_OK;
}

QueryStatistics* statistics(const Fts5ExtensionApi* api, Fts5Context* fts, RowLengths& lengths, int& rc) {
    if (auto* known = static_cast<QueryStatistics*>(api->xGetAuxdata(fts, 0))) return known;
    auto* s = new (std::nothrow) QueryStatistics;
    if (!s) {
        rc = SQLITE_NOMEM;
        return nullptr;
    }
    sqlite3_int64 rows = 0, tokens = 0;
    rc = api->xRowCount(fts, &rows);
    if (rc == SQLITE_OK) rc = api->xColumnTotalSize(fts, -1, &tokens);
    if (rc == SQLITE_OK) s->averageLength = static_cast<double>(tokens) / static_cast<double>(rows);
    const int phrases = api->xPhraseCount(fts);
    for (int i = 0; rc == SQLITE_OK && i < phrases; ++i) {
        std::int64_t hits = 0;
        rc = api->xQueryPhrase(fts, i, &hits, countRow);
        const double idf = std::log((static_cast<double>(rows - hits) + 0.5) / (static_cast<double>(hits) + 0.5));
        s->idf.push_back(idf <= 0.0 ? 1e-6 : idf);
    }
    s->frequency.assign(static_cast<std::size_t>(phrases), 0.0);
    if (rc == SQLITE_OK) s->lengthsInMemory = lengths.refresh();
    if (rc == SQLITE_OK) rc = api->xSetAuxdata(fts, s, [](void* p) { delete static_cast<QueryStatistics*>(p); });
    else delete s;
    return rc == SQLITE_OK ? s : nullptr;
}

void rank(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_context* ctx, int argc, sqlite3_value** argv) {
    auto& lengths = *static_cast<RowLengths*>(api->xUserData(fts));
    int rc = SQLITE_OK;
    QueryStatistics* s = statistics(api, fts, lengths, rc);
    if (!s) {
        sqlite3_result_error_code(ctx, rc);
        return;
    }
    constexpr double k1 = 1.2;
    constexpr double b = 0.75;
    std::fill(s->frequency.begin(), s->frequency.end(), 0.0);
    int instances = 0;
    rc = api->xInstCount(fts, &instances);
    for (int i = 0; rc == SQLITE_OK && i < instances; ++i) {
        int phrase = 0, column = 0, offset = 0;
        rc = api->xInst(fts, i, &phrase, &column, &offset);
        if (rc == SQLITE_OK)
            s->frequency[static_cast<std::size_t>(phrase)] += column < argc ? sqlite3_value_double(argv[column]) : 1.0;
    }
    std::int64_t length = s->lengthsInMemory ? lengths.length(api->xRowid(fts)) : -1;
    if (rc == SQLITE_OK && length < 0) {
        int n = 0;
        rc = api->xColumnSize(fts, -1, &n);
        length = n;
    }
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(ctx, rc);
        return;
    }
    // The terms in FTS5's order, so that scores equal its bm25() to the last bit.
    double score = 0.0;
    const double rowLength = static_cast<double>(length);
    for (std::size_t i = 0; i < s->idf.size(); ++i) {
        const double f = s->frequency[i];
        score += s->idf[i] * ((f * (k1 + 1.0)) / (f + k1 * (1 - b + b * rowLength / s->averageLength)));
    }
    sqlite3_result_double(ctx, -1.0 * score);
}
}  // namespace

int registerRankFunction(sqlite3* db) {
    fts5_api* api = fts5Api(db);
    if (!api) return SQLITE_ERROR;
    auto* lengths = new (std::nothrow) RowLengths(db);
    if (!lengths) return SQLITE_NOMEM;
    // Once registered, FTS5 owns the lengths and deletes them with the connection.
    const int rc =
        api->xCreateFunction(api, kRankFunction, lengths, rank, [](void* p) { delete static_cast<RowLengths*>(p); });
    if (rc != SQLITE_OK) delete lengths;
    return rc;
}

}  // namespace bulletin::store
