#include "fts5_api.hpp"

namespace bulletin::store {

fts5_api* fts5Api(sqlite3* db) {
    // SQLite's documented way to reach it: a pointer bound to "SELECT fts5(?)".
    fts5_api* api = nullptr;
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &st, nullptr) != SQLITE_OK) return nullptr;
    sqlite3_bind_pointer(st, 1, static_cast<void*>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(st);
    return sqlite3_finalize(st) == SQLITE_OK ? api : nullptr;
}

}  // namespace bulletin::store
