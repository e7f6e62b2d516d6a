#pragma once
// A batch search's two exports: the summary (one row per line of the list) and the hits per query (one row per
// line x release, with a snippet), in CSV or JSON Lines with the options of every other export.

#include <atomic>
#include <ostream>

#include "export_options.hpp"
#include "search/batch_search.hpp"

namespace bulletin::exporting {

[[nodiscard]] const std::vector<std::string>& batchSummaryColumns();
[[nodiscard]] const std::vector<std::string>& batchHitColumns();

void writeBatchSummary(std::ostream& out, const std::vector<search::BatchRow>& rows, const ExportOptions& options);
// Streams each row's releases (newest first); returns the number of hit rows written. `cancel` stops between
// releases.
std::int64_t writeBatchHits(std::ostream& out, search::Searcher& searcher, const std::vector<search::BatchRow>& rows,
                            const ExportOptions& options, const std::atomic<bool>* cancel = nullptr);

}  // namespace bulletin::exporting
