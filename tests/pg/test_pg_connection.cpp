// The libpq wrapper against a real server: parameters never enter the SQL text, errors carry their kind, a
// transaction rolls back unless committed, a running statement can be cancelled from another thread, and an
// advisory lock keeps a second connection waiting.

#include <chrono>
#include <thread>

#include "pg_support.hpp"
#include "store/error_message.hpp"

using namespace bulletin;

TEST_CASE("values travel as parameters, whatever they hold", "[pg]") {
    test::TestDatabase db;
    auto c = db.connect();
    c.exec("CREATE TABLE t (id bigint, s text, b bytea, r double precision)");
    const std::string hostile = "x'); DROP TABLE t; --\\ \xC3\xA9\xE5\x8C\x97";
    const std::string bytes("\x00\x01\xFF\x00z", 5);
    c.query("INSERT INTO t VALUES ($1, $2, $3, $4)",
            pg::Params().add(std::int64_t{1} << 40).add(hostile).addBytes(bytes).add(0.25));
    c.query("INSERT INTO t VALUES ($1, $2, $3, $4)", pg::Params().add(2).addNull().addNull().addNull());
    const auto r = c.query("SELECT id, s, b, r FROM t ORDER BY id DESC");
    REQUIRE(r.rows() == 2);
    CHECK(r.int64(0, 0) == (std::int64_t{1} << 40));
    CHECK(r.text(0, 1) == hostile);
    CHECK(r.bytes(0, 2) == bytes);
    CHECK(r.real(0, 3) == 0.25);
    CHECK(r.isNull(1, 1));
    CHECK(r.bytes(1, 2).empty());
    CHECK(c.queryInt("SELECT count(*) FROM t WHERE s = $1", pg::Params().add(hostile)) == 1);
}

TEST_CASE("errors carry the server's SQLSTATE and the store's kind of error", "[pg]") {
    test::TestDatabase db;
    auto c = db.connect();
    c.exec("CREATE TABLE u (k text PRIMARY KEY)");
    c.query("INSERT INTO u VALUES ($1)", pg::Params().add("a"));
    try {
        c.query("INSERT INTO u VALUES ($1)", pg::Params().add("a"));
        FAIL("a duplicate key was accepted");
    } catch (const pg::Error& e) {
        CHECK(e.sqlstate() == "23505");
        CHECK(e.kind() == store::Error::Kind::Rejected);
        CHECK(std::string(e.what()).find("duplicate key") != std::string::npos);
    }
    CHECK_THROWS_AS(c.exec("SELECT * FROM no_such_table"), pg::Error);
    CHECK(pg::kindOf("57014") == store::Error::Kind::Interrupted);
    CHECK(pg::kindOf("40P01") == store::Error::Kind::Busy);
    CHECK(pg::kindOf("42501") == store::Error::Kind::ReadOnly);
    CHECK(pg::kindOf("53100") == store::Error::Kind::Full);
    // The connection is still usable after an error outside a transaction.
    CHECK(c.queryInt("SELECT 41 + 1") == 42);
}

TEST_CASE("a server that cannot be reached is a CannotOpen error naming the reason, never a password", "[pg]") {
    try {
        pg::Connection c("host=/nonexistent-socket-dir port=1 user=nobody connect_timeout=2");
        FAIL("connected to nothing");
    } catch (const pg::Error& e) {
        CHECK(e.kind() == store::Error::Kind::CannotOpen);
        CHECK(e.fromServer());
        CHECK(std::string(e.what()).find("cannot connect") != std::string::npos);
        // Told as a server's trouble, not a file's.
        const std::string told = store::userMessage(e);
        CHECK(told.find("the archive's server cannot be reached") == 0);
        CHECK(told.find("folder") == std::string::npos);
    }
}

TEST_CASE("a transaction rolls back unless committed", "[pg]") {
    test::TestDatabase db;
    auto c = db.connect();
    c.exec("CREATE TABLE v (n int)");
    {
        pg::Transaction tx(c);
        c.query("INSERT INTO v VALUES ($1)", pg::Params().add(1));
    }
    CHECK(c.queryInt("SELECT count(*) FROM v") == 0);
    {
        pg::Transaction tx(c);
        c.query("INSERT INTO v VALUES ($1)", pg::Params().add(2));
        tx.commit();
    }
    CHECK(c.queryInt("SELECT count(*) FROM v") == 1);
}

TEST_CASE("a transaction inside an open one is a savepoint: the outer transaction decides", "[pg]") {
    test::TestDatabase db;
    auto c = db.connect();
    c.exec("CREATE TABLE v (n int)");
    c.exec("BEGIN");
    {
        pg::Transaction inner(c);
        c.query("INSERT INTO v VALUES ($1)", pg::Params().add(1));
        inner.commit();
    }
    CHECK(c.inTransaction());  // the inner commit did not end the outer transaction
    {
        pg::Transaction undone(c);
        c.query("INSERT INTO v VALUES ($1)", pg::Params().add(2));
    }
    CHECK(c.queryInt("SELECT count(*) FROM v") == 1);  // only the undone one's row went
    c.exec("ROLLBACK");
    CHECK(c.queryInt("SELECT count(*) FROM v") == 0);  // and the outer rollback took the inner commit's row
}

TEST_CASE("a running statement is cancelled from another thread as an interrupted error", "[pg]") {
    test::TestDatabase db;
    auto c = db.connect();
    std::thread canceller([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        c.cancel();
    });
    const auto start = std::chrono::steady_clock::now();
    try {
        c.exec("SELECT pg_sleep(30)");
        FAIL("the statement was not cancelled");
    } catch (const pg::Error& e) {
        CHECK(e.interrupted());
    }
    canceller.join();
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(20));
    CHECK(c.queryInt("SELECT 7") == 7);
}

TEST_CASE("an advisory lock keeps a second connection waiting until released", "[pg]") {
    test::TestDatabase db;
    auto first = db.connect();
    auto second = db.connect();
    std::atomic<bool> acquired{false};
    std::thread waiter;
    {
        pg::AdvisoryLock lock(first, 4242);
        waiter = std::thread([&] {
            pg::AdvisoryLock other(second, 4242);
            acquired = true;
        });
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        CHECK_FALSE(acquired);
    }
    waiter.join();
    CHECK(acquired);
}

TEST_CASE("a write refused by a read-only replica and one refused for a role's rights are told apart", "[pg]") {
    test::TestDatabase db;
    auto c = db.connect();
    c.exec("CREATE TABLE t (x int)");
    // A standby refuses every write as a read-only transaction does (SQLSTATE 25006).
    c.exec("BEGIN READ ONLY");
    try {
        c.exec("INSERT INTO t VALUES (1)");
        FAIL("a read-only transaction wrote");
    } catch (const pg::Error& e) {
        CHECK(e.sqlstate() == "25006");
        CHECK(store::userMessage(e).find("this server holds a read-only copy of the archive (a replica") == 0);
    }
    c.exec("ROLLBACK");
    const pg::Error denied("42501", "permission denied for table documents");
    CHECK(store::userMessage(denied).find("your role on the archive's server may not do this") == 0);
}
