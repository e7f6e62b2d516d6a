// server init and check on a fresh database: the schema made by the owner role under an advisory lock (twice at once
// is one migration), each group role's rights tested by acting as a member of it: a reader changes nothing, an
// analyst corrects and marks but cannot ingest, the corrections log cannot be rewritten, an ingester stores releases.

#include <algorithm>
#include <thread>

#include "pg_support.hpp"
#include "store/archive_reader.hpp"
#include "store/entity_reader.hpp"
#include "store/postgresql/pg_schema.hpp"
#include "store/postgresql/pg_server.hpp"
#include "store/server.hpp"
#include "support/sample_archive.hpp"

using namespace bulletin;

namespace {

// A login role that is a member of `group`, made for this test run (roles are the server's, not the database's).
std::string member(pg::Connection& admin, const std::string& group) {
    const std::string name = "t_" + group.substr(9) + "_" + std::to_string(::getpid());
    admin.exec("DROP ROLE IF EXISTS " + name);
    admin.exec("CREATE ROLE " + name + " LOGIN IN ROLE " + group);
    return name;
}

bool allowed(pg::Connection& c, const std::string& sql) {
    try {
        pg::Transaction tx(c);  // rolled back: the right is what is tested, not the change
        c.exec(sql);
        return true;
    } catch (const pg::Error& e) {
        INFO(e.what());
        CHECK(e.sqlstate() == "42501");  // insufficient_privilege, not some other failure
        CHECK(e.kind() == store::Error::Kind::ReadOnly);
        return false;
    }
}

}  // namespace

TEST_CASE("two migrations at once make one schema, at the current version", "[pg][server]") {
    test::TestDatabase db;
    auto a = db.connect();
    auto b = db.connect();
    int fromA = -1, fromB = -1;
    std::thread other([&] { fromB = store::postgresql::migrate(b); });
    fromA = store::postgresql::migrate(a);
    other.join();
    CHECK(std::min(fromA, fromB) == 0);                                          // one of them made it...
    CHECK(std::max(fromA, fromB) == store::postgresql::currentSchemaVersion());  // ...the other found it done
    CHECK(store::postgresql::schemaVersion(a) == store::postgresql::currentSchemaVersion());
    CHECK(store::postgresql::migrate(a) == store::postgresql::currentSchemaVersion());  // again: nothing to do
}

TEST_CASE("a database holding other tables, or a newer schema, is refused with the reason", "[pg][server]") {
    test::TestDatabase db;
    auto c = db.connect();
    c.exec("CREATE TABLE someone_elses (x int)");
    CHECK_THROWS_WITH(store::postgresql::migrate(c), Catch::Contains("no Bulletin archive"));
    test::TestDatabase db2;
    auto d = db2.connect();
    store::postgresql::migrate(d);
    d.exec("UPDATE bulletin_meta SET value = '999' WHERE key = 'schema_version'");
    CHECK_THROWS_WITH(store::postgresql::schemaVersion(d), Catch::Contains("newer version of Bulletin"));
}

TEST_CASE("server init makes the roles and the schema, and each group can do what it is for and no more",
          "[pg][server]") {
    test::TestDatabase db;
    const auto location = store::Location::parse("postgresql:" + db.conninfo());
    const auto init = store::initServer(location);
    CHECK(init.schemaVersion == store::postgresql::currentSchemaVersion());
    CHECK_FALSE(init.done.empty());
    // Run again (after an upgrade, say): nothing breaks, the schema stays.
    CHECK(store::initServer(location).schemaVersion == init.schemaVersion);

    auto admin = db.connect();
    const std::string reader = member(admin, "bulletin_reader");
    const std::string analyst = member(admin, "bulletin_analyst");
    const std::string ingester = member(admin, "bulletin_ingester");
    const std::string insertDocument =
        "INSERT INTO documents (content_hash, path, title, title_key, body, raw, encoding, size, mtime, tsv)"
        " VALUES ('h', '/x', 'T', 't', 'b', '\\x00', 'UTF-8', 1, 1, 'b:1B')";
    const std::string insertCorrection = "INSERT INTO corrections (action, type, key) VALUES ('hide', 'agency', 'x')";
    const std::string star = "INSERT INTO release_marks (document_id, starred) SELECT id, true FROM documents";
    {
        pg::Connection c(db.conninfo() + " user=" + reader);
        CHECK(c.queryInt("SELECT count(*) FROM documents") == 0);  // reads
        CHECK_FALSE(allowed(c, insertDocument));
        CHECK_FALSE(allowed(c, insertCorrection));
        CHECK_FALSE(allowed(c, star));
        CHECK_FALSE(allowed(c, "INSERT INTO saved_searches (name, query) VALUES ('a', 'b')"));
        const auto check =
            store::checkServer(store::Location::parse("postgresql:" + db.conninfo() + " user=" + reader));
        CHECK(check.ok());
        CHECK(check.role == reader);
        CHECK(check.groups == std::vector<std::string>{"bulletin_reader"});
    }
    {
        pg::Connection c(db.conninfo() + " user=" + analyst);
        CHECK(allowed(c, insertCorrection));
        CHECK(allowed(c, star));
        CHECK(allowed(c, "INSERT INTO saved_searches (name, query) VALUES ('a', 'b')"));
        CHECK_FALSE(allowed(c, insertDocument));                        // an analyst cannot ingest
        CHECK_FALSE(allowed(c, "UPDATE corrections SET value = 'y'"));  // the log is append-only
        CHECK_FALSE(allowed(c, "DELETE FROM corrections"));
        CHECK_FALSE(allowed(c, "DROP TABLE documents"));
    }
    {
        pg::Connection c(db.conninfo() + " user=" + ingester);
        CHECK(allowed(c, insertDocument));
        CHECK_FALSE(allowed(c, "DELETE FROM corrections"));
    }
    {
        // The whole writer as an ingester: releases, entities, meetings (their ids drawn from the sequence), the
        // boilerplate model, near-duplicate bands.
        test::TempDir dir;
        test::copySamples(dir / "in");
        store::Archive archive(store::Location::parse("postgresql:" + db.conninfo() + " user=" + ingester));
        std::atomic<bool> cancel{false};
        const auto report = ingest::Ingester(archive, {}, extract::defaultAnalyzer()).run({dir / "in"}, cancel);
        CHECK(report.rejected.empty());
        CHECK(archive.reader().stats().documents == 5);
        store::DocumentQuery all;
        all.limit = -1;
        CHECK_FALSE(archive.entities().meetings(all).empty());
    }
    // The corrections record who made them.
    {
        pg::Connection c(db.conninfo() + " user=" + analyst);
        c.exec(insertCorrection);
        CHECK(c.query("SELECT analyst FROM corrections").text(0, 0) == analyst);
    }
    for (const auto& role : {reader, analyst, ingester}) {
        admin.exec("DROP OWNED BY " + role);
        admin.exec("DROP ROLE " + role);
    }
}

