#pragma once
// Batch search: a list of names or queries (text, one per line, or CSV with label and query columns) run against
// the archive off the GUI thread, with progress and cancel; one summary row per line (how it was understood, hits,
// first and last date, top agencies; lines that cannot run say why); the selected line's releases below, a
// double-click opens one in the main window; the summary and the hits per query export to CSV or JSON Lines.

#include <QDialog>
#include <QString>

#include <atomic>
#include <memory>
#include <vector>

#include "search/batch_search.hpp"

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace bulletin::app {

class BatchSearchDialog final : public QDialog {
    Q_OBJECT
public:
    explicit BatchSearchDialog(QString archivePath, QWidget* parent = nullptr);
    ~BatchSearchDialog() override;

    // Runs the list (the text of a list file); a run in progress is cancelled first.
    void runList(const QString& text, const QString& source);
    bool loadFile(const QString& file);
    void cancel();
    // Writes the summary, or the hits per query, to `file` (CSV, or JSON Lines for *.jsonl); false on failure.
    bool exportTo(const QString& file, bool hits);
    [[nodiscard]] const std::vector<search::BatchRow>& rows() const { return rows_; }

signals:
    void finished(int rows, bool cancelled);
    void hitsShown(int releases);
    void openRelease(qint64 documentId);

private:
    void chooseFile();
    void chooseExport(bool hits);
    void showRows(std::vector<search::BatchRow> rows, bool cancelled);
    void showHitsOf(int row);

    QString archivePath_;
    std::vector<search::BatchRow> rows_;
    std::shared_ptr<std::atomic<bool>> cancel_;
    std::shared_ptr<std::atomic<int>> done_;
    int total_ = 0;
    quint64 run_ = 0;
    QTableWidget* table_ = nullptr;
    QTableWidget* hits_ = nullptr;
    QLabel* status_ = nullptr;
    QProgressBar* progress_ = nullptr;
    QPushButton* cancelButton_ = nullptr;
    QPushButton* exportSummary_ = nullptr;
    QPushButton* exportHits_ = nullptr;
};

}  // namespace bulletin::app
