#include "change_debouncer.hpp"

namespace bulletin::ingest {

std::vector<std::string> ChangeDebouncer::takeReady(Clock::time_point now) {
    std::vector<std::string> ready;
    for (auto it = lastChange_.begin(); it != lastChange_.end();) {
        if (now - it->second >= quiet_) {
            ready.push_back(it->first);
            it = lastChange_.erase(it);
        } else {
            ++it;
        }
    }
    return ready;
}

std::optional<ChangeDebouncer::Clock::time_point> ChangeDebouncer::nextReady() const {
    std::optional<Clock::time_point> next;
    for (const auto& [path, at] : lastChange_)
        if (!next || at + quiet_ < *next) next = at + quiet_;
    return next;
}

}  // namespace bulletin::ingest
