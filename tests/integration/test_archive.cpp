#include "search/facet_index.hpp"
#include "store/archive.hpp"
#include "store/archive_check.hpp"
#include "store/archive_reader.hpp"
#include "store/archive_writer.hpp"
#include "store/entity_reader.hpp"
#include "store/error.hpp"
#include "store/search_memory.hpp"
#include "store/sqlite/schema.hpp"
#include "store/sqlite/sqlite_archive.hpp"
#include "support/test_support.hpp"

using namespace bulletin;

namespace {
Document makeDocument(const std::string& path, const std::string& body) {
    Document d;
    d.title = "Title of " + path;
    d.body = body;
    d.raw = "raw " + body;
    d.encoding = "UTF-8";
    d.contentHash = "hash-" + body;
    d.publicationDate = DateValue::fromIso("2020-05-01");
    d.location = {path, static_cast<std::int64_t>(body.size()), 1000, "bytes-" + body};
    return d;
}
}  // namespace

TEST_CASE("store round trip: documents, files, full text", "[store]") {
    test::TempDir dir;
    store::Archive archive(dir / "a.bulletin");
    const auto writerOwner = archive.newWriter();
    auto& writer = *writerOwner;
    writer.begin();
    auto first = writer.store(makeDocument("/x/a.txt", "alpha release about Karachi"), {});
    auto dup = writer.store(makeDocument("/x/copy-of-a.txt", "alpha release about Karachi"), {});
    writer.store(makeDocument("/x/b.txt", "beta release about Quetta"), {});
    writer.commit();
    CHECK(first.newDocument);
    CHECK_FALSE(dup.newDocument);
    CHECK(dup.documentId == first.documentId);

    auto& reader = archive.reader();
    const auto stats = reader.stats();
    CHECK(stats.documents == 2);
    CHECK(stats.files == 3);
    CHECK(stats.duplicateFiles == 1);
    auto doc = reader.document(first.documentId);
    REQUIRE(doc);
    CHECK(doc->body == "alpha release about Karachi");
    CHECK(doc->raw == "raw alpha release about Karachi");
    CHECK(doc->publicationDate == "2020-05-01");
    CHECK(reader.locations(first.documentId) == std::vector<std::string>{"/x/a.txt", "/x/copy-of-a.txt"});
    store::DocumentQuery q;
    q.text = store::TextQuery::term("Quetta");
    CHECK(reader.countDocuments(q) == 1);
    CHECK(archive.check().ok());

    // Removing one location keeps the document; removing the last removes it and its index rows.
    writer.begin();
    writer.removeFile("/x/a.txt");
    writer.commit();
    CHECK(reader.document(first.documentId)->path == "/x/copy-of-a.txt");
    writer.begin();
    writer.removeFile("/x/copy-of-a.txt");
    writer.commit();
    CHECK_FALSE(reader.document(first.documentId));
    q.text = store::TextQuery::term("Karachi");
    CHECK(reader.countDocuments(q) == 0);
    CHECK(archive.check().ok());
}

TEST_CASE("archive from a newer version is refused", "[store]") {
    test::TempDir dir;
    {
        store::Archive archive(dir / "a.bulletin");
        store::sqliteDatabase(archive).exec("PRAGMA user_version = " + std::to_string(store::currentSchemaVersion() + 1));
    }
    try {
        store::Archive again(dir / "a.bulletin");
        FAIL("newer archive was opened");
    } catch (const store::ArchiveError& e) {
        CHECK(std::string(e.what()).find("newer version of Bulletin") != std::string::npos);
    }
}

TEST_CASE("files that are not Bulletin archives are refused with a clear message", "[store]") {
    test::TempDir dir;
    test::writeFile(dir / "notes.txt", std::string(5000, 'x'));
    CHECK_THROWS_AS(store::Archive(dir / "notes.txt"), store::ArchiveError);
    {
        sql::Database other(dir / "other.db");
        other.exec("CREATE TABLE mine (x)");
    }
    try {
        store::Archive a(dir / "other.db");
        FAIL("foreign database opened");
    } catch (const store::ArchiveError& e) {
        CHECK(std::string(e.what()).find("not a Bulletin archive") != std::string::npos);
    }
    CHECK_THROWS_AS(store::Archive(dir / "missing.bulletin", store::Access::Read), store::ArchiveError);
}

TEST_CASE("a fresh archive is at the current schema, in WAL mode with foreign keys", "[store]") {
    test::TempDir dir;
    store::Archive archive(dir / "a.bulletin");
    CHECK(store::schemaVersion(store::sqliteDatabase(archive)) == store::currentSchemaVersion());
    auto st = store::sqliteDatabase(archive).prepare("PRAGMA journal_mode");
    REQUIRE(st.step());
    CHECK(st.text(0) == "wal");
    CHECK(store::sqliteDatabase(archive).queryInt("PRAGMA foreign_keys") == 1);
    CHECK(store::sqliteDatabase(archive).queryInt("PRAGMA application_id") == store::kApplicationId);
}

