#pragma once
// Watched searches: how many releases each watched saved search has gained since the analyst last looked (the
// Search menu, the sidebar, `bulletin-cli saved new`).

#include <string>
#include <vector>

#include "searcher.hpp"
#include "store/search_memory.hpp"

namespace bulletin::search {

struct WatchedStatus final {
    store::SavedSearch search;
    std::int64_t fresh = 0;  // releases matching it stored since search.seenDocument
    std::string error;       // why its query cannot run (the archive changed, a hand-edited query); else empty
};

// Every watched saved search with its count of new releases, in the saved searches' order.
[[nodiscard]] std::vector<WatchedStatus> watchedStatus(Searcher& searcher);

// The request that lists a saved search's new releases, newest first.
[[nodiscard]] SearchRequest newReleasesRequest(const store::SavedSearch& search);

}  // namespace bulletin::search
