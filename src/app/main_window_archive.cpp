// Which archive the window shows: the default one, one chosen on disk or on a server, and the list of recent ones.
#include <QCloseEvent>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QProgressDialog>
#include <QSettings>
#include <QStandardPaths>
#include <QThread>
#include <QToolButton>
#include <QTreeWidget>
#include <QUrl>
#include <memory>
#include <optional>

#include "document_exporter.hpp"
#include "document_hits.hpp"
#include "document_renderer.hpp"
#include "entity_filter.hpp"
#include "entity_page.hpp"
#include "export_dialog.hpp"
#include "main_window.hpp"
#include "query_completer.hpp"
#include "server_dialog.hpp"
#include "start_guide.hpp"
#include "store/archive.hpp"
#include "store/corrections.hpp"
#include "store/error.hpp"
#include "store/error_message.hpp"
#include "store/search_memory.hpp"
#include "ui_main_window.h"
#include "window_shortcuts.hpp"

namespace bulletin::app {

namespace {
// How many archives the File menu lists as recent.
constexpr int kMaxRecentArchives = 8;
}  // namespace

QString MainWindow::defaultArchivePath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/archive.bulletin");
}

QString MainWindow::archivePath() const {
    return session_ ? session_->path() : QString();
}

bool MainWindow::openArchive(const QString& path) {
    // A missing archive is created here (an empty schema: instant) so that a location that cannot hold one is
    // reported at once; an older archive is upgraded by the session's thread (minutes for a large one).
    // A team archive on a server (postgresql:...) is named by its location as typed; a file by its absolute path.
    bool server = false;
    try {
        server = !store::Location::parse(path.toStdString()).isFile();
    } catch (const store::ArchiveError&) {
        server = true;  // a server location that is refused below, with its reason
    }
    const QFileInfo info(path);
    if (!server) QDir().mkpath(info.absolutePath());
    try {
        const auto location = store::Location::parse(path.toStdString());
        if (!store::probeArchive(location).exists) {
            // A server's archive is set up by its administrator, with the roles that go with it.
            if (server)
                throw store::ArchiveError(
                    "there is no Bulletin archive on this server yet: an administrator sets "
                    "one up with 'bulletin-cli server init'");
            store::Archive create(location, store::Access::Write);
        }
    } catch (const store::Error& e) {
        const QString message = QString::fromStdString(store::userMessage(e));
        if (!property("quietDialogs").toBool()) QMessageBox::critical(this, tr("Cannot open archive"), message);
        statusBar()->showMessage(tr("Cannot open archive: %1").arg(message), 10000);
        return false;
    }
    session_ = std::make_unique<ArchiveSession>(server ? path : info.absoluteFilePath());
    // Steps of another archive are not this one's to undo by name.
    undoSteps_.clear();
    redoSteps_.clear();
    updateUndoActions();
    model_->setSession(session_.get());
    connect(session_->worker(), &ArchiveWorker::upgrading, this, [this](int from, int to) {
        progressBar_->setRange(0, 0);
        progressBar_->show();
        progressLabel_->setText(tr("Upgrading the archive from format %1 to %2 (a copy is kept)…").arg(from).arg(to));
        progressLabel_->show();
    });
    connect(session_->worker(), &ArchiveWorker::opened, this, [this](bool ok, const QString& message) {
        if (!ingest_.running()) {
            progressBar_->hide();
            progressLabel_->hide();
        }
        emit archiveOpened(ok);
        if (!ok) {
            if (!property("quietDialogs").toBool()) QMessageBox::critical(this, tr("Cannot open archive"), message);
            ui_->resultLabel->setText(tr("Cannot open archive: %1").arg(message));
            return;
        }
        runSearch();
        refreshSearchMemory();
        refreshCompletionTerms();
        session_->checkForChanges();  // (notes where the archive stands now)
    });
    // A server's notice of a commit: checked after a short pause, so that a colleague's ingest committing every
    // second refreshes the lists once a second at most.
    connect(session_->worker(), &ArchiveWorker::changeNoticed, this, [this] {
        if (!changeNotice_->isActive()) changeNotice_->start();
    });
    connect(session_->worker(), &ArchiveWorker::archiveChanged, this, [this] {
        if (ingest_.running()) return;
        refreshKeepingPlace();
        refreshSearchMemory();  // a watched search's count of new releases moves too
    });
    connect(session_->worker(), &ArchiveWorker::searchFinished, this, &MainWindow::onSearchFinished);
    connect(session_->worker(), &ArchiveWorker::searchFailed, this, [this](quint64, const QString& message) {
        ui_->resultLabel->setText(tr("Search failed: %1").arg(message));
    });
    connect(session_->worker(), &ArchiveWorker::rankingProgress, this, &MainWindow::showRankingProgress);
    connect(session_->worker(), &ArchiveWorker::documentLoaded, this, &MainWindow::onDocumentLoaded);
    connect(session_->worker(), &ArchiveWorker::listLoaded, this, &MainWindow::onListLoaded);
    connect(session_->worker(), &ArchiveWorker::facetsLoaded, this, &MainWindow::onFacetsLoaded);
    connect(session_->worker(), &ArchiveWorker::timelineLoaded, this, &MainWindow::onTimelineLoaded);
    session_->open();  // after the connections: the worker's opened() starts the first search
    setWindowTitle(tr("%1 — Bulletin").arg(info.fileName()));
    rememberArchive(info.absoluteFilePath());
    ui_->documentView->clear();
    current_.reset();
    marksPanel_->clear();
    return true;
}

void MainWindow::chooseServerArchive() {
    QSettings settings;
    ServerDialog dialog(settings.value(QStringLiteral("recentServers")).toStringList(), this);
    if (dialog.exec() != QDialog::Accepted || dialog.location().isEmpty()) return;
    const QString location = dialog.location();
    if (!openArchive(location)) return;
    QStringList recent = settings.value(QStringLiteral("recentServers")).toStringList();
    recent.removeAll(location);
    recent.prepend(location);
    while (recent.size() > kMaxRecentArchives) recent.removeLast();
    settings.setValue(QStringLiteral("recentServers"), recent);
}

void MainWindow::chooseArchive() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Open or Create Archive"), QFileInfo(archivePath()).absolutePath(),
        tr("Bulletin archives (*.bulletin);;All files (*)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty()) openArchive(path);
}

void MainWindow::rememberArchive(const QString& path) {
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentArchives")).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecentArchives) recent.removeLast();
    settings.setValue(QStringLiteral("recentArchives"), recent);
    settings.setValue(QStringLiteral("lastArchive"), path);
    updateRecentArchivesMenu();
}

}  // namespace bulletin::app
