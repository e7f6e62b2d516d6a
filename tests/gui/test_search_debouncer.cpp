// SearchDebouncer: the first keystroke after a pause searches at once, the rest wait for typing to pause.

#include "search_debouncer.hpp"
#include "support/test_support.hpp"

using bulletin::app::SearchDebouncer;

TEST_CASE("the first keystroke after a pause searches at once, the next ones wait", "[debounce]") {
    SearchDebouncer d(150);
    CHECK(d.keystroke(1000));        // the first ever
    CHECK_FALSE(d.keystroke(1040));  // typing on: the trailing timer will search
    CHECK_FALSE(d.keystroke(1180));  // 140 ms after the previous one: still typing
    CHECK(d.keystroke(1330));        // 150 ms of quiet: a new burst starts with a search
    CHECK_FALSE(d.keystroke(1331));
    d.setDelay(0);
    CHECK(d.keystroke(1331));  // no delay: every keystroke searches
    CHECK(d.delay() == 0);
}
