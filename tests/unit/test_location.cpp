#include "store/error.hpp"
#include "store/location.hpp"
#include "support/test_support.hpp"

using namespace bulletin::store;

TEST_CASE("a location is a SQLite file unless it names a server", "[store][location]") {
    const auto file = Location::parse("cases/team.bulletin");
    CHECK(file.engine == Location::Engine::Sqlite);
    CHECK(file.file == "cases/team.bulletin");
    CHECK(file.text() == "cases/team.bulletin");
    // A file whose name merely contains the word is still a file.
    CHECK(Location::parse("postgresql-notes.bulletin").isFile());

    const auto service = Location::parse("postgresql:service=team");
    CHECK(service.engine == Location::Engine::Postgresql);
    CHECK(service.conninfo == "service=team");
    CHECK(service.text() == "postgresql:service=team");
    CHECK(Location::parse("service=team").conninfo == "service=team");
    const auto uri = Location::parse("postgresql://db.example.org/bulletin?sslmode=verify-full");
    CHECK(uri.conninfo == "postgresql://db.example.org/bulletin?sslmode=verify-full");
    CHECK(uri.text() == uri.conninfo);
    CHECK(Location::parse(Location::parse("postgresql:host=db dbname=b").text()).conninfo == "host=db dbname=b");
}

TEST_CASE("a server location with a password or without a server is refused with the reason", "[store][location]") {
    for (const char* text : {"postgresql:host=db password=secret", "postgresql:host=db password = secret",
                             "postgresql://analyst:secret@db/bulletin", "postgresql://db/bulletin?password=secret"}) {
        INFO(text);
        try {
            (void)Location::parse(text);
            FAIL("accepted");
        } catch (const ArchiveError& e) {
            CHECK(std::string(e.what()).find("~/.pgpass") != std::string::npos);
        }
    }
    CHECK_THROWS_AS(Location::parse("postgresql:"), ArchiveError);
    // A user name alone is no secret.
    CHECK(Location::parse("postgresql://analyst@db/bulletin").conninfo == "postgresql://analyst@db/bulletin");
    CHECK(Location::parse("postgresql:host=db passfile=/home/a/.pgpass").conninfo ==
          "host=db passfile=/home/a/.pgpass");
}
