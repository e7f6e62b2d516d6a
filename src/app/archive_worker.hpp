#pragma once
// Runs archive reads on a background thread with its own SQLite connection. Requests carry a generation; a request
// older than the newest one is skipped, and a running query is interrupted when a newer one arrives.

#include <QObject>
#include <QSocketNotifier>
#include <QString>
#include <atomic>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

#include "export/list_export.hpp"
#include "search/searcher.hpp"
#include "store/archive.hpp"
#include "store/archive_reader.hpp"
#include "store/change_listener.hpp"
#include "store/entity_reader.hpp"
#include "store/interrupted_retry.hpp"
#include "store/marks.hpp"
#include "store/timeline.hpp"

namespace bulletin::app {

struct LoadedDocument final {
    store::StoredDocument document;
    std::vector<std::string> locations;
    std::vector<store::SimilarDocument> similar;
    std::vector<store::MentionRow> mentions;  // offsets into title + "\n\n" + body
    store::ReleaseMarks marks;                // the analyst's star, tags and note
    std::vector<std::string> knownTags;       // every tag in the archive, for completion
};

class ArchiveWorker final : public QObject {
    Q_OBJECT

public:
    explicit ArchiveWorker(QString path, std::shared_ptr<std::atomic<quint64>> latestGeneration);
    ~ArchiveWorker() override;

    // Thread-safe: makes the query running on this worker's connection stop.
    void interrupt();

public slots:
    // Creates a missing archive, upgrades an older one (this can take minutes; the GUI thread never does it), then
    // opens the reading connection.
    void open();
    void search(quint64 generation, bulletin::search::SearchRequest request);
    void fetchRows(quint64 generation, bulletin::search::SearchRequest request);
    void loadDocument(quint64 ticket, qint64 id);
    void loadList(quint64 generation, int kind, bulletin::search::SearchRequest request);
    void loadFacets(quint64 generation, bulletin::search::SearchRequest request);
    void loadTimeline(quint64 generation, bulletin::search::SearchRequest request);

    // Compares the archive's change counter with the last one seen (the first call only notes it).
    void checkForChanges(bool report = true);

signals:
    // Opening found an archive of an older format and is upgrading it (a copy is kept beside it first).
    void upgrading(int fromVersion, int toVersion);
    void opened(bool ok, QString message);
    void searchFinished(quint64 generation, bulletin::search::SearchResult result);
    void searchFailed(quint64 generation, QString message);
    // A ranking done in parts got this far (0 to 1).
    void rankingProgress(quint64 generation, double done);
    void rowsFetched(quint64 generation, qint64 offset, std::vector<bulletin::store::DocumentRow> rows);
    void documentLoaded(quint64 ticket, bulletin::app::LoadedDocument document);
    void listLoaded(quint64 generation, bulletin::exporting::ListResult list);
    void facetsLoaded(quint64 generation, bulletin::store::Facets facets);
    void timelineLoaded(quint64 generation, std::vector<bulletin::store::MonthCount> months);
    // Another program or analyst committed to the archive since the last check (a team's server, or the CLI
    // writing to the same file).
    void archiveChanged();
    // A team server said another connection committed (LISTEN): worth a checkForChanges soon.
    void changeNoticed();

private:
    bool stale(quint64 generation) const { return generation < latestGeneration_->load(); }
    // The query, run again when it was interrupted though its generation is still the newest
    // (store::runUnlessSuperseded).
    template <typename Query>
    auto unlessSuperseded(quint64 generation, Query&& query) -> decltype(query()) {
        return store::runUnlessSuperseded(std::forward<Query>(query), [&] { return stale(generation); });
    }

    QString path_;
    std::shared_ptr<std::atomic<quint64>> latestGeneration_;
    std::mutex archiveMutex_;  // guards archive_ against interrupt() from the GUI thread
    std::unique_ptr<store::Archive> archive_;
    std::unique_ptr<search::Searcher> searcher_;
    std::optional<std::int64_t> lastChange_;
    // On a team server: a connection LISTENing for commits, watched by the worker thread's event loop.
    std::unique_ptr<store::ChangeListener> listener_;
    QSocketNotifier* notifier_ = nullptr;
    void listenForChanges();
    void onNotice();
};

}  // namespace bulletin::app

Q_DECLARE_METATYPE(bulletin::search::SearchRequest)
Q_DECLARE_METATYPE(bulletin::search::SearchResult)
Q_DECLARE_METATYPE(bulletin::app::LoadedDocument)
Q_DECLARE_METATYPE(bulletin::exporting::ListResult)
Q_DECLARE_METATYPE(bulletin::store::Facets)
Q_DECLARE_METATYPE(std::vector<bulletin::store::MonthCount>)
