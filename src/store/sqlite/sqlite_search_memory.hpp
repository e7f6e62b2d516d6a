#pragma once
// The SQLite engine's saved searches and history: two small tables in the archive file.

#include "sqlite_archive.hpp"
#include "store/search_memory.hpp"

namespace bulletin::store {

class SqliteSearchMemory final : public SearchMemory {
public:
    explicit SqliteSearchMemory(SqliteArchive& archive) : archive_(archive) {}

    void save(const std::string& name, const std::string& query, const std::string& list) override;
    bool remove(const std::string& name) override;
    bool setWatched(const std::string& name, bool watched) override;
    bool markSeen(const std::string& name) override;
    [[nodiscard]] std::vector<SavedSearch> saved() override;
    void remember(const std::string& query) override;
    [[nodiscard]] std::vector<std::string> history(std::int64_t limit) override;

private:
    SqliteArchive& archive_;
};

}  // namespace bulletin::store
