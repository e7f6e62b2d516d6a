#pragma once
// A batch search's input (docs/batch-search.md): plain text, one query per line, or CSV whose header names a
// `query` column (or `name`) and optionally a `label` column. Blank lines and lines starting with '#' are skipped.
// A line that cannot be read (a CSV row without a query) is kept with its reason, so the report says so.

#include <string>
#include <string_view>
#include <vector>

namespace bulletin::search {

struct BatchLine final {
    int line = 0;        // 1-based line of the input where the entry starts
    std::string label;   // the CSV label, else the query itself
    std::string query;
    std::string error;   // why the entry cannot run; empty when it can
};

// Throws std::invalid_argument when the input is not UTF-8 text.
[[nodiscard]] std::vector<BatchLine> parseBatchList(std::string_view text);

}  // namespace bulletin::search
