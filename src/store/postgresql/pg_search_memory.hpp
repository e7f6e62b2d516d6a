#pragma once
// Saved searches and history on a team server: each analyst's own (owner = the connecting role), a saved search
// optionally shared with the team (the others see it, only its owner changes it); history stays private.

#include "pg.hpp"
#include "store/search_memory.hpp"

namespace bulletin::store::postgresql {

class PgSearchMemory final : public SearchMemory {
public:
    explicit PgSearchMemory(pg::Connection& connection) : c_(connection) {}
    void save(const std::string& name, const std::string& query, const std::string& list = "documents") override;
    bool remove(const std::string& name) override;
    bool setWatched(const std::string& name, bool watched) override;
    bool markSeen(const std::string& name) override;
    // The analyst's own searches and those others shared (a shared search of another's keeps its owner's name
    // as "name (owner)").
    [[nodiscard]] std::vector<SavedSearch> saved() override;
    // Shares one of the analyst's own searches with the team, or stops sharing it. False when there is none.
    bool setShared(const std::string& name, bool shared);
    void remember(const std::string& query) override;
    [[nodiscard]] std::vector<std::string> history(std::int64_t limit = 50) override;

private:
    pg::Connection& c_;
};

}  // namespace bulletin::store::postgresql
