#include <cctype>
#include <cstdio>
#include <set>
#include <thread>

#include "ingest/ingester.hpp"
#include "search/searcher.hpp"
#include "store/archive_writer.hpp"
#include "store/sqlite/sqlite_archive.hpp"
#include "support/ranking_in_parts.hpp"
#include "support/sample_archive.hpp"
#include "support/test_support.hpp"

using namespace bulletin;

namespace {
std::vector<std::string> titles(const search::SearchResult& r) {
    std::vector<std::string> out;
    for (const auto& row : r.rows) out.push_back(row.title);
    return out;
}

// `count` documents written straight through the writer in one transaction (quicker than ingesting files);
// `fill` sets each one's title, body and date.
template <typename Fill>
void storeTinyDocuments(store::Archive& archive, int count, Fill fill) {
    const auto writerOwner = archive.newWriter();
    auto& writer = *writerOwner;
    writer.begin();
    for (int i = 0; i < count; ++i) {
        Document d;
        fill(i, d);
        d.raw = d.body;
        d.encoding = "UTF-8";
        d.contentHash = "h" + std::to_string(i);
        d.location = {"/x/" + std::to_string(i) + ".txt", 10, 1, "b" + std::to_string(i)};
        writer.store(d, {});
    }
    writer.commit();
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
    test::SampleArchive a(false);
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
    test::SampleArchive a(false);
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
    test::SampleArchive a(false);
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
    test::SampleArchive a(false);
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
    test::SampleArchive a(false);
    search::Searcher s(*a.archive);
    search::SearchRequest r;
    r.limit = 2;
    std::set<std::int64_t> seen;
    for (r.offset = 0; r.offset < 6; r.offset += 2)
        for (const auto& row : s.search(r).rows) CHECK(seen.insert(row.id).second);
    CHECK(seen.size() == 5);
}

TEST_CASE("a running query is cancelled from another thread", "[search][cancel]") {
    test::TempDir dir;
    store::Archive archive(dir / "a.bulletin");
    // A query slow enough to be caught running: a recursive CTE that counts for a long time.
    std::atomic<bool> finished{false};
    std::thread canceller([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        archive.interrupt();
    });
    try {
        (void)store::sqliteDatabase(archive).queryInt(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000000) SELECT count(*) FROM n");
        finished = true;
    } catch (const sql::Error& e) {
        CHECK(e.interrupted());
    }
    canceller.join();
    CHECK_FALSE(finished);
    // The connection stays usable.
    CHECK(store::sqliteDatabase(archive).queryInt("SELECT 1") == 1);
}

TEST_CASE("pages past 10,000 rows are disjoint and complete", "[search][paging]") {
    test::TempDir dir;
    store::Archive archive(dir / "a.bulletin");
    // 10,050 tiny documents written directly, to keep the test quick.
    storeTinyDocuments(archive, 10050, [](int i, Document& d) {
        d.title = "Release " + std::to_string(i);
        d.body = "common word and unique" + std::to_string(i);
    });
    search::Searcher s(archive);
    search::SearchRequest r;
    r.query = "common";
    r.limit = 1000;
    std::set<std::int64_t> seen;
    for (r.offset = 0;; r.offset += r.limit) {
        const auto page = s.search(r);
        CHECK(page.total == 10050);
        if (page.rows.empty()) break;
        for (const auto& row : page.rows) CHECK(seen.insert(row.id).second);
    }
    CHECK(seen.size() == 10050);
    r.offset = 10040;
    r.limit = 50;
    CHECK(s.search(r).rows.size() == 10);
}

TEST_CASE("Thai, Chinese and Japanese releases are found by their words, Latin names without diacritics", "[search][tokenizer]") {
    test::TempDir dir;
    // "Thai police arrested a suspect in Bangkok" / "UNODC office in Beijing held a meeting" / Japanese police
    // agency met UNODC.
    test::writeFile(dir / "in" / "th.txt",
                    "\xE0\xB8\x82\xE0\xB9\x88\xE0\xB8\xB2\xE0\xB8\xA7\n\n\xE0\xB8\x95\xE0\xB8\xB3\xE0\xB8\xA3\xE0\xB8\xA7"
                    "\xE0\xB8\x88\xE0\xB8\x88\xE0\xB8\xB1\xE0\xB8\x9A\xE0\xB8\x81\xE0\xB8\xB8\xE0\xB8\xA1\xE0\xB8\x9C"
                    "\xE0\xB8\xB9\xE0\xB9\x89\xE0\xB8\x95\xE0\xB9\x89\xE0\xB8\xAD\xE0\xB8\x87\xE0\xB8\xAA\xE0\xB8\x87"
                    "\xE0\xB8\xAA\xE0\xB8\xB1\xE0\xB8\xA2\n");
    test::writeFile(dir / "in" / "zh.txt",
                    "\xE6\x96\xB0\xE9\x97\xBB\n\n\xE8\x81\x94\xE5\x90\x88\xE5\x9B\xBD\xE6\xAF\x92\xE5\x93\x81\xE5\x92\x8C"
                    "\xE7\x8A\xAF\xE7\xBD\xAA\xE9\x97\xAE\xE9\xA2\x98\xE5\x8A\x9E\xE5\x85\xAC\xE5\xAE\xA4\xE5\x9C\xA8"
                    "\xE5\x8C\x97\xE4\xBA\xAC\xE4\xB8\xBE\xE8\xA1\x8C\xE4\xBC\x9A\xE8\xAE\xAE\n");
    test::writeFile(dir / "in" / "ja.txt",
                    "\xE7\x99\xBA\xE8\xA1\xA8\n\n\xE8\xAD\xA6\xE5\xAF\x9F\xE5\xBA\x81\xE3\x81\xAFUNODC\xE3\x81\xA8"
                    "\xE4\xBC\x9A\xE8\xAD\xB0\xE3\x82\x92\xE9\x96\x8B\xE3\x81\x84\xE3\x81\x9F\n");
    test::writeFile(dir / "in" / "latin.txt", "Release\n\nZakariyy\xC4\x81 Mansoor visited S\xC3\xA3o Paulo.\n");
    store::Archive archive(dir / "a.bulletin");
    std::atomic<bool> cancel{false};
    ingest::Ingester(archive, {}).run({dir / "in"}, cancel);
    search::Searcher s(archive);
    const auto one = [&](const std::string& q) {
        INFO(q);
        return run(s, q).total;
    };
    CHECK(one("\xE0\xB8\x95\xE0\xB8\xB3\xE0\xB8\xA3\xE0\xB8\xA7\xE0\xB8\x88") == 1);  // Thai "police", inside a run
    CHECK(one("\xE5\x8C\x97\xE4\xBA\xAC") == 1);                                      // "Beijing"
    CHECK(one("\"\xE6\xAF\x92\xE5\x93\x81\"") == 1);                                  // "drugs"
    CHECK(one("UNODC") == 1);                                                          // inside Japanese text
    CHECK(one("\xE8\xAD\xA6\xE5\xAF\x9F") == 1);                                      // Japanese "police"
    CHECK(one("Zakariyya") == 1);
    CHECK(one("sao paulo") == 1);
    CHECK(one("\xE0\xB8\x81\xE0\xB8\x82") == 0);  // Thai letters that are no word of it
}

namespace {
std::string lowered(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

// Whether row b may follow row a in a list sorted by `sort` (ties broken by id), worked out here apart from the
// store's SQL: undated rows last in both date orders, newest-added first among equal dates when newest first.
bool inListOrder(const store::DocumentRow& a, const store::DocumentRow& b, store::DocumentSort sort, bool text) {
    if (sort == store::DocumentSort::Relevance && text) return a.rank < b.rank || (a.rank == b.rank && a.id < b.id);
    if (sort == store::DocumentSort::Title) {
        const auto ta = lowered(a.title), tb = lowered(b.title);
        return ta < tb || (ta == tb && a.id < b.id);
    }
    const bool descending = sort != store::DocumentSort::DateAscending;
    if (a.publicationDate.empty() || b.publicationDate.empty()) {
        if (a.publicationDate.empty() != b.publicationDate.empty()) return b.publicationDate.empty();
        return descending ? a.id > b.id : a.id < b.id;
    }
    if (a.publicationDate != b.publicationDate)
        return descending ? a.publicationDate > b.publicationDate : a.publicationDate < b.publicationDate;
    return descending ? a.id > b.id : a.id < b.id;
}
}  // namespace

TEST_CASE("keyset pages past 10,000 rows are disjoint, complete and in order, for every sort", "[search][paging]") {
    test::TempDir dir;
    store::Archive archive(dir / "a.bulletin");
    // 10,030 tiny documents with many equal ranks, dates and titles: the ties are what keysets get wrong.
    storeTinyDocuments(archive, 10030, [](int i, Document& d) {
        d.title = i % 3 ? "Release " + std::to_string(i % 50) : "release " + std::to_string(i % 50);
        d.body = "common word" + std::string(i % 2 ? " and more" : "");
        if (i % 7) d.publicationDate = DateValue::fromIso("2018-05-" + std::to_string(10 + i % 9));
    });
    search::Searcher s(archive);
    for (const auto sort : {store::DocumentSort::Relevance, store::DocumentSort::DateDescending,
                            store::DocumentSort::DateAscending, store::DocumentSort::Title}) {
        for (const std::string query : {"common", ""}) {
            INFO(static_cast<int>(sort) << " '" << query << "'");
            search::SearchRequest r;
            r.query = query;
            r.sort = sort;
            r.limit = 997;
            r.withSnippets = false;
            // The whole list in one page is the reference order.
            search::SearchRequest whole = r;
            whole.limit = -1;
            const auto all = s.search(whole);
            REQUIRE(all.rows.size() == 10030);
            for (std::size_t i = 1; i < all.rows.size(); ++i) {
                INFO("rows " << i - 1 << " and " << i);
                CHECK(inListOrder(all.rows[i - 1], all.rows[i], sort, !query.empty()));
            }
            std::vector<std::int64_t> paged;
            for (;;) {
                const auto page = s.search(r);
                for (const auto& row : page.rows) paged.push_back(row.id);
                if (!page.next) break;
                r.after = page.next;
            }
            REQUIRE(paged.size() == all.rows.size());
            std::size_t same = 0;
            for (std::size_t i = 0; i < paged.size(); ++i) same += paged[i] == all.rows[i].id;
            CHECK(same == paged.size());
        }
    }
}

TEST_CASE("thousands of an agency's or a year's releases list whole and in order for every sort, page after page", "[search][paging]") {
    test::TempDir dir;
    store::Archive archive(dir / "a.bulletin");
    // More releases than the reader sorts in memory: large lists walk the date or title index instead.
    constexpr int kReleases = 2700;
    {
        const auto writerOwner = archive.newWriter();
    auto& writer = *writerOwner;
        writer.begin();
        for (int i = 0; i < kReleases; ++i) {
            Document d;
            d.title = (i % 2 ? "Border " : "border ") + std::to_string(i % 60);
            d.body = "Border Office release " + std::to_string(i);
            d.raw = d.body;
            d.encoding = "UTF-8";
            d.contentHash = "h" + std::to_string(i);
            d.location = {"/x/" + std::to_string(i) + ".txt", 10, 1, "b" + std::to_string(i)};
            if (i % 9) d.publicationDate = DateValue::fromIso("2019-0" + std::to_string(1 + i % 7) + "-1" + std::to_string(i % 10));
            Extraction extraction;
            if (i % 5) {
                Entity agency;
                agency.type = EntityType::Agency;
                agency.name = "Border Office";
                agency.key = "border office";
                agency.mentions.push_back({{0, 13}, "Border Office", "test"});
                extraction.entities.push_back(agency);
            }
            writer.store(d, extraction);
        }
        writer.commit();
    }
    search::Searcher s(archive);
    // The agency's releases (every fifth has none), and the dated releases (every ninth is undated).
    const std::vector<std::pair<std::string, std::size_t>> lists{{"agency:\"Border Office\"", kReleases * 4 / 5},
                                                                 {"date:2019", kReleases - kReleases / 9}};
    for (const auto& [query, expected] : lists) {
        for (const auto sort : {store::DocumentSort::Relevance, store::DocumentSort::DateDescending,
                                store::DocumentSort::DateAscending, store::DocumentSort::Title}) {
            INFO(query << " sort " << static_cast<int>(sort));
            search::SearchRequest r;
            r.query = query;
            r.sort = sort;
            r.limit = 500;
            r.withSnippets = false;
            std::vector<store::DocumentRow> paged;
            for (;;) {
                const auto page = s.search(r);
                if (!r.after) CHECK(page.total == static_cast<std::int64_t>(expected));
                paged.insert(paged.end(), page.rows.begin(), page.rows.end());
                if (!page.next) break;
                r.after = page.next;
            }
            REQUIRE(paged.size() == expected);
            std::set<std::int64_t> ids;
            for (std::size_t i = 0; i < paged.size(); ++i) {
                ids.insert(paged[i].id);
                if (i) {
                    INFO("rows " << i - 1 << " and " << i);
                    CHECK(inListOrder(paged[i - 1], paged[i], sort, false));
                }
            }
            CHECK(ids.size() == paged.size());
        }
    }
}

TEST_CASE("a filtered text query's first page and total in one pass equal the page and the count apart", "[search][one-pass]") {
    test::TempDir dir;
    store::Archive archive(dir / "a.bulletin");
    // Titles and dates repeat so that every sort has ties; every third release says "rare".
    storeTinyDocuments(archive, 3000, [](int i, Document& d) {
        d.title = "Release " + std::to_string(i % 40);
        d.body = "common text " + std::string(i % 3 == 0 ? "rare " : "") + std::to_string(i) + " common";
        char iso[32];
        std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", 2010 + i % 12, 1 + i % 12, 1 + i % 28);
        if (i % 11) d.publicationDate = DateValue::fromIso(iso);
    });
    search::Searcher searcher(archive);
    auto& reader = searcher.reader();
    int compared = 0;
    for (const std::string query : {"common date:2012..2016", "rare date:>2015-06-01", "common path:1 date:2011",
                                    "rare OR text date:2010..2021", "nothingmatches date:2015", "common -rare date:2013"}) {
        for (const auto sort : {store::DocumentSort::Relevance, store::DocumentSort::DateDescending,
                                store::DocumentSort::DateAscending, store::DocumentSort::Title}) {
            for (const bool snippets : {true, false}) {
                INFO(query << " sort " << static_cast<int>(sort) << " snippets " << snippets);
                search::SearchRequest request;
                request.query = query;
                request.sort = sort;
                request.limit = 50;
                request.withSnippets = snippets;
                std::vector<search::QueryNotice> notices;
                const auto plan = searcher.plan(request, notices);
                REQUIRE(plan);
                const auto onePass = reader.firstPageWithTotal(*plan);
                REQUIRE(onePass);
                const auto apart = reader.documents(*plan);
                CHECK(onePass->total == reader.countDocuments(*plan));
                REQUIRE(onePass->rows.size() == apart.size());
                for (std::size_t i = 0; i < apart.size(); ++i) {
                    CHECK(onePass->rows[i].id == apart[i].id);
                    CHECK(onePass->rows[i].snippet == apart[i].snippet);
                    CHECK(onePass->rows[i].publicationDate == apart[i].publicationDate);
                    CHECK(onePass->rows[i].rank == Approx(apart[i].rank));
                }
                // The searcher takes this path, and the next page follows on from it.
                const auto result = searcher.search(request);
                CHECK(result.total == onePass->total);
                if (result.next) {
                    request.after = result.next;
                    const auto second = searcher.search(request);
                    for (const auto& row : second.rows)
                        for (const auto& first : result.rows) CHECK(row.id != first.id);
                }
                ++compared;
            }
        }
    }
    CHECK(compared == 48);
    // Unfiltered text, filters alone, later pages: the separate queries answer those.
    store::DocumentQuery plain;
    plain.text = store::TextQuery::term("common");
    CHECK_FALSE(reader.firstPageWithTotal(plain));
}

TEST_CASE("a word's forms are found with ~word, the plain word finds only itself", "[search][stem]") {
    test::TempDir dir;
    store::Archive archive(dir / "a.bulletin");
    const std::vector<std::string> bodies{"two men trafficked heroin", "a trafficking ring", "the traffickers fled",
                                          "road traffic was heavy", "nothing related"};
    storeTinyDocuments(archive, static_cast<int>(bodies.size()), [&](int i, Document& d) {
        d.title = "Release " + std::to_string(i);
        d.body = bodies[static_cast<std::size_t>(i)];
    });
    search::Searcher s(archive);
    CHECK(run(s, "~trafficking").total == 3);
    CHECK(run(s, "~Traffickers").total == 3);
    CHECK(run(s, "trafficking").total == 1);
    CHECK(run(s, "~traffic").total == 4);  // nothing to strip: the prefix also finds the longer words
    CHECK(run(s, "~trafficking -ring").total == 2);
}

TEST_CASE("a search with newAfter returns every release, those stored after it first and flagged, page by page",
          "[searcher][watch]") {
    test::TempDir dir;
    store::Archive archive(dir / "a.bulletin");
    // Ten releases about water, stored in date order (ids 1..10), and two about roads.
    storeTinyDocuments(archive, 12, [](int i, Document& d) {
        d.title = (i < 10 ? "Water report " : "Road report ") + std::to_string(i);
        d.body = i < 10 ? "The council discussed water." : "The council discussed roads.";
        d.publicationDate = DateValue::fromIso("2020-01-" + std::string(i < 9 ? "0" : "") + std::to_string(i + 1));
    });
    search::Searcher searcher(archive);
    const std::int64_t seen = 7;  // the analyst last looked after the seventh release
    search::SearchRequest request{.query = "water", .sort = store::DocumentSort::DateAscending, .limit = 4};
    request.newAfter = seen;
    const auto first = searcher.search(request);
    REQUIRE(first.ran);
    CHECK(first.total == 10);
    CHECK(first.newCount == 3);
    REQUIRE(first.rows.size() == 4);
    // The three new ones (ids 8, 9, 10) in the list's order, then the oldest of the rest.
    CHECK(titles(first) == std::vector<std::string>{"Water report 7", "Water report 8", "Water report 9",
                                                    "Water report 0"});
    for (std::size_t i = 0; i < first.rows.size(); ++i) CHECK(first.rows[i].isNew == (i < 3));
    // The following pages continue with the rest, none flagged, none twice.
    const auto firstTitles = titles(first);
    std::set<std::string> all(firstTitles.begin(), firstTitles.end());
    for (std::int64_t offset = 4; offset < 10; offset += 4) {
        request.offset = offset;
        const auto page = searcher.search(request);
        for (const auto& row : page.rows) {
            CHECK_FALSE(row.isNew);
            CHECK(all.insert(row.title).second);
        }
    }
    CHECK(all.size() == 10);
    // Without newAfter the list is the usual one, with no flags.
    request.newAfter = 0;
    request.offset = 0;
    const auto plain = searcher.search(request);
    CHECK(titles(plain).front() == "Water report 0");
    CHECK(std::none_of(plain.rows.begin(), plain.rows.end(), [](const auto& r) { return r.isNew; }));
}

TEST_CASE("with search limits, counts stop at the cap and very many matches come newest first unless ranked",
          "[search][limits]") {
    test::SampleArchive a(false);
    search::Searcher s(*a.archive);
    REQUIRE(s.limits().countCap == 0);  // an archive file counts and ranks everything
    REQUIRE(run(s, "UNODC").total == 4);
    s.setLimits({2, 2});

    const auto capped = run(s, "UNODC");
    CHECK(capped.total == 2);
    CHECK(capped.totalCapped);
    CHECK(capped.newestFirstInstead);
    REQUIRE(capped.rows.size() == 4);  // the page is not capped
    for (std::size_t i = 1; i < capped.rows.size(); ++i)
        CHECK(capped.rows[i - 1].publicationDate >= capped.rows[i].publicationDate);

    search::SearchRequest ranked;
    ranked.query = "UNODC";
    ranked.relevanceAlways = true;
    ranked.exactCount = true;
    const auto all = s.search(ranked);
    CHECK(all.total == 4);
    CHECK_FALSE(all.totalCapped);
    CHECK_FALSE(all.newestFirstInstead);
    s.setLimits({});
    CHECK(titles(all) == titles(run(s, "UNODC")));
    s.setLimits({2, 2});

    // Few matches: ranked as asked, counted exactly; a date order is never changed.
    const auto few = run(s, "Kapinos");
    CHECK(few.total == 1);
    CHECK_FALSE(few.totalCapped);
    CHECK_FALSE(few.newestFirstInstead);
    const auto byTitle = run(s, "UNODC", store::DocumentSort::Title);
    CHECK_FALSE(byTitle.newestFirstInstead);
    CHECK(byTitle.totalCapped);
}

namespace {
std::vector<std::string> facetLines(const store::Facets& f) {
    std::vector<std::string> out;
    const std::pair<const char*, const std::vector<store::FacetValue>*> groups[] = {
        {"agency", &f.agencies}, {"person", &f.people}, {"place", &f.locations}, {"kind", &f.kinds}, {"year", &f.years}};
    for (const auto& [group, values] : groups)
        for (const auto& v : *values) out.push_back(std::string(group) + '\t' + v.value + '\t' + std::to_string(v.documents));
    return out;
}
}  // namespace

TEST_CASE("the facet index adds what later ingests store, and reads everything again after a deletion",
          "[search][facets]") {
    test::TempDir dir;
    test::copySamples(dir / "in");
    const auto files = [&] {
        std::vector<std::filesystem::path> out;
        for (const auto& e : std::filesystem::directory_iterator(dir / "in")) out.push_back(e.path());
        std::sort(out.begin(), out.end());
        return out;
    }();
    // The first three releases, then the other two: the second ingest's releases and entities come as a delta.
    std::filesystem::create_directories(dir / "later");
    for (std::size_t i = 3; i < files.size(); ++i)
        std::filesystem::rename(files[i], dir / "later" / files[i].filename());
    test::writeFile(dir / "later" / "workshop.txt",
                    "Police hold workshop\n\nLahore, 5 May 2023. The Punjab Police held a workshop on cyber crime for "
                    "investigators of the Federal Investigation Agency.\n");
    test::writeFile(dir / "later" / "visit.txt",
                    "Minister visits Quetta\n\nQuetta, 9 June 2024. Interior Minister Ahmed Khan met officials of the "
                    "Balochistan Levies Force in Quetta.\n");
    store::Archive archive(dir / "a.bulletin");
    auto ingest = [&](const std::filesystem::path& folder, bool prune = false) {
        std::atomic<bool> cancel{false};
        ingest::IngestOptions options;
        options.prune = prune;
        ingest::Ingester(archive, options, extract::defaultAnalyzer()).run({folder}, cancel);
    };
    ingest(dir / "in");
    search::Searcher s(archive);
    store::DocumentQuery all;
    all.limit = -1;
    (void)s.facets(all, 1000);
    REQUIRE(s.facetIndex().loads() == 1);
    ingest(dir / "later");
    const auto added = s.facets(all, 1000);
    CHECK(s.facetIndex().loads() == 1);
    CHECK(s.facetIndex().deltas() == 1);
    {
        search::Searcher fresh(archive);
        CHECK(facetLines(added) == facetLines(fresh.facets(all, 1000)));
        CHECK(s.overview(all, 5).documents == fresh.overview(all, 5).documents);
    }
    const auto addedLines = facetLines(added);
    CHECK(std::find(addedLines.begin(), addedLines.end(), "year\t2024\t1") != addedLines.end());
    // A release gone (its file pruned): what was read no longer stands.
    std::filesystem::remove(dir / "later" / "visit.txt");
    ingest(dir / "later", true);
    const auto pruned = s.facets(all, 1000);
    CHECK(s.facetIndex().loads() == 2);
    search::Searcher fresh(archive);
    CHECK(facetLines(pruned) == facetLines(fresh.facets(all, 1000)));
}

TEST_CASE("a ranking of more matches than the limit runs in parts with progress, as one ranking would",
          "[search][limits]") {
    test::TempDir dir;
    store::Archive archive(dir / "a.bulletin");
    test::checkRankingInParts(archive);
}
