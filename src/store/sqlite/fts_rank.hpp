#pragma once
// Registers Bulletin's rank function with FTS5 on a connection, as "bulletin_bm25": FTS5's own bm25 (the same
// formula and values: k1 = 1.2, b = 0.75, column weights as arguments) that reads each match's length in tokens
// from memory instead of the index's %_docsize table. Looking lengths up in that table, one B-tree search per match,
// was three quarters of ranking time (terror*, 54,500 matches: 30 of 40 ms).
//
// The lengths of documents_fts (the only full-text table an archive has) are loaded per connection when a query
// first ranks, and loaded again when the database changed since (SQLITE_FCNTL_DATA_VERSION counts commits by any
// connection), so they always describe the snapshot the query reads; 86,000 lengths load in about 20 ms.

#include <sqlite3.h>

namespace bulletin::store {

inline constexpr const char* kRankFunction = "bulletin_bm25";

// Returns SQLITE_OK, or SQLite's error when FTS5 is unavailable.
int registerRankFunction(sqlite3* db);

}  // namespace bulletin::store
