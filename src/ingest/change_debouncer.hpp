#pragma once
// Collects changed paths and releases them once they have been quiet for a while, so that a file still being
// written (or a folder being copied) is ingested once, when it is complete. Time is a parameter, so tests
// control it.

#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace bulletin::ingest {

class ChangeDebouncer final {
public:
    using Clock = std::chrono::steady_clock;

    explicit ChangeDebouncer(std::chrono::milliseconds quiet) : quiet_(quiet) {}

    void noteChange(const std::string& path, Clock::time_point now) { lastChange_[path] = now; }
    // Paths with no change for `quiet` as of `now`, removed from the queue, sorted.
    [[nodiscard]] std::vector<std::string> takeReady(Clock::time_point now);
    [[nodiscard]] bool empty() const { return lastChange_.empty(); }
    [[nodiscard]] std::size_t pending() const { return lastChange_.size(); }
    // When the next path becomes ready, if any is waiting.
    [[nodiscard]] std::optional<Clock::time_point> nextReady() const;

private:
    std::chrono::milliseconds quiet_;
    std::map<std::string, Clock::time_point> lastChange_;
};

}  // namespace bulletin::ingest
