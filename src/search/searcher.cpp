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
        long long cap = 0, above = 0, sample = limits.facetSample;
        const int read = std::sscanf(text, "%lld,%lld,%lld", &cap, &above, &sample);
        if (read >= 2 && cap >= 0 && above >= 0 && sample >= 0) limits = {cap, above, sample};
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

std::optional<std::int64_t> Searcher::broadEstimate(const store::DocumentQuery& query) {
    if (limits_.broadAbove <= 0 || query.text.empty()) return std::nullopt;
    const std::int64_t above = limits_.broadFilteredAbove > 0 && store::filteredBesideText(query)
                                   ? std::min(limits_.broadFilteredAbove, limits_.broadAbove)
                                   : limits_.broadAbove;
    const auto estimate = reader_.estimateDocuments(query);
    if (!estimate || *estimate < above) return std::nullopt;
    return estimate;
}

store::Facets Searcher::facets(const store::DocumentQuery& query, int top) {
    store::DocumentQuery sampled = query;
    sampled.idsCap = limits_.facetSample;
    if (limits_.broadFacetSample > 0)
        if (const auto estimate = broadEstimate(query)) {
            sampled.idsCap = limits_.broadFacetSample;
            sampled.estimate = estimate;
        }
    return facetIndex_.facets(sampled, top);
}

namespace {
// Two significant figures: an estimate is not shown as if it were a count ("about 270,000", not "273,459").
std::int64_t roundedEstimate(std::int64_t n) {
    std::int64_t unit = 1;
    while (n / unit >= 100) unit *= 10;
    return (n + unit / 2) / unit * unit;
}
}  // namespace

SearchResult Searcher::search(const SearchRequest& request) {
    if (request.newAfter > 0) return searchNewFirst(request);
    SearchResult result;
    auto q = plan(request, result.notices, &result.highlightTerms);
    if (!q) return result;
    const auto& limits = limits_;
    // A broad text query (a common word over a million releases): counted exactly only to the broad cap, by a plan
    // that stops there; past it the total is the engine's estimate, and relevance gives way to newest first.
    // (Only where it counts or ranks: a later page in a date or title order asks the engine for nothing.)
    std::optional<std::int64_t> broad;
    if (!request.exactCount && !request.relevanceAlways && limits.broadCountCap > 0 &&
        (request.withCount || q->sort == store::DocumentSort::Relevance))
        broad = broadEstimate(*q);
    if (broad) {
        q->countCap = limits.broadCountCap;
        q->estimate = broad;
        if (q->sort == store::DocumentSort::Relevance && *broad > limits.relevanceAbove) {
            q->sort = store::DocumentSort::DateDescending;
            result.newestFirstInstead = true;
        }
    } else if (q->sort == store::DocumentSort::Relevance && !q->text.empty() && limits.relevanceAbove > 0 &&
               !request.relevanceAlways) {
        // Ranking scores every match: above the engine's limit the newest come first, and the analyst may ask for
        // relevance (SearchRequest::relevanceAlways). The count is needed for the total anyway.
        q->knownCount = reader_.countDocuments(*q);
        if (*q->knownCount > limits.relevanceAbove) {
            q->sort = store::DocumentSort::DateDescending;
            result.newestFirstInstead = true;
        }
    } else if (q->sort == store::DocumentSort::Relevance && !q->text.empty() && limits.relevanceAbove > 0 &&
               request.rankingProgress) {
        q->knownCount = reader_.countDocuments(*q);
        if (*q->knownCount > limits.relevanceAbove) {
            auto rows = rankInParts(*q, request.rankingProgress);
            if (!rows) {
                result.rankingStopped = true;
                return result;
            }
            result.rows = std::move(*rows);
            if (q->limit > 0 && static_cast<std::int64_t>(result.rows.size()) == q->limit)
                result.next = result.rows.back().pageKey(*q);
            result.total = *q->knownCount;
            if (q->countCap > 0 && result.total > q->countCap) {
                result.total = q->countCap;
                result.totalCapped = true;
            }
            result.ran = true;
            return result;
        }
    }
    auto capped = [&](SearchResult& r) {
        if (broad && r.total > q->countCap) {
            r.total = roundedEstimate(*broad);
            r.totalEstimated = true;
            return;
        }
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

std::optional<std::vector<store::DocumentRow>> Searcher::rankInParts(const store::DocumentQuery& query,
                                                                     const std::function<bool(double)>& progress) {
    store::DocumentQuery all = query;
    all.limit = -1;
    all.offset = 0;
    all.after.reset();
    const auto ids = reader_.documentIds(all);  // sorted; the matches' ids cut the ranking into even parts
    constexpr std::size_t kParts = 10;
    const std::int64_t wanted = query.limit > 0 ? query.limit + (query.after ? 0 : query.offset) : -1;
    std::vector<store::DocumentRow> rows;
    if (!progress(0.0)) return std::nullopt;
    std::int64_t lower = query.afterDocument;
    for (std::size_t part = 1; part <= kParts && !ids.empty(); ++part) {
        const std::size_t last = ids.size() * part / kParts;
        if (last == 0) continue;
        store::DocumentQuery slice = query;
        slice.offset = 0;
        slice.limit = wanted;
        slice.afterDocument = lower;
        slice.upToDocument = part == kParts ? query.upToDocument : static_cast<std::int64_t>(ids[last - 1]);
        if (slice.upToDocument > lower || slice.upToDocument == 0) {
            auto best = reader_.documents(slice);
            rows.insert(rows.end(), std::make_move_iterator(best.begin()), std::make_move_iterator(best.end()));
        }
        lower = slice.upToDocument;
        if (!progress(static_cast<double>(part) / kParts)) return std::nullopt;
    }
    // The order of one ranking: rank, then id.
    std::sort(rows.begin(), rows.end(), [](const store::DocumentRow& a, const store::DocumentRow& b) {
        return a.rank != b.rank ? a.rank < b.rank : a.id < b.id;
    });
    const auto skip = static_cast<std::size_t>(query.after ? 0 : std::max<std::int64_t>(0, query.offset));
    if (skip >= rows.size()) return std::vector<store::DocumentRow>{};
    rows.erase(rows.begin(), rows.begin() + static_cast<std::ptrdiff_t>(skip));
    if (query.limit > 0 && rows.size() > static_cast<std::size_t>(query.limit))
        rows.resize(static_cast<std::size_t>(query.limit));
    return rows;
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
