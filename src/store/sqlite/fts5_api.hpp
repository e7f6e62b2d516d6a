#pragma once
// The FTS5 extension API of a connection, through which tokenizers and rank functions are registered.

#include <sqlite3.h>

namespace bulletin::store {

// Null when the connection's SQLite has no FTS5.
fts5_api* fts5Api(sqlite3* db);

}  // namespace bulletin::store
