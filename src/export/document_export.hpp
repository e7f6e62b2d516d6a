#pragma once
// Exports the documents of a query, exactly as listed (same filters, same sort), streaming row by row.
// Used by both the CLI and the GUI, so the same list gives byte-identical files.

#include <atomic>
#include <filesystem>
#include <functional>
#include <ostream>
#include <string>
#include <vector>

#include "csv_writer.hpp"
#include "search/searcher.hpp"

namespace bulletin::exporting {

enum class Format { Csv, JsonLines };

struct ExportOptions final {
    Format format = Format::Csv;
    std::vector<std::string> columns;  // empty = all; see documentColumns()
    CsvOptions csv;
};

struct ExportResult final {
    std::int64_t rows = 0;
    bool cancelled = false;
    std::vector<search::QueryNotice> notices;
    bool ran = false;
};

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
