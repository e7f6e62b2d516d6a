// A team archive used end to end through the store interface, as the CLI and the GUI use it: the samples ingested
// into a server archive, searched, corrected and marked (with undo), checked; the same done on an archive file gives
// the same answers. And bulletin-cli on a server location.

#include <poll.h>

#include <cstdio>

#include "pg_support.hpp"
#include "store/archive_check.hpp"
#include "store/change_listener.hpp"
#include "store/corrections.hpp"
#include "store/marks.hpp"
#include "store/search_memory.hpp"
#include "support/ranking_in_parts.hpp"
#include "support/sample_archive.hpp"

using namespace bulletin;

namespace {
void ingestInto(store::Archive& archive, const std::filesystem::path& folder) {
    std::atomic<bool> cancel{false};
    ingest::Ingester(archive, {}, extract::defaultAnalyzer()).run({folder}, cancel);
}

// The sample releases ingested into a throwaway server database.
struct SampleServer final {
    test::TempDir dir;
    test::TestDatabase db;
    store::Archive server{store::Location::parse("postgresql:" + db.conninfo())};
    SampleServer() {
        test::copySamples(dir / "in");
        ingestInto(server, dir / "in");
    }
};

std::int64_t total(search::Searcher& s, const std::string& query) {
    search::SearchRequest r;
    r.query = query;
    const auto result = s.search(r);
    INFO(query);
    REQUIRE(result.ran);
    return result.total;
}
}  // namespace

TEST_CASE("a server archive ingested, searched, corrected, marked and checked answers as an archive file",
          "[pg][end-to-end]") {
    test::TempDir dir;
    test::copySamples(dir / "in");
    test::TestDatabase db;
    store::Archive server(store::Location::parse("postgresql:" + db.conninfo()));
    store::Archive file(dir / "a.bulletin");
    ingestInto(server, dir / "in");
    ingestInto(file, dir / "in");
    CHECK(server.reader().stats().documents == file.reader().stats().documents);
    search::Searcher onServer(server), onFile(file);
    for (const std::string query : {"", "UNODC", "agency:UNODC", "person:Milsom", "location:Islamabad meeting",
                                    "kind:training", "\"working group\" -Karachi", "date:2018..2022"})
        CHECK(total(onServer, query) == total(onFile, query));
    // Facets counted in memory from the server's facet data.
    store::DocumentQuery all;
    const auto fs = onServer.facets(all, 5);
    const auto ff = onFile.facets(all, 5);
    REQUIRE_FALSE(fs.agencies.empty());
    CHECK(fs.agencies.front().filter == ff.agencies.front().filter);
    CHECK(fs.agencies.front().documents == ff.agencies.front().documents);

    // A correction, recorded with who made it, applied to lists and filters, and undone.
    const auto before = total(onServer, "agency:UNODC");
    server.corrections().hide(EntityType::Agency, "UNODC");
    CHECK(onServer.entities().resolve(EntityType::Agency, "UNODC").empty());
    const auto history = server.corrections().history();
    REQUIRE(history.size() == 1);
    CHECK(history.front().analyst == "postgres");
    CHECK(server.corrections().undo());
    CHECK(total(onServer, "agency:UNODC") == before);

    // Marks: a star and a tag found by the query language, undone as one step each.
    store::DocumentQuery first;
    first.limit = 2;
    first.sort = store::DocumentSort::DateDescending;
    std::vector<std::int64_t> ids;
    for (const auto& row : server.reader().documents(first)) ids.push_back(row.id);
    CHECK(server.marks().setStarred(ids, true) == 2);
    CHECK(server.marks().addTag({ids.front()}, "To verify") == 1);
    CHECK(total(onServer, "is:starred") == 2);
    CHECK(total(onServer, "tag:\"to verify\"") == 1);
    CHECK(total(onServer, "UNODC -is:starred") == total(onFile, "UNODC") - total(onServer, "UNODC is:starred"));
    CHECK(server.marks().undo().size() == 1);  // the tag
    CHECK(total(onServer, "tag:\"to verify\"") == 0);
    CHECK(server.marks().tags().empty());

    // Saved searches and history, the watch counts of new releases.
    server.searchMemory().save("unodc", "UNODC");
    server.searchMemory().remember("UNODC");
    CHECK(server.searchMemory().history() == std::vector<std::string>{"UNODC"});

    // Ingest again: nothing new, nothing lost; check finds no problem.
    ingestInto(server, dir / "in");
    CHECK(server.reader().stats().documents == file.reader().stats().documents);
    const auto check = server.check();
    INFO(check.problems.size());
    CHECK(check.ok());
    CHECK(server.contentCounter() > 0);
}

