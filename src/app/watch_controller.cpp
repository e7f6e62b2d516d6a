#include "watch_controller.hpp"

#include "ingest/change_debouncer.hpp"
#include "ingest/folder_watcher.hpp"

namespace bulletin::app {

WatchController::WatchController(QObject* parent) : QObject(parent) {}

WatchController::~WatchController() { stop(); }

void WatchController::stop() {
    if (!thread_) return;
    stop_ = true;
    thread_->wait();
    delete thread_;
    thread_ = nullptr;
    folders_.clear();
}

void WatchController::watch(const QStringList& folders) {
    stop();
    if (folders.isEmpty()) return;
    folders_ = folders;
    stop_ = false;
    std::vector<std::filesystem::path> roots;
    for (const auto& f : folders) roots.emplace_back(f.toStdString());
    thread_ = QThread::create([this, roots] {
        try {
            ingest::FolderWatcher watcher(roots);
            ingest::ChangeDebouncer debouncer(std::chrono::milliseconds(1000));
            while (!stop_.load()) {
                for (const auto& path : watcher.wait(std::chrono::milliseconds(200)))
                    debouncer.noteChange(path, ingest::ChangeDebouncer::Clock::now());
                if (!debouncer.takeReady(ingest::ChangeDebouncer::Clock::now()).empty()) emit changesSettled();
            }
        } catch (const std::exception& e) {
            emit failed(QString::fromUtf8(e.what()));
        }
    });
    thread_->start();
}

}  // namespace bulletin::app
