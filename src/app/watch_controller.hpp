#pragma once
// Watches folders on a background thread (the core FolderWatcher and ChangeDebouncer) and says when changes
// have settled, so the window can run an incremental ingest.

#include <QObject>
#include <QStringList>
#include <QThread>

#include <atomic>

namespace bulletin::app {

class WatchController final : public QObject {
    Q_OBJECT

public:
    explicit WatchController(QObject* parent = nullptr);
    ~WatchController() override;

    void watch(const QStringList& folders);
    void stop();
    [[nodiscard]] const QStringList& folders() const { return folders_; }

signals:
    void changesSettled();
    void failed(QString message);

private:
    QThread* thread_ = nullptr;
    std::atomic<bool> stop_{false};
    QStringList folders_;
};

}  // namespace bulletin::app
