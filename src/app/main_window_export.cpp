// MainWindow: File > Export. The list on show, with its query, filters and order, is written on a thread by the
// same code as `bulletin-cli export`, with progress and Cancel.

#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStatusBar>
#include <QThread>
#include <QTimer>

#include <optional>

#include "document_exporter.hpp"
#include "export_dialog.hpp"
#include "main_window.hpp"
#include "ui_main_window.h"

namespace bulletin::app {

void MainWindow::chooseExportFile() {
    if (!session_) return;
    const QString query = ui_->searchEdit->text().trimmed();
    const QString summary =
        query.isEmpty() ? tr("Every row of the %1 list.").arg(ui_->navigationList->currentItem()
                                                                   ? ui_->navigationList->currentItem()->text()
                                                                   : tr("current"))
                        : tr("Every row of the %1 list for <b>%2</b>, in the order shown.")
                              .arg(ui_->navigationList->currentItem() ? ui_->navigationList->currentItem()->text()
                                                                      : tr("current"),
                                   query.toHtmlEscaped());
    ExportDialog dialog(listKind_, summary, this);
    if (dialog.exec() != QDialog::Accepted) return;
    dialog.remember();
    const auto options = dialog.options();
    const bool csv = options.format == exporting::Format::Csv;
    const QString name = QStringLiteral("/bulletin-") + QString::fromStdString(exporting::listName(listKind_)) +
                         (csv ? QStringLiteral(".csv") : QStringLiteral(".jsonl"));
    const QString file = QFileDialog::getSaveFileName(this, tr("Export List"), QDir::homePath() + name,
                                                      csv ? tr("CSV files (*.csv)") : tr("JSON Lines files (*.jsonl)"));
    if (!file.isEmpty()) exportCurrentList(file, options);
}

bool MainWindow::exportCurrentList(const QString& file, const exporting::ExportOptions& options, bool quiet) {
    if (!session_) return false;
    // The export streams on a worker thread; the GUI keeps painting and offers Cancel if it takes a while.
    std::atomic<bool> cancel{false};
    std::atomic<qint64> rows{0};
    ExportOutcome outcome;
    QEventLoop loop;
    const auto kind = listKind_;
    const search::SearchRequest request = kind == exporting::ListKind::Documents ? model_->request() : pendingRequest_;
    // A list sorted by a column on screen is wholly shown: it is written as shown, in that order.
    std::optional<exporting::ListResult> shown;
    if (kind != exporting::ListKind::Documents && listModel_->sortColumn() >= 0) shown = listModel_->list();
    QThread* thread = QThread::create([&, kind, request] {
        outcome = shown ? exportShownRows(*shown, options, file)
                        : exportListFromArchive(session_->path(), kind, request, options, file, &cancel,
                                                [&](qint64 n) { rows = n; });
    });
    connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    // Documents: the total is known; other lists show a busy bar with the row count.
    const int maximum = kind == exporting::ListKind::Documents ? static_cast<int>(model_->total()) : 0;
    QProgressDialog dialog(tr("Exporting…"), tr("Cancel"), 0, maximum, this);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(500);
    connect(&dialog, &QProgressDialog::canceled, this, [&] { cancel = true; });
    QTimer tick;
    connect(&tick, &QTimer::timeout, this, [&] {
        if (maximum > 0) dialog.setValue(static_cast<int>(rows.load()));
        dialog.setLabelText(tr("Exporting… %L1 rows written").arg(rows.load()));
    });
    tick.start(100);
    thread->start();
    loop.exec();
    thread->wait();
    delete thread;
    tick.stop();
    dialog.reset();
    if (!outcome.ok) {
        if (outcome.cancelled) statusBar()->showMessage(tr("Export cancelled; no file was written"), 10000);
        else if (!quiet) QMessageBox::critical(this, tr("Export failed"), outcome.message);
        return false;
    }
    statusBar()->showMessage(tr("Exported %L1 rows to %2").arg(outcome.rows).arg(file), 10000);
    return true;
}

}  // namespace bulletin::app
