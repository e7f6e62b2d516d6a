#pragma once
// The main window: search field, result table, document pane; File > Open Archive / Add Folder / Export.
// It only wires widgets to the session, the ingest controller and the exporter; no SQL and no parsing here.

#include <QMainWindow>
#include <QStringList>
#include <QElapsedTimer>
#include <QTimer>

#include <functional>
#include <optional>
#include <memory>
#include <string>

#include "archive_session.hpp"
#include "entity_correction.hpp"
#include "document_renderer.hpp"
#include "document_table_model.hpp"
#include "list_table_model.hpp"
#include "preferences.hpp"
#include "release_marks_panel.hpp"
#include "store/archive.hpp"
#include "search/watched_searches.hpp"
#include "store/search_memory.hpp"
#include "search_debouncer.hpp"
#include "ingest_controller.hpp"
#include "watch_controller.hpp"


namespace bulletin::app {
class CooccurrenceMap;
class BatchSearchDialog;
class CorrectionsHistoryDialog;
class EntityPage;
class TimelineView;
class QueryCompleter;
}
class QLabel;
class QMenu;
class QProgressBar;
class QToolButton;
class QListWidgetItem;

namespace Ui {
class MainWindow;
}

namespace bulletin::app {

class MainWindow final : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens (creating when missing) an archive; false with a message box when it cannot be used. An older archive
    // is upgraded on the session's thread: archiveOpened() follows when it can be searched.
    bool openArchive(const QString& path);
    void addFolders(const QStringList& folders);
    // Watches folders: they are ingested now and again whenever new or changed files settle.
    void watchFolders(const QStringList& folders);
    // Exports the current list (query, filters, sort) to a file; returns false on failure or cancel (message shown
    // unless quiet). Options: columns in order, CSV or JSON Lines (default: every column, CSV).
    bool exportCurrentList(const QString& file, const exporting::ExportOptions& options = {}, bool quiet = false);

