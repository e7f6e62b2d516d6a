#pragma once
// Every list Bulletin shows (documents, people, agencies, locations, dates, meetings, person x agency pairs) for
// any query: row by row, so that exports stream with constant memory whatever their size. One module for
// `bulletin-cli list`, `bulletin-cli export` and the GUI, so the same list gives byte-identical files.

#include <atomic>
#include <filesystem>
#include <functional>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "export_options.hpp"
#include "row_writer.hpp"
#include "search/searcher.hpp"

namespace bulletin::exporting {

enum class ListKind { Documents, People, Agencies, Locations, Dates, Meetings, Cooccurrence, Tags };

[[nodiscard]] std::optional<ListKind> listKindFromString(const std::string& name);
[[nodiscard]] std::string listName(ListKind kind);
[[nodiscard]] const std::vector<std::string>& listColumns(ListKind kind);

// The release a list row comes from and where in it ("title\n\nbody" byte offsets; 0, 0: the release as a whole).
// documentId 0: the row stands for no one release (people, agencies, places, pairs).
struct RowOrigin final {
    std::int64_t documentId = 0;
    std::int64_t start = 0, end = 0;
};

// Visits the rows of a list for the request's query, sort and page (limit < 0 = all); `visit` returns false to
// stop. `columns` are the ones the caller will read (empty = all): columns that cost a query per row (a
// document's agencies, people and places) are filled only when asked for. Returns false, with the reasons in
// `notices`, when the query is refused.
// `request.after` continues the list after a row (keyset pagination, any list); `lastKey`, when given, receives
// the key of each row visited, so the last one's starts the next page; `origin`, the release it comes from.
bool forEachListRow(search::Searcher& searcher, ListKind kind, const search::SearchRequest& request,
                    const std::vector<std::string>& columns, std::vector<search::QueryNotice>& notices,
                    const std::function<bool(const Row&)>& visit, store::PageKey* lastKey = nullptr,
                    RowOrigin* origin = nullptr);

struct ListResult final {
    std::vector<std::string> columns;
    std::vector<Row> rows;
    std::vector<RowOrigin> origins;  // one per row
    std::vector<search::QueryNotice> notices;
    bool ran = false;
    std::optional<store::PageKey> next = std::nullopt;  // where the next page starts, when this one was full
};

// One page of a list in memory (for tables on screen).
[[nodiscard]] ListResult listRows(search::Searcher& searcher, ListKind kind, const search::SearchRequest& request);

// The whole list of a query (the request's page is ignored), streamed. Throws std::invalid_argument for an unknown
// column. `onRow` is called with the number of rows written so far.
ExportResult exportList(search::Searcher& searcher, ListKind kind, const search::SearchRequest& request,
                        const ExportOptions& options, std::ostream& out, const std::atomic<bool>* cancel = nullptr,
                        const std::function<void(std::int64_t)>& onRow = {});

// Same, into a file written atomically ("-" = standard output); a cancelled or failed export leaves no file.
ExportResult exportListToFile(search::Searcher& searcher, ListKind kind, const search::SearchRequest& request,
                              const ExportOptions& options, const std::filesystem::path& file,
                              const std::atomic<bool>* cancel = nullptr,
                              const std::function<void(std::int64_t)>& onRow = {});

// Writes in-memory rows (a page already on screen) with the chosen columns.
void writeRows(std::ostream& out, const ListResult& list, const ExportOptions& options);

}  // namespace bulletin::exporting
