#include "document_export.hpp"

#include <iostream>
#include <stdexcept>

#include "atomic_file.hpp"
#include "json.hpp"

namespace bulletin::exporting {

const std::vector<std::string>& documentColumns() {
    static const std::vector<std::string> kColumns{"id", "title", "date", "path", "snippet"};
    return kColumns;
}

namespace {
std::string cell(const store::DocumentRow& row, const std::string& column) {
    if (column == "id") return std::to_string(row.id);
    if (column == "title") return row.title;
    if (column == "date") return row.publicationDate;
    if (column == "path") return row.path;
    if (column == "snippet") return row.snippet;
    throw std::invalid_argument("unknown column '" + column + "'");
}

std::vector<std::string> resolveColumns(const ExportOptions& options) {
    if (options.columns.empty()) return documentColumns();
    for (const auto& c : options.columns) {
        bool known = false;
        for (const auto& k : documentColumns()) known = known || k == c;
        if (!known) {
            std::string all;
            for (const auto& k : documentColumns()) all += (all.empty() ? "" : ", ") + k;
            throw std::invalid_argument("unknown column '" + c + "' (columns: " + all + ")");
        }
    }
    return options.columns;
}
}  // namespace

ExportResult exportDocuments(search::Searcher& searcher, const search::SearchRequest& request,
                             const ExportOptions& options, std::ostream& out, const std::atomic<bool>* cancel,
                             const std::function<void(std::int64_t)>& onRow) {
    ExportResult result;
    const auto columns = resolveColumns(options);
    search::SearchRequest all = request;
    all.limit = -1;  // SQLite: no limit
    all.offset = 0;
    all.snippetOpen = "";
    all.snippetClose = "";
    auto query = searcher.plan(all, result.notices);
    if (!query) return result;
    result.ran = true;
    CsvWriter csv(out, options.csv);
    if (options.format == Format::Csv) csv.writeRow(columns);
    std::vector<std::string> cells(columns.size());
    searcher.reader().forEachDocument(*query, [&](const store::DocumentRow& row) {
        if (cancel && cancel->load()) {
            result.cancelled = true;
            return false;
        }
        for (std::size_t i = 0; i < columns.size(); ++i) cells[i] = cell(row, columns[i]);
        if (options.format == Format::Csv) {
            csv.writeRow(cells);
        } else {
            out << '{';
            for (std::size_t i = 0; i < columns.size(); ++i) {
                if (i) out << ", ";
                out << jsonString(columns[i]) << ": ";
                if (columns[i] == "id") out << row.id;
                else out << jsonString(cells[i]);
            }
            out << "}\n";
        }
        ++result.rows;
        if (onRow) onRow(result.rows);
        return true;
    });
    return result;
}

ExportResult exportDocumentsToFile(search::Searcher& searcher, const search::SearchRequest& request,
                                   const ExportOptions& options, const std::filesystem::path& file,
                                   const std::atomic<bool>* cancel, const std::function<void(std::int64_t)>& onRow) {
    if (file == "-") {
        auto r = exportDocuments(searcher, request, options, std::cout, cancel, onRow);
        std::cout.flush();
        return r;
    }
    AtomicFile target(file);
    auto r = exportDocuments(searcher, request, options, target.stream(), cancel, onRow);
    if (r.ran && !r.cancelled) target.commit();
    return r;
}

}  // namespace bulletin::exporting
