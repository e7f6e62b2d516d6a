#pragma once
// What an export writes (format, columns, CSV options) and what it reports back.

#include <cstdint>
#include <string>
#include <vector>

#include "csv_writer.hpp"
#include "search/searcher.hpp"

namespace bulletin::exporting {

enum class Format { Csv, JsonLines };

struct ExportOptions final {
    Format format = Format::Csv;
    std::vector<std::string> columns;  // empty = all of the list's columns, in list order; else these, in this order
    CsvOptions csv;
};

struct ExportResult final {
    std::int64_t rows = 0;
    bool cancelled = false;
    std::vector<search::QueryNotice> notices;
    bool ran = false;  // false when the query was refused (see notices)
};

}  // namespace bulletin::exporting
