// Boilerplate removal on real scraped releases from ../shared/corpus/orange_ca (skipped when absent).

#include <filesystem>

#include "ingest/ingester.hpp"
#include "store/archive_reader.hpp"
#include "store/sqlite/sqlite_archive.hpp"
#include "support/test_support.hpp"

using namespace bulletin;
namespace fs = std::filesystem;

TEST_CASE("web chrome is kept out of the indexed text of real orange_ca releases", "[corpus]") {
    if (!fs::exists(test::corpusDir())) {
        WARN("skipped: " << test::corpusDir() << " is absent");
        return;
    }
    // A slice of the real folder: a few hundred files teach the site's chrome as the full folder would.
    test::TempDir dir;
    fs::create_directories(dir / "orange_ca");
    int n = 0;
    for (const auto& e : fs::directory_iterator(test::corpusDir())) {
        if (e.path().extension() != ".txt" || n++ % 20 != 0) continue;
        fs::copy_file(e.path(), dir / "orange_ca" / e.path().filename());
    }
    store::Archive archive(dir / "a.bulletin");
    std::atomic<bool> cancel{false};
    auto report = ingest::Ingester(archive, {}).run({dir / "orange_ca"}, cancel);
    CHECK(report.progress.failed == 0);
    auto& reader = archive.reader();
    REQUIRE(reader.stats().documents > 250);
    store::DocumentQuery q;
    for (const char* chrome : {"Skip to content", "Scroll to top", "Latest Posts", "Follow Us", "Are You a Human",
                               "min read", "For Immediate Release"}) {
        q.text = store::TextQuery::term(chrome, false, store::TextField::Body);
        INFO(chrome);
        CHECK(reader.countDocuments(q) == 0);
    }
    // The raw text keeps it for the viewer (stored compressed: read back through the reader).
    std::size_t rawWithChrome = 0;
    auto ids = store::sqliteDatabase(archive).prepare("SELECT id FROM documents");
    while (ids.step()) {
        const auto doc = reader.document(ids.int64(0));
        REQUIRE(doc);
        if (doc->raw.find("Skip to content") != std::string::npos) ++rawWithChrome;
    }
    CHECK(rawWithChrome > 250);
    // Headlines lose the site name; most releases get a publication date and a dateline place.
    auto titles = store::sqliteDatabase(archive).prepare(
        "SELECT sum(title LIKE '%Orange County District Attorney'), sum(publication_date IS NOT NULL), "
        "sum(dateline_place <> ''), count(*) FROM documents");
    REQUIRE(titles.step());
    CHECK(titles.int64(0) == 0);
    CHECK(titles.int64(1) * 10 >= titles.int64(3) * 9);
    CHECK(titles.int64(2) * 2 >= titles.int64(3));
}
