#pragma once
// Registers Bulletin's word tokenizer with FTS5 on a connection, as "bulletin_words" (see core/word_tokenizer.hpp).
// The archive's full-text index uses it, so every connection that touches the index must register it first;
// other SQLite tools can read the archive's tables but not search its index.

#include <sqlite3.h>

namespace bulletin::store {

inline constexpr const char* kWordTokenizer = "bulletin_words";

// Returns SQLITE_OK, or SQLite's error when FTS5 is unavailable.
int registerWordTokenizer(sqlite3* db);

}  // namespace bulletin::store
