#pragma once
// Exports a list from its own archive connection, with the same core code as `bulletin-cli export`, so the GUI
// and the CLI write byte-identical files for the same list, query, sort and columns.

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

// Blocking; call it from a worker thread. `onRow` is called from that thread with the rows written so far.
[[nodiscard]] ExportOutcome exportListFromArchive(const QString& archivePath, exporting::ListKind kind,
                                                  const search::SearchRequest& request,
                                                  const exporting::ExportOptions& options, const QString& file,
                                                  const std::atomic<bool>* cancel = nullptr,
                                                  const std::function<void(qint64)>& onRow = {});

// Writes rows already in memory (a list sorted on screen) to a file, atomically, with the same writer.
[[nodiscard]] ExportOutcome exportShownRows(const exporting::ListResult& list, const exporting::ExportOptions& options,
                                            const QString& file);

}  // namespace bulletin::app
