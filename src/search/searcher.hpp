#pragma once
// Runs a user's query against an archive: parse -> plan -> store query. One Searcher per thread.

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "facet_index.hpp"
#include "query_parser.hpp"
#include "store/archive.hpp"
#include "store/archive_reader.hpp"
#include "store/entity_reader.hpp"

namespace bulletin::search {

struct SearchRequest final {
    std::string query;
    store::DocumentSort sort = store::DocumentSort::Relevance;
    std::int64_t limit = 50;
    std::int64_t offset = 0;
    std::optional<store::PageKey> after =
        std::nullopt;  // continue after this row (keyset pagination); offset is then ignored
    bool withSnippets = true;
    bool withCount = true;
    std::string snippetOpen = "[";
    std::string snippetClose = "]";
    std::int64_t afterDocument = 0;  // only releases stored after this one: a watched search's new ones
    // Every release of the query, those stored after this one first (each part in the request's order) and flagged
    // isNew: a watched search opened to see what is new without losing the rest. Pages by offset (`after` is
    // ignored); 0: off.
    std::int64_t newAfter = 0;
    // On an engine with search limits (store::SearchLimits, a team server): count past the cap, and rank by relevance
    // however many releases match (both cost time in proportion to the matches).
    bool exactCount = false;
    bool relevanceAlways = false;
    // With relevanceAlways on such an engine: the ranking of more matches than its limit runs in parts, and this is
    // told the share done (0 to 1) after each; returning false stops it (the result then has rankingStopped set).
    std::function<bool(double)> rankingProgress = {};
};

struct SearchResult final {
    std::vector<store::DocumentRow> rows;
    std::int64_t total = 0;
    std::vector<QueryNotice> notices;
    std::vector<std::string> highlightTerms;
    std::optional<store::PageKey> next = std::nullopt;  // where the next page starts, when this one was full
    std::int64_t newCount = 0;  // of the total, the releases stored after SearchRequest::newAfter (shown first)
    bool ran = false;           // false when the query had errors (see notices)
    bool totalCapped = false;   // more releases match than `total`, which is the engine's count cap
    // `total` is the engine's estimate, rounded (a broad query: SearchLimits::broadAbove), shown as one ("about
    // 270,000 releases"); at least the engine's broad count cap were counted.
    bool totalEstimated = false;
    bool newestFirstInstead = false;  // relevance asked, but too many matched: the rows are newest first
    bool rankingStopped = false;      // SearchRequest::rankingProgress said stop: no rows
};

class Searcher final {
public:
    explicit Searcher(store::Archive& archive);

    [[nodiscard]] SearchResult search(const SearchRequest& request);
    // The store query for a request, or nullopt (with notices filled) when the query cannot run.
    [[nodiscard]] std::optional<store::DocumentQuery> plan(const SearchRequest& request,
                                                           std::vector<QueryNotice>& notices,
                                                           std::vector<std::string>* highlight = nullptr);
    // The `top` values of each facet for a query's documents, counted in memory (see FacetIndex), over at most the
    // engine's facet sample of them (Facets::sampledReleases says when).
    [[nodiscard]] store::Facets facets(const store::DocumentQuery& query, int top = 10);
    // Count, date span and facets of a query's documents in one pass over its ids (batch search).
    [[nodiscard]] QueryOverview overview(const store::DocumentQuery& query, int top = 3) {
        return facetIndex_.overview(query, top);
    }
    // The analyst's tags on a query's releases, most used first (the Tags list).
    [[nodiscard]] std::vector<store::FacetValue> tagCounts(const store::DocumentQuery& query) {
        return facetIndex_.tags(query);
    }
    [[nodiscard]] const FacetIndex& facetIndex() const { return facetIndex_; }
    [[nodiscard]] store::ArchiveReader& reader() { return reader_; }
    [[nodiscard]] store::EntityReader& entities() { return entities_; }
    [[nodiscard]] store::Archive& archive() { return archive_; }
    // The counting and ranking limits searches follow: the engine's (store::SearchLimits), or those set in
    // BULLETIN_SEARCH_LIMITS as "COUNT_CAP,RELEVANCE_ABOVE[,FACET_SAMPLE]" (0 for none), or those set here.
    [[nodiscard]] const store::SearchLimits& limits() const { return limits_; }
    // The engine's estimate of a text query's matches when it is at least SearchLimits::broadAbove (nullopt: not
    // broad, or the engine makes no estimates, or the analyst asked for exact counts).
    [[nodiscard]] std::optional<std::int64_t> broadEstimate(const store::DocumentQuery& query);
    void setLimits(const store::SearchLimits& limits) { limits_ = limits; }

private:
    store::Archive& archive_;
    store::ArchiveReader& reader_;
    store::SearchLimits limits_;
    store::EntityReader& entities_;
    FacetIndex facetIndex_;

    SearchResult searchNewFirst(const SearchRequest& request);
    // The page of a ranking done in parts of equal numbers of matches (by release id), each part's best rows merged:
    // the same rows as one ranking (the order is rank, then id), with progress between parts. nullopt: stopped.
    std::optional<std::vector<store::DocumentRow>> rankInParts(const store::DocumentQuery& query,
                                                               const std::function<bool(double)>& progress);
};

}  // namespace bulletin::search
