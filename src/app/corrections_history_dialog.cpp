#include "corrections_history_dialog.hpp"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

#include <memory>

#include "store/archive.hpp"
#include "store/error_message.hpp"

namespace bulletin::app {

CorrectionsHistoryDialog::CorrectionsHistoryDialog(QString archivePath, QWidget* parent)
    : QDialog(parent), archivePath_(std::move(archivePath)) {
    setWindowTitle(tr("Corrections History"));
    resize(720, 420);
    auto* layout = new QVBoxLayout(this);
    table_ = new QTableWidget(0, 5, this);
    table_->setObjectName(QStringLiteral("correctionsTable"));
    table_->setHorizontalHeaderLabels({tr("No."), tr("When"), tr("Correction"), tr("State"), tr("Who")});
    // Who made each correction: a team archive on a server records it; an archive file has one analyst.
    table_->setColumnHidden(4, true);
    table_->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    table_->verticalHeader()->hide();
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(table_);
    status_ = new QLabel(this);
    layout->addWidget(status_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    toggle_ = buttons->addButton(tr("Revert"), QDialogButtonBox::ActionRole);
    toggle_->setObjectName(QStringLiteral("toggleCorrectionButton"));
    toggle_->setAutoDefault(false);  // Enter never changes the archive by itself
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(toggle_, &QPushButton::clicked, this, &CorrectionsHistoryDialog::toggleSelected);
    connect(table_, &QTableWidget::itemSelectionChanged, this, &CorrectionsHistoryDialog::updateButtons);
    updateButtons();
    reload();
}

void CorrectionsHistoryDialog::reload() {
    auto records = std::make_shared<std::vector<store::CorrectionRecord>>();
    auto error = std::make_shared<QString>();
    QThread* thread = QThread::create([path = archivePath_.toStdString(), records, error] {
        try {
            store::Archive archive(store::Location::parse(path), store::Access::Read);
            *records = archive.corrections().history(100000);
        } catch (const std::exception& e) {
            *error = QString::fromStdString(store::userMessage(e));
        }
    });
    connect(thread, &QThread::finished, this, [self = QPointer(this), records, error] {
        if (self) self->showRecords(*records, *error);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void CorrectionsHistoryDialog::showRecords(const std::vector<store::CorrectionRecord>& records, const QString& error) {
    const qint64 selected = table_->currentRow() >= 0 && static_cast<std::size_t>(table_->currentRow()) < records_.size()
                                ? records_[static_cast<std::size_t>(table_->currentRow())].id
                                : -1;
    records_ = records;
    table_->setRowCount(static_cast<int>(records_.size()));
    for (std::size_t i = 0; i < records_.size(); ++i) {
        const auto& r = records_[i];
        const int row = static_cast<int>(i);
        auto* number = new QTableWidgetItem(QString::number(r.id));
        number->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table_->setItem(row, 0, number);
        table_->setItem(row, 1, new QTableWidgetItem(QLocale().toString(QDateTime::fromSecsSinceEpoch(r.at),
                                                                         QLocale::ShortFormat)));
        table_->setItem(row, 2, new QTableWidgetItem(QString::fromStdString(store::describe(r))));
        table_->setItem(row, 3, new QTableWidgetItem(r.undone ? tr("undone") : tr("in effect")));
        table_->setItem(row, 4, new QTableWidgetItem(QString::fromStdString(r.analyst)));
        if (!r.analyst.empty()) table_->setColumnHidden(4, false);
        if (r.id == selected) table_->selectRow(row);
    }
    table_->resizeColumnsToContents();
    table_->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    status_->setText(!error.isEmpty()   ? tr("Cannot read the corrections: %1").arg(error)
                     : records_.empty() ? tr("No corrections yet. Right-click a person, agency or place to correct it.")
                     : records_.size() == 1 ? tr("1 correction; select it to revert or restore it.")
                                            : tr("%1 corrections; select one to revert or restore it.")
                                                  .arg(records_.size()));
    updateButtons();
    emit loaded(static_cast<int>(records_.size()));
}

void CorrectionsHistoryDialog::updateButtons() {
    const int row = table_->currentRow();
    const bool valid = row >= 0 && static_cast<std::size_t>(row) < records_.size() &&
                       !table_->selectedItems().isEmpty();
    toggle_->setEnabled(valid);
    toggle_->setText(valid && records_[static_cast<std::size_t>(row)].undone ? tr("Restore") : tr("Revert"));
}

void CorrectionsHistoryDialog::toggleSelected() {
    const int row = table_->currentRow();
    if (row < 0 || static_cast<std::size_t>(row) >= records_.size()) return;
    const auto record = records_[static_cast<std::size_t>(row)];
    auto message = std::make_shared<QString>();
    auto ok = std::make_shared<bool>(false);
    toggle_->setEnabled(false);
    QThread* thread = QThread::create([path = archivePath_.toStdString(), record, message, ok] {
        try {
            store::Archive archive(store::Location::parse(path), store::Access::Write);
            auto& corrections = archive.corrections();
            const auto done = record.undone ? corrections.restore(record.id) : corrections.revert(record.id);
            *message = (done.undone ? tr("Taken back: %1") : tr("In effect again: %1"))
                           .arg(QString::fromStdString(store::describe(done)));
            *ok = true;
        } catch (const std::exception& e) {
            *message = QString::fromStdString(store::userMessage(e));
        }
    });
    connect(thread, &QThread::finished, this, [self = QPointer(this), message, ok] {
        if (!self) return;
        self->status_->setText(*message);
        emit self->correctionsChanged(*ok, *message);
        self->reload();
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

}  // namespace bulletin::app
