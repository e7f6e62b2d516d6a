#pragma once
// Options shared by the commands that run a query (search, export).

#include "args.hpp"
#include "search/searcher.hpp"

namespace bulletin::cli {

[[nodiscard]] store::DocumentSort parseSort(const Args& args);
// Prints notices to stderr; returns false when the query cannot run.
bool reportNotices(const std::string& query, const std::vector<search::QueryNotice>& notices);

}  // namespace bulletin::cli
