#include "searcher.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>

namespace bulletin::search {

namespace {
store::SearchLimits limitsFor(const store::Archive& archive) {
    store::SearchLimits limits = archive.searchLimits();
    if (const char* text = std::getenv("BULLETIN_SEARCH_LIMITS"); text && *text) {
        long long cap = 0, above = 0;
        if (std::sscanf(text, "%lld,%lld", &cap, &above) == 2 && cap >= 0 && above >= 0) limits = {cap, above};
    }
    return limits;
}
}  // namespace

Searcher::Searcher(store::Archive& archive)
    : archive_(archive),
      reader_(archive.reader()),
      limits_(limitsFor(archive)),
      entities_(archive.entities()),
      facetIndex_(archive) {}

namespace {
std::optional<EntityType> entityType(const std::string& field) {
    if (field == "person") return EntityType::Person;
    if (field == "agency") return EntityType::Agency;
    if (field == "location") return EntityType::Location;
    return std::nullopt;
}

std::optional<MeetingKind> kindFromQuery(std::string value) {
    for (char& c : value)
        c = c == ' ' || c == '-' ? '_' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return meetingKindFromString(value);
}
}  // namespace

std::optional<store::DocumentQuery> Searcher::plan(const SearchRequest& request, std::vector<QueryNotice>& notices,
                                                   std::vector<std::string>* highlight) {
    QueryPlan p = parseQuery(request.query);
    store::DocumentQuery q;
    for (const auto& f : p.entityFilters) {
        if (const auto type = entityType(f.field)) {
            store::EntityConstraint c{entities_.resolve(*type, f.value), f.negated};
            if (c.entityIds.empty())
                p.notices.push_back({f.position, "no " + f.field + " named '" + f.value + "' in this archive", false});
            q.entities.push_back(std::move(c));
        } else if (const auto kind = kindFromQuery(f.value); kind && !f.negated) {
            q.meetingKinds.push_back(toString(*kind));
        } else {
            p.notices.push_back({f.position,
                                 "'kind:" + f.value +
                                     "' is not a meeting kind (meeting, training, workshop, "
                                     "conference, press_conference, announcement, other; not negatable)",
                                 true});
        }
    }
    notices = p.notices;
    if (highlight) *highlight = p.highlightTerms;
    if (p.hasErrors()) return std::nullopt;
    q.text = std::move(p.text);
    q.dateFrom = p.dateFrom;
    q.dateTo = p.dateTo;
    q.heldFrom = p.heldFrom;
    q.heldTo = p.heldTo;
    q.pathLike = p.pathLike;
    for (auto& m : p.markFilters) q.marks.push_back(std::move(m.constraint));
    q.afterDocument = request.afterDocument;
    q.sort = request.sort;
    q.limit = request.limit;
    q.offset = request.offset;
    q.after = request.after;
    q.withSnippets = request.withSnippets;
    q.snippetOpen = request.snippetOpen;
    q.snippetClose = request.snippetClose;
    q.countCap = request.exactCount ? 0 : limits_.countCap;
    return q;
}

SearchResult Searcher::search(const SearchRequest& request) {
    if (request.newAfter > 0) return searchNewFirst(request);
    SearchResult result;
    auto q = plan(request, result.notices, &result.highlightTerms);
    if (!q) return result;
    const auto& limits = limits_;
    if (q->sort == store::DocumentSort::Relevance && !q->text.empty() && limits.relevanceAbove > 0 &&
        !request.relevanceAlways) {
        // Ranking scores every match: above the engine's limit the newest come first, and the analyst may ask for
        // relevance (SearchRequest::relevanceAlways). The count is needed for the total anyway.
        q->knownCount = reader_.countDocuments(*q);
        if (*q->knownCount > limits.relevanceAbove) {
            q->sort = store::DocumentSort::DateDescending;
            result.newestFirstInstead = true;
        }
    }
    auto capped = [&](SearchResult& r) {
        if (q->countCap > 0 && r.total > q->countCap) {
            r.total = q->countCap;
            r.totalCapped = true;
        }
    };
    if (request.withCount) {
        if (auto page = reader_.firstPageWithTotal(*q)) {
            result.rows = std::move(page->rows);
            result.total = page->total;
            if (static_cast<std::int64_t>(result.rows.size()) == q->limit) result.next = result.rows.back().pageKey(*q);
            result.ran = true;
            capped(result);
            return result;
        }
    }
    // Counted first when the page's plan depends on the count anyway, once.
    if (request.withCount && !q->knownCount && reader_.countsToPlan(*q)) q->knownCount = reader_.countDocuments(*q);
    result.rows = reader_.documents(*q);
    if (q->limit > 0 && static_cast<std::int64_t>(result.rows.size()) == q->limit)
        result.next = result.rows.back().pageKey(*q);
    if (request.withCount) {
        // A short first page tells the count without a second query.
        const bool shortFirstPage =
            q->offset == 0 && !q->after && static_cast<std::int64_t>(result.rows.size()) < q->limit;
        result.total = q->knownCount    ? *q->knownCount
                       : shortFirstPage ? static_cast<std::int64_t>(result.rows.size())
                                        : reader_.countDocuments(*q);
        capped(result);
    }
    result.ran = true;
    return result;
}

// The query run twice, on the releases stored after `newAfter` and on those up to it; a page takes from the first
// part while its offset lies there, then from the second.
SearchResult Searcher::searchNewFirst(const SearchRequest& request) {
    SearchResult result;
    SearchRequest part = request;
    part.newAfter = 0;
    part.exactCount = true;  // the parts' counts place the pages
    part.after.reset();
    part.afterDocument = std::max(request.afterDocument, request.newAfter);
    auto fresh = plan(part, result.notices, &result.highlightTerms);
    if (!fresh) return result;
    const std::int64_t newCount = reader_.countDocuments(*fresh);
    result.newCount = newCount;
    part.afterDocument = request.afterDocument;
    std::vector<QueryNotice> ignored;
    auto rest = plan(part, ignored);
    if (!rest) return result;
    rest->upToDocument = request.newAfter;
    const std::int64_t offset = std::max<std::int64_t>(request.offset, 0);
    if (offset < newCount) {
        fresh->offset = offset;
        result.rows = reader_.documents(*fresh);
        for (auto& r : result.rows) r.isNew = true;
    }
    const auto have = static_cast<std::int64_t>(result.rows.size());
    if (request.limit < 0 || have < request.limit) {
        rest->offset = std::max<std::int64_t>(offset - newCount, 0);
        rest->limit = request.limit < 0 ? -1 : request.limit - have;
        for (auto& r : reader_.documents(*rest)) result.rows.push_back(std::move(r));
    }
    if (request.withCount) result.total = newCount + reader_.countDocuments(*rest);
    result.ran = true;
    return result;
}

}  // namespace bulletin::search
