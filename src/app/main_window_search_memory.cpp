// MainWindow: the archive's query history (completion) and saved searches (Search menu).

#include <QCoreApplication>
#include <QPointer>
#include <QThread>

#include "main_window.hpp"
#include "query_completer.hpp"
#include "store/entity_reader.hpp"
#include "store/archive.hpp"
#include "store/search_memory.hpp"
#include "ui_main_window.h"

namespace bulletin::app {

void MainWindow::rememberQuery(const QString& query) {
    if (!session_ || query.trimmed().isEmpty()) return;
    QThread* thread = QThread::create([path = session_->path().toStdString(), q = query.toStdString()] {
        try {
            store::Archive archive(path, store::Access::Write);
            archive.searchMemory().remember(q);
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
                archive.searchMemory().save(n, q, l);
            } catch (const std::exception&) {
            }
        });
    connect(thread, &QThread::finished, this, &MainWindow::refreshSearchMemory);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

QStringList MainWindow::historyForCompletion() const { return history_; }

void MainWindow::refreshCompletionTerms() {
    if (!session_) return;
    // The names come from an aggregation over every document's entities: never on the GUI thread.
    QThread* thread = QThread::create([self = QPointer<MainWindow>(this), path = session_->path().toStdString()] {
        QStringList terms;
        try {
            store::Archive archive(path, store::Access::Read);
            for (const auto& t : archive.entities().completionTerms(kCompletionTerms))
                terms << QString::fromStdString(t);
        } catch (const std::exception&) {
            return;  // completion is a convenience; the archive's own errors show elsewhere
        }
        // Delivered on the GUI thread, where `self` tells whether the window still exists.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(), [self, terms] {
                if (self) self->completer_->setTerms(terms);
            },
            Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

// Reads saved searches and history on a thread (opening a connection and reading takes tens of milliseconds, too
// long for the GUI thread), then shows them in the menu and the completer.
void MainWindow::refreshSearchMemory() {
    if (!session_) return;
    QThread* thread = QThread::create([self = QPointer<MainWindow>(this), path = session_->path().toStdString()] {
        QStringList history;
        std::vector<store::SavedSearch> saved;
        try {
            store::Archive archive(path, store::Access::Read);
            auto& memory = archive.searchMemory();
            for (const auto& q : memory.history(200)) history << QString::fromStdString(q);
            saved = memory.saved();
        } catch (const std::exception&) {
            return;  // a convenience: the archive's own errors show elsewhere
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(), [self, history, saved] {
                if (self) self->showSearchMemory(history, saved);
            },
            Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void MainWindow::showSearchMemory(const QStringList& history, const std::vector<store::SavedSearch>& saved) {
    history_ = history;
    ui_->menuSavedSearches->clear();
    for (const auto& search : saved) {
        auto* action = ui_->menuSavedSearches->addAction(QString::fromStdString(search.name));
        action->setToolTip(QString::fromStdString(search.query));
        const auto kind = exporting::listKindFromString(search.list).value_or(exporting::ListKind::Documents);
        connect(action, &QAction::triggered, this, [this, kind, q = QString::fromStdString(search.query)] {
            showList(kind, false);
            ui_->searchEdit->setText(q);
            searchTimer_.stop();
            runSearch();
        });
    }
    ui_->menuSavedSearches->setEnabled(!ui_->menuSavedSearches->isEmpty());
    completer_->setHistory(history_);
    emit searchMemoryChanged();
}

}  // namespace bulletin::app
