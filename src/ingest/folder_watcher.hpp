#pragma once
// Watches folders recursively with inotify (Linux) and reports paths that were created, written, moved or
// deleted. New subfolders are watched as they appear; hidden ones are skipped, as discovery skips them.

#include <chrono>
#include <filesystem>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace bulletin::ingest {

class WatchError final : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class FolderWatcher final {
public:
    explicit FolderWatcher(const std::vector<std::filesystem::path>& roots);
    ~FolderWatcher();
    FolderWatcher(const FolderWatcher&) = delete;
    FolderWatcher& operator=(const FolderWatcher&) = delete;

    // Waits up to `timeout` for events; returns the paths they concern (possibly none).
    [[nodiscard]] std::vector<std::string> wait(std::chrono::milliseconds timeout);
    [[nodiscard]] std::size_t watchedFolders() const { return folders_.size(); }

private:
    void watchTree(const std::filesystem::path& folder);
    int fd_ = -1;
    std::map<int, std::string> folders_;  // watch descriptor -> folder
};

}  // namespace bulletin::ingest
