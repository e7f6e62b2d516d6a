#include "main_window.hpp"

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

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent),
      ui_(std::make_unique<Ui::MainWindow>()),
      model_(new DocumentTableModel(this)),
      listModel_(new ListTableModel(this)),
      progressBar_(new QProgressBar(this)),
      progressLabel_(new QLabel(this)),
      cancelButton_(new QToolButton(this)),
      watchLabel_(new QLabel(this)),
      completer_(nullptr) {
    ui_->setupUi(this);
    ui_->resultsView->setModel(model_);
    // Someone else's commits (a colleague's ingest or correction on a team server, the CLI on the same file): the
    // lists follow them, keeping their place. The window's own ingest refreshes on its own progress instead.
    changeCheck_ = new QTimer(this);
    changeCheck_->setObjectName(QStringLiteral("changeCheck"));
    changeCheck_->setInterval(5000);
    connect(changeCheck_, &QTimer::timeout, this, [this] {
        if (session_ && !ingest_.running()) session_->checkForChanges();
    });
    changeCheck_->start();
    changeNotice_ = new QTimer(this);
    changeNotice_->setSingleShot(true);
    changeNotice_->setInterval(1000);
    connect(changeNotice_, &QTimer::timeout, this, [this] {
        if (session_ && !ingest_.running()) session_->checkForChanges();
    });
    // The rows holding a release kept through a refresh arrived (see restorePlace).
    // (Only rows of the search now asked: a refresh issued meanwhile keeps the place for its own result, and the rows of
    // the search it replaces arriving first must not spend it, or the new result would open at its first row.)
    connect(model_, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!keptPlace_ || !keptPlaceFetching_ || !session_ || model_->generation() != session_->currentGeneration())
            return;
        keptPlaceFetching_ = false;
        restorePlace();
    });
    ui_->resultsView->verticalHeader()->hide();
    ui_->resultsView->horizontalHeader()->setSectionResizeMode(DocumentTableModel::Title, QHeaderView::Stretch);
    ui_->resultsView->horizontalHeader()->setSectionResizeMode(DocumentTableModel::Date, QHeaderView::ResizeToContents);
    ui_->resultsView->horizontalHeader()->setSectionResizeMode(DocumentTableModel::File, QHeaderView::Interactive);
    ui_->resultsView->horizontalHeader()->setSectionResizeMode(DocumentTableModel::Star, QHeaderView::ResizeToContents);
    ui_->splitter->setStretchFactor(0, 1);
    ui_->splitter->setStretchFactor(1, 4);
    ui_->splitter->setStretchFactor(2, 3);
    const std::pair<QString, exporting::ListKind> lists[] = {{tr("Documents"), exporting::ListKind::Documents},
                                                             {tr("Meetings"), exporting::ListKind::Meetings},
                                                             {tr("People"), exporting::ListKind::People},
                                                             {tr("Agencies"), exporting::ListKind::Agencies},
                                                             {tr("Locations"), exporting::ListKind::Locations},
                                                             {tr("Dates / Timeline"), exporting::ListKind::Dates},
                                                             {tr("Person × Agency"), exporting::ListKind::Cooccurrence},
                                                             {tr("Tags"), exporting::ListKind::Tags}};
    for (const auto& [label, kind] : lists) {
        auto* item = new QListWidgetItem(label, ui_->navigationList);
        item->setData(Qt::UserRole, static_cast<int>(kind));
    }
    setUpMarks();
    ui_->navigationList->setCurrentRow(0);
    setUpPictures();
    setUpSorting();
    connect(ui_->navigationList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0) return;
        const int entry = ui_->navigationList->item(row)->data(Qt::UserRole).toInt();
        if (entry == -1)
            showStarred();
        else if (entry == -2)
            openWatchedSearches();
        else
            showList(static_cast<exporting::ListKind>(entry));
    });
    // Narrow panes: names elide in the middle ("Orange Cou…ict Attorney" stays distinguishable), counts stay in
    // view, and no pane shrinks below what keeps it usable.
    ui_->facetTree->setTextElideMode(Qt::ElideMiddle);
    ui_->resultsView->setTextElideMode(Qt::ElideMiddle);
    ui_->navigationPanel->setMinimumWidth(140);
    ui_->resultsView->setMinimumWidth(180);
    ui_->documentView->setMinimumWidth(200);
    ui_->splitter->setChildrenCollapsible(false);
    ui_->facetTree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    ui_->facetTree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    ui_->facetTree->header()->setStretchLastSection(false);
    connect(ui_->facetTree, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem* item) {
        const QString filter = item->data(0, Qt::UserRole).toString();
        if (!filter.isEmpty()) addFilter(filter);
    });
    ui_->resultsView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(ui_->resultsView, &QWidget::customContextMenuRequested, this, &MainWindow::showEntityMenu);
    // Double-clicking (or Enter on) a person, agency or place lists the releases that mention it; on a date or a
    // meeting it takes the keyboard to its release, shown since the row was selected.
    const auto openRow = [this](const QModelIndex& index) {
        if (listKind_ == exporting::ListKind::Documents) return;
        if (listModel_->origin(index.row()).documentId > 0) {
            onSelectionChanged();
            ui_->documentView->setFocus();
            return;
        }
        const QString filter = listModel_->filterFor(index.row());
        if (filter.isEmpty()) return;
        showList(exporting::ListKind::Documents, false);
        addFilter(filter);
    };
    connect(ui_->resultsView, &QTableView::doubleClicked, this, openRow);
    connect(ui_->resultsView, &QTableView::activated, this, openRow);
    ui_->sortCombo->addItem(tr("Relevance"), static_cast<int>(store::DocumentSort::Relevance));
    ui_->sortCombo->addItem(tr("Newest first"), static_cast<int>(store::DocumentSort::DateDescending));
    ui_->sortCombo->addItem(tr("Oldest first"), static_cast<int>(store::DocumentSort::DateAscending));
    ui_->sortCombo->addItem(tr("Title"), static_cast<int>(store::DocumentSort::Title));

    progressBar_->setMaximumWidth(240);
    progressBar_->hide();
    progressLabel_->hide();
    cancelButton_->setText(tr("Cancel"));
    cancelButton_->setToolTip(tr("Stop adding files; what was stored stays and the next run resumes"));
    cancelButton_->hide();
    statusBar()->addPermanentWidget(watchLabel_);
    watchLabel_->hide();
    statusBar()->addPermanentWidget(progressLabel_);
    statusBar()->addPermanentWidget(progressBar_);
    statusBar()->addPermanentWidget(cancelButton_);

    searchTimer_.setSingleShot(true);
    searchTimer_.setInterval(preferences_.searchDelayMs);
    connect(&searchTimer_, &QTimer::timeout, this, &MainWindow::runSearch);
    keystrokeClock_.start();
    connect(ui_->searchEdit, &QLineEdit::textChanged, this, [this] {
        updateFilterChips();
        if (debouncer_.keystroke(keystrokeClock_.elapsed())) {
            searchTimer_.stop();
            runSearch();
        } else {
            searchTimer_.start();
        }
    });
    updateFilterChips();
    // A watched search's new releases are shown until the analyst changes the query.
    connect(ui_->searchEdit, &QLineEdit::textEdited, this, [this] { newAfter_ = 0; });
    connect(ui_->searchEdit, &QLineEdit::returnPressed, this, [this] {
        searchTimer_.stop();
        runSearch();
        rememberQuery(ui_->searchEdit->text());
    });
    completer_ = new QueryCompleter(ui_->searchEdit);
    (new WindowShortcutsFirst(this))->installOn(ui_->searchEdit);
    connect(ui_->actionSaveSearch, &QAction::triggered, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Save Search"), tr("Name of this search:"),
                                                   QLineEdit::Normal, ui_->searchEdit->text(), &ok);
        if (ok && !name.trimmed().isEmpty()) saveCurrentSearch(name.trimmed());
    });
    connect(ui_->sortCombo, &QComboBox::currentIndexChanged, this, &MainWindow::runSearch);
    connect(ui_->resultsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onSelectionChanged);

    connect(ui_->actionOpenArchive, &QAction::triggered, this, &MainWindow::chooseArchive);
    connect(ui_->actionOpenServerArchive, &QAction::triggered, this, &MainWindow::chooseServerArchive);
    connect(ui_->actionAddFolder, &QAction::triggered, this, &MainWindow::chooseFolder);
    connect(ui_->actionWatchFolder, &QAction::triggered, this, &MainWindow::chooseWatchedFolder);
    connect(ui_->actionStopWatching, &QAction::triggered, this, [this] { watchFolders({}); });
    connect(&watch_, &WatchController::changesSettled, this, [this] {
        if (ingest_.running())
            rescanPending_ = true;
        else
            addFolders(watch_.folders());
    });
    connect(&watch_, &WatchController::failed, this, [this](const QString& message) {
        statusBar()->showMessage(tr("Cannot watch folders: %1").arg(message), 10000);
    });
    connect(ui_->documentView, &QTextBrowser::anchorClicked, this, &MainWindow::onEntityClicked);
    ui_->documentView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(ui_->documentView, &QWidget::customContextMenuRequested, this, &MainWindow::showDocumentMenu);
    connect(ui_->actionExport, &QAction::triggered, this, &MainWindow::chooseExportFile);
    connect(ui_->actionUndoCorrection, &QAction::triggered, this, &MainWindow::undoCorrection);
    connect(ui_->actionRedoCorrection, &QAction::triggered, this, &MainWindow::redoCorrection);
    connect(ui_->actionCorrectionsHistory, &QAction::triggered, this, &MainWindow::showCorrectionsHistory);
    auto showHit = [this](bool forward) {
        const int n = moveToHit(*ui_->documentView, forward);
        const int total = static_cast<int>(hitRanges(*ui_->documentView->document()).size());
        statusBar()->showMessage(
            n ? tr("Hit %1 of %2 in this release").arg(n).arg(total) : tr("No search hit in this release"), 3000);
    };
    connect(ui_->actionNextHit, &QAction::triggered, this, [showHit] { showHit(true); });
    connect(ui_->actionPreviousHit, &QAction::triggered, this, [showHit] { showHit(false); });
    connect(ui_->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(ui_->actionFocusSearch, &QAction::triggered, this, [this] {
        ui_->searchEdit->setFocus();
        ui_->searchEdit->selectAll();
    });
    connect(ui_->actionRefresh, &QAction::triggered, this, &MainWindow::runSearch);
    connect(ui_->actionShowRaw, &QAction::toggled, this, &MainWindow::showDocument);
    connect(ui_->actionQueryHelp, &QAction::triggered, this, &MainWindow::showQueryHelp);
    connect(ui_->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(ui_->actionPreferences, &QAction::triggered, this, &MainWindow::editPreferences);

    connect(&ingest_, &IngestController::progress, this, &MainWindow::onIngestProgress);
    connect(&ingest_, &IngestController::rejected, this,
            [this](const QString& path, const QString&, const QString& why) {
                rejected_ << path + QStringLiteral(": ") + why;
            });
    connect(&ingest_, &IngestController::finished, this, &MainWindow::onIngestFinished);
    connect(cancelButton_, &QToolButton::clicked, &ingest_, &IngestController::cancel);

    restoreSettings();
}

MainWindow::~MainWindow() = default;

void MainWindow::setChangeCheckInterval(int ms) {
    changeCheck_->setInterval(ms);
}

void MainWindow::runSearch() {
    if (!session_) return;
    search::SearchRequest request;
    request.query = ui_->searchEdit->text().toStdString();
    request.sort = static_cast<store::DocumentSort>(ui_->sortCombo->currentData().toInt());
    request.limit = DocumentTableModel::kChunk;
    request.snippetOpen = "";
    request.snippetClose = "";
    request.newAfter = newAfter_;
    request.relevanceAlways = !rankedQuery_.empty() && rankedQuery_ == request.query;
    pendingRequest_ = request;
    quint64 generation = 0;
    if (listKind_ == exporting::ListKind::Documents) {
        generation = session_->search(request);
    } else {
        generation = session_->nextGeneration();
        search::SearchRequest all = request;
        all.limit = preferences_.listRows;
        session_->loadList(generation, static_cast<int>(listKind_), all);
        if (listKind_ == exporting::ListKind::Meetings || listKind_ == exporting::ListKind::Dates)
            session_->loadTimeline(generation, request);
    }
    session_->loadFacets(generation, request);
}

bool MainWindow::showsCurrentQuery() const {
    return pendingRequest_.query == ui_->searchEdit->text().toStdString();
}

void MainWindow::showList(exporting::ListKind kind, bool search) {
    listKind_ = kind;
    // Keep the navigation list in step when the list is chosen some other way (double-click, tests).
    for (int row = 0; row < ui_->navigationList->count(); ++row) {
        if (ui_->navigationList->item(row)->data(Qt::UserRole).toInt() != static_cast<int>(kind)) continue;
        const QSignalBlocker block(ui_->navigationList);
        ui_->navigationList->setCurrentRow(row);
    }
    const bool documents = kind == exporting::ListKind::Documents;
    showPictureFor(kind);
    ui_->resultsView->setModel(documents ? static_cast<QAbstractItemModel*>(model_) : listModel_);
    ui_->resultsView->horizontalHeader()->setSectionResizeMode(documents ? QHeaderView::Interactive
                                                                         : QHeaderView::ResizeToContents);
    fitListColumns();
    if (documents) {
        // As set up in the constructor: another list's column widths must not stay behind.
        auto* header = ui_->resultsView->horizontalHeader();
        header->setSectionResizeMode(DocumentTableModel::Title, QHeaderView::Stretch);
        header->setSectionResizeMode(DocumentTableModel::Date, QHeaderView::ResizeToContents);
        header->resizeSection(DocumentTableModel::File, 160);
        header->setSectionResizeMode(DocumentTableModel::Star, QHeaderView::ResizeToContents);
    }
    // Every row that comes from a release opens it: documents, and the dates and meetings found in one.
    connect(ui_->resultsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onSelectionChanged, Qt::UniqueConnection);
    ui_->actionExport->setText(documents ? tr("&Export Results…") : tr("&Export List…"));
    updateListSorting(documents, false);
    if (search) runSearch();
}

void MainWindow::fitListColumns() {
    // A list of names: the name takes the room left (elided in the middle, whole in the tooltip) so that the
    // counts beside it stay in view in a narrow pane.
    const auto kind = listKind_;
    const bool names = kind == exporting::ListKind::People || kind == exporting::ListKind::Agencies ||
                       kind == exporting::ListKind::Locations || kind == exporting::ListKind::Tags;
    auto* header = ui_->resultsView->horizontalHeader();
    if (names && header->count() > 0) header->setSectionResizeMode(0, QHeaderView::Stretch);
}

void MainWindow::addFilter(const QString& filter) {
    QString query = ui_->searchEdit->text().trimmed();
    if (!query.contains(filter)) query = query.isEmpty() ? filter : query + QLatin1Char(' ') + filter;
    ui_->searchEdit->setText(query);
    searchTimer_.stop();
    runSearch();
    rememberQuery(query);
}

void MainWindow::onListLoaded(quint64 generation, const exporting::ListResult& list) {
    if (!session_ || generation != session_->currentGeneration()) return;
    QStringList notes;
    for (const auto& n : list.notices) notes << QString::fromStdString(n.message);
    if (!list.ran) {
        listModel_->setList(listKind_, {});
        ui_->resultLabel->setText(tr("Query not run: %1").arg(notes.join(QStringLiteral("; "))));
        if (showsCurrentQuery()) emit listCompleted(-1);
        return;
    }
    if (listKind_ == exporting::ListKind::Cooccurrence) showPairsMap(list);
    listModel_->setList(listKind_, list);
    fitListColumns();  // the columns are new sections: they took the header's default mode
    if (keptPlace_) {
        restorePlace();
    } else if ((listKind_ == exporting::ListKind::Meetings || listKind_ == exporting::ListKind::Dates) &&
               !list.rows.empty()) {
        // Rows that come from releases, as the documents list: the first one's release is read at once, so the
        // reading pane never shows a release the list (narrowed by a timeline click, say) no longer holds.
        ui_->resultsView->selectRow(0);
    }
    updateListSorting(false, static_cast<qint64>(list.rows.size()) < preferences_.listRows);
    QString label = tr("%L1 rows").arg(list.rows.size());
    if (static_cast<qint64>(list.rows.size()) >= preferences_.listRows)
        label += tr(" (the first %L1; export for all)").arg(preferences_.listRows);
    if (!notes.isEmpty()) label += QStringLiteral(" — ") + notes.join(QStringLiteral("; "));
    ui_->resultLabel->setText(label);
    emit resultsShown(static_cast<qint64>(list.rows.size()));
    if (showsCurrentQuery()) emit listCompleted(static_cast<qint64>(list.rows.size()));
}

void MainWindow::onFacetsLoaded(quint64 generation, const store::Facets& facets) {
    if (!session_ || generation != session_->currentGeneration()) return;
    ui_->facetTree->clear();
    const std::pair<QString, const std::vector<store::FacetValue>*> groups[] = {
        {tr("Agencies"), &facets.agencies},   {tr("People"), &facets.people}, {tr("Locations"), &facets.locations},
        {tr("Meeting kinds"), &facets.kinds}, {tr("Years"), &facets.years},   {tr("Tags"), &facets.tags}};
    // A team server counts facets over a bounded part of a very common word's matches: said, not hidden.
    if (facets.sampledReleases > 0) {
        ui_->facetLabel->setText(
            tr("Refine (click to filter); counted in the first %L1 matches").arg(facets.sampledReleases));
        ui_->facetLabel->setToolTip(tr("More releases match than the server counts facets over: these counts are of "
                                       "the first %L1 matching releases stored.")
                                        .arg(facets.sampledReleases));
    } else {
        ui_->facetLabel->setText(tr("Refine (click to filter)"));
        ui_->facetLabel->setToolTip({});
    }
    for (const auto& [title, values] : groups) {
        if (values->empty()) continue;
        auto* group = new QTreeWidgetItem(ui_->facetTree, {title});
        for (const auto& v : *values) {
            auto* item = new QTreeWidgetItem(group, {QString::fromStdString(v.value), QString::number(v.documents)});
            item->setData(0, Qt::UserRole, QString::fromStdString(v.filter));
            item->setToolTip(0, QString::fromStdString(v.filter));
        }
        group->setExpanded(true);
    }
    emit facetsShown();
}

void MainWindow::onSearchFinished(quint64 generation, const search::SearchResult& result) {
    if (!session_ || generation != session_->currentGeneration()) return;
    QStringList notes;
    for (const auto& n : result.notices)
        notes << tr("%1 (at column %2)").arg(QString::fromStdString(n.message)).arg(n.position + 1);
    if (!result.ran) {
        model_->clear();
        ui_->resultLabel->setText(tr("Query not run: %1").arg(notes.join(QStringLiteral("; "))));
        if (showsCurrentQuery()) emit searchCompleted(-1);
        return;
    }
    model_->setResult(generation, pendingRequest_, result);
    highlightTerms_.clear();
    for (const auto& t : result.highlightTerms) highlightTerms_ << QString::fromStdString(t);
    QString label = resultSummary(result);
    const QString noted = notes.join(QStringLiteral("; "));
    if (!notes.isEmpty()) label += QStringLiteral(" — ") + (result.newestFirstInstead ? noted.toHtmlEscaped() : noted);
    ui_->resultLabel->setText(label);
    if (model_->rowCount() > 0) {
        if (guideShown_) ui_->documentView->clear();  // (the first release replaces it once it is read)
        guideShown_ = false;
        if (keptPlace_)
            restorePlace();
        else
            ui_->resultsView->selectRow(0);
    } else {
        keptPlace_.reset();
        ui_->documentView->clear();
        current_.reset();
        marksPanel_->clear();
        // Nothing asked and nothing found: the archive is empty, and the reading pane says what to do first.
        guideShown_ =
            QString::fromStdString(pendingRequest_.query).trimmed().isEmpty() && pendingRequest_.newAfter == 0;
        if (guideShown_) ui_->documentView->setHtml(startGuideHtml(archivePath(), sampleReleasesFolder()));
    }
    emit resultsShown(result.total);
    if (showsCurrentQuery()) emit searchCompleted(result.total);
}

void MainWindow::onSelectionChanged() {
    if (!session_) return;
    const int row = ui_->resultsView->currentIndex().row();
    if (row < 0) return;
    if (listKind_ == exporting::ListKind::Documents) {
        focus_.reset();
        const qint64 id = model_->documentId(row);
        if (id > 0 && current_ && current_->document.id == id && keptPlaceRestoring_) {
            showDocument();  // already open (a refresh during an ingest kept it): drawn again, not read again
            return;
        }
        if (id > 0) documentTicket_ = session_->loadDocument(id);
        return;
    }
    // A date or a meeting: its release, with the sentence that reported it marked and scrolled to.
    const auto origin = listModel_->origin(row);
    if (origin.documentId <= 0) return;
    focus_ = DocumentFocus{static_cast<std::size_t>(origin.start), static_cast<std::size_t>(origin.end)};
    if (current_ && current_->document.id == origin.documentId) {
        showDocument();  // the same release, another sentence
        emit documentShown(origin.documentId);
        return;
    }
    documentTicket_ = session_->loadDocument(origin.documentId);
}

void MainWindow::onDocumentLoaded(quint64 ticket, const LoadedDocument& document) {
    if (ticket != documentTicket_) return;
    current_ = std::make_unique<LoadedDocument>(document);
    QStringList tags;
    for (const auto& t : document.knownTags) tags << QString::fromStdString(t);
    marksPanel_->showMarks(document.document.id, document.marks, tags);
    showDocument();
    emit documentShown(document.document.id);
}

void MainWindow::changeEvent(QEvent* event) {
    QMainWindow::changeEvent(event);
    if (event->type() != QEvent::PaletteChange) return;
    if (current_)
        showDocument();
    else if (guideShown_)
        ui_->documentView->setHtml(startGuideHtml(archivePath(), sampleReleasesFolder()));
}

void MainWindow::showDocument() {
    if (!current_) return;
    const bool raw = ui_->actionShowRaw->isChecked();
    ui_->documentView->setHtml(renderDocumentHtml(*current_, highlightTerms_, raw, raw ? std::nullopt : focus_));
    if (focus_ && !raw) ui_->documentView->scrollToAnchor(QString::fromLatin1(kFocusAnchor));
}

void MainWindow::onEntityClicked(const QUrl& url) {
    if (url.scheme() == QLatin1String(kStartScheme)) {  // the empty archive's guide
        if (url.path() == QLatin1String("add-folder"))
            chooseFolder();
        else if (url.path() == QLatin1String("open-archive"))
            chooseArchive();
        else if (const QString samples = sampleReleasesFolder();
                 url.path() == QLatin1String("add-samples") && !samples.isEmpty())
            addFolders({samples});
        return;
    }
    if (const auto entity = linkedEntity(url)) addFilter(entityFilter(entity->type, entity->name));
}

void MainWindow::showQueryHelp() {
    QMessageBox::information(
        this, tr("Query Syntax"),
        tr("<p><b>Words</b>: all must appear (<tt>UNODC training</tt>).<br>"
           "<b>\"Exact phrase\"</b>: <tt>\"working group\"</tt>.<br>"
           "<b>OR</b>: <tt>Karachi OR Islamabad</tt>.<br>"
           "<b>Exclude</b>: <tt>-Karachi</tt> or <tt>NOT Karachi</tt>.<br>"
           "<b>Prefix</b>: <tt>terror*</tt>.<br>"
           "<b>Word forms</b>: <tt>~trafficking</tt> (trafficked, traffickers…).<br>"
           "<b>Groups</b>: <tt>(UNODC OR NACTA) meeting</tt>.<br>"
           "<b>Fields</b>: <tt>title:meeting</tt>, <tt>path:orange</tt>.<br>"
           "<b>Dates</b> (publication): <tt>date:2018</tt>, <tt>date:2018-05..2019-12</tt>, "
           "<tt>date:&gt;2020-01-01</tt>.</p>"
           "<p>Curly quotes are accepted; an unclosed quote or parenthesis is closed for you and the result line "
           "says so.</p>"));
}

void MainWindow::showAbout() {
    QMessageBox::about(this, tr("About Bulletin"),
                       tr("<p><b>Bulletin</b> %1</p><p>Press-release archive browser and indexer.</p>"
                          "<p>Archive: %2</p>")
                           .arg(QStringLiteral(BULLETIN_VERSION), archivePath().toHtmlEscaped()));
}

void MainWindow::restoreSettings() {
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (!ui_->splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray()))
        ui_->splitter->setSizes({270, 560, 560});
    ui_->actionShowRaw->setChecked(settings.value(QStringLiteral("view/raw"), false).toBool());
    ui_->actionStopWatching->setEnabled(false);
    applyPreferences(Preferences::load(settings));
    updateRecentArchivesMenu();
}

void MainWindow::saveSettings() const {
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), ui_->splitter->saveState());
    settings.setValue(QStringLiteral("view/raw"), ui_->actionShowRaw->isChecked());
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (ingest_.running()) ingest_.cancel();
    saveSettings();
    event->accept();
}

}  // namespace bulletin::app
