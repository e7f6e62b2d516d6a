#include "archive_session.hpp"

namespace bulletin::app {

void registerMetaTypes() {
    qRegisterMetaType<bulletin::search::SearchRequest>();
    qRegisterMetaType<bulletin::search::SearchResult>();
    qRegisterMetaType<bulletin::app::LoadedDocument>();
    qRegisterMetaType<std::vector<bulletin::store::DocumentRow>>();
    qRegisterMetaType<bulletin::exporting::ListResult>();
    qRegisterMetaType<bulletin::store::Facets>();
    qRegisterMetaType<std::vector<bulletin::store::MonthCount>>();
}

ArchiveSession::ArchiveSession(const QString& path, QObject* parent)
    : QObject(parent), path_(path), generation_(std::make_shared<std::atomic<quint64>>(0)) {
    registerMetaTypes();
    worker_ = new ArchiveWorker(path, generation_);
    worker_->moveToThread(&thread_);
    connect(&thread_, &QThread::finished, worker_, &QObject::deleteLater);
    thread_.setObjectName(QStringLiteral("archive-reader"));
    thread_.start();
}

void ArchiveSession::open() { QMetaObject::invokeMethod(worker_, &ArchiveWorker::open, Qt::QueuedConnection); }

void ArchiveSession::checkForChanges() {
    QMetaObject::invokeMethod(worker_, [w = worker_] { w->checkForChanges(true); }, Qt::QueuedConnection);
}

void ArchiveSession::noteChanges() {
    QMetaObject::invokeMethod(worker_, [w = worker_] { w->checkForChanges(false); }, Qt::QueuedConnection);
}

ArchiveSession::~ArchiveSession() {
    generation_->fetch_add(1);
    worker_->interrupt();
    thread_.quit();
    thread_.wait();
}

quint64 ArchiveSession::search(const search::SearchRequest& request) {
    const quint64 generation = generation_->fetch_add(1) + 1;
    worker_->interrupt();
    QMetaObject::invokeMethod(worker_, [w = worker_, generation, request] { w->search(generation, request); },
                              Qt::QueuedConnection);
    return generation;
}

void ArchiveSession::fetchRows(quint64 generation, const search::SearchRequest& request) {
    QMetaObject::invokeMethod(worker_, [w = worker_, generation, request] { w->fetchRows(generation, request); },
                              Qt::QueuedConnection);
}

quint64 ArchiveSession::nextGeneration() {
    const quint64 generation = generation_->fetch_add(1) + 1;
    worker_->interrupt();
    return generation;
}

void ArchiveSession::loadList(quint64 generation, int kind, const search::SearchRequest& request) {
    QMetaObject::invokeMethod(worker_, [w = worker_, generation, kind, request] { w->loadList(generation, kind, request); },
                              Qt::QueuedConnection);
}

void ArchiveSession::loadFacets(quint64 generation, const search::SearchRequest& request) {
    QMetaObject::invokeMethod(worker_, [w = worker_, generation, request] { w->loadFacets(generation, request); },
                              Qt::QueuedConnection);
}

void ArchiveSession::loadTimeline(quint64 generation, const search::SearchRequest& request) {
    QMetaObject::invokeMethod(worker_, [w = worker_, generation, request] { w->loadTimeline(generation, request); },
                              Qt::QueuedConnection);
}

quint64 ArchiveSession::loadDocument(qint64 id) {
    const quint64 ticket = ++documentTicket_;
    QMetaObject::invokeMethod(worker_, [w = worker_, ticket, id] { w->loadDocument(ticket, id); },
                              Qt::QueuedConnection);
    return ticket;
}


}  // namespace bulletin::app
