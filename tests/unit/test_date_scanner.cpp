#include <set>

#include "core/date_scanner.hpp"
#include "support/test_support.hpp"

using namespace bulletin;

namespace {
std::set<std::string> isos(std::string_view text, DateContext ctx = {}) {
    std::set<std::string> out;
    for (const auto& h : scanDates(text, ctx)) out.insert(h.value.iso());
    return out;
}
}  // namespace

TEST_CASE("absolute dates in the common English forms", "[dates]") {
    CHECK(isos("The meeting was held on 25th May 2017, at MNDF Headquarters.") == std::set<std::string>{"2017-05-25"});
    CHECK(isos("Published July 27, 2022 in Islamabad") == std::set<std::string>{"2022-07-27"});
    CHECK(isos("occurred Feb. 8, 2010, on the campus") == std::set<std::string>{"2010-02-08"});
    CHECK(isos("dated 27/07/2022 and 2017-05-25") == std::set<std::string>{"2022-07-27", "2017-05-25"});
    CHECK(isos("on Sept. 23, 2011") == std::set<std::string>{"2011-09-23"});
}

TEST_CASE("partial dates and year spans", "[dates]") {
    CHECK(isos("In May 2017 the office opened") == std::set<std::string>{"2017-05"});
    CHECK(isos("the workplan for 2022-23 and the programme 2022-2025") ==
          std::set<std::string>{"2022/2023", "2022/2025"});
    CHECK(isos("reviewed UNODC's 2014 - 2015 Workplan to implement its Country Programme (2010 - 2015)") ==
          std::set<std::string>{"2014/2015", "2010/2015"});
    CHECK(isos("their implementation in 2013 and the status") == std::set<std::string>{"2013"});
}

TEST_CASE("ranges of days and months", "[dates]") {
    CHECK(isos("at the DGTR from 22-24 October 2018.") == std::set<std::string>{"2018-10-22/2018-10-24"});
    CHECK(isos("between November 2014 and May 2015") == std::set<std::string>{"2014-11/2015-05"});
    CHECK(isos("held October 22-24, 2018") == std::set<std::string>{"2018-10-22/2018-10-24"});
    DateContext ctx;
    ctx.defaultYear = 2017;
    CHECK(isos("slated to be held from the 11-13 of July in Maldives", ctx) ==
          std::set<std::string>{"2017-07-11/2017-07-13"});
    CHECK(isos("slated to be held from the 11-13 of July in Maldives").empty());  // no year known
}

TEST_CASE("ages, durations, money and identifiers are not dates", "[dates]") {
    CHECK(isos("served for 19 years as a 60-year-old officer").empty());
    CHECK(isos("a Two-Year-old child and 2000 people attended").empty());
    CHECK(isos("Case #11CM1351, call 714-347-8408").empty());
    CHECK(isos("embezzling over $150,000 and $2,014").empty());
    CHECK(isos("Sustainable Development Goal 16").empty());
}

TEST_CASE("relative dates resolve against the reference date", "[dates]") {
    DateContext ctx;
    ctx.reference = CalendarDate{2024, 5, 10};  // a Friday
    CHECK(isos("met on Thursday to talk", ctx) == std::set<std::string>{"2024-05-09"});
    CHECK(isos("convicted 10 defendants today", ctx) == std::set<std::string>{"2024-05-10"});
    CHECK(isos("arrested yesterday", ctx) == std::set<std::string>{"2024-05-09"});
    CHECK(isos("last week the office", ctx) == std::set<std::string>{"2024-04-29/2024-05-05"});
    CHECK(isos("met on Thursday to talk").empty());  // nothing to resolve against
}

TEST_CASE("month names need a capital and abbreviations are known", "[dates]") {
    CHECK(monthFromName("Sept") == 9);
    CHECK(monthFromName("october") == 10);
    CHECK(isos("officials may 2017 review").empty());
}
