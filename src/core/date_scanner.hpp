#pragma once
// Finds date expressions in English text: absolute ("25th May 2017", "July 27, 2022", "27/07/2022",
// "2017-05-25"), partial ("May 2017", "2019"), ranges ("22-24 October 2018", "from 11-13 of July",
// "between November 2014 and May 2015", "2022-23") and relative expressions ("on Thursday", "last week",
// "today"), the latter resolved against a reference date. Ages and durations are not dates.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "date_value.hpp"

namespace bulletin {

enum class DateForm { Full, Month, Year, Range, YearSpan, Relative };

struct DateHit final {
    DateValue value;
    DateForm form = DateForm::Full;
    std::size_t begin = 0;  // byte offsets into the scanned text
    std::size_t end = 0;
    std::string rule;
};

struct DateContext final {
    // Year used for expressions without one ("from the 11-13 of July"); none: such expressions are skipped.
    std::optional<int> defaultYear;
    // Date relative expressions are resolved against (usually the publication date); none: they are skipped.
    std::optional<CalendarDate> reference;
    // For ambiguous numeric dates like 03/04/2020: true reads month/day (US), false day/month.
    bool monthFirst = true;
};

[[nodiscard]] std::vector<DateHit> scanDates(std::string_view text, const DateContext& context = {});

// A full or month-precision date at the very start of `text` (after spaces); for datelines.
[[nodiscard]] std::optional<DateHit> parseDateAtStart(std::string_view text, const DateContext& context = {});

// 1-12 for an English month name or abbreviation ("Sept", "Oct."), else 0.
[[nodiscard]] int monthFromName(std::string_view word);

}  // namespace bulletin
