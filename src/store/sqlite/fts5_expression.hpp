#pragma once
// The SQLite engine's rendering of a text query syntax tree as an FTS5 MATCH expression. Every term is quoted
// as an FTS5 string, so FTS5 operators typed by the user (NEAR, column filters, '^') are only words.

#include <string>
#include <string_view>

#include "store/text_query.hpp"

namespace bulletin::store {

// Empty for an empty query. An All without children ("NOT x" alone) cannot be said in FTS5 (its NOT is binary);
// src/search rejects such queries before they get here, and it renders as its exclusions' alternatives.
[[nodiscard]] std::string fts5Expression(const TextQuery& query);

// An FTS5 string literal: "..." with inner quotes doubled.
[[nodiscard]] std::string fts5Quote(std::string_view term);

}  // namespace bulletin::store
