#pragma once
// The lists Bulletin shows besides documents: people, agencies, locations, dates and meetings, for any query.
// One writer for CSV and JSON Lines, used by `bulletin-cli list`, `bulletin-cli export` and the GUI.

#include <ostream>
#include <optional>
#include <string>
#include <vector>

#include "csv_writer.hpp"
#include "document_export.hpp"
#include "search/searcher.hpp"

namespace bulletin::exporting {

enum class ListKind { Documents, People, Agencies, Locations, Dates, Meetings, Cooccurrence };

[[nodiscard]] std::optional<ListKind> listKindFromString(const std::string& name);
[[nodiscard]] std::string listName(ListKind kind);
[[nodiscard]] const std::vector<std::string>& listColumns(ListKind kind);

// A cell: text, a whole number, or several values (joined with "; " in CSV, an array in JSON).
struct Cell final {
    std::string text;
    std::vector<std::string> values;
    enum class Type { Text, Number, List } type = Type::Text;
};
using Row = std::vector<Cell>;

struct ListResult final {
    std::vector<std::string> columns;
    std::vector<Row> rows;
    std::vector<search::QueryNotice> notices;
    bool ran = false;
};

// Rows of a non-document list for the request's query (limit/offset page it; limit < 0 = all).
[[nodiscard]] ListResult listRows(search::Searcher& searcher, ListKind kind, const search::SearchRequest& request);

// The whole list of a query into a file written atomically ("-" = standard output).
ExportResult exportListToFile(search::Searcher& searcher, ListKind kind, const search::SearchRequest& request,
                              const ExportOptions& options, const std::filesystem::path& file);

// Writes rows as CSV or JSON Lines with the chosen columns (empty = all, in list order).
void writeRows(std::ostream& out, const ListResult& list, const ExportOptions& options);

}  // namespace bulletin::exporting
