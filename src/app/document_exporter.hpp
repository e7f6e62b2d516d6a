#pragma once
// Exports a document list from its own archive connection, with the same core code as `bulletin-cli export`,
// so the GUI and the CLI write byte-identical files for the same list.

#include <QString>

#include <atomic>
#include <functional>

#include "export/list_export.hpp"
#include "search/searcher.hpp"

namespace bulletin::app {

struct ExportOutcome final {
    bool ok = false;
    bool cancelled = false;
    qint64 rows = 0;
    QString message;
};

// Blocking; call it from a worker thread. `onRow` is called from that thread.
[[nodiscard]] ExportOutcome exportDocumentList(const QString& archivePath, const search::SearchRequest& request,
                                               const QString& file, const std::atomic<bool>* cancel = nullptr,
                                               const std::function<void(qint64)>& onRow = {});

// A non-document list (people, agencies, places, dates, meetings, pairs), whole, with the same code as the CLI.
[[nodiscard]] ExportOutcome exportList(const QString& archivePath, exporting::ListKind kind,
                                       const search::SearchRequest& request, const QString& file);

}  // namespace bulletin::app
