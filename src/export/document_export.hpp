#pragma once
// The documents list's export: the same list as on screen (filters and sort), every row, streamed. A thin name
// over exportList(ListKind::Documents) for callers that only export documents.

#include "list_export.hpp"

namespace bulletin::exporting {

[[nodiscard]] const std::vector<std::string>& documentColumns();

// Throws std::invalid_argument for an unknown column name.
ExportResult exportDocuments(search::Searcher& searcher, const search::SearchRequest& request,
                             const ExportOptions& options, std::ostream& out,
                             const std::atomic<bool>* cancel = nullptr,
                             const std::function<void(std::int64_t)>& onRow = {});

// Same, into a file written atomically ("-" = standard output).
ExportResult exportDocumentsToFile(search::Searcher& searcher, const search::SearchRequest& request,
                                   const ExportOptions& options, const std::filesystem::path& file,
                                   const std::atomic<bool>* cancel = nullptr,
                                   const std::function<void(std::int64_t)>& onRow = {});

}  // namespace bulletin::exporting
