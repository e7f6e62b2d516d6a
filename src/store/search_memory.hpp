#pragma once
// Saved searches and the query history, kept in the archive so they travel with it.

#include <cstdint>
#include <string>
#include <vector>

#include "archive.hpp"

namespace bulletin::store {

struct SavedSearch final {
    std::string name;
    std::string query;
    std::string list;  // documents, people, agencies, locations, dates, meetings, cooccurrence
};

class SearchMemory final {
public:
    static constexpr std::int64_t kHistoryLimit = 500;

    explicit SearchMemory(Archive& archive);

    // Saving under an existing name replaces that search.
    void save(const std::string& name, const std::string& query, const std::string& list = "documents");
    // False when no search has that name.
    bool remove(const std::string& name);
    [[nodiscard]] std::vector<SavedSearch> saved();

    // Records a query (not an empty one, not the same as the last one); the oldest entries beyond the limit go.
    void remember(const std::string& query);
    // Most recent first, each query once.
    [[nodiscard]] std::vector<std::string> history(std::int64_t limit = 50);

private:
    Archive& archive_;
};

}  // namespace bulletin::store
