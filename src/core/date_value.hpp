#pragma once
// A calendar date of variable precision (year, month or day), or a range of two of them.
// ISO form as in the evaluation schema: "2017", "2017-05", "2017-05-25", "2017-07-11/2017-07-13".

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace bulletin {

struct CalendarDate final {
    int year = 0;
    int month = 0;  // 1-12, or 0 when only the year is known
    int day = 0;    // 1-31, or 0 when only year (and month) are known

    [[nodiscard]] bool valid() const;
    [[nodiscard]] std::string iso() const;
    [[nodiscard]] long daysSinceEpoch() const;  // requires a full date
    [[nodiscard]] int weekday() const;           // 0 = Monday .. 6 = Sunday; requires a full date
    [[nodiscard]] CalendarDate plusDays(long days) const;
    [[nodiscard]] static CalendarDate fromDaysSinceEpoch(long days);
    [[nodiscard]] static std::optional<CalendarDate> fromIso(std::string_view text);
    auto operator<=>(const CalendarDate&) const = default;
};

[[nodiscard]] int daysInMonth(int year, int month);

struct DateValue final {
    CalendarDate start;
    std::optional<CalendarDate> end;  // set for ranges

    [[nodiscard]] std::string iso() const;
    [[nodiscard]] bool isRange() const { return end.has_value(); }
    // First and last day covered, for filtering ("date:2018" covers 2018-01-01..2018-12-31).
    [[nodiscard]] CalendarDate firstDay() const;
    [[nodiscard]] CalendarDate lastDay() const;
    [[nodiscard]] static std::optional<DateValue> fromIso(std::string_view text);
    bool operator==(const DateValue&) const = default;
};

}  // namespace bulletin
