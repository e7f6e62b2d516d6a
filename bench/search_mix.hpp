#pragma once
// The search benchmarks' query mix, shared by search_bench (one archive) and team_bench (a server and a file in one
// run): p50/p95 of the first page (50 rows, snippets) plus the total count, and of facets (counted in memory by
// search::FacetIndex after its one-time load, which is reported); on an archive file, bare FTS5 MATCH as the floor,
// ordered by the table's rank (FTS5 sorts every match) and by the bm25() expression (SQLite keeps only the top 50).

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "bench_support.hpp"
#include "search/searcher.hpp"
#include "store/sqlite/fts5_expression.hpp"
#include "store/sqlite/sqlite_archive.hpp"

namespace bulletin::bench {

// p50 of bare FTS5: the first 50 matches of `match` ordered by `order`, and their count.
inline std::string bareFloor(store::Archive& archive, const std::string& match, const std::string& order, int runs) {
    auto first = store::sqliteDatabase(archive).prepare(
        "SELECT rowid FROM documents_fts WHERE documents_fts MATCH ? ORDER BY " + order + " LIMIT 50");
    auto count =
        store::sqliteDatabase(archive).prepare("SELECT count(*) FROM documents_fts WHERE documents_fts MATCH ?");
    const Timing t = measure(runs, [&] {
        first.bind(1, match);
        while (first.step()) {
        }
        first.reset();
        count.bind(1, match);
        count.step();
        count.reset();
    });
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f ms", t.p50);
    return buf;
}

// Runs the mix on an open archive and prints one line per query, then the first page in each other order.
inline void printSearchMix(store::Archive& archive, const store::Location& location, int runs) {
    search::Searcher searcher(archive);
    // Filters use the archive's most frequent person and agency, so the mix works on any archive.
    std::vector<search::QueryNotice> notices;
    const auto all = searcher.plan(search::SearchRequest{}, notices);
    const auto loadStart = Clock::now();
    // (Over every release, whatever facet sample the engine sets for a result.)
    const auto limits = searcher.limits();
    searcher.setLimits({limits.countCap, limits.relevanceAbove, 0});
    const auto top = searcher.facets(*all, 1);
    searcher.setLimits(limits);
    std::printf("facet index load + facets of the whole archive: %.0f ms\n",
                std::chrono::duration<double, std::milli>(Clock::now() - loadStart).count());
    const std::string person = top.people.empty() ? "person:nobody" : top.people[0].filter;
    const std::string agency = top.agencies.empty() ? "agency:nobody" : top.agencies[0].filter;
    // The person's name as words: a text query of a few thousand matches, ranked by relevance (the issue's "words
    // in up to 10,000 releases").
    const std::string personWords = person.substr(person.find(':') + 1);
    const std::vector<std::pair<std::string, std::string>> mix{
        {"single word", "meeting"},        {"two words", "drug trafficking"},
        {"phrase", "\"working group\""},   {"prefix", "terror*"},
        {"person filter", person},         {"agency filter", agency},
        {"date range", "date:2015..2018"}, {"combined", agency + " meeting date:2012..2020"},
        {"ranked words", personWords},
    };
    std::printf("%-14s %-60s %9s %11s %11s %11s %11s %11s %11s\n", "query", "text", "results", "page p50", "page p95",
                "facets p50", "facets p95", "rank p50", "bm25() p50");
    for (const auto& [label, query] : mix) {
        search::SearchRequest request;
        request.query = query;
        request.limit = 50;
        std::int64_t total = 0;
        const Timing page = measure(runs, [&] { total = searcher.search(request).total; });
        const auto plan = searcher.plan(request, notices);
        const Timing facets = measure(runs, [&] { (void)searcher.facets(*plan, 10); });
        // Floors: bare FTS5 MATCH (first 50 by bm25, and the count) where the query is plain text.
        std::string bareRank = "-", bareBm25 = "-";
        if (location.isFile() && !plan->text.empty() && plan->entities.empty() && !plan->dateFrom) {
            const std::string match = store::fts5Expression(plan->text);
            bareRank = bareFloor(archive, match, "rank", runs);
            bareBm25 = bareFloor(archive, match, "bm25(documents_fts, 10.0, 1.0)", runs);
        }
        std::printf("%-14s %-60.60s %9lld %8.1f ms %8.1f ms %8.1f ms %8.1f ms %11s %11s\n", label.c_str(),
                    query.c_str(), static_cast<long long>(total), page.p50, page.p95, facets.p50, facets.p95,
                    bareRank.c_str(), bareBm25.c_str());
        std::fflush(stdout);
    }
    // The same first page in the other orders a list offers.
    for (const auto& [label, sort] : {std::pair{"newest first", store::DocumentSort::DateDescending},
                                      std::pair{"oldest first", store::DocumentSort::DateAscending},
                                      std::pair{"by title", store::DocumentSort::Title}}) {
        for (const std::string& query :
             {std::string("terror*"), std::string("meeting"), agency, std::string("date:2015..2018")}) {
            search::SearchRequest request;
            request.query = query;
            request.sort = sort;
            request.limit = 50;
            std::int64_t total = 0;
            const Timing page = measure(runs, [&] { total = searcher.search(request).total; });
            std::printf("%-14s %-60.60s %9lld %8.1f ms %8.1f ms\n", label, query.c_str(), static_cast<long long>(total),
                        page.p50, page.p95);
        }
    }
}

}  // namespace bulletin::bench
