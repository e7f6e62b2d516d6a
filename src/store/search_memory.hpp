#pragma once
// Saved searches and the query history, kept in the archive so they travel with it.

#include <cstdint>
#include <string>
#include <vector>


namespace bulletin::store {

struct SavedSearch final {
    std::string name;
    std::string query;
    std::string list;  // documents, people, agencies, locations, dates, meetings, cooccurrence
    bool watched = false;
    // The newest release when the analyst last looked: those stored after it are new (DocumentQuery::afterDocument).
    std::int64_t seenDocument = 0;
};

class SearchMemory {
public:
    virtual ~SearchMemory() = default;
    static constexpr std::int64_t kHistoryLimit = 500;

    // Saving under an existing name replaces that search.
    virtual void save(const std::string& name, const std::string& query, const std::string& list = "documents") = 0;
    // False when no search has that name.
    virtual bool remove(const std::string& name) = 0;
    // Watching starts from now: releases already in the archive are not new. False when no search has that name.
    virtual bool setWatched(const std::string& name, bool watched) = 0;
    // The analyst looked: the new releases so far are new no longer.
    virtual bool markSeen(const std::string& name) = 0;
    [[nodiscard]] virtual std::vector<SavedSearch> saved() = 0;

    // Records a query (not an empty one, not the same as the last one); the oldest entries beyond the limit go.
    virtual void remember(const std::string& query) = 0;
    // Most recent first, each query once.
    [[nodiscard]] virtual std::vector<std::string> history(std::int64_t limit = 50) = 0;

protected:
    SearchMemory() = default;
};

}  // namespace bulletin::store
