#include "batch_search_dialog.hpp"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <fstream>

#include "core/text.hpp"
#include "export/atomic_file.hpp"
#include "export/batch_export.hpp"
#include "store/archive.hpp"
#include "store/error_message.hpp"

namespace bulletin::app {

namespace {
enum Column { Label, Query, Understood, Hits, First, Last, Agencies, ColumnCount };
constexpr int kHitsShown = 500;  // releases listed for the selected line (the export has all)

QTableWidgetItem* cell(const QString& text) {
    auto* item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    item->setToolTip(text);
    return item;
}
}  // namespace

BatchSearchDialog::BatchSearchDialog(QString archivePath, QWidget* parent)
    : QDialog(parent), archivePath_(std::move(archivePath)) {
    setWindowTitle(tr("Batch Search"));
    setObjectName(QStringLiteral("batchSearchDialog"));
    resize(960, 640);
    auto* open = new QPushButton(tr("&Open List…"), this);
    open->setObjectName(QStringLiteral("openListButton"));
    open->setToolTip(tr("A text file with one name or query per line, or CSV with 'label' and 'query' columns"));
    cancelButton_ = new QPushButton(tr("&Cancel Run"), this);
    cancelButton_->setObjectName(QStringLiteral("cancelBatchButton"));
    cancelButton_->setEnabled(false);
    progress_ = new QProgressBar(this);
    progress_->hide();
    status_ = new QLabel(tr("Open a list of names or queries to run against this archive."), this);
    status_->setWordWrap(true);

    table_ = new QTableWidget(0, ColumnCount, this);
    table_->setObjectName(QStringLiteral("batchTable"));
    table_->setHorizontalHeaderLabels({tr("Label"), tr("Query"), tr("Understood as"), tr("Hits"), tr("First"),
                                       tr("Last"), tr("Top agencies")});
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setSectionResizeMode(Understood, QHeaderView::Stretch);
    table_->setSortingEnabled(false);
    table_->setWordWrap(false);
    hits_ = new QTableWidget(0, 3, this);
    hits_->setObjectName(QStringLiteral("batchHitsTable"));
    hits_->setHorizontalHeaderLabels({tr("Date"), tr("Title"), tr("File")});
    hits_->setSelectionBehavior(QAbstractItemView::SelectRows);
    hits_->verticalHeader()->hide();
    hits_->setWordWrap(false);
    hits_->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    hits_->setToolTip(tr("Double-click a release to read it in the main window"));

    exportSummary_ = new QPushButton(tr("Export &Summary…"), this);
    exportSummary_->setObjectName(QStringLiteral("exportSummaryButton"));
    exportHits_ = new QPushButton(tr("Export &Hits per Query…"), this);
    exportHits_->setObjectName(QStringLiteral("exportHitsButton"));
    exportSummary_->setEnabled(false);
    exportHits_->setEnabled(false);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto* top = new QHBoxLayout;
    top->addWidget(open);
    top->addWidget(cancelButton_);
    top->addWidget(progress_, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(table_);
    splitter->addWidget(hits_);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(exportSummary_);
    bottom->addWidget(exportHits_);
    bottom->addStretch(1);
    bottom->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(status_);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);

    connect(open, &QPushButton::clicked, this, &BatchSearchDialog::chooseFile);
    connect(cancelButton_, &QPushButton::clicked, this, &BatchSearchDialog::cancel);
    connect(exportSummary_, &QPushButton::clicked, this, [this] { chooseExport(false); });
    connect(exportHits_, &QPushButton::clicked, this, [this] { chooseExport(true); });
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(table_, &QTableWidget::currentCellChanged, this, [this](int row) { showHitsOf(row); });
    connect(hits_, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        if (auto* item = hits_->item(row, 0)) emit openRelease(item->data(Qt::UserRole).toLongLong());
    });
}

BatchSearchDialog::~BatchSearchDialog() { cancel(); }

void BatchSearchDialog::cancel() {
    if (cancel_) cancel_->store(true);
}

void BatchSearchDialog::chooseFile() {
    const QString file = QFileDialog::getOpenFileName(this, tr("Open List"), {},
                                                      tr("Lists (*.txt *.csv *.tsv);;All files (*)"));
    if (!file.isEmpty()) loadFile(file);
}

