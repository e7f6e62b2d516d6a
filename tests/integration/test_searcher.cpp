#include <set>

#include "ingest/ingester.hpp"
#include "search/searcher.hpp"
#include "support/test_support.hpp"

using namespace bulletin;

namespace {
struct SampleArchive final {
    test::TempDir dir;
    std::unique_ptr<store::Archive> archive;
    SampleArchive() {
        test::copySamples(dir / "in");
        archive = std::make_unique<store::Archive>(dir / "a.bulletin");
        std::atomic<bool> cancel{false};
        ingest::Ingester(*archive, {}).run({dir / "in"}, cancel);
    }
};

std::vector<std::string> titles(const search::SearchResult& r) {
    std::vector<std::string> out;
    for (const auto& row : r.rows) out.push_back(row.title);
    return out;
}

search::SearchResult run(search::Searcher& s, const std::string& q,
                         store::DocumentSort sort = store::DocumentSort::Relevance) {
    search::SearchRequest r;
    r.query = q;
    r.sort = sort;
    return s.search(r);
}
}  // namespace

TEST_CASE("hits and misses on the samples", "[search]") {
    SampleArchive a;
    search::Searcher s(*a.archive);
    CHECK(run(s, "Kapinos").total == 1);
    CHECK(run(s, "Biggar Naqvi").total == 1);
    CHECK(run(s, "Kapinos Naqvi").total == 0);
    CHECK(run(s, "Kapinos OR Naqvi").total == 2);
    CHECK(run(s, "UNODC").total == 4);
    CHECK(run(s, "UNODC -Karachi").total == 3);
    CHECK(run(s, "\"working group\"").total == 2);
    CHECK(run(s, "terror*").total == 4);
    CHECK(run(s, "nonexistentword").total == 0);
    CHECK(run(s, "").total == 5);
}

TEST_CASE("titles rank above bodies and snippets mark hits", "[search]") {
    SampleArchive a;
    search::Searcher s(*a.archive);
    auto r = run(s, "interagency");
    REQUIRE(r.total >= 1);
    CHECK(r.rows[0].title == "Interagency Cooperation through Adopting an Integrated Approach");
    CHECK(r.rows[0].snippet.find("[Interagency]") != std::string::npos);
    r = run(s, "meeting");
    REQUIRE(r.rows.size() >= 3);
    CHECK(r.rows[0].title.find("Meeting") != std::string::npos);
}

TEST_CASE("date, title and path filters and sorts", "[search]") {
    SampleArchive a;
    search::Searcher s(*a.archive);
    CHECK(titles(run(s, "date:2018")) ==
          std::vector<std::string>{"Interagency Cooperation through Adopting an Integrated Approach"});
    CHECK(run(s, "date:2018..2022").total == 2);
    CHECK(run(s, "date:>2020").total == 1);
    CHECK(run(s, "title:meeting").total == 2);
    CHECK(run(s, "path:003_").total == 1);
    auto byDate = run(s, "", store::DocumentSort::DateDescending);
    REQUIRE(byDate.rows.size() == 5);
    CHECK(byDate.rows[0].publicationDate == "2022-07-27");
    CHECK(byDate.rows[1].publicationDate == "2018-10-24");
    auto byTitle = run(s, "", store::DocumentSort::Title);
    CHECK(byTitle.rows[0].title.rfind("Director General", 0) == 0);
}

TEST_CASE("queries with errors do not run and say why", "[search]") {
    SampleArchive a;
    search::Searcher s(*a.archive);
    auto r = run(s, "-UNODC");
    CHECK_FALSE(r.ran);
    REQUIRE_FALSE(r.notices.empty());
    r = run(s, "date:someday");
    CHECK_FALSE(r.ran);
    r = run(s, "\"Regional Representative");
    CHECK(r.ran);
    CHECK(r.total == 1);
    CHECK_FALSE(r.notices.empty());
}

TEST_CASE("pages of a long list are disjoint and complete", "[search]") {
    SampleArchive a;
    search::Searcher s(*a.archive);
    search::SearchRequest r;
    r.limit = 2;
    std::set<std::int64_t> seen;
    for (r.offset = 0; r.offset < 6; r.offset += 2)
        for (const auto& row : s.search(r).rows) CHECK(seen.insert(row.id).second);
    CHECK(seen.size() == 5);
}
