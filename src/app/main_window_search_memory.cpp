// MainWindow: the archive's query history (completion) and saved searches (Search menu).

#include <QCoreApplication>
#include <QListWidget>
#include <QStatusBar>
#include <QPointer>
#include <QThread>

#include "batch_search_dialog.hpp"
#include "main_window.hpp"
#include "query_completer.hpp"
#include "store/entity_reader.hpp"
#include "store/archive.hpp"
#include "store/search_memory.hpp"
#include "ui_main_window.h"

namespace bulletin::app {

namespace {
constexpr int kWatchedEntry = -2;  // the navigation list's "Watched" entry (not a list kind)
}  // namespace

void MainWindow::rememberQuery(const QString& query) {
    if (!session_ || query.trimmed().isEmpty()) return;
    QThread* thread = QThread::create([path = session_->path().toStdString(), q = query.toStdString()] {
        try {
            store::Archive archive(store::Location::parse(path), store::Access::Write);
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
                store::Archive archive(store::Location::parse(path), store::Access::Write);
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
            store::Archive archive(store::Location::parse(path), store::Access::Read);
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

// Reads saved searches, history and the watched searches' new releases on a thread (opening a connection and
// counting takes tens of milliseconds, too long for the GUI thread), then shows them in the menu, the sidebar and
// the completer.
void MainWindow::refreshSearchMemory() {
    if (!session_) return;
    QThread* thread = QThread::create([self = QPointer<MainWindow>(this), path = session_->path().toStdString()] {
        QStringList history;
        std::vector<store::SavedSearch> saved;
        std::vector<search::WatchedStatus> watched;
        try {
            store::Archive archive(store::Location::parse(path), store::Access::Read);
            auto& memory = archive.searchMemory();
            for (const auto& q : memory.history(200)) history << QString::fromStdString(q);
            saved = memory.saved();
            search::Searcher searcher(archive);
            watched = search::watchedStatus(searcher);
        } catch (const std::exception&) {
            return;  // a convenience: the archive's own errors show elsewhere
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(), [self, history, saved, watched] {
                if (self) self->showSearchMemory(history, saved, watched);
            },
            Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void MainWindow::showSearchMemory(const QStringList& history, const std::vector<store::SavedSearch>& saved,
                                  const std::vector<search::WatchedStatus>& watched) {
    history_ = history;
    watched_ = watched;
    ui_->menuSavedSearches->clear();
    std::int64_t freshTotal = 0;
    for (const auto& search : saved) {
        std::int64_t fresh = 0;
        for (const auto& w : watched)
            if (w.search.name == search.name) fresh = w.fresh;
        freshTotal += fresh;
        QString text = QString::fromStdString(search.name);
        if (search.watched) text += fresh > 0 ? tr(" (%L1 new)").arg(fresh) : tr(" (watched)");
        auto* action = ui_->menuSavedSearches->addAction(text);
        action->setToolTip(QString::fromStdString(search.query));
        connect(action, &QAction::triggered, this, [this, search, fresh] { openSavedSearch(search, fresh); });
    }
    if (!saved.empty()) {
        auto* watchMenu = ui_->menuSavedSearches->addMenu(tr("&Watch"));
        watchMenu->setToolTipsVisible(true);
        for (const auto& search : saved) {
            auto* action = watchMenu->addAction(QString::fromStdString(search.name));
            action->setCheckable(true);
            action->setChecked(search.watched);
            action->setToolTip(tr("Count the releases that match it as they are added"));
            connect(action, &QAction::toggled, this,
                    [this, name = QString::fromStdString(search.name)](bool on) { setWatched(name, on); });
        }
    }
    ui_->menuSavedSearches->setEnabled(!ui_->menuSavedSearches->isEmpty());
    // The sidebar's "Watched" entry, with the new releases of every watched search.
    if (watched.empty()) {
        delete watchedEntry_;
        watchedEntry_ = nullptr;
    } else {
        if (!watchedEntry_) {
            const QSignalBlocker block(ui_->navigationList);
            watchedEntry_ = new QListWidgetItem(ui_->navigationList);
            watchedEntry_->setData(Qt::UserRole, kWatchedEntry);
        }
        watchedEntry_->setText(freshTotal > 0 ? tr("Watched (%L1 new)").arg(freshTotal) : tr("Watched"));
        QStringList lines;
        for (const auto& w : watched)
            lines << tr("%1: %L2 new").arg(QString::fromStdString(w.search.name)).arg(w.fresh);
        watchedEntry_->setToolTip(lines.join(QLatin1Char('\n')));
    }
    completer_->setHistory(history_);
    emit searchMemoryChanged();
}

void MainWindow::openSavedSearch(const store::SavedSearch& search, std::int64_t fresh) {
    const auto kind = exporting::listKindFromString(search.list).value_or(exporting::ListKind::Documents);
    // New releases are releases: a watched list of people shows the new releases first too.
    newAfter_ = fresh > 0 ? std::max<std::int64_t>(search.seenDocument, 0) : 0;
    showList(fresh > 0 ? exporting::ListKind::Documents : kind, false);
    ui_->searchEdit->setText(QString::fromStdString(search.query));
    searchTimer_.stop();
    runSearch();
    if (fresh <= 0 || !session_) return;
    // Seen now: the count starts again from here.
    QThread* thread = QThread::create([path = session_->path().toStdString(), name = search.name] {
        try {
            store::Archive archive(store::Location::parse(path), store::Access::Write);
            (void)archive.searchMemory().markSeen(name);
        } catch (const std::exception&) {
            // Locked by an ingest: the count stays until the next look.
        }
    });
    connect(thread, &QThread::finished, this, &MainWindow::refreshSearchMemory);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void MainWindow::setWatched(const QString& name, bool watched) {
    if (!session_) return;
    QThread* thread = QThread::create([path = session_->path().toStdString(), n = name.toStdString(), watched] {
        try {
            store::Archive archive(store::Location::parse(path), store::Access::Write);
            (void)archive.searchMemory().setWatched(n, watched);
        } catch (const std::exception&) {
        }
    });
    connect(thread, &QThread::finished, this, &MainWindow::refreshSearchMemory);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void MainWindow::openWatchedSearches() {
    for (const auto& w : watched_) {
        if (w.fresh <= 0) continue;
        openSavedSearch(w.search, w.fresh);
        return;
    }
    statusBar()->showMessage(tr("No new releases in the watched searches since you last looked"), 10000);
}

void MainWindow::showBatchSearch() {
    if (!session_) return;
    if (!batchSearch_ || batchSearch_->property("archive").toString() != session_->path()) {
        delete batchSearch_;
        batchSearch_ = new BatchSearchDialog(session_->path(), this);
        batchSearch_->setProperty("archive", session_->path());
        connect(batchSearch_, &BatchSearchDialog::openRelease, this, [this](qint64 id) {
            focus_.reset();
            documentTicket_ = session_->loadDocument(id);
            raise();
            activateWindow();
        });
    }
    batchSearch_->show();
    batchSearch_->raise();
    batchSearch_->activateWindow();
}

}  // namespace bulletin::app