    [[nodiscard]] DocumentTableModel* resultsModel() const { return model_; }
    [[nodiscard]] ListTableModel* listModel() const { return listModel_; }
    // Shows a list for the current query: documents, people, agencies, places, dates, meetings or pairs.
    void showList(exporting::ListKind kind, bool search = true);
    // Saves the current query and list under a name in the archive (replacing a search of that name).
    void saveCurrentSearch(const QString& name);
    [[nodiscard]] QStringList historyForCompletion() const;
    using Correction = EntityCorrection;
    // Applies an analyst correction to a person, agency or place (on a thread), then refreshes the list.
    void correctEntity(Correction correction, const QString& type, const QString& name, const QString& value = {});
    // The context menu of a row of the current list: a person's, agency's or place's actions, or Open Release for a
    // row that comes from one release (a release, a date, a meeting); null when the row has none.
    [[nodiscard]] std::unique_ptr<QMenu> rowMenu(int row);
    // Edit menu: takes back the newest correction, puts back the newest undone one; the corrections history.
    // Edit > Undo / Redo: the newest correction or marking step of this session (else of the archive's logs).
    void undoCorrection();
    void redoCorrection();
    // Marks (main_window_marks.cpp): the shown release's, or, with several rows selected, all of theirs.
    void toggleStar();
    void tagSelectedReleases();
    void editNote();
    [[nodiscard]] QList<qint64> selectedDocumentIds() const;
    [[nodiscard]] ReleaseMarksPanel* marksPanel() const { return marksPanel_; }
    void showBatchSearch();
    void showCorrectionsHistory();
    // Opens the page of a person, agency or place (main_window_entity_pages.cpp); one page, reused.
    void openEntityPage(EntityType type, const QString& name);
    [[nodiscard]] EntityPage* entityPage() const { return entityPage_; }
    [[nodiscard]] TimelineView* timeline() const { return timeline_; }
    [[nodiscard]] CooccurrenceMap* pairsMap() const { return pairsMap_; }
    [[nodiscard]] QString archivePath() const;
    [[nodiscard]] static QString defaultArchivePath();
    // Preferences (main_window_preferences.cpp): the window reads them from QSettings when it is made.
    [[nodiscard]] const Preferences& preferences() const { return preferences_; }
    void applyPreferences(const Preferences& preferences);
    // Entity names offered for completion in the search field (the most mentioned first).
    static constexpr int kCompletionTerms = 20000;
    // How often the lists follow a running ingest (2 s; tests use less).
    void setIngestRefreshInterval(qint64 ms) { ingestRefreshMs_ = ms; }
    // How often the window asks whether someone else changed the archive (a colleague's ingest on a team server,
    // the CLI on the same file); the lists then follow, keeping their place.
    void setChangeCheckInterval(int ms);

signals:
    void archiveOpened(bool ok);
    // Results of any search reached the list (also those of a query typed further since: typing shows results
    // as it goes). searchCompleted and listCompleted below only come for the query the field holds.
    void resultsShown(qint64 total);
    void searchCompleted(qint64 total);
    void searchMemoryChanged();
    void correctionApplied(bool ok, QString message);
    void listCompleted(qint64 rows);
    void facetsShown();
    void timelineShown(int months);
    void documentShown(qint64 id);
    void marksChanged(bool ok, QString message);
    void ingestFinished(bool ok, bool cancelled);

protected:
    void closeEvent(QCloseEvent* event) override;
    // A change of colour scheme redraws the release: its highlights are chosen for the palette.
    void changeEvent(QEvent* event) override;

private:
    void runSearch();
    // Whether the last search run was for the text the search field holds now.
    [[nodiscard]] bool showsCurrentQuery() const;
    // Rebuilds the removable chips of the query's field filters (main_window_filter_chips.cpp).
    void updateFilterChips();
    // Reloads the entity names the search field completes, on a thread (main_window_search_memory.cpp).
    void refreshCompletionTerms();
    void onSearchFinished(quint64 generation, const search::SearchResult& result);
    void onListLoaded(quint64 generation, const exporting::ListResult& list);
    void onFacetsLoaded(quint64 generation, const store::Facets& facets);
    // The timeline (meetings, dates) and the person x agency map above the list (main_window_pictures.cpp).
    void setUpPictures();
    void setUpMarks();
    void fitListColumns();
    // Runs a marking step on a thread with write access, then shows `documentId`'s marks as stored.
    // `task` counts the undoable steps it logged in `steps`.
    // `then` (if any) runs on the GUI thread after the task, with whether it succeeded.
    void runMarkTask(std::function<std::string(store::Archive&, int& steps)> task, qint64 documentId,
                     std::function<void(bool ok)> then = {});
    // Stars or unstars these releases, and shows it in the result list's star column.
    void setStarred(const QList<qint64>& ids, bool starred, qint64 shown, std::string what);
    void showStarred();
    // Column sorting (main_window_sorting.cpp).
    void setUpSorting();
    void showDocumentSortIndicator();
    // A team server lists a query with very many matches newest first (store::SearchLimits); the result line then
    // offers to rank them anyway, with a Cancel while that runs.
    void rankByRelevance(bool rank);
    // The share of a long ranking done, with Cancel, in the result line (the worker reports it between parts).
    void showRankingProgress(quint64 generation, double done);
    [[nodiscard]] QString resultSummary(const search::SearchResult& result) const;
    void updateListSorting(bool documents, bool wholeListShown);
    void showPictureFor(exporting::ListKind kind);
    void onTimelineLoaded(quint64 generation, const std::vector<store::MonthCount>& months);
    void showPairsMap(const exporting::ListResult& list);
    void addFilter(const QString& filter);
    // Remembers a confirmed query in the archive's history (on a thread: an ingest may hold the write lock).
    void rememberQuery(const QString& query);
    void refreshSearchMemory();
    void showSearchMemory(const QStringList& history, const std::vector<store::SavedSearch>& saved,
                          const std::vector<search::WatchedStatus>& watched);
    // A saved search; a watched one with new releases shows those first (until the query is edited) and counts as
    // seen.
    void openSavedSearch(const store::SavedSearch& search, std::int64_t fresh);
    void setWatched(const QString& name, bool watched);
    void openWatchedSearches();
    void showEntityMenu(const QPoint& position);
    // The releases count of an entity list's row (0 when the list has none).
    [[nodiscard]] qint64 listReleases(int row) const;
    // Runs a change of the corrections on a thread with write access; `task` returns what it did, in words. Then
    // `intercept` (if any) may take over; otherwise afterCorrection reports and refreshes.
    void runCorrectionTask(std::function<std::string(store::Archive&)> task,
                           std::function<bool(bool ok, const QString& message)> intercept = {});
    void afterCorrection(bool ok, const QString& message);
    // Right-click in the document view: an entity's page or filter, else the usual copy menu.
    void showDocumentMenu(const QPoint& position);
    void onSelectionChanged();
    void onDocumentLoaded(quint64 ticket, const LoadedDocument& document);
    void showDocument();
    void chooseArchive();
    void chooseServerArchive();
    void chooseFolder();
    void chooseWatchedFolder();
    void onEntityClicked(const QUrl& url);
    void chooseExportFile();
    void showQueryHelp();
    void showAbout();
    void onIngestProgress(const ingest::IngestProgress& p);
    void onIngestFinished(bool ok, bool cancelled, const QString& summary);
    void rememberArchive(const QString& path);
    void restoreSettings();
    void editPreferences();
    void updateRecentArchivesMenu();
    void saveSettings() const;

