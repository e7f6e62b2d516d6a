#include "watched_searches.hpp"

#include <algorithm>

namespace bulletin::search {

SearchRequest newReleasesRequest(const store::SavedSearch& search) {
    SearchRequest request;
    request.query = search.query;
    request.sort = store::DocumentSort::DateDescending;
    request.afterDocument = std::max<std::int64_t>(search.seenDocument, 0);
    return request;
}

std::vector<WatchedStatus> watchedStatus(Searcher& searcher) {
    std::vector<WatchedStatus> out;
    for (auto& saved : searcher.archive().searchMemory().saved()) {
        if (!saved.watched) continue;
        WatchedStatus status;
        status.search = std::move(saved);
        std::vector<QueryNotice> notices;
        const auto plan = searcher.plan(newReleasesRequest(status.search), notices);
        if (plan) {
            status.fresh = searcher.reader().countDocuments(*plan);
        } else {
            for (const auto& n : notices)
                if (n.error) status.error = n.message;
        }
        out.push_back(std::move(status));
    }
    return out;
}

}  // namespace bulletin::search
