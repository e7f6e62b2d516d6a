// `bulletin-cli copy` between engines: an archive file with corrections, marks and saved searches copied to a team
// server and back shows the same counts, lists and marks and answers the same queries at every step.

#include <cstdio>

#include "pg_support.hpp"
#include "store/archive_check.hpp"
#include "store/archive_transfer.hpp"
#include "store/corrections.hpp"
#include "store/marks.hpp"
#include "store/search_memory.hpp"
#include "support/sample_archive.hpp"

using namespace bulletin;

namespace {

std::vector<std::int64_t> totals(store::Archive& archive) {
    search::Searcher searcher(archive);
    std::vector<std::int64_t> out;
    for (const std::string query :
         {"", "UNODC", "agency:UNODC", "person:Milsom", "location:Islamabad meeting", "kind:training", "is:starred",
          "tag:\"to verify\"", "has:note", "\"working group\" -Karachi", "date:2018..2022"}) {
        search::SearchRequest r;
        r.query = query;
        const auto result = searcher.search(r);
        INFO(query);
        REQUIRE(result.ran);
        out.push_back(result.total);
    }
    return out;
}

std::pair<int, std::string> run(const std::string& command) {
    std::string out;
    FILE* p = popen((command + " 2>&1").c_str(), "r");
    REQUIRE(p);
    char buf[4096];
    while (const auto n = std::fread(buf, 1, sizeof buf, p)) out.append(buf, n);
    const int status = pclose(p);
    return {WEXITSTATUS(status), out};
}

}  // namespace

TEST_CASE("an archive file copied to a server and back shows the same lists, marks and answers", "[pg][copy]") {
    test::TempDir dir;
    test::copySamples(dir / "in");
    store::Archive file(dir / "a.bulletin");
    {
        std::atomic<bool> cancel{false};
        ingest::Ingester(file, {}, extract::defaultAnalyzer()).run({dir / "in"}, cancel);
    }
    file.corrections().hide(EntityType::Agency, "UNODC");
    file.corrections().rename(EntityType::Location, "Islamabad", "Islamabad Capital");
    const auto first = file.reader().documents(store::DocumentQuery{}).front().id;
    (void)file.marks().setStarred({first}, true);
    (void)file.marks().addTag({first}, "to verify");
    (void)file.marks().setNote({first}, "check");
    file.searchMemory().save("meetings", "kind:meeting");

    test::TestDatabase db;
    store::Archive server(store::Location::parse("postgresql:" + db.conninfo()));
    const auto there = store::copyArchive(file, server);
    CHECK(there.releases == file.reader().stats().documents);
    CHECK(there.corrections == 2);
    CHECK(store::compareArchives(file, server).empty());
    CHECK(totals(file) == totals(server));
    CHECK(server.check().ok());
    const auto history = server.corrections().history();
    REQUIRE(history.size() == 2);
    CHECK(history.front().analyst == "postgres");

    store::Archive back(dir / "back.bulletin");
    (void)store::copyArchive(server, back);
    CHECK(store::compareArchives(server, back).empty());
    CHECK(store::compareArchives(file, back).empty());
    CHECK(totals(file) == totals(back));
    CHECK(back.check().ok());
}

TEST_CASE("bulletin-cli copy moves an archive to a server, verifies it, and refuses a second copy", "[pg][copy]") {
    test::TempDir dir;
    test::TestDatabase db;
    const std::string cli = BULLETIN_CLI;
    const std::string file = (dir / "a.bulletin").string();
    const std::string server = "'postgresql:" + db.conninfo() + "'";
    auto [ingested, ingestOut] =
        run(cli + " ingest " + std::string(BULLETIN_SOURCE_DIR) + "/data/samples --archive " + file);
    INFO(ingestOut);
    REQUIRE(ingested == 0);
    auto [copied, copyOut] = run(cli + " copy --quiet " + file + " " + server);
    INFO(copyOut);
    CHECK(copied == 0);
    CHECK(copyOut.find("releases         5\n") != std::string::npos);
    CHECK(copyOut.find("verified: both archives show the same counts") != std::string::npos);
    auto [again, againOut] = run(cli + " copy --quiet " + file + " " + server);
    INFO(againOut);
    CHECK(again == 2);
    CHECK(againOut.find("already holds 5 releases; a copy goes into a new or empty archive only") != std::string::npos);
}
