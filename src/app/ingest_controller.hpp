#pragma once
// Runs an ingest off the GUI thread with its own write connection; progress and rejections arrive as signals.

#include <QObject>
#include <QStringList>
#include <QThread>

#include <atomic>

#include "ingest/progress.hpp"

namespace bulletin::app {

class IngestController final : public QObject {
    Q_OBJECT

public:
    explicit IngestController(QObject* parent = nullptr);
    ~IngestController() override;

    [[nodiscard]] bool running() const { return thread_ != nullptr; }
    void start(const QString& archivePath, const QStringList& folders);
    // Takes effect within a fraction of a second; what was stored stays and the next run resumes.
    void cancel();

signals:
    void progress(bulletin::ingest::IngestProgress progress);
    void rejected(QString path, QString stage, QString reason);
    void finished(bool ok, bool cancelled, QString summary);

private:
    QThread* thread_ = nullptr;
    std::atomic<bool> cancel_{false};
};

}  // namespace bulletin::app

Q_DECLARE_METATYPE(bulletin::ingest::IngestProgress)