TEST_CASE("server check says what is missing on a server nobody set up", "[pg][server]") {
    test::TestDatabase db;
    const auto report = store::checkServer(store::Location::parse("postgresql:" + db.conninfo()));
    CHECK_FALSE(report.ok());
    bool saysInit = false;
    for (const auto& p : report.problems) saysInit = saysInit || p.find("server init") != std::string::npos;
    CHECK(saysInit);
    CHECK_THROWS_AS(store::checkServer(store::Location("a.bulletin")), store::ArchiveError);
}

TEST_CASE("server grant makes a login a member of a group with the group's time limits, and upgrade is idempotent",
          "[pg][server]") {
    test::TestDatabase db;
    const auto location = store::Location::parse("postgresql:" + db.conninfo());
    (void)store::initServer(location);
    auto admin = db.connect();
    const std::string login = "t_grant_" + std::to_string(::getpid());
    admin.exec("DROP ROLE IF EXISTS " + login);
    CHECK_THROWS_WITH(store::grantServerRole(location, login, store::TeamRole::Reader),
                      Catch::Contains("no login role"));
    admin.exec("CREATE ROLE " + login + " LOGIN");
    const auto granted = store::grantServerRole(location, login, store::TeamRole::Reader);
    REQUIRE(granted.done.size() == 1);
    {
        pg::Connection c(db.conninfo() + " user=" + login);
        CHECK(c.query("SHOW statement_timeout").text(0, 0) == "30s");
        CHECK(c.query("SHOW idle_in_transaction_session_timeout").text(0, 0) == "10min");
        CHECK(c.queryInt("SELECT count(*) FROM documents") == 0);
    }
    const auto upgraded = store::upgradeServer(location);
    CHECK(upgraded.schemaVersion == store::postgresql::currentSchemaVersion());
    CHECK(upgraded.done.front().find("nothing to do") != std::string::npos);
    CHECK(store::teamRoleFromString("analyst") == store::TeamRole::Analyst);
    CHECK_FALSE(store::teamRoleFromString("boss"));
    admin.exec("DROP OWNED BY " + login);
    admin.exec("DROP ROLE " + login);
}

namespace {
bool saysWordsOutsideRows(const store::ServerReport& report) {
    return std::any_of(report.problems.begin(), report.problems.end(),
                       [](const std::string& p) { return p.find("outside their rows") != std::string::npos; });
}
}  // namespace

TEST_CASE("server upgrade moves the words of releases stored before schema 4 into their rows, once", "[pg][server]") {
    test::TestDatabase db;
    const auto location = store::Location::parse("postgresql:" + db.conninfo());
    (void)store::initServer(location);
    CHECK_FALSE(saysWordsOutsideRows(store::checkServer(location)));  // created empty: nothing to move
    test::TempDir dir;
    test::copySamples(dir / "in");
    {
        store::Archive server(location);
        std::atomic<bool> cancel{false};
        ingest::Ingester(server, {}).run({dir / "in"}, cancel);
    }
    auto admin = db.connect();
    const auto stored = admin.queryInt("SELECT count(*) FROM documents");
    REQUIRE(stored > 0);
    CHECK(std::string(admin
                          .query("SELECT attstorage FROM pg_attribute WHERE attrelid = 'documents'::regclass"
                                 " AND attname = 'tsv'")
                          .text(0, 0)) == "m");
    // An archive that stored its releases under schema 3 and was migrated by a writer since.
    admin.exec("DELETE FROM bulletin_meta WHERE key = 'words_in_rows'");
    CHECK(saysWordsOutsideRows(store::checkServer(location)));
    const auto upgraded = store::upgradeServer(location);
    REQUIRE(upgraded.done.size() == 2);
    CHECK(upgraded.done.front().find("is current") != std::string::npos);
    CHECK(upgraded.done.back().find("rewrote the releases table") != std::string::npos);
    CHECK_FALSE(saysWordsOutsideRows(store::checkServer(location)));
    CHECK(admin.queryInt("SELECT count(*) FROM documents") == stored);
    CHECK(admin.queryInt("SELECT count(*) FROM documents WHERE tsv @@ 'minister'::tsquery") > 0);
    // Once: the next upgrade has nothing to do.
    const auto again = store::upgradeServer(location);
    REQUIRE(again.done.size() == 1);
    CHECK(again.done.front().find("nothing to do") != std::string::npos);
}
