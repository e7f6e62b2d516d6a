#pragma once
// One check, run on each engine: a ranking of more matches than the engine's limit, done in parts with progress,
// lists the same pages as one ranking, and stops when its progress callback says so.

#include <string>
#include <vector>

#include "search/searcher.hpp"
#include "store/archive_writer.hpp"
#include "support/catch.hpp"

namespace bulletin::test {

inline void checkRankingInParts(store::Archive& archive) {
    {
        // 38 releases with "water" 1-7 times (ties of rank broken by id), and 7 without it.
        const auto writer = archive.newWriter();
        writer->begin();
        for (int i = 0; i < 45; ++i) {
            Document d;
            d.title = "Bulletin " + std::to_string(i);
            d.body = "The board met on " + std::to_string(i) + " May.";
            if (i % 6 != 5)
                for (int k = 0; k <= i % 7; ++k) d.body += " The water supply was discussed.";
            d.raw = d.body;
            d.encoding = "UTF-8";
            d.contentHash = "rank" + std::to_string(i);
            d.location = {"/r/" + std::to_string(i) + ".txt", 10, 1, "b" + std::to_string(i)};
            (void)writer->store(d, {});
        }
        writer->commit();
    }
    search::Searcher searcher(archive);
    auto titles = [](const search::SearchResult& r) {
        std::vector<std::string> out;
        for (const auto& row : r.rows) out.push_back(row.title);
        return out;
    };
    search::SearchRequest request;
    request.query = "water";
    request.limit = 7;
    request.withSnippets = false;
    searcher.setLimits({0, 0});
    const auto whole = searcher.search(request);
    REQUIRE(whole.total == 38);
    request.offset = 7;
    const auto wholeSecond = searcher.search(request);
    request.offset = 0;

    searcher.setLimits({0, 5});
    std::vector<double> told;
    request.relevanceAlways = true;
    request.rankingProgress = [&](double done) {
        told.push_back(done);
        return true;
    };
    const auto parts = searcher.search(request);
    CHECK(parts.ran);
    CHECK(parts.total == 38);
    CHECK_FALSE(parts.newestFirstInstead);
    CHECK(titles(parts) == titles(whole));
    REQUIRE(told.size() == 11);
    CHECK(told.front() == 0.0);
    CHECK(told.back() == 1.0);
    for (std::size_t i = 1; i < told.size(); ++i) CHECK(told[i] > told[i - 1]);
    // The next page, by its key and by offset.
    REQUIRE(parts.next);
    request.after = parts.next;
    CHECK(titles(searcher.search(request)) == titles(wholeSecond));
    request.after.reset();
    request.offset = 7;
    CHECK(titles(searcher.search(request)) == titles(wholeSecond));
    request.offset = 0;

    // Stopped after the third part: nothing listed, and no more parts run.
    told.clear();
    request.rankingProgress = [&](double done) {
        told.push_back(done);
        return told.size() < 3;
    };
    const auto stopped = searcher.search(request);
    CHECK(stopped.rankingStopped);
    CHECK_FALSE(stopped.ran);
    CHECK(stopped.rows.empty());
    CHECK(told.size() == 3);
    // Without a progress callback (a scrolled chunk), or under the limit, one ranking as before.
    request.rankingProgress = {};
    CHECK(titles(searcher.search(request)) == titles(whole));
}

}  // namespace bulletin::test