bool BatchSearchDialog::loadFile(const QString& file) {
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        status_->setText(tr("Cannot read %1: %2").arg(file, in.errorString()));
        return false;
    }
    runList(QString::fromUtf8(in.readAll()), file);
    return true;
}

void BatchSearchDialog::runList(const QString& text, const QString& source) {
    cancel();
    std::vector<search::BatchLine> lines;
    try {
        lines = search::parseBatchList(text.toStdString());
    } catch (const std::exception& e) {
        status_->setText(tr("Cannot read the list %1: %2").arg(source, QString::fromUtf8(e.what())));
        return;
    }
    table_->setRowCount(0);
    hits_->setRowCount(0);
    rows_.clear();
    cancel_ = std::make_shared<std::atomic<bool>>(false);
    done_ = std::make_shared<std::atomic<int>>(0);
    total_ = static_cast<int>(lines.size());
    const quint64 run = ++run_;
    progress_->setRange(0, std::max(total_, 1));
    progress_->setValue(0);
    progress_->show();
    cancelButton_->setEnabled(true);
    exportSummary_->setEnabled(false);
    exportHits_->setEnabled(false);
    status_->setText(tr("Running %L1 lines of %2…").arg(total_).arg(source));
    auto* ticker = new QTimer(this);
    connect(ticker, &QTimer::timeout, this, [this, ticker, run, done = done_] {
        if (run != run_) {
            ticker->deleteLater();
            return;
        }
        progress_->setValue(done->load());
    });
    ticker->start(100);
    QThread* thread = QThread::create([self = QPointer<BatchSearchDialog>(this), path = archivePath_.toStdString(),
                                       lines = std::move(lines), cancel = cancel_, done = done_, run] {
        std::vector<search::BatchRow> rows;
        QString error;
        try {
            store::Archive archive(store::Location::parse(path), store::Access::Read);
            search::Searcher searcher(archive);
            rows = search::BatchSearch(searcher).run(lines, cancel.get(), [&](const search::BatchProgress& p) {
                done->store(static_cast<int>(p.done));
            });
        } catch (const std::exception& e) {
            error = QString::fromStdString(store::userMessage(e));
        }
        const bool cancelled = cancel->load();
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, rows = std::move(rows), cancelled, error, run]() mutable {
                if (!self || run != self->run_) return;
                if (!error.isEmpty()) self->status_->setText(tr("Batch search failed: %1").arg(error));
                self->showRows(std::move(rows), cancelled);
            },
            Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void BatchSearchDialog::showRows(std::vector<search::BatchRow> rows, bool cancelled) {
    rows_ = std::move(rows);
    ++run_;  // stops the progress ticker
    progress_->hide();
    cancelButton_->setEnabled(false);
    table_->setRowCount(static_cast<int>(rows_.size()));
    int failed = 0, matched = 0;
    for (int i = 0; i < static_cast<int>(rows_.size()); ++i) {
        const auto& r = rows_[static_cast<std::size_t>(i)];
        table_->setItem(i, Label, cell(QString::fromStdString(r.input.label)));
        table_->setItem(i, Query, cell(QString::fromStdString(r.input.query)));
        auto* understood = cell(r.ran() ? QString::fromStdString(r.understood)
                                        : tr("cannot run: %1").arg(QString::fromStdString(r.understood)));
        if (!r.ran()) understood->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        table_->setItem(i, Understood, understood);
        auto* hits = cell(QString::number(r.hits));
        hits->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table_->setItem(i, Hits, hits);
        table_->setItem(i, First, cell(QString::fromStdString(r.first)));
        table_->setItem(i, Last, cell(QString::fromStdString(r.last)));
        table_->setItem(i, Agencies, cell(QString::fromStdString(text::join(r.topAgencies, "; "))));
        failed += r.ran() ? 0 : 1;
        matched += r.hits > 0 ? 1 : 0;
    }
    table_->resizeColumnToContents(Hits);
    QString summary = tr("%L1 lines: %L2 with hits, %L3 could not run (their reason is in the table)")
                          .arg(rows_.size())
                          .arg(matched)
                          .arg(failed);
    if (cancelled) summary = tr("Cancelled after %L1 of %L2 lines. ").arg(rows_.size()).arg(total_) + summary;
    status_->setText(summary);
    exportSummary_->setEnabled(!rows_.empty());
    exportHits_->setEnabled(matched > 0);
    emit finished(static_cast<int>(rows_.size()), cancelled);
}

void BatchSearchDialog::showHitsOf(int row) {
    hits_->setRowCount(0);
    if (row < 0 || row >= static_cast<int>(rows_.size()) || !rows_[static_cast<std::size_t>(row)].ran()) {
        emit hitsShown(0);
        return;
    }
    store::DocumentQuery q = *rows_[static_cast<std::size_t>(row)].plan;
    q.limit = kHitsShown;
    q.sort = store::DocumentSort::DateDescending;
    q.withSnippets = false;
    const quint64 run = run_;
    QThread* thread = QThread::create([self = QPointer<BatchSearchDialog>(this), path = archivePath_.toStdString(), q,
                                       row, run] {
        std::vector<store::DocumentRow> docs;
        try {
            store::Archive archive(store::Location::parse(path), store::Access::Read);
            docs = archive.reader().documents(q);
        } catch (const std::exception&) {
            // The table keeps the counts; the list of releases stays empty.
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, docs = std::move(docs), row, run] {
                if (!self || run != self->run_ || self->table_->currentRow() != row) return;
                self->hits_->setRowCount(static_cast<int>(docs.size()));
                for (int i = 0; i < static_cast<int>(docs.size()); ++i) {
                    const auto& d = docs[static_cast<std::size_t>(i)];
                    auto* date = cell(QString::fromStdString(d.publicationDate));
                    date->setData(Qt::UserRole, static_cast<qint64>(d.id));
                    self->hits_->setItem(i, 0, date);
                    self->hits_->setItem(i, 1, cell(QString::fromStdString(d.title)));
                    self->hits_->setItem(i, 2, cell(QString::fromStdString(d.path)));
                }
                emit self->hitsShown(static_cast<int>(docs.size()));
            },
            Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

namespace {
// Writes one of the exports; returns the number of rows written, throws with the reason.
std::int64_t writeExport(const std::string& file, const std::string& archivePath,
                         const std::vector<search::BatchRow>& rows, bool hits) {
    exporting::ExportOptions options;
    if (text::endsWith(text::toLowerAscii(file), ".jsonl")) options.format = exporting::Format::JsonLines;
    exporting::AtomicFile target(file);
    std::int64_t written = static_cast<std::int64_t>(rows.size());
    if (hits) {
        store::Archive archive(store::Location::parse(archivePath), store::Access::Read);
        search::Searcher searcher(archive);
        written = exporting::writeBatchHits(target.stream(), searcher, rows, options);
    } else {
        exporting::writeBatchSummary(target.stream(), rows, options);
    }
    target.commit();
    return written;
}
}  // namespace

void BatchSearchDialog::chooseExport(bool hits) {
    const QString file = QFileDialog::getSaveFileName(
        this, hits ? tr("Export Hits per Query") : tr("Export Summary"), {},
        tr("CSV files (*.csv);;JSON Lines files (*.jsonl)"));
    if (file.isEmpty()) return;
    // The hits read every matching release: off the GUI thread.
    status_->setText(tr("Exporting to %1…").arg(file));
    exportSummary_->setEnabled(false);
    exportHits_->setEnabled(false);
    QThread* thread = QThread::create([self = QPointer<BatchSearchDialog>(this), path = archivePath_.toStdString(),
                                       rows = rows_, hits, file] {
        QString message;
        try {
            const auto written = writeExport(file.toStdString(), path, rows, hits);
            message = tr("Exported %L1 rows to %2").arg(written).arg(file);
        } catch (const std::exception& e) {
            message = tr("Export failed: %1").arg(QString::fromStdString(store::userMessage(e)));
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, message] {
                if (!self) return;
                self->status_->setText(message);
                self->exportSummary_->setEnabled(!self->rows_.empty());
                self->exportHits_->setEnabled(!self->rows_.empty());
            },
            Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

bool BatchSearchDialog::exportTo(const QString& file, bool hits) {
    try {
        const auto written = writeExport(file.toStdString(), archivePath_.toStdString(), rows_, hits);
        status_->setText(tr("Exported %L1 rows to %2").arg(written).arg(file));
        return true;
    } catch (const std::exception& e) {
        status_->setText(tr("Export failed: %1").arg(QString::fromStdString(store::userMessage(e))));
        return false;
    }
}

}  // namespace bulletin::app
