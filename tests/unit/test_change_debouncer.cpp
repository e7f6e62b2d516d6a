#include "ingest/change_debouncer.hpp"
#include "support/test_support.hpp"

using namespace bulletin::ingest;
using namespace std::chrono_literals;

TEST_CASE("changes are released once quiet, and a new change restarts the wait", "[debouncer]") {
    ChangeDebouncer d(1000ms);
    const auto t0 = ChangeDebouncer::Clock::time_point{} + 1h;
    d.noteChange("/a.txt", t0);
    d.noteChange("/b.txt", t0 + 300ms);
    CHECK(d.takeReady(t0 + 900ms).empty());
    CHECK(d.nextReady() == t0 + 1000ms);
    d.noteChange("/a.txt", t0 + 950ms);  // still being written
    CHECK(d.takeReady(t0 + 1300ms) == std::vector<std::string>{"/b.txt"});
    CHECK(d.pending() == 1);
    CHECK(d.takeReady(t0 + 1949ms).empty());
    CHECK(d.takeReady(t0 + 1950ms) == std::vector<std::string>{"/a.txt"});
    CHECK(d.empty());
    CHECK_FALSE(d.nextReady());
}
