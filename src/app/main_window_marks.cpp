// MainWindow: the analyst's marks. The panel above the reading pane stars, tags and annotates the shown release;
// Edit > Star / Tag / Note act on every selected release at once; the navigation list's "Starred" entry lists the
// starred ones. Every step goes through store::Marks on a thread and can be undone (Ctrl+Z).

#include <QAction>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTextBrowser>
#include <QThread>
#include <QToolButton>
#include <QVBoxLayout>

#include <memory>

#include "main_window.hpp"
#include "search/query_parser.hpp"
#include "store/error_message.hpp"
#include "store/marks.hpp"
#include "ui_main_window.h"

namespace bulletin::app {

namespace {
constexpr int kStarredEntry = -1;  // the navigation list's "Starred" entry (not a list kind)

std::vector<std::int64_t> toStd(const QList<qint64>& ids) { return {ids.begin(), ids.end()}; }

QString releasesText(std::int64_t changed, std::size_t asked) {
    return asked == 1 ? QString() : MainWindow::tr(" (%1 of %2 releases changed)").arg(changed).arg(asked);
}
}  // namespace

void MainWindow::setUpMarks() {
    // The reading pane becomes the marks panel above the document view.
    auto* readingPane = new QWidget(this);
    auto* layout = new QVBoxLayout(readingPane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    const int index = ui_->splitter->indexOf(ui_->documentView);
    marksPanel_ = new ReleaseMarksPanel(readingPane);
    layout->addWidget(marksPanel_);
    layout->addWidget(ui_->documentView, 1);
    ui_->splitter->insertWidget(index, readingPane);

    connect(marksPanel_, &ReleaseMarksPanel::starToggled, this, [this](qint64 id, bool starred) {
        setStarred({id}, starred, id,
                   (starred ? tr("Starred the release") : tr("Removed the release's star")).toStdString());
    });
    // The result list's star column: a click stars or unstars that row's release.
    connect(ui_->resultsView, &QAbstractItemView::clicked, this, [this](const QModelIndex& index) {
        if (ui_->resultsView->model() != model_ || index.column() != DocumentTableModel::Star) return;
        const qint64 id = model_->documentId(index.row());
        if (id <= 0) return;
        const bool starred = !model_->starred(index.row());
        setStarred({id}, starred, marksPanel_->documentId() == id ? id : 0,
                   (starred ? tr("Starred the release") : tr("Removed the release's star")).toStdString());
    });
    connect(marksPanel_, &ReleaseMarksPanel::tagsEdited, this,
            [this](qint64 id, const QStringList& added, const QStringList& removed) {
                runMarkTask(
                    [id, added, removed](store::Archive& archive, int& steps) -> std::string {
                        auto& marks = archive.marks();
                        // One undo step per tag added or removed.
                        for (const auto& t : added) steps += marks.addTag({id}, t.toStdString()) > 0;
                        for (const auto& t : removed) steps += marks.removeTag({id}, t.toStdString()) > 0;
                        QStringList parts;
                        if (!added.isEmpty()) parts << tr("tagged %1").arg(added.join(QStringLiteral(", ")));
                        if (!removed.isEmpty()) parts << tr("removed %1").arg(removed.join(QStringLiteral(", ")));
                        return parts.join(QStringLiteral("; ")).toStdString();
                    },
                    id);
            });
    connect(marksPanel_, &ReleaseMarksPanel::noteEdited, this, [this](qint64 id, const QString& note) {
        runMarkTask(
            [id, note](store::Archive& archive, int& steps) -> std::string {
                steps = archive.marks().setNote({id}, note.toStdString()) > 0;
                return (note.isEmpty() ? tr("Removed the note") : tr("Saved the note")).toStdString();
            },
            id);
    });

    auto* star = new QAction(tr("&Star or Unstar"), this);
    star->setObjectName(QStringLiteral("actionToggleStar"));
    star->setShortcut(QKeySequence(QStringLiteral("Ctrl+D")));
    star->setToolTip(tr("Stars the shown release, or every selected release"));
    connect(star, &QAction::triggered, this, &MainWindow::toggleStar);
    auto* tag = new QAction(tr("&Tag…"), this);
    tag->setObjectName(QStringLiteral("actionTagReleases"));
    tag->setShortcut(QKeySequence(QStringLiteral("Ctrl+T")));
    connect(tag, &QAction::triggered, this, &MainWindow::tagSelectedReleases);
    auto* note = new QAction(tr("&Note…"), this);
    note->setObjectName(QStringLiteral("actionEditNote"));
    note->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+N")));
    connect(note, &QAction::triggered, this, &MainWindow::editNote);
    ui_->menuEdit->addSeparator();
    ui_->menuEdit->addAction(star);
    ui_->menuEdit->addAction(tag);
    ui_->menuEdit->addAction(note);

    auto* batch = new QAction(tr("&Batch Search…"), this);
    batch->setObjectName(QStringLiteral("actionBatchSearch"));
    batch->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+B")));
    batch->setToolTip(tr("Run a list of names or queries and see the hits of each"));
    connect(batch, &QAction::triggered, this, &MainWindow::showBatchSearch);
    ui_->menuSearch->addSeparator();
    ui_->menuSearch->addAction(batch);

    // Several releases can be selected (Shift/Ctrl+click) to star or tag them at once.
    ui_->resultsView->setSelectionMode(QAbstractItemView::ExtendedSelection);

    auto* starred = new QListWidgetItem(tr("Starred"), ui_->navigationList);
    starred->setData(Qt::UserRole, kStarredEntry);
    starred->setToolTip(tr("The releases you starred (is:starred)"));
}

QList<qint64> MainWindow::selectedDocumentIds() const {
    QList<qint64> ids;
    if (listKind_ == exporting::ListKind::Documents && ui_->resultsView->selectionModel()) {
        for (const auto& index : ui_->resultsView->selectionModel()->selectedRows())
            if (const qint64 id = model_->documentId(index.row()); id > 0) ids << id;
    }
    if (ids.isEmpty() && current_) ids << current_->document.id;
    return ids;
}

void MainWindow::toggleStar() {
    const auto ids = selectedDocumentIds();
    if (ids.isEmpty()) return;
    // One release: the panel's toggle. Several: star them all, or, when the shown one is starred, unstar them all.
    const bool starred = !(marksPanel_->documentId() > 0 && marksPanel_->starButton()->isChecked());
    runMarkTask(
        [ids, starred](store::Archive& archive, int& steps) -> std::string {
            const auto changed = archive.marks().setStarred(toStd(ids), starred);
            steps = changed > 0;
            return ((starred ? tr("Starred") : tr("Unstarred")) + releasesText(changed, static_cast<std::size_t>(ids.size())))
                .toStdString();
        },
        marksPanel_->documentId(), [this, ids, starred](bool ok) {
            if (ok) model_->setStarred(ids, starred);
        });
}

void MainWindow::setStarred(const QList<qint64>& ids, bool starred, qint64 shown, std::string what) {
    runMarkTask(
        [ids, starred, what = std::move(what)](store::Archive& archive, int& steps) -> std::string {
            steps = archive.marks().setStarred(toStd(ids), starred) > 0;
            return what;
        },
        shown, [this, ids, starred](bool ok) {
            if (ok) model_->setStarred(ids, starred);
        });
}

void MainWindow::tagSelectedReleases() {
    const auto ids = selectedDocumentIds();
    if (ids.isEmpty()) return;
    if (ids.size() == 1 && current_ && ids.front() == current_->document.id) {
        marksPanel_->focusTags();
        return;
    }
    QStringList known;
    if (current_)
        for (const auto& t : current_->knownTags) known << QString::fromStdString(t);
    bool ok = false;
    const QString tag = QInputDialog::getItem(this, tr("Tag Releases"), tr("Tag for the %n selected release(s):", "", ids.size()),
                                              known, -1, true, &ok)
                            .simplified();
    if (!ok || tag.isEmpty()) return;
    runMarkTask(
        [ids, tag](store::Archive& archive, int& steps) -> std::string {
            const auto changed = archive.marks().addTag(toStd(ids), tag.toStdString());
            steps = changed > 0;
            return (tr("Tagged '%1'").arg(tag) + releasesText(changed, static_cast<std::size_t>(ids.size()))).toStdString();
        },
        marksPanel_->documentId());
}

void MainWindow::editNote() {
    if (marksPanel_->documentId() > 0) marksPanel_->focusNote();
}

void MainWindow::showStarred() {
    showList(exporting::ListKind::Documents, false);
    bool already = false;
    for (const auto& f : search::filterTerms(ui_->searchEdit->text().toStdString()))
        already = already || (f.field == "is" && !f.negated);
    if (!already) addFilter(QStringLiteral("is:starred"));
    else runSearch();
}

void MainWindow::runMarkTask(std::function<std::string(store::Archive&, int& steps)> task, qint64 documentId,
                             std::function<void(bool ok)> then) {
    if (!session_) return;
    auto steps = std::make_shared<int>(0);
    auto message = std::make_shared<QString>();
    auto ok = std::make_shared<bool>(false);
    auto marks = std::make_shared<store::ReleaseMarks>();
    auto tags = std::make_shared<QStringList>();
    QThread* thread = QThread::create([path = session_->path().toStdString(), task = std::move(task), message, ok,
                                       marks, tags, documentId, steps] {
        try {
            store::Archive archive(store::Location::parse(path), store::Access::Write);
            *message = QString::fromStdString(task(archive, *steps));
            *ok = true;
            if (documentId > 0) *marks = archive.marks().release(documentId);
            for (const auto& t : archive.marks().tags()) *tags << QString::fromStdString(t.tag);
        } catch (const std::exception& e) {
            *message = QString::fromStdString(store::userMessage(e));
        }
    });
    connect(thread, &QThread::finished, this, [this, message, ok, marks, tags, documentId, steps, then = std::move(then)] {
        if (then) then(*ok);
        // A step that changed nothing (a star on a starred release) is not in the log, so not undone either.
        for (int i = 0; i < *steps; ++i) recordStep(Step::Mark, *message);
        statusBar()->showMessage(*ok ? tr("%1 — Ctrl+Z takes it back").arg(*message)
                                     : tr("Mark not made: %1").arg(*message),
                                 10000);
        if (current_ && current_->document.id == documentId) {
            if (*ok) {
                current_->marks = *marks;
                current_->knownTags.clear();
                for (const auto& t : *tags) current_->knownTags.push_back(t.toStdString());
            }
            marksPanel_->showMarks(documentId, current_->marks, *tags);
        }
        // Lists filtered by marks, and the Tags facet, change with them.
        bool byMarks = false;
        for (const auto& f : search::filterTerms(ui_->searchEdit->text().toStdString()))
            byMarks = byMarks || f.field == "is" || f.field == "tag" || f.field == "has" || f.field == "note";
        if (byMarks) runSearch();
        else if (session_) session_->loadFacets(session_->currentGeneration(), pendingRequest_);
        emit marksChanged(*ok, *message);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

}  // namespace bulletin::app
