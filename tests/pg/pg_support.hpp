#pragma once
// The throwaway server the PostgreSQL tests run against (tests/pg/cluster.sh, started by a CTest fixture), and a
// fresh database per test case, dropped at its end.

#include <atomic>
#include <cstdlib>
#include <string>

#include <unistd.h>

#include "support/catch.hpp"

#include "store/postgresql/pg.hpp"

namespace bulletin::test {

// The fixture's server (BULLETIN_TEST_PG: a conninfo to its maintenance database). A test run without it fails:
// the PostgreSQL tests must not pass by skipping.
inline std::string serverConninfo() {
    const char* conninfo = std::getenv("BULLETIN_TEST_PG");
    if (!conninfo || !*conninfo)
        FAIL("BULLETIN_TEST_PG is not set: run these tests through ctest, which starts a throwaway server");
    return conninfo;
}

class TestDatabase final {
public:
    TestDatabase() : admin_(serverConninfo()) {
        static std::atomic<int> counter{0};
        name_ = "bulletin_test_" + std::to_string(::getpid()) + "_" + std::to_string(counter++);
        admin_.exec("DROP DATABASE IF EXISTS " + name_);
        admin_.exec("CREATE DATABASE " + name_ + " ENCODING 'UTF8' TEMPLATE template0");
    }
    ~TestDatabase() {
        try {
            admin_.exec("DROP DATABASE IF EXISTS " + name_ + " WITH (FORCE)");
        } catch (const pg::Error&) {
        }
    }
    TestDatabase(const TestDatabase&) = delete;
    TestDatabase& operator=(const TestDatabase&) = delete;

    // The conninfo of this test's own database.
    [[nodiscard]] std::string conninfo() const { return serverConninfo() + " dbname=" + name_; }
    [[nodiscard]] pg::Connection connect() const { return pg::Connection(conninfo()); }

private:
    pg::Connection admin_;
    std::string name_;
};

}  // namespace bulletin::test
