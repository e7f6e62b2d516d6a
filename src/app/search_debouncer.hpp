#pragma once
// When a keystroke in the search field searches: at once if it is the first after a pause (so the first results
// come as fast as the archive answers), else when typing pauses for `delay` (the caller's timer). Time is passed
// in, so tests control it.

#include <cstdint>

namespace bulletin::app {

class SearchDebouncer final {
public:
    explicit SearchDebouncer(int delayMs) : delay_(delayMs) {}

    // A keystroke at `nowMs` (any monotonic clock): true to search now, false to (re)start the trailing timer.
    bool keystroke(std::int64_t nowMs) {
        const bool first = last_ < 0 || nowMs - last_ >= delay_;
        last_ = nowMs;
        return first;
    }
    void setDelay(int delayMs) { delay_ = delayMs; }
    [[nodiscard]] int delay() const { return delay_; }

private:
    int delay_;
    std::int64_t last_ = -1;
};

}  // namespace bulletin::app
