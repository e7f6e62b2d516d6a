// MainWindow: adding and watching folders, and what the window shows while an ingest runs (progress, rejected
// files, lists that follow the commits and keep the analyst's place).

#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QScrollBar>
#include <QSettings>
#include <QStatusBar>
#include <QToolButton>

#include "extract/name_tagger.hpp"
#include "main_window.hpp"
#include "ui_main_window.h"

namespace bulletin::app {

void MainWindow::chooseFolder() {
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Add Folder of Press Releases"));
    if (!dir.isEmpty()) addFolders({dir});
}

void MainWindow::addFolders(const QStringList& folders) {
    if (!session_ || ingest_.running()) return;
    rejected_.clear();
    progressBar_->setRange(0, 0);
    progressBar_->show();
    progressLabel_->setText(tr("Adding files…"));
    progressLabel_->setToolTip({});
    // Without its model the name tagger is off and extraction runs on the rules alone: fewer names are found.
    // Say so where the ingest is shown, with the reason, rather than only in a log nobody reads.
    if (!extract::NameTagger::shared()) {
        const auto why = QString::fromStdString(extract::NameTagger::sharedLoadError());
        if (!why.contains(QStringLiteral("switched off"))) {
            progressLabel_->setText(tr("Adding files… (names by the rules alone: the name tagger is not available)"));
            progressLabel_->setToolTip(why);
        }
    }
    progressLabel_->show();
    cancelButton_->show();
    ui_->actionAddFolder->setEnabled(false);
    refreshedAdded_ = 0;
    ingestRefresh_.start();
    ingest_.start(session_->path(), folders);
}

void MainWindow::refreshKeepingPlace() {
    // (A refresh still under way keeps the place it took: the list may be between two results now.)
    if (!keptPlace_) {
        KeptPlace place;
        const int row = ui_->resultsView->currentIndex().row();
        if (listKind_ == exporting::ListKind::Documents) {
            place.document = row >= 0 ? model_->documentId(row) : 0;
            if (place.document == 0 && current_) place.document = current_->document.id;  // the release on show
        } else {
            place.row = row;
        }
        place.scroll = ui_->resultsView->verticalScrollBar()->value();
        keptPlace_ = place;
    }
    runSearch();
}

// After a refresh during an ingest: the same release selected (not read again), the list where it was.
void MainWindow::restorePlace() {
    const KeptPlace place = *keptPlace_;
    keptPlace_.reset();
    keptPlaceFetching_ = false;
    int row = -1;
    if (place.document > 0) {
        for (int r = 0; r < model_->rowCount() && row < 0; ++r)
            if (model_->documentId(r) == place.document) row = r;
        // The release stands beyond the rows loaded so far (the list loads them in chunks as it scrolls): load
        // more until it shows, as far as an analyst could have scrolled in reason.
        constexpr int kFurthestKeptRow = 20000;
        if (row < 0 && !model_->complete() && model_->rowCount() < kFurthestKeptRow) {
            keptPlace_ = place;
            keptPlaceFetching_ = true;
            model_->fetchMore({});
            return;
        }
    } else if (place.row >= 0 && place.row < ui_->resultsView->model()->rowCount()) {
        row = place.row;
    }
    if (row >= 0) {
        keptPlaceRestoring_ = true;
        ui_->resultsView->selectRow(row);
        keptPlaceRestoring_ = false;
    } else if (place.document == 0 && place.row < 0 && ui_->resultsView->model()->rowCount() > 0 && !current_) {
        ui_->resultsView->selectRow(0);  // nothing was selected yet: the first release, as after any search
    }
    ui_->resultsView->verticalScrollBar()->setValue(place.scroll);
}

void MainWindow::chooseWatchedFolder() {
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Watch Folder of Press Releases"));
    if (dir.isEmpty()) return;
    QStringList folders = watch_.folders();
    if (!folders.contains(dir)) folders << dir;
    watchFolders(folders);
}

void MainWindow::watchFolders(const QStringList& folders) {
    watch_.watch(folders);
    QSettings().setValue(QStringLiteral("watchedFolders"), folders);
    ui_->actionStopWatching->setEnabled(!folders.isEmpty());
    watchLabel_->setVisible(!folders.isEmpty());
    watchLabel_->setText(tr("Watching %1 folder(s)").arg(folders.size()));
    watchLabel_->setToolTip(folders.join(QLatin1Char('\n')));
    if (!folders.isEmpty()) {
        if (ingest_.running())
            rescanPending_ = true;
        else
            addFolders(folders);
    }
}

// An entity in the document view was clicked: narrow the list to releases that mention it.
void MainWindow::onIngestProgress(const ingest::IngestProgress& p) {
    // The lists follow what the ingest has stored so far (what its batches committed), keeping the analyst's place.
    if (p.added > refreshedAdded_ && ingestRefresh_.elapsed() >= ingestRefreshMs_ && !keptPlace_) {
        refreshedAdded_ = p.added;
        ingestRefresh_.restart();
        refreshKeepingPlace();
    }
    if (p.toProcess > 0) {
        progressBar_->setRange(0, static_cast<int>(p.toProcess));
        progressBar_->setValue(static_cast<int>(p.processed));
    }
    QString text = tr("%1 of %2 files, %3 docs/s").arg(p.processed).arg(p.toProcess).arg(p.docsPerSecond(), 0, 'f', 0);
    if (p.etaSeconds() >= 0) text += tr(", %1 s left").arg(p.etaSeconds(), 0, 'f', 0);
    progressLabel_->setText(text);
}

void MainWindow::onIngestFinished(bool ok, bool cancelled, const QString& summary) {
    progressBar_->hide();
    progressLabel_->hide();
    cancelButton_->hide();
    ui_->actionAddFolder->setEnabled(true);
    if (!ok) {
        QMessageBox::critical(this, tr("Adding files failed"), summary);
    } else {
        statusBar()->showMessage((cancelled ? tr("Cancelled: ") : tr("Done: ")) + summary, 10000);
        if (!rejected_.isEmpty()) {
            QMessageBox box(
                QMessageBox::Warning, tr("Some files were rejected"),
                tr("%1 file(s) could not be added. Their reasons are kept in the archive.").arg(rejected_.size()),
                QMessageBox::Ok, this);
            box.setDetailedText(rejected_.join(QLatin1Char('\n')));
            if (!property("quietDialogs").toBool()) box.exec();
        }
    }
    refreshKeepingPlace();  // the whole result now, the analyst's release still selected
    if (session_) session_->noteChanges();  // this ingest's commits are followed: no colleague's change to report
    refreshCompletionTerms();
    refreshSearchMemory();  // watched searches count what this ingest added
    emit ingestFinished(ok, cancelled);
    if (rescanPending_ && !watch_.folders().isEmpty()) {
        rescanPending_ = false;
        addFolders(watch_.folders());
    }
}

}  // namespace bulletin::app
