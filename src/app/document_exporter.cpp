#include "document_exporter.hpp"

#include <QCoreApplication>

#include "store/error_message.hpp"
#include "store/archive.hpp"
#include "export/atomic_file.hpp"

namespace bulletin::app {

ExportOutcome exportListFromArchive(const QString& archivePath, exporting::ListKind kind,
                                    const search::SearchRequest& request, const exporting::ExportOptions& options,
                                    const QString& file, const std::atomic<bool>* cancel,
                                    const std::function<void(qint64)>& onRow) {
    ExportOutcome outcome;
    try {
        store::Archive archive(store::Location::parse(archivePath.toStdString()), store::Access::Read);
        search::Searcher searcher(archive);
        const auto result =
            exporting::exportListToFile(searcher, kind, request, options, file.toStdString(), cancel, onRow);
        outcome.rows = result.rows;
        outcome.cancelled = result.cancelled;
        outcome.ok = result.ran && !result.cancelled;
        if (!result.ran)
            outcome.message = QCoreApplication::translate("DocumentExporter", "the current query cannot run");
        else if (result.cancelled)
            outcome.message = QCoreApplication::translate("DocumentExporter", "export cancelled; no file was written");
    } catch (const std::exception& e) {
        outcome.message = QString::fromStdString(store::userMessage(e));
    }
    return outcome;
}

ExportOutcome exportShownRows(const exporting::ListResult& list, const exporting::ExportOptions& options,
                              const QString& file) {
    ExportOutcome outcome;
    try {
        exporting::AtomicFile target(file.toStdString());
        exporting::writeRows(target.stream(), list, options);
        target.commit();
        outcome.ok = true;
        outcome.rows = static_cast<qint64>(list.rows.size());
    } catch (const std::exception& e) {
        outcome.message = QString::fromStdString(store::userMessage(e));
    }
    return outcome;
}

}  // namespace bulletin::app
