#include "searcher.hpp"

namespace bulletin::search {

Searcher::Searcher(store::Archive& archive) : reader_(archive) {}

std::optional<store::DocumentQuery> Searcher::plan(const SearchRequest& request, std::vector<QueryNotice>& notices,
                                                   std::vector<std::string>* highlight) {
    QueryPlan p = parseQuery(request.query);
    for (const auto& f : p.entityFilters)
        p.notices.push_back({0, "'" + f.field + ":' filters need extracted entities, which this archive does not hold",
                             true});
    notices = p.notices;
    if (highlight) *highlight = p.highlightTerms;
    if (p.hasErrors()) return std::nullopt;
    store::DocumentQuery q;
    q.match = p.match;
    q.dateFrom = p.dateFrom;
    q.dateTo = p.dateTo;
    q.pathLike = p.pathLike;
    q.sort = request.sort;
    q.limit = request.limit;
    q.offset = request.offset;
    q.withSnippets = request.withSnippets;
    q.snippetOpen = request.snippetOpen;
    q.snippetClose = request.snippetClose;
    return q;
}

SearchResult Searcher::search(const SearchRequest& request) {
    SearchResult result;
    auto q = plan(request, result.notices, &result.highlightTerms);
    if (!q) return result;
    result.rows = reader_.documents(*q);
    if (request.withCount) {
        // A short first page tells the count without a second query.
        result.total = (q->offset == 0 && static_cast<std::int64_t>(result.rows.size()) < q->limit)
                           ? static_cast<std::int64_t>(result.rows.size())
                           : reader_.countDocuments(*q);
    }
    result.ran = true;
    return result;
}

}  // namespace bulletin::search
