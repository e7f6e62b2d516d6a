#include "folder_watcher.hpp"

#include <poll.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "discovery.hpp"

namespace fs = std::filesystem;

namespace bulletin::ingest {

namespace {
constexpr std::uint32_t kEvents =
    IN_CREATE | IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_DELETE | IN_DELETE_SELF | IN_ATTRIB;
}

FolderWatcher::FolderWatcher(const std::vector<fs::path>& roots) {
    fd_ = ::inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    if (fd_ < 0) throw WatchError(std::string("cannot watch folders: ") + std::strerror(errno));
    for (const auto& r : roots) watchTree(r);
    if (folders_.empty()) {
        ::close(fd_);
        throw WatchError("none of the folders can be watched");
    }
}

FolderWatcher::~FolderWatcher() {
    if (fd_ >= 0) ::close(fd_);
}

void FolderWatcher::watchTree(const fs::path& folder) {
    std::error_code ec;
    if (!fs::is_directory(folder, ec)) return;
    const int wd = ::inotify_add_watch(fd_, folder.c_str(), kEvents);
    if (wd < 0) return;  // unreadable or the watch limit is reached: that folder is not watched
    if (folders_.count(wd)) return;  // the same folder through a link
    folders_[wd] = canonicalPath(folder);
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
        const auto name = it->path().filename().string();
        if (!name.empty() && name[0] != '.' && it->is_directory(ec)) watchTree(it->path());
    }
}

std::vector<std::string> FolderWatcher::wait(std::chrono::milliseconds timeout) {
    std::vector<std::string> changed;
    pollfd p{fd_, POLLIN, 0};
    if (::poll(&p, 1, static_cast<int>(timeout.count())) <= 0) return changed;
    alignas(inotify_event) char buffer[64 * 1024];
    while (true) {
        const ssize_t n = ::read(fd_, buffer, sizeof buffer);
        if (n <= 0) break;
        for (ssize_t off = 0; off < n;) {
            const auto* e = reinterpret_cast<const inotify_event*>(buffer + off);
            off += static_cast<ssize_t>(sizeof(inotify_event) + e->len);
            auto folder = folders_.find(e->wd);
            if (folder == folders_.end()) continue;
            if (e->mask & (IN_DELETE_SELF | IN_IGNORED)) {
                changed.push_back(folder->second);
                folders_.erase(folder);
                continue;
            }
            if (e->len == 0 || e->name[0] == '.') continue;
            const std::string path = folder->second + "/" + e->name;
            changed.push_back(path);
            if ((e->mask & IN_ISDIR) && (e->mask & (IN_CREATE | IN_MOVED_TO))) watchTree(path);
        }
    }
    return changed;
}

}  // namespace bulletin::ingest
