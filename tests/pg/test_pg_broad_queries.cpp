// Broad text queries on a server (SearchLimits::broadAbove): counted exactly only to a small cap by a plan that stops
// there, the total then the planner's estimate ("about 400"), facets over a smaller sample, newest first.

#include <algorithm>
#include <atomic>

#include "extract/extractor.hpp"
#include "ingest/ingester.hpp"
#include "pg_support.hpp"
#include "search/searcher.hpp"
#include "store/archive.hpp"
#include "store/archive_reader.hpp"
#include "support/test_support.hpp"

using namespace bulletin;

namespace {

// 400 releases on the harbour, one in ten of them on the ferry too.
void writeHarbourReleases(const std::filesystem::path& folder) {
    for (int i = 0; i < 400; ++i)
        test::writeFile(folder / ("h" + std::to_string(i) + ".txt"),
                        "Harbour notice " + std::to_string(i) + "\n\nQuetta, " + std::to_string(i % 28 + 1) + " " +
                            (i % 2 ? "March" : "April") + " " + std::to_string(2000 + i % 20) +
                            ". The harbour board reviewed berth " + std::to_string(i * 7919) + " and crane " +
                            std::to_string(i * 104729) + (i % 10 == 0 ? " before the ferry sailed." : "."));
}

// The harbour releases stored on a server of the test's own, its statistics gathered.
struct HarbourServer final {
    test::TempDir dir;
    test::TestDatabase db;
    store::Archive server{store::Location::parse("postgresql:" + db.conninfo())};
    HarbourServer() {
        writeHarbourReleases(dir / "in");
        std::atomic<bool> cancel{false};
        ingest::Ingester(server, {}, extract::defaultAnalyzer()).run({dir / "in"}, cancel);
        db.connect().exec("ANALYZE documents");
    }
};

}  // namespace

TEST_CASE("a server counts a broad query to a small cap and shows the planner's estimate beyond it",
          "[pg][end-to-end]") {
    HarbourServer harbour;
    store::Archive& server = harbour.server;
    REQUIRE(server.reader().stats().documents == 400);

    search::Searcher searcher(server);
    std::vector<search::QueryNotice> notices;
    search::SearchRequest r;
    r.query = "harbour";
    r.limit = 50;
    const auto q = searcher.plan(r, notices);
    REQUIRE(q);
    const auto estimate = server.reader().estimateDocuments(*q);
    REQUIRE(estimate);
    CHECK(*estimate >= 300);
    CHECK(*estimate <= 500);

    searcher.setLimits({100, 100, 100, 200, 20, 30});
    const auto broad = searcher.search(r);
    CHECK(broad.totalEstimated);
    CHECK_FALSE(broad.totalCapped);
    CHECK(broad.total >= 300);
    CHECK(broad.total <= 500);
    CHECK(broad.total % 10 == 0);  // two significant figures, not a count
    CHECK(broad.newestFirstInstead);
    REQUIRE(broad.rows.size() == 50);
    for (std::size_t i = 1; i < broad.rows.size(); ++i)
        CHECK(broad.rows[i - 1].publicationDate >= broad.rows[i].publicationDate);
    CHECK(searcher.facets(*q).sampledReleases == 30);

    // Asked for: the exact count, and relevance.
    r.exactCount = true;
    r.relevanceAlways = true;
    const auto exact = searcher.search(r);
    CHECK(exact.total == 400);
    CHECK_FALSE(exact.totalEstimated);
    CHECK_FALSE(exact.newestFirstInstead);

    // A query below the broad threshold is counted as before.
    search::SearchRequest few;
    few.query = "ferry";
    const auto counted = searcher.search(few);
    CHECK(counted.total == 40);
    CHECK_FALSE(counted.totalEstimated);
    CHECK_FALSE(counted.totalCapped);

    // The plan that stops at the cap, when the estimate is far above it, counts and lists matches as the bitmap does.
    store::DocumentQuery stopping = *q;
    stopping.estimate = 1'000'000;
    stopping.countCap = 20;
    CHECK(server.reader().countDocuments(stopping) == 21);
    stopping.idsCap = 30;
    const auto ids = server.reader().documentIds(stopping);
    CHECK(ids.size() == 30);
    store::DocumentQuery ferry = *q;
    ferry.text = search::Searcher(server).plan(few, notices)->text;
    ferry.estimate = 1'000'000;
    ferry.countCap = 100;
    CHECK(server.reader().countDocuments(ferry) == 40);
}

TEST_CASE("a server counts words with a filter beside them to the small cap from a lower estimate",
          "[pg][end-to-end]") {
    HarbourServer harbour;
    store::Archive& server = harbour.server;

    search::Searcher searcher(server);
    search::SearchRequest r;
    r.query = "harbour date:2005..2014";  // 200 of the 400
    r.limit = 20;
    // Words alone are broad from 300 on, with a filter beside them from 100 on.
    searcher.setLimits({100, 100, 100, 300, 20, 30, 100});
    const auto filtered = searcher.search(r);
    CHECK(filtered.totalEstimated);
    CHECK(filtered.total >= 100);
    CHECK(filtered.total <= 300);
    CHECK(filtered.newestFirstInstead);
    REQUIRE(filtered.rows.size() == 20);
    for (const auto& row : filtered.rows) {
        CHECK(row.publicationDate >= "2005");
        CHECK(row.publicationDate <= "2014-12-31");
    }
    std::vector<search::QueryNotice> notices;
    const auto q = searcher.plan(r, notices);
    REQUIRE(q);
    CHECK(searcher.facets(*q).sampledReleases == 30);

    // Without the lower threshold the same query is counted, to the ordinary cap.
    searcher.setLimits({100, 100, 100, 300, 20, 30, 0});
    const auto counted = searcher.search(r);
    CHECK_FALSE(counted.totalEstimated);
    CHECK(counted.totalCapped);
    CHECK(counted.total == 100);

    // Exactly, when asked: 200, and every page's rows in the range and distinct.
    r.exactCount = true;
    searcher.setLimits({0, 0, 0, 300, 20, 30, 100});
    const auto exact = searcher.search(r);
    CHECK(exact.total == 200);
    CHECK_FALSE(exact.totalEstimated);
}
