#include "ingest_controller.hpp"

#include "store/error_message.hpp"
#include "extract/extractor.hpp"
#include "ingest/ingester.hpp"
#include "store/archive.hpp"

namespace bulletin::app {

namespace {
class SignalProgress final : public ingest::ProgressListener {
public:
    explicit SignalProgress(IngestController* c) : c_(c) {}
    void onProgress(const ingest::IngestProgress& p) override { emit c_->progress(p); }
    void onRejected(const std::string& path, const std::string& stage, const std::string& why) override {
        emit c_->rejected(QString::fromStdString(path), QString::fromStdString(stage), QString::fromStdString(why));
    }

private:
    IngestController* c_;
};
}  // namespace

IngestController::IngestController(QObject* parent) : QObject(parent) {
    qRegisterMetaType<bulletin::ingest::IngestProgress>();
}

IngestController::~IngestController() {
    if (thread_) {
        cancel_ = true;
        thread_->wait();
    }
}

void IngestController::start(const QString& archivePath, const QStringList& folders) {
    if (thread_) return;
    cancel_ = false;
    std::vector<std::filesystem::path> roots;
    for (const auto& f : folders) roots.emplace_back(f.toStdString());
    thread_ = QThread::create([this, path = archivePath.toStdString(), roots] {
        try {
            store::Archive archive(store::Location::parse(path), store::Access::Write);
            ingest::Ingester ingester(archive, ingest::IngestOptions{}, extract::defaultAnalyzer());
            SignalProgress listener(this);
            const auto report = ingester.run(roots, cancel_, &listener);
            const auto& p = report.progress;
            emit finished(true, report.cancelled,
                          tr("%1 new documents, %2 duplicates, %3 unchanged, %4 rejected")
                              .arg(p.added)
                              .arg(p.duplicates)
                              .arg(p.skipped)
                              .arg(p.failed));
        } catch (const std::exception& e) {
            emit finished(false, false, QString::fromStdString(store::userMessage(e)));
        }
    });
    connect(thread_, &QThread::finished, this, [this] {
        thread_->deleteLater();
        thread_ = nullptr;
    });
    thread_->start();
}

void IngestController::cancel() { cancel_ = true; }

}  // namespace bulletin::app
