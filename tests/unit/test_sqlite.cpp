#include <sqlite3.h>

#include "store/error_message.hpp"
#include "store/sqlite/sqlite.hpp"
#include "support/test_support.hpp"

using namespace bulletin;

TEST_CASE("statements bind, step and read values", "[sqlite]") {
    sql::Database db(":memory:");
    db.exec("CREATE TABLE t (i INTEGER, r REAL, s TEXT)");
    auto ins = db.prepare("INSERT INTO t VALUES (?, ?, ?)");
    ins.bind(1, std::int64_t{42}).bind(2, 2.5).bind(3, std::string_view("h\xC3\xA9llo"));
    ins.run();
    ins.bind(1, 7).bindNull(2).bind(3, std::optional<std::string>{});
    ins.run();
    auto sel = db.prepare("SELECT i, r, s FROM t ORDER BY i");
    REQUIRE(sel.step());
    CHECK(sel.int64(0) == 7);
    CHECK(sel.isNull(1));
    CHECK(sel.isNull(2));
    REQUIRE(sel.step());
    CHECK(sel.real(1) == 2.5);
    CHECK(sel.text(2) == "h\xC3\xA9llo");
    CHECK_FALSE(sel.step());
}

TEST_CASE("errors carry SQLite's message", "[sqlite]") {
    sql::Database db(":memory:");
    try {
        db.exec("SELEC nonsense");
        FAIL("no exception");
    } catch (const sql::Error& e) {
        CHECK(std::string(e.what()).find("syntax error") != std::string::npos);
    }
    CHECK_THROWS_AS(db.prepare("SELECT * FROM missing_table"), sql::Error);
}

TEST_CASE("SQLite's errors reach the layers above as store errors of a kind they can act on", "[sqlite][errors]") {
    const test::TempDir dir;
    const auto file = dir / "not-an-archive.bulletin";
    test::writeFile(file, std::string(8192, 'x'));  // not a database at all
    try {
        sql::Database db(file);
        (void)db.queryInt("SELECT count(*) FROM sqlite_master");
        FAIL("no exception");
    } catch (const store::Error& e) {
        CHECK(e.kind() == store::Error::Kind::Damaged);
        CHECK(store::userMessage(e).find("the archive is damaged") == 0);
    }
    CHECK(sql::Error(SQLITE_BUSY, "database is locked").kind() == store::Error::Kind::Busy);
    CHECK(sql::Error(SQLITE_INTERRUPT, "interrupted").interrupted());
    CHECK(sql::Error(SQLITE_FULL, "database or disk is full").kind() == store::Error::Kind::Full);
    // Errors that are not the engine's keep their own words.
    CHECK(store::userMessage(store::ArchiveError("'x' is not a Bulletin archive")) == "'x' is not a Bulletin archive");
}

TEST_CASE("transactions roll back unless committed", "[sqlite]") {
    sql::Database db(":memory:");
    db.exec("CREATE TABLE t (x)");
    {
        sql::Transaction tx(db);
        db.exec("INSERT INTO t VALUES (1)");
    }
    CHECK(db.queryInt("SELECT count(*) FROM t") == 0);
    {
        sql::Transaction tx(db);
        db.exec("INSERT INTO t VALUES (1)");
        tx.commit();
    }
    CHECK(db.queryInt("SELECT count(*) FROM t") == 1);
}

TEST_CASE("opening a file that is not a database fails on first use", "[sqlite]") {
    test::TempDir dir;
    test::writeFile(dir / "junk.bulletin", std::string(4096, 'x'));
    sql::Database db(dir / "junk.bulletin");
    CHECK_THROWS_AS(db.queryInt("SELECT count(*) FROM sqlite_schema"), sql::Error);
}
