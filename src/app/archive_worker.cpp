#include "archive_worker.hpp"

#include "store/archive_reader.hpp"
#include "store/error.hpp"
#include "store/error_message.hpp"

namespace bulletin::app {

ArchiveWorker::ArchiveWorker(QString path, std::shared_ptr<std::atomic<quint64>> latestGeneration)
    : path_(std::move(path)), latestGeneration_(std::move(latestGeneration)) {}

ArchiveWorker::~ArchiveWorker() = default;

void ArchiveWorker::interrupt() {
    std::lock_guard lock(archiveMutex_);
    if (archive_) archive_->interrupt();
}

void ArchiveWorker::open() {
    try {
        const auto file = path_.toStdString();
        const auto probe = store::probeArchive(store::Location::parse(file));
        if (!probe.exists || probe.needsUpgrade) {
            if (probe.needsUpgrade) emit upgrading(probe.version, probe.currentVersion);
            try {
                store::Archive prepare(store::Location::parse(file), store::Access::Write);
            } catch (const store::ArchiveError&) {
                // Read-only media: the reading connection below says what is wrong, if anything.
                if (!probe.exists) throw;
            }
        }
        auto archive =
            std::make_unique<store::Archive>(store::Location::parse(path_.toStdString()), store::Access::Read);
        auto searcher = std::make_unique<search::Searcher>(*archive);
        std::lock_guard lock(archiveMutex_);
        archive_ = std::move(archive);
        searcher_ = std::move(searcher);
    } catch (const std::exception& e) {
        emit opened(false, QString::fromStdString(store::userMessage(e)));
        return;
    }
    listenForChanges();
    emit opened(true, {});
}

void ArchiveWorker::listenForChanges() {
    try {
        listener_ = archive_->listenForChanges();
    } catch (const store::Error&) {
        listener_.reset();  // no second connection now: the window's periodic check still finds changes
    }
    if (!listener_) return;
    // Made on the worker's thread (open() runs there), so its event loop watches the socket.
    notifier_ = new QSocketNotifier(static_cast<qintptr>(listener_->descriptor()), QSocketNotifier::Read, this);
    connect(notifier_, &QSocketNotifier::activated, this, &ArchiveWorker::onNotice);
}

void ArchiveWorker::onNotice() {
    try {
        if (listener_ && listener_->takeNotices()) emit changeNoticed();
    } catch (const store::Error&) {
        // The listening connection is gone: stop watching it; the periodic check carries on.
        delete notifier_;
        notifier_ = nullptr;
        listener_.reset();
    }
}

void ArchiveWorker::checkForChanges(bool report) {
    if (!archive_) return;
    try {
        // (A stray cancel meant for a search stops this query too: asked again, unless a newer search came meanwhile,
        // and then the next check asks.)
        const auto counter = unlessSuperseded(latestGeneration_->load(), [&] { return archive_->changeCounter(); });
        const bool changed = report && lastChange_ && *lastChange_ != counter;
        lastChange_ = counter;
        if (changed) emit archiveChanged();
    } catch (const store::Error&) {
        // A connection lost for a moment: the next check tries again, and a search says what is wrong.
    }
}

void ArchiveWorker::search(quint64 generation, bulletin::search::SearchRequest request) {
    if (!searcher_ || stale(generation)) return;
    // A long ranking (every match of a huge result on a server) tells how far it got, and stops between its parts
    // once a newer search is asked for.
    request.rankingProgress = [this, generation](double done) {
        if (stale(generation)) return false;
        emit rankingProgress(generation, done);
        return true;
    };
    try {
        auto result = unlessSuperseded(generation, [&] { return searcher_->search(request); });
        if (result.rankingStopped) return;
        if (!stale(generation)) emit searchFinished(generation, std::move(result));
    } catch (const store::Error& e) {
        if (!e.interrupted() && !stale(generation))
            emit searchFailed(generation, QString::fromStdString(store::userMessage(e)));
    }
}

void ArchiveWorker::fetchRows(quint64 generation, bulletin::search::SearchRequest request) {
    if (!searcher_ || stale(generation)) return;
    try {
        request.withCount = false;
        auto result = unlessSuperseded(generation, [&] { return searcher_->search(request); });
        if (!stale(generation)) emit rowsFetched(generation, request.offset, std::move(result.rows));
    } catch (const store::Error& e) {
        if (!e.interrupted() && !stale(generation))
            emit searchFailed(generation, QString::fromStdString(store::userMessage(e)));
    }
}

void ArchiveWorker::loadDocument(quint64 ticket, qint64 id) {
    if (!searcher_) return;
    try {
        auto& reader = searcher_->reader();
        auto doc = reader.document(id);
        if (!doc) return;
        LoadedDocument loaded{
            std::move(*doc), reader.locations(id), reader.similar(id), searcher_->entities().mentions(id), {}, {}};
        auto& marks = searcher_->archive().marks();
        loaded.marks = marks.release(id);
        for (auto& t : marks.tags()) loaded.knownTags.push_back(std::move(t.tag));
        emit documentLoaded(ticket, std::move(loaded));
    } catch (const store::Error&) {
        // The document vanished or the read was interrupted; the view keeps what it shows.
    }
}

void ArchiveWorker::loadList(quint64 generation, int kind, bulletin::search::SearchRequest request) {
    if (!searcher_ || stale(generation)) return;
    try {
        auto list = unlessSuperseded(generation, [&] {
            return exporting::listRows(*searcher_, static_cast<exporting::ListKind>(kind), request);
        });
        if (!stale(generation)) emit listLoaded(generation, std::move(list));
    } catch (const store::Error& e) {
        if (!e.interrupted() && !stale(generation))
            emit searchFailed(generation, QString::fromStdString(store::userMessage(e)));
    }
}

void ArchiveWorker::loadFacets(quint64 generation, bulletin::search::SearchRequest request) {
    if (!searcher_ || stale(generation)) return;
    try {
        std::vector<search::QueryNotice> notices;
        auto plan = searcher_->plan(request, notices);
        if (!plan) return;
        auto facets = unlessSuperseded(generation, [&] { return searcher_->facets(*plan, 8); });
        if (!stale(generation)) emit facetsLoaded(generation, std::move(facets));
    } catch (const store::Error&) {
        // Interrupted by a newer query: its own facets follow.
    }
}

void ArchiveWorker::loadTimeline(quint64 generation, bulletin::search::SearchRequest request) {
    if (!searcher_ || stale(generation)) return;
    try {
        std::vector<search::QueryNotice> notices;
        auto plan = searcher_->plan(request, notices);
        if (!plan) return;
        auto months = unlessSuperseded(generation, [&] { return searcher_->reader().timeline(*plan); });
        if (!stale(generation)) emit timelineLoaded(generation, std::move(months));
    } catch (const store::Error&) {
        // Interrupted by a newer query: its own timeline follows.
    }
}

}  // namespace bulletin::app