TEST_CASE("probing an archive tells what opening it for writing would do, without changing it", "[store]") {
    test::TempDir dir;
    CHECK_FALSE(store::probeArchive(dir / "missing.bulletin").exists);
    {
        store::Archive archive(dir / "a.bulletin");
        CHECK_FALSE(store::probeArchive(dir / "a.bulletin").needsUpgrade);
        store::sqliteDatabase(archive).exec("PRAGMA user_version = " + std::to_string(store::currentSchemaVersion() - 1));
    }
    const auto old = store::probeArchive(dir / "a.bulletin");
    CHECK(old.exists);
    CHECK(old.version == store::currentSchemaVersion() - 1);
    CHECK(old.needsUpgrade);
    {
        sql::Database db(dir / "a.bulletin", sql::OpenMode::ReadOnly);
        CHECK(store::schemaVersion(db) == store::currentSchemaVersion() - 1);  // the probe changed nothing
    }
    {
        store::Archive upgraded(dir / "a.bulletin");
    }
    CHECK_FALSE(store::probeArchive(dir / "a.bulletin").needsUpgrade);
    test::writeFile(dir / "notes.txt", std::string(5000, 'x'));
    CHECK_THROWS_AS(store::probeArchive(dir / "notes.txt"), store::ArchiveError);
    {
        store::Archive newer(dir / "n.bulletin");
        store::sqliteDatabase(newer).exec("PRAGMA user_version = " + std::to_string(store::currentSchemaVersion() + 1));
    }
    CHECK_THROWS_AS(store::probeArchive(dir / "n.bulletin"), store::ArchiveError);
}

TEST_CASE("an archive is opened by a location and hands out its readers, writers and memory", "[store][interface]") {
    test::TempDir dir;
    const auto location = store::Location::parse((dir / "a.bulletin").string());
    {
        store::Archive archive(location);
        CHECK(archive.location().text() == (dir / "a.bulletin").string());
        // One reader per connection: asking twice gives the same one (and its prepared statements).
        CHECK(&archive.reader() == &archive.reader());
        CHECK(&archive.entities() == &archive.entities());
        const auto writer = archive.newWriter();
        writer->begin();
        writer->store(makeDocument("/x/a.txt", "alpha release about Karachi"), {});
        writer->commit();
        archive.searchMemory().save("karachi", "Karachi");
        CHECK(archive.check().ok());
    }
    store::Archive reading(location, store::Access::Read);
    CHECK(reading.reader().stats().documents == 1);
    CHECK(reading.searchMemory().saved().size() == 1);
    CHECK(reading.schemaVersion() == store::currentSchemaVersion());
    // A reading connection never writes.
    try {
        (void)reading.newWriter();
        FAIL("a writer on a reading connection");
    } catch (const store::Error& e) {
        CHECK(std::string(e.what()).find("opened for reading") != std::string::npos);
    }
}

TEST_CASE("a server that cannot be reached is refused in words, and nothing is created", "[store][interface]") {
    test::TempDir dir;
    const auto server = store::Location::parse("postgresql:host=" + (dir / "no-socket-here").string() + " port=1");
    try {
        store::Archive archive(server);
        FAIL("opened");
    } catch (const store::Error& e) {
        CHECK(e.kind() == store::Error::Kind::CannotOpen);
        CHECK(std::string(e.what()).find("cannot connect to the archive's server") != std::string::npos);
    }
    CHECK_THROWS_AS(store::probeArchive(server), store::Error);
    CHECK(std::filesystem::is_empty(dir.path()));
}

TEST_CASE("the years facet shows the years with the most releases, newest first", "[store][facets]") {
    test::TempDir dir;
    store::Archive archive(dir / "a.bulletin");
    const auto writer = archive.newWriter();
    writer->begin();
    int n = 0;
    // 2015 holds most releases; 2019..2024 one each.
    auto add = [&](const char* date) {
        auto d = makeDocument("/x/" + std::to_string(n) + ".txt", "release number " + std::to_string(n));
        d.publicationDate = DateValue::fromIso(date);
        ++n;
        writer->store(d, {});
    };
    for (int i = 0; i < 5; ++i) add("2015-03-01");
    for (const char* d : {"2019-01-01", "2020-01-01", "2021-01-01", "2022-01-01", "2023-01-01", "2024-01-01"}) add(d);
    add("2023-06-01");
    writer->commit();
    const store::DocumentQuery all;
    const auto sql = archive.entities().facets(all, 3);
    search::FacetIndex memory(archive);
    const auto counted = memory.facets(all, 3);
    for (const auto* years : {&sql.years, &counted.years}) {
        REQUIRE(years->size() == 3);
        CHECK((*years)[0].value == "2024");  // ties in count: the newer years
        CHECK((*years)[1].value == "2023");
        CHECK((*years)[1].documents == 2);
        CHECK((*years)[2].value == "2015");
        CHECK((*years)[2].documents == 5);
    }
}
