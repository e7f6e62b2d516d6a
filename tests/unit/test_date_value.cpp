#include "core/date_value.hpp"
#include "support/test_support.hpp"

using namespace bulletin;

TEST_CASE("ISO forms round-trip at every precision", "[date]") {
    for (const char* iso : {"2017", "2017-05", "2017-05-25", "2017-07-11/2017-07-13", "2022/2025"}) {
        auto v = DateValue::fromIso(iso);
        REQUIRE(v);
        CHECK(v->iso() == iso);
    }
    CHECK_FALSE(DateValue::fromIso("2017-02-30"));
    CHECK_FALSE(DateValue::fromIso("2017-13"));
    CHECK_FALSE(DateValue::fromIso("2019/2018"));
    CHECK_FALSE(DateValue::fromIso("20x7"));
}

TEST_CASE("first and last days cover the precision", "[date]") {
    CHECK(DateValue::fromIso("2018")->firstDay().iso() == "2018-01-01");
    CHECK(DateValue::fromIso("2018")->lastDay().iso() == "2018-12-31");
    CHECK(DateValue::fromIso("2020-02")->lastDay().iso() == "2020-02-29");
    CHECK(DateValue::fromIso("2018-05..2019-12") == std::nullopt);
}

TEST_CASE("calendar arithmetic", "[date]") {
    const CalendarDate d{2024, 3, 1};
    CHECK(d.plusDays(-1).iso() == "2024-02-29");
    CHECK(CalendarDate{2017, 5, 25}.weekday() == 3);  // a Thursday
    CHECK(CalendarDate{1970, 1, 1}.daysSinceEpoch() == 0);
    CHECK(CalendarDate::fromDaysSinceEpoch(CalendarDate{2000, 12, 31}.daysSinceEpoch()).iso() == "2000-12-31");
}
