#pragma once
// The GUI's handle on an open archive: owns the worker thread and hands out generations so that only the newest
// search's results reach the views.

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

#include "archive_worker.hpp"

namespace bulletin::app {

class ArchiveSession final : public QObject {
    Q_OBJECT

public:
    explicit ArchiveSession(const QString& path, QObject* parent = nullptr);
    ~ArchiveSession() override;

    [[nodiscard]] const QString& path() const { return path_; }
    // Opens the archive on the worker thread; connect to the worker's signals first (opened() is not replayed).
    void open();
    [[nodiscard]] ArchiveWorker* worker() const { return worker_; }

    // Starts a new search: earlier searches and row fetches become stale and a running query is interrupted.
    quint64 search(const search::SearchRequest& request);
    void fetchRows(quint64 generation, const search::SearchRequest& request);
    quint64 loadDocument(qint64 id);
    // A non-document list for the request's query, and the facets of a query; both within the current generation.
    void loadList(quint64 generation, int kind, const search::SearchRequest& request);
    void loadFacets(quint64 generation, const search::SearchRequest& request);
    void loadTimeline(quint64 generation, const search::SearchRequest& request);
    // Starts a new generation (interrupting the running query) without a document search.
    quint64 nextGeneration();
    // Asks the worker whether the archive changed (ArchiveWorker::archiveChanged).
    void checkForChanges();
    // Notes where the archive stands without reporting a change (after the window's own ingest, which it follows
    // itself).
    void noteChanges();
    [[nodiscard]] quint64 currentGeneration() const { return generation_->load(); }

private:
    QString path_;
    QThread thread_;
    ArchiveWorker* worker_;
    std::shared_ptr<std::atomic<quint64>> generation_;
    quint64 documentTicket_ = 0;
};

void registerMetaTypes();

}  // namespace bulletin::app