TEST_CASE("bulletin-cli ingests into, searches and checks a server archive", "[pg][end-to-end]") {
    test::TestDatabase db;
    const std::string location = "postgresql:" + db.conninfo();
    auto run = [](const std::string& command) {
        std::string out;
        FILE* p = popen((command + " 2>&1").c_str(), "r");
        REQUIRE(p);
        char buf[4096];
        while (const auto n = std::fread(buf, 1, sizeof buf, p)) out.append(buf, n);
        const int status = pclose(p);
        return std::pair{WEXITSTATUS(status), out};
    };
    const std::string cli = BULLETIN_CLI;
    const std::string quoted = "'" + location + "'";
    auto [ingested, ingestOut] = run(cli + " ingest " + std::string(BULLETIN_SOURCE_DIR) + "/data/samples --archive " + quoted);
    INFO(ingestOut);
    CHECK(ingested == 0);
    auto [searched, searchOut] = run(cli + " search UNODC --format csv --archive " + quoted);
    INFO(searchOut);
    CHECK(searched == 0);
    CHECK(std::count(searchOut.begin(), searchOut.end(), '\n') == 5);  // a header and four releases
    auto [checked, checkOut] = run(cli + " check --archive " + quoted);
    INFO(checkOut);
    CHECK(checked == 0);
    auto [listed, listOut] = run(cli + " list agencies --limit 3 --archive " + quoted);
    INFO(listOut);
    CHECK(listed == 0);
    CHECK(listOut.find("United Nations Office on Drugs and Crime") != std::string::npos);
    auto [hidden, hideOut] = run(cli + " entity hide agency 'Anti Narcotics Force' --archive " + quoted);
    INFO(hideOut);
    CHECK(hidden == 0);
    auto [history, historyOut] = run(cli + " entity history --archive " + quoted);
    INFO(historyOut);
    CHECK(historyOut.find("hide agency 'Anti Narcotics Force'  (by postgres)") != std::string::npos);
}

