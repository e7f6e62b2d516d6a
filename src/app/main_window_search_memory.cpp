// MainWindow: the archive's query history (completion) and saved searches (Search menu).

#include <QCompleter>
#include <QStringListModel>
#include <QThread>

#include "main_window.hpp"
#include "store/archive.hpp"
#include "store/search_memory.hpp"
#include "ui_main_window.h"

namespace bulletin::app {

void MainWindow::rememberQuery(const QString& query) {
    if (!session_ || query.trimmed().isEmpty()) return;
    QThread* thread = QThread::create([path = session_->path().toStdString(), q = query.toStdString()] {
        try {
            store::Archive archive(path, store::Access::Write);
            store::SearchMemory(archive).remember(q);
        } catch (const std::exception&) {
            // History is a convenience: a locked or read-only archive simply does not record it.
        }
    });
    connect(thread, &QThread::finished, this, &MainWindow::refreshSearchMemory);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void MainWindow::saveCurrentSearch(const QString& name) {
    if (!session_) return;
    const std::string list = exporting::listName(listKind_);
    QThread* thread = QThread::create(
        [path = session_->path().toStdString(), n = name.toStdString(), q = ui_->searchEdit->text().toStdString(),
         l = list] {
            try {
                store::Archive archive(path, store::Access::Write);
                store::SearchMemory(archive).save(n, q, l);
            } catch (const std::exception&) {
            }
        });
    connect(thread, &QThread::finished, this, &MainWindow::refreshSearchMemory);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

QStringList MainWindow::historyForCompletion() const { return history_; }

// Reads saved searches and history (WAL readers never wait for the writer) into the menu and the completer.
void MainWindow::refreshSearchMemory() {
    if (!session_) return;
    history_.clear();
    ui_->menuSavedSearches->clear();
    try {
        store::Archive archive(session_->path().toStdString(), store::Access::Read);
        store::SearchMemory memory(archive);
        for (const auto& q : memory.history(200)) history_ << QString::fromStdString(q);
        for (const auto& saved : memory.saved()) {
            auto* action = ui_->menuSavedSearches->addAction(QString::fromStdString(saved.name));
            action->setToolTip(QString::fromStdString(saved.query));
            const auto kind = exporting::listKindFromString(saved.list).value_or(exporting::ListKind::Documents);
            connect(action, &QAction::triggered, this, [this, kind, q = QString::fromStdString(saved.query)] {
                showList(kind, false);
                ui_->searchEdit->setText(q);
                searchTimer_.stop();
                runSearch();
            });
        }
    } catch (const std::exception&) {
    }
    ui_->menuSavedSearches->setEnabled(!ui_->menuSavedSearches->isEmpty());
    static_cast<QStringListModel*>(completer_->model())->setStringList(history_);
    emit searchMemoryChanged();
}

}  // namespace bulletin::app
