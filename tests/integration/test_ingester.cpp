#include <filesystem>
#include <thread>

#include "ingest/ingester.hpp"
#include "store/archive_check.hpp"
#include "store/archive_reader.hpp"
#include "store/sqlite/sqlite_archive.hpp"
#include "support/test_support.hpp"

using namespace bulletin;
namespace fs = std::filesystem;

namespace {
ingest::IngestReport ingestInto(store::Archive& archive, const fs::path& dir, ingest::IngestOptions options = {}) {
    std::atomic<bool> cancel{false};
    ingest::Ingester ingester(archive, options);
    return ingester.run({dir}, cancel);
}

// Everything an archive says about its documents, without ids or timestamps.
std::vector<std::string> archiveContent(store::Archive& archive) {
    std::vector<std::string> rows;
    auto st = store::sqliteDatabase(archive).prepare(
        "SELECT d.content_hash, d.title, d.body, coalesce(d.publication_date,''), d.dateline_place, "
        "group_concat(f.path, '|') FROM documents d JOIN files f ON f.document_id = d.id GROUP BY d.id "
        "ORDER BY d.content_hash");
    while (st.step()) {
        std::string row;
        for (int i = 0; i < 6; ++i) row += st.text(i) + "\x1f";
        rows.push_back(row);
    }
    return rows;
}

void touchLater(const fs::path& file) {
    fs::last_write_time(file, fs::last_write_time(file) + std::chrono::seconds(5));
}
}  // namespace

TEST_CASE("the five samples ingest with titles, dates and places", "[ingest]") {
    test::TempDir dir;
    test::copySamples(dir / "in");
    store::Archive archive(dir / "a.bulletin");
    auto report = ingestInto(archive, dir / "in");
    CHECK(report.progress.added == 5);
    CHECK(report.progress.failed == 0);
    auto& reader = archive.reader();
    CHECK(reader.stats().documents == 5);
    store::DocumentQuery q;
    q.sort = store::DocumentSort::Title;
    const auto rows = reader.documents(q);
    REQUIRE(rows.size() == 5);
    CHECK(rows[0].title == "Director General of NCTC Meets with UNODC Regional Representative");
    CHECK(rows[1].title ==
          "First Expert Working Group Meeting held on Countering Terrorism under phase three of UNODC Country "
          "Programme");
    CHECK(rows[1].publicationDate == "2022-07-27");
    CHECK(rows[2].publicationDate == "2018-10-24");
    CHECK(archive.check().ok());
}

TEST_CASE("incremental runs: unchanged skipped, changed replaced, deleted pruned", "[ingest]") {
    test::TempDir dir;
    test::copySamples(dir / "in");
    store::Archive archive(dir / "a.bulletin");
    ingestInto(archive, dir / "in");

    auto again = ingestInto(archive, dir / "in");
    CHECK(again.progress.skipped == 5);
    CHECK(again.progress.toProcess == 0);

    // Touched but identical bytes: only the stat is updated.
    touchLater(dir / "in" / "000_7e504ddda4d7bb92.txt");
    auto touched = ingestInto(archive, dir / "in");
    CHECK(touched.progress.added == 0);
    CHECK(touched.progress.skipped == 5);

    // Changed content replaces the document atomically.
    test::writeFile(dir / "in" / "003_194c7be9606dea72.txt", "Replaced headline\n\nA completely new body about Gwadar.");
    test::writeFile(dir / "in" / "new.txt", "A new release\n\nFresh body text about Peshawar.");
    auto changed = ingestInto(archive, dir / "in");
    CHECK(changed.progress.added == 2);
    auto& reader = archive.reader();
    CHECK(reader.stats().documents == 6);
    store::DocumentQuery q;
    q.text = store::TextQuery::term("Quetta");
    CHECK(reader.countDocuments(q) == 0);
    q.text = store::TextQuery::term("Gwadar");
    CHECK(reader.countDocuments(q) == 1);

    fs::remove(dir / "in" / "new.txt");
    auto kept = ingestInto(archive, dir / "in");
    CHECK(kept.progress.removed == 0);
    CHECK(reader.stats().documents == 6);
    ingest::IngestOptions prune;
    prune.prune = true;
    auto pruned = ingestInto(archive, dir / "in", prune);
    CHECK(pruned.progress.removed == 1);
    CHECK(reader.stats().documents == 5);
    CHECK(archive.check().ok());
}