    std::unique_ptr<Ui::MainWindow> ui_;
    DocumentTableModel* model_;
    ListTableModel* listModel_;
    exporting::ListKind listKind_ = exporting::ListKind::Documents;
    std::unique_ptr<ArchiveSession> session_;
    IngestController ingest_;
    WatchController watch_;
    bool rescanPending_ = false;
    bool guideShown_ = false;  // the reading pane shows the empty archive's guide (start_guide.hpp)
    // During an ingest the list follows the batches as they commit, every ingestRefreshMs_ at most, keeping the
    // selected release and the scroll position (a first ingest showed "0 releases" throughout).
    qint64 ingestRefreshMs_ = 2000;
    QTimer* changeCheck_ = nullptr;
    QTimer* changeNotice_ = nullptr;  // a server's notice of a commit, checked after a pause
    QElapsedTimer ingestRefresh_;
    std::uint64_t refreshedAdded_ = 0;
    struct KeptPlace final {
        qint64 document = 0;  // the selected release (documents list), 0 for none
        int row = -1;         // the selected row (other lists)
        int scroll = 0;
    };
    std::optional<KeptPlace> keptPlace_;  // set while a refresh that keeps the place runs
    bool keptPlaceRestoring_ = false;     // restorePlace() is selecting the kept row
    bool keptPlaceFetching_ = false;      // the kept release lies beyond the rows loaded: more are on their way
    void refreshKeepingPlace();
    void restorePlace();
    QTimer searchTimer_;
    QElapsedTimer keystrokeClock_;
    Preferences preferences_;
    SearchDebouncer debouncer_{Preferences{}.searchDelayMs};
    quint64 documentTicket_ = 0;
    search::SearchRequest pendingRequest_;
    std::unique_ptr<LoadedDocument> current_;
    QStringList highlightTerms_;
    QStringList rejected_;
    QProgressBar* progressBar_;
    QLabel* progressLabel_;
    QToolButton* cancelButton_;
    QLabel* watchLabel_;
    QueryCompleter* completer_;
    EntityPage* entityPage_ = nullptr;
    CorrectionsHistoryDialog* correctionsHistory_ = nullptr;
    std::optional<DocumentFocus> focus_;  // the span a date or meeting row points at in the shown release
    TimelineView* timeline_ = nullptr;
    CooccurrenceMap* pairsMap_ = nullptr;
    QStringList history_;
    ReleaseMarksPanel* marksPanel_ = nullptr;
    BatchSearchDialog* batchSearch_ = nullptr;
    std::int64_t newAfter_ = 0;  // > 0 while a watched search is shown with its new releases first
    std::string rankedQuery_;    // the query the analyst asked to rank by relevance however many match
    std::vector<search::WatchedStatus> watched_;
    QListWidgetItem* watchedEntry_ = nullptr;
    // The order of this session's undoable steps, so that Undo takes back the newest whichever log it is in.
    enum class Step { Correction, Mark };
    // This session's steps, newest last, each with what it did in words (the Edit menu names the next one).
    struct StepEntry final {
        Step step;
        QString what;
    };
    std::vector<StepEntry> undoSteps_;
    std::vector<StepEntry> redoSteps_;
    void recordStep(Step step, const QString& what);
    void updateUndoActions();
};

}  // namespace bulletin::app
