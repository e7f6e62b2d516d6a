#include "date_value.hpp"

#include <charconv>
#include <cstdio>

namespace bulletin {

namespace {
bool isLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

std::optional<int> parseInt(std::string_view s) {
    int v = 0;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc{} || p != s.data() + s.size()) return std::nullopt;
    return v;
}
}  // namespace

int daysInMonth(int year, int month) {
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12) return 0;
    return month == 2 && isLeap(year) ? 29 : kDays[month - 1];
}

bool CalendarDate::valid() const {
    if (year < 1 || year > 9999) return false;
    if (month == 0) return day == 0;
    if (month < 1 || month > 12) return false;
    return day == 0 || (day >= 1 && day <= daysInMonth(year, month));
}

std::string CalendarDate::iso() const {
    char buf[16];
    if (month == 0) std::snprintf(buf, sizeof buf, "%04d", year);
    else if (day == 0) std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
    else std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    return buf;
}

// Howard Hinnant's days_from_civil: exact for the proleptic Gregorian calendar.
long CalendarDate::daysSinceEpoch() const {
    const int y = year - (month <= 2 ? 1 : 0);
    const long era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned mp = static_cast<unsigned>(month > 2 ? month - 3 : month + 9);
    const unsigned doy = (153 * mp + 2) / 5 + static_cast<unsigned>(day) - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<long>(doe) - 719468;
}

CalendarDate CalendarDate::fromDaysSinceEpoch(long z) {
    z += 719468;
    const long era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long y = static_cast<long>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return {static_cast<int>(y + (m <= 2 ? 1 : 0)), static_cast<int>(m), static_cast<int>(d)};
}

int CalendarDate::weekday() const {
    const long d = daysSinceEpoch();  // 1970-01-01 was a Thursday (index 3)
    return static_cast<int>(((d % 7) + 7 + 3) % 7);
}

CalendarDate CalendarDate::plusDays(long days) const { return fromDaysSinceEpoch(daysSinceEpoch() + days); }

std::optional<CalendarDate> CalendarDate::fromIso(std::string_view text) {
    CalendarDate d;
    if (text.size() != 4 && text.size() != 7 && text.size() != 10) return std::nullopt;
    auto y = parseInt(text.substr(0, 4));
    if (!y) return std::nullopt;
    d.year = *y;
    if (text.size() >= 7) {
        if (text[4] != '-') return std::nullopt;
        auto m = parseInt(text.substr(5, 2));
        if (!m) return std::nullopt;
        d.month = *m;
    }
    if (text.size() == 10) {
        if (text[7] != '-') return std::nullopt;
        auto dd = parseInt(text.substr(8, 2));
        if (!dd) return std::nullopt;
        d.day = *dd;
    }
    if (!d.valid()) return std::nullopt;
    return d;
}

std::string DateValue::iso() const { return end ? start.iso() + "/" + end->iso() : start.iso(); }

CalendarDate DateValue::firstDay() const {
    return {start.year, start.month == 0 ? 1 : start.month, start.day == 0 ? 1 : start.day};
}

CalendarDate DateValue::lastDay() const {
    const CalendarDate& e = end ? *end : start;
    const int m = e.month == 0 ? 12 : e.month;
    return {e.year, m, e.day == 0 ? daysInMonth(e.year, m) : e.day};
}

std::optional<DateValue> DateValue::fromIso(std::string_view text) {
    const auto slash = text.find('/');
    auto start = CalendarDate::fromIso(text.substr(0, slash));
    if (!start) return std::nullopt;
    DateValue v{*start, std::nullopt};
    if (slash != std::string_view::npos) {
        auto end = CalendarDate::fromIso(text.substr(slash + 1));
        if (!end || *end < *start) return std::nullopt;
        v.end = *end;
    }
    return v;
}

}  // namespace bulletin