TEST_CASE("a server archive counts up to its cap and lists very many matches newest first", "[pg][end-to-end]") {
    SampleServer sample;
    auto& server = sample.server;
    CHECK(server.searchLimits().countCap == 10'000);
    CHECK(server.searchLimits().relevanceAbove == 10'000);
    CHECK(server.searchLimits().facetSample == 10'000);
    store::DocumentQuery all;
    all.countCap = 2;
    CHECK(server.reader().countDocuments(all) == 3);  // more than the cap: it stops after one more
    all.countCap = 10;
    CHECK(server.reader().countDocuments(all) == 5);

    search::Searcher searcher(server);
    searcher.setLimits({2, 2});
    search::SearchRequest r;
    r.query = "UNODC";
    const auto capped = searcher.search(r);
    CHECK(capped.totalCapped);
    CHECK(capped.total == 2);
    CHECK(capped.newestFirstInstead);
    CHECK(capped.rows.size() == 4);
    r.exactCount = true;
    r.relevanceAlways = true;
    const auto exact = searcher.search(r);
    CHECK(exact.total == 4);
    CHECK_FALSE(exact.newestFirstInstead);
}

TEST_CASE("a server counts facets over its sample of very many matches and says so", "[pg][end-to-end]") {
    SampleServer sample;
    auto& server = sample.server;
    search::Searcher searcher(server);
    std::vector<search::QueryNotice> notices;
    search::SearchRequest r;
    const auto all = searcher.plan(r, notices);
    REQUIRE(all);
    const auto whole = searcher.facets(*all, 50);
    CHECK(whole.sampledReleases == 0);  // five releases: every one counted
    searcher.setLimits({10'000, 10'000, 2});
    const auto sampled = searcher.facets(*all, 50);
    CHECK(sampled.sampledReleases == 2);
    std::int64_t years = 0, wholeYears = 0;
    for (const auto& y : sampled.years) years += y.documents;
    for (const auto& y : whole.years) wholeYears += y.documents;
    CHECK(years <= 2);
    CHECK(years < wholeYears);
    // The batch overview still counts every match.
    CHECK(searcher.overview(*all).documents == 5);
}

TEST_CASE("a server ranks more matches than its limit in parts with progress, as one ranking would",
          "[pg][end-to-end]") {
    test::TestDatabase db;
    store::Archive server(store::Location::parse("postgresql:" + db.conninfo()));
    test::checkRankingInParts(server);
}

TEST_CASE("a listener is told of another connection's commit", "[pg][end-to-end]") {
    test::TempDir dir;
    test::copySamples(dir / "in");
    test::TestDatabase db;
    const auto location = store::Location::parse("postgresql:" + db.conninfo());
    store::Archive reader(location);
    auto listener = reader.listenForChanges();
    REQUIRE(listener);
    auto readable = [&](int ms) {
        pollfd p{listener->descriptor(), POLLIN, 0};
        return ::poll(&p, 1, ms) > 0;
    };
    CHECK_FALSE(listener->takeNotices());
    {
        store::Archive writer(location);
        ingestInto(writer, dir / "in");
    }
    REQUIRE(readable(5000));
    CHECK(listener->takeNotices());
    CHECK_FALSE(listener->takeNotices());  // all taken
    store::Archive file(dir / "a.bulletin");
    CHECK_FALSE(file.listenForChanges());  // an archive file has no such channel
}

TEST_CASE("a server archive's facet index adds a later ingest's releases and equals one read whole",
          "[pg][end-to-end]") {
    test::TempDir dir;
    test::copySamples(dir / "in");
    test::writeFile(dir / "later" / "workshop.txt",
                    "Police hold workshop\n\nLahore, 5 May 2023. The Punjab Police held a workshop on cyber crime for "
                    "investigators of the Federal Investigation Agency.\n");
    test::TestDatabase db;
    store::Archive server(store::Location::parse("postgresql:" + db.conninfo()));
    ingestInto(server, dir / "in");
    search::Searcher searcher(server);
    store::DocumentQuery all;
    all.limit = -1;
    (void)searcher.facets(all, 1000);
    {
        store::Archive colleague(store::Location::parse("postgresql:" + db.conninfo()));
        ingestInto(colleague, dir / "later");
    }
    const auto added = searcher.facets(all, 1000);
    CHECK(searcher.facetIndex().loads() == 1);
    CHECK(searcher.facetIndex().deltas() == 1);
    search::Searcher fresh(server);
    const auto whole = fresh.facets(all, 1000);
    auto lines = [](const store::Facets& f) {
        std::vector<std::string> out;
        for (const auto* values : {&f.agencies, &f.people, &f.locations, &f.kinds, &f.years})
            for (const auto& v : *values) out.push_back(v.value + '\t' + std::to_string(v.documents));
        return out;
    };
    CHECK(lines(added) == lines(whole));
    server.corrections().hide(EntityType::Agency, "Punjab Police");
    (void)searcher.facets(all, 1000);
    CHECK(searcher.facetIndex().loads() == 2);  // a correction: read whole again
}