TEST_CASE("the same release at several paths is one document, near-duplicates are linked", "[ingest]") {
    test::TempDir dir;
    test::copySamples(dir / "in");
    fs::create_directories(dir / "in" / "copy");
    fs::copy_file(dir / "in" / "001_e135e6b1a70de5e1.txt", dir / "in" / "copy" / "same.txt",
                  fs::copy_options::overwrite_existing);
    std::string reissued = test::readFile(dir / "in" / "002_878c861968265ba5.txt");
    reissued.replace(reissued.find("successfully organized"), 22, "organized");
    test::writeFile(dir / "in" / "reissued" / "002-reissued.txt", reissued);
    store::Archive archive(dir / "a.bulletin");
    auto report = ingestInto(archive, dir / "in");
    CHECK(report.progress.added == 6);
    CHECK(report.progress.duplicates == 1);
    auto& reader = archive.reader();
    const auto stats = reader.stats();
    CHECK(stats.documents == 6);
    CHECK(stats.duplicateFiles == 1);
    CHECK(stats.similarPairs == 1);
}

TEST_CASE("the archive's content does not depend on the number of workers", "[ingest]") {
    test::TempDir dir;
    test::copySamples(dir / "in");
    for (int i = 0; i < 30; ++i)
        test::writeFile(dir / "in" / ("gen" + std::to_string(i) + ".txt"),
                        "Generated release " + std::to_string(i) + "\n\nISLAMABAD \xE2\x80\x93 Officials met on " +
                            std::to_string(i % 28 + 1) + " March 2020 to review case " + std::to_string(i * 7) + ".");
    store::Archive one(dir / "one.bulletin");
    store::Archive four(dir / "four.bulletin");
    ingest::IngestOptions o1, o4;
    o1.jobs = 1;
    o4.jobs = 4;
    o4.window = 3;  // a tiny window exercises the reorder buffer
    ingestInto(one, dir / "in", o1);
    ingestInto(four, dir / "in", o4);
    CHECK(archiveContent(one) == archiveContent(four));
    CHECK(archiveContent(one).size() == 35);
}

TEST_CASE("cancelling leaves a consistent archive and the next run completes it", "[ingest]") {
    test::TempDir dir;
    for (int i = 0; i < 400; ++i)
        test::writeFile(dir / "in" / ("r" + std::to_string(1000 + i) + ".txt"),
                        "Release " + std::to_string(i) + "\n\nBody of release number " + std::to_string(i) + ".");
    store::Archive archive(dir / "a.bulletin");
    std::atomic<bool> cancel{false};
    std::atomic<int> analysed{0};
    ingest::IngestOptions options;
    options.batchSize = 16;
    options.jobs = 2;
    // The analyzer stands in for the user pressing Cancel after 50 documents.
    ingest::Ingester ingester(archive, options, [&](const Document&) {
        if (++analysed == 50) cancel = true;
        return Extraction{};
    });
    auto report = ingester.run({dir / "in"}, cancel);
    REQUIRE(report.cancelled);
    auto& reader = archive.reader();
    const auto partial = reader.stats().documents;
    CHECK(partial < 400);
    CHECK(archive.check().ok());
    auto resumed = ingestInto(archive, dir / "in");
    CHECK(resumed.progress.added == static_cast<std::uint64_t>(400 - partial));
    CHECK(resumed.progress.skipped == static_cast<std::uint64_t>(partial));
    CHECK(reader.stats().documents == 400);
    CHECK(archive.check().ok());
}
