#include "document_exporter.hpp"

#include <QCoreApplication>

#include "export/document_export.hpp"
#include "store/archive.hpp"

namespace bulletin::app {

ExportOutcome exportDocumentList(const QString& archivePath, const search::SearchRequest& request,
                                 const QString& file, const std::atomic<bool>* cancel,
                                 const std::function<void(qint64)>& onRow) {
    ExportOutcome outcome;
    try {
        store::Archive archive(archivePath.toStdString(), store::Access::Read);
        search::Searcher searcher(archive);
        const auto result = exporting::exportDocumentsToFile(searcher, request, exporting::ExportOptions{},
                                                             file.toStdString(), cancel, onRow);
        outcome.rows = result.rows;
        outcome.cancelled = result.cancelled;
        outcome.ok = result.ran && !result.cancelled;
        if (!result.ran) outcome.message = QCoreApplication::translate("DocumentExporter", "the current query cannot run");
        else if (result.cancelled) outcome.message = QCoreApplication::translate("DocumentExporter", "export cancelled; no file was written");
    } catch (const std::exception& e) {
        outcome.message = QString::fromUtf8(e.what());
    }
    return outcome;
}

ExportOutcome exportList(const QString& archivePath, exporting::ListKind kind, const search::SearchRequest& request,
                         const QString& file) {
    ExportOutcome outcome;
    try {
        store::Archive archive(archivePath.toStdString(), store::Access::Read);
        search::Searcher searcher(archive);
        const auto result = exporting::exportListToFile(searcher, kind, request, exporting::ExportOptions{},
                                                        file.toStdString());
        outcome.rows = result.rows;
        outcome.ok = result.ran;
        if (!result.ran) outcome.message = QCoreApplication::translate("DocumentExporter", "the current query cannot run");
    } catch (const std::exception& e) {
        outcome.message = QString::fromUtf8(e.what());
    }
    return outcome;
}

}  // namespace bulletin::app
