// A query stopped by an interruption meant for another one is run again while its answer is still wanted
// (store::runUnlessSuperseded, which the GUI's archive worker runs its searches through).

#include "store/error.hpp"
#include "store/interrupted_retry.hpp"
#include "support/test_support.hpp"

using bulletin::store::Error;
using bulletin::store::runUnlessSuperseded;

namespace {

// A query that is interrupted the first `interruptions` times it runs, then answers with how often it ran.
struct FlakyQuery final {
    int interruptions = 0;
    int runs = 0;
    int operator()() {
        ++runs;
        if (runs <= interruptions) throw Error(Error::Kind::Interrupted, "canceling statement due to user request");
        return runs;
    }
};

}  // namespace

TEST_CASE("a query interrupted though still wanted is run again and answers", "[store][interrupt]") {
    FlakyQuery q{1};
    CHECK(runUnlessSuperseded([&] { return q(); }, [] { return false; }) == 2);
    CHECK(q.runs == 2);
}

TEST_CASE("a query a newer one superseded stays interrupted", "[store][interrupt]") {
    FlakyQuery q{1};
    CHECK_THROWS_AS(runUnlessSuperseded([&] { return q(); }, [] { return true; }), Error);
    CHECK(q.runs == 1);
}

TEST_CASE("other failures are not run again, and the attempts are bounded", "[store][interrupt]") {
    int runs = 0;
    CHECK_THROWS_WITH(runUnlessSuperseded(
                          [&]() -> int {
                              ++runs;
                              throw Error(Error::Kind::Io, "disk I/O error");
                          },
                          [] { return false; }),
                      "disk I/O error");
    CHECK(runs == 1);
    FlakyQuery always{100};
    CHECK_THROWS_AS(runUnlessSuperseded([&] { return always(); }, [] { return false; }, 3), Error);
    CHECK(always.runs == 3);
}
