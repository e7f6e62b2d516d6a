#include "document_export.hpp"

namespace bulletin::exporting {

const std::vector<std::string>& documentColumns() { return listColumns(ListKind::Documents); }

ExportResult exportDocuments(search::Searcher& searcher, const search::SearchRequest& request,
                             const ExportOptions& options, std::ostream& out, const std::atomic<bool>* cancel,
                             const std::function<void(std::int64_t)>& onRow) {
    return exportList(searcher, ListKind::Documents, request, options, out, cancel, onRow);
}

ExportResult exportDocumentsToFile(search::Searcher& searcher, const search::SearchRequest& request,
                                   const ExportOptions& options, const std::filesystem::path& file,
                                   const std::atomic<bool>* cancel, const std::function<void(std::int64_t)>& onRow) {
    return exportListToFile(searcher, ListKind::Documents, request, options, file, cancel, onRow);
}

}  // namespace bulletin::exporting
