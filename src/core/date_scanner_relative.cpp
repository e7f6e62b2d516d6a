// The date scanner's years and relative dates ("last year", "on Tuesday", "next month"): when a bare number is a
// year, and which day a weekday or a relative expression names given the tense around it.
#include <algorithm>
#include <array>
#include <cstdlib>

#include "date_scanner_parts.hpp"
#include "text.hpp"

namespace bulletin::date_scan {

using namespace std::string_view_literals;

// A bare four-digit number is a year only in a date-like context: not a street or room number ("2100 Main
// Street", "Room 2000"), a statute or section ("Act of 2007", "Section 2019"), a plan or event named with its
// year ("Green Plan 2030"), a model year, a clock time ("1905 hrs") or a count ("2000 people").
// (`beforeOnly`: what stands before the year alone, for a year that goes on with "/25".)
bool Scanner::yearLooksLikeQuantity(std::size_t i, bool beforeOnly) const {
    if (i > 0) {
        const Token& p = t_[i - 1];
        static constexpr std::array<std::string_view, 31> kNumberedThings{
            "section", "sec",       "chapter",    "article", "rule", "room",    "suite",   "unit",
            "highway", "route",     "flight",     "docket",  "code", "version", "hrs",     "hours",
            "bill",    "ordinance", "resolution", "ref",     "page", "box",     "hotline", "helpline",
            "tel",     "telephone", "phone",      "call",    "dial", "fax",     "ext"};
        if (p.kind == Kind::Word && !p.breakBefore &&
            std::find(kNumberedThings.begin(), kNumberedThings.end(), p.lower) != kNumberedThings.end())
            return true;
        if (p.kind == Kind::Word && p.lower == "year"sv && i > 1 && t_[i - 2].lower == "model"sv) return true;
        // Part of a name: "Plan 2030", "Act 2020", "Euro 2012", and "Act of 2007", "Class of 2019".
        static constexpr std::array<std::string_view, 20> kBeforeYear{
            "in",     "since",  "until", "till",   "by",    "from", "during", "before", "after", "spring",
            "summer", "autumn", "fall",  "winter", "early", "late", "mid",    "fy",     "year",  "of"};
        // (A sentence's capitalised determiner names nothing: "The 2023/2024 season", "This 2021 report".)
        static constexpr std::array<std::string_view, 9> kDeterminers{"the", "a",   "an",    "this", "that",
                                                                      "its", "his", "their", "our"};
        auto nameWord = [&](const Token& w) {
            return w.kind == Kind::Word && w.capitalized && w.month == 0 && w.weekday < 0 &&
                   std::find(kBeforeYear.begin(), kBeforeYear.end(), w.lower) == kBeforeYear.end() &&
                   std::find(kDeterminers.begin(), kDeterminers.end(), w.lower) == kDeterminers.end();
        };
        if (nameWord(p) && !p.breakBefore && !t_[i].breakBefore) return true;
        if (p.kind == Kind::Word && p.lower == "of"sv && i > 1 && nameWord(t_[i - 2])) return true;
        // "Act No. 35 of 2018", "Gazette No 2345 of 2023": a numbered law's or notice's year is part of its number.
        if (p.kind == Kind::Word && p.lower == "of"sv && i > 2 && t_[i - 2].kind == Kind::Number) {
            std::size_t k = i - 3;
            if (t_[k].kind == Kind::Dot && k > 0) --k;
            if (t_[k].kind == Kind::Word &&
                (t_[k].lower == "no"sv || t_[k].lower == "nos"sv || t_[k].lower == "number"sv))
                return true;
        }
        // ("mid-2022", "pre-2020": a word joined by a hyphen is a time before the year, not a sign.)
        const bool hyphenatedTime =
            p.kind == Kind::Dash && i > 1 && t_[i - 2].kind == Kind::Word && t_[i - 2].end == p.begin &&
            (t_[i - 2].lower == "mid"sv || t_[i - 2].lower == "pre"sv || t_[i - 2].lower == "post"sv);
        if ((p.kind == Kind::Other || p.kind == Kind::Dash || p.kind == Kind::Slash || p.kind == Kind::Dot) &&
            !hyphenatedTime)
            if (p.end == t_[i].begin) return true;  // "$2014", "-2014", "No.2014"
        if (p.kind == Kind::Dot && i > 1 && (t_[i - 2].lower == "no"sv || t_[i - 2].lower == "nos"sv))
            return true;  // "No. 2023"
        if (p.kind == Kind::Word && (p.lower == "no"sv || p.lower == "case"sv || p.lower == "number"sv ||
                                     p.lower == "rs"sv || p.lower == "usd"sv || p.lower == "goal"sv))
            return true;
        if (p.kind == Kind::Comma && i > 1 && t_[i - 2].kind == Kind::Number && p.end == t_[i].begin) return true;
    }
    if (beforeOnly) return false;
    // "filed in 2022 and 2023 increased": a year joined by "and" or "or" to a year before it is one too, whatever
    // follows it. (The year before is asked about what stands before it alone: a chain "2001 and 2002 and ..."
    // is never walked back.)
    if (i > 1 && t_[i - 1].kind == Kind::Word && (t_[i - 1].lower == "and"sv || t_[i - 1].lower == "or"sv) &&
        isYear(i - 2) && !yearLooksLikeQuantity(i - 2, true))
        return false;
    const Token* n = at(i + 1);
    if (n && !n->breakBefore) {
        if ((n->kind == Kind::Dash || n->kind == Kind::Slash) && n->begin == t_[i].end) return true;
        // "2100 Main Street", "at 2100 Harbor": a street address.
        if (n->kind == Kind::Word && n->capitalized && n->month == 0) {
            static constexpr std::array<std::string_view, 18> kStreets{
                "street", "st",   "avenue", "ave", "road",  "rd",      "boulevard", "blvd",   "drive",
                "dr",     "lane", "ln",     "way", "place", "highway", "parkway",   "circle", "terrace"};
            bool street = false;
            for (std::size_t k = i + 2; k <= i + 5 && !street; ++k) {
                const Token* w = at(k);
                if (w && w->kind == Kind::Dot && !w->breakBefore) continue;  // "2100 S. Haster Street"
                if (!w || w->kind != Kind::Word || w->breakBefore) break;
                street = std::find(kStreets.begin(), kStreets.end(), w->lower) != kStreets.end();
                if (!w->capitalized) break;
            }
            const bool atNumber = i > 0 && t_[i - 1].kind == Kind::Word && t_[i - 1].lower == "at"sv;
            if (street || atNumber) return true;
        }
        // "a 2015 Ford F-150", "his 2008 Honda Civic": a model year before the make.
        if (n->kind == Kind::Word && n->capitalized && n->month == 0 && n->weekday < 0 && i > 0 &&
            t_[i - 1].kind == Kind::Word) {
            static constexpr std::array<std::string_view, 8> kOwners{"a",     "an", "his", "her",
                                                                     "their", "my", "our", "your"};
            if (std::find(kOwners.begin(), kOwners.end(), t_[i - 1].lower) != kOwners.end()) return true;
        }
        // "in the 2100 block of East 15th Street": a street number.
        if (n->kind == Kind::Word && (n->lower == "block" || n->lower == "blk")) return true;
        // "a 1994 cold case", "the 2020 election": a year used as an adjective after a determiner.
        const bool determiner =
            i > 0 && t_[i - 1].kind == Kind::Word &&
            (t_[i - 1].lower == "a"sv || t_[i - 1].lower == "an"sv || t_[i - 1].lower == "the"sv ||
             t_[i - 1].lower == "its"sv || t_[i - 1].lower == "their"sv || t_[i - 1].lower == "this"sv);
        if (n->kind == Kind::Word && !n->capitalized && !determiner) {
            // (Words that go on a sentence, not name what was counted: "arrested in 2021 under Section 302",
            // "in 2019 despite", "in 2020 his company".)
            static constexpr std::array<std::string_view, 66> kAfterYear{
                "and",     "to",   "through", "until",     "till",    "when",  "after",   "before",  "as",
                "was",     "were", "is",      "are",       "the",     "in",    "at",      "for",     "with",
                "by",      "from", "he",      "she",       "they",    "it",    "we",      "i",       "has",
                "had",     "have", "that",    "which",     "while",   "where", "but",     "or",      "on",
                "of",      "saw",  "marks",   "marked",    "will",    "also",  "onwards", "onward",  "under",
                "against", "amid", "despite", "following", "because", "into",  "within",  "without", "via",
                "upon",    "once", "though",  "although",  "if",      "his",   "her",     "their",   "its",
                "our",     "who",  "not"};
            if (n->lower == "hrs" || n->lower == "hours" || n->lower == "gmt" || n->lower == "utc") return true;
            return std::find(kAfterYear.begin(), kAfterYear.end(), n->lower) == kAfterYear.end();
        }
    }
    return false;
}

// 2019; 2014 - 2015; 2022-23; between 2010 and 2012
Scanner::Match Scanner::matchYear(std::size_t i) {
    if (!isYear(i)) return std::nullopt;
    const int y = t_[i].value;
    if (isRangeJoin(i + 1) && kindAt(i + 2, Kind::Number) && !t_[i + 2].ordinal) {
        const Token& e = t_[i + 2];
        int endYear = 0;
        if (e.digits == 4)
            endYear = e.value;
        else if (e.digits == 2 && kindAt(i + 1, Kind::Dash))
            endYear = y / 100 * 100 + e.value;
        const bool joinOk =
            kindAt(i + 1, Kind::Dash) || (i > 0 && (t_[i - 1].lower == "between"sv || t_[i - 1].lower == "from"sv));
        if (joinOk && endYear > y && endYear - y <= 50 && endYear <= 2100) {
            if (i + 3 >= t_.size() || !(kindAt(i + 3, Kind::Dash) && t_[i + 3].begin == e.end))
                return std::pair{
                    make({y, 0, 0}, CalendarDate{endYear, 0, 0}, DateForm::YearSpan, i, i + 2, "date.year_span"),
                    i + 3};
        }
    }
    // "2024/25", "2023/2024": a fiscal or school year, the span of the two calendar years.
    if (kindAt(i + 1, Kind::Slash) && kindAt(i + 2, Kind::Number) && t_[i + 1].begin == t_[i].end &&
        t_[i + 2].begin == t_[i + 1].end && !kindAt(i + 3, Kind::Slash) && !yearLooksLikeQuantity(i, true)) {
        const Token& e = t_[i + 2];
        if ((e.digits == 2 && e.value == (y + 1) % 100) || (e.digits == 4 && e.value == y + 1))
            return std::pair{
                make({y, 0, 0}, CalendarDate{y + 1, 0, 0}, DateForm::YearSpan, i, i + 2, "date.fiscal_year"), i + 3};
    }
    // "Q3 2023": the quarter's months.
    if (i > 0 && t_[i - 1].end < t_[i].begin && t_[i - 1].lower.size() == 2 && t_[i - 1].lower[0] == 'q' &&
        t_[i - 1].lower[1] >= '1' && t_[i - 1].lower[1] <= '4') {
        const int q = t_[i - 1].lower[1] - '0';
        return std::pair{make({y, 3 * q - 2, 0}, CalendarDate{y, 3 * q, 0}, DateForm::Range, i - 1, i, "date.quarter"),
                         i + 1};
    }
    if (yearLooksLikeQuantity(i)) return std::nullopt;
    return std::pair{make({y, 0, 0}, std::nullopt, DateForm::Year, i, i, "date.year"), i + 1};
}

// on Thursday, last Friday, yesterday, today, last week, last month, last year
Scanner::Match Scanner::matchRelative(std::size_t i) {
    if (!ctx_.reference || !ctx_.reference->valid() || ctx_.reference->day == 0) return std::nullopt;
    const CalendarDate ref = *ctx_.reference;
    const Token& t = t_[i];
    if (t.kind != Kind::Word) return std::nullopt;
    const bool cue = t.lower == "on"sv || t.lower == "last"sv || t.lower == "next"sv;
    const std::size_t w = cue ? i + 1 : i;
    if (w < t_.size() && t_[w].weekday >= 0 && t_[w].capitalized && (w == i || !t_[w].breakBefore) &&
        !absoluteDateFollows(w)) {
        // A bare weekday counts when it reads as a time ("was arrested Tuesday morning", "Monday's meeting"),
        // not as a heading or the start of a label.
        if (!cue && !bareWeekdayIsTime(w)) return std::nullopt;
        // ("is held every Saturday", "meets each Monday": a day that comes back, no one date.)
        if (!cue && i > 0 && (t_[i - 1].lower == "every"sv || t_[i - 1].lower == "each"sv)) return std::nullopt;
        const int wd = t_[w].weekday;
        const long back = ((ref.weekday() - wd) % 7 + 7) % 7;   // days back to the latest such weekday
        const long ahead = ((wd - ref.weekday()) % 7 + 7) % 7;  // days to the next one
        long delta = back;
        if (t.lower == "last"sv && delta == 0) delta = 7;
        if (t.lower == "next"sv)
            delta = -(ahead == 0 ? 7 : ahead);
        else if (t.lower != "last"sv && !pastAfter(w) && (futureTense(i) || futureAfter(w)))
            delta = -ahead;
        return std::pair{make(ref.plusDays(-delta), std::nullopt, DateForm::Relative, i, w, "date.weekday"), w + 1};
    }
    // "arrested on the 25th at about 10.30 p.m.": a day of the month alone, the latest such day up to the
    // reference (the next one when the sentence speaks of the future). Not "on the 25th anniversary", "on the
    // 5th floor": only before punctuation or a word of time or place.
    // ("on 13th." without the article, as Sri Lanka's police write it.)
    // ("on the night of the 12th", "in the early hours of the 3rd": the day a part of it is of.)
    const bool partOfDay = t.lower == "of"sv && i > 0 && i + 2 < t_.size() && t_[i + 1].lower == "the"sv &&
                           (wordAt(i - 1, "night") || wordAt(i - 1, "morning") || wordAt(i - 1, "evening") ||
                            wordAt(i - 1, "afternoon") || wordAt(i - 1, "hours"));
    const std::size_t dayAt = i + 1 < t_.size() && t_[i + 1].lower == "the"sv ? i + 2 : i + 1;
    if ((t.lower == "on"sv || partOfDay) && dayAt < t_.size() && isDay(dayAt) && t_[dayAt].ordinal &&
        !t_[i + 1].breakBefore && !t_[dayAt].breakBefore) {
        const std::size_t n = dayAt + 1;
        // "on 12th instant", "on the 3rd inst.": a day of the reference's own month, as official letters write it.
        if (n < t_.size() && !t_[n].breakBefore && (t_[n].lower == "instant"sv || t_[n].lower == "inst"sv)) {
            const CalendarDate d{ref.year, ref.month, t_[dayAt].value};
            if (d.valid()) return std::pair{make(d, std::nullopt, DateForm::Relative, i, n, "date.day_instant"), n + 1};
        }
        // (Or a word of who did what then, "arrested on the 14th by Kotahena Police", or of the day's part.)
        // ("held at Police Headquarters on 14th under the patronage of ...", "on the 12th the suspect fled": a
        // function word opens what follows the day.)
        static constexpr std::array<std::string_view, 29> kAfterDay{
            "at",      "and",     "in",        "around", "when",      "while", "by",   "near", "from", "during",
            "morning", "evening", "afternoon", "night",  "following", "under", "with", "for",  "to",   "after",
            "before",  "as",      "where",     "which",  "that",      "the",   "a",    "an",   "until"};
        const bool ends = n >= t_.size() || t_[n].breakBefore || t_[n].kind != Kind::Word ||
                          std::find(kAfterDay.begin(), kAfterDay.end(), t_[n].lower) != kAfterDay.end();
        // (Nor "on the 1st, 6th, and 10th floors": a list of ordinals names something else.)
        bool ordinalList = false;
        for (std::size_t k = n; k < t_.size() && k < n + 5 && !t_[k].breakBefore; ++k)
            ordinalList = ordinalList || (t_[k].kind == Kind::Number && t_[k].ordinal);
        // (Nor "the Task Force on 21st-Century Policing": an ordinal joined to the next word.)
        const bool joined = kindAt(n, Kind::Dash) && t_[n].begin == t_[dayAt].end;
        if (ends && !ordinalList && !joined && !(n < t_.size() && (t_[n].month || t_[n].lower == "of"sv))) {
            const int day = t_[dayAt].value;
            CalendarDate d{ref.year, ref.month, day};
            const bool future = futureTense(i) || futureAfter(dayAt);
            if (!future && day > ref.day)
                d = CalendarDate{ref.month == 1 ? ref.year - 1 : ref.year, ref.month == 1 ? 12 : ref.month - 1, day};
            if (future && day < ref.day)
                d = CalendarDate{ref.month == 12 ? ref.year + 1 : ref.year, ref.month == 12 ? 1 : ref.month + 1, day};
            if (d.valid())
                return std::pair{
                    make(d, std::nullopt, DateForm::Relative, partOfDay ? i + 1 : i, dayAt, "date.day_alone"),
                    dayAt + 1};
        }
    }
    // "the 20th of this month", "on the 3rd of next month": a day of the month the reference names.
    if (t.lower == "the"sv && i + 4 < t_.size() && isDay(i + 1) && t_[i + 1].ordinal && t_[i + 2].lower == "of"sv &&
        (t_[i + 3].lower == "this"sv || t_[i + 3].lower == "next"sv || t_[i + 3].lower == "last"sv) &&
        t_[i + 4].lower == "month"sv && !t_[i + 1].breakBefore && !t_[i + 2].breakBefore && !t_[i + 3].breakBefore &&
        !t_[i + 4].breakBefore) {
        const int step = t_[i + 3].lower == "next"sv ? 1 : t_[i + 3].lower == "last"sv ? -1 : 0;
        const int months = ref.year * 12 + (ref.month - 1) + step;
        const CalendarDate d{months / 12, months % 12 + 1, t_[i + 1].value};
        if (d.valid())
            return std::pair{make(d, std::nullopt, DateForm::Relative, i, i + 4, "date.day_of_relative_month"), i + 5};
    }
    // "the day before", "the previous day": a release reports the day before its own.
    if (t.lower == "the"sv && i + 2 < t_.size() && !t_[i + 1].breakBefore && !t_[i + 2].breakBefore &&
        // ("one year to the day before Census 2020": a span up to a named event, not the day before the release.)
        !(i > 0 && t_[i - 1].lower == "to"sv) &&
        ((t_[i + 1].lower == "day"sv && t_[i + 2].lower == "before"sv && !determinerAt(i + 3) &&
          !(i + 3 < t_.size() && t_[i + 3].kind == Kind::Word && t_[i + 3].capitalized && !t_[i + 3].breakBefore &&
            t_[i + 3].weekday < 0 && t_[i + 3].month == 0)) ||
         (t_[i + 1].lower == "previous"sv && t_[i + 2].lower == "day"sv))) {
        // ("the day before the vote" dates nothing we know; "the day before yesterday" is two days back.)
        const bool twoBack = i + 3 < t_.size() && t_[i + 3].lower == "yesterday"sv;
        return std::pair{make(ref.plusDays(twoBack ? -2 : -1), std::nullopt, DateForm::Relative, i,
                              twoBack ? i + 3 : i + 2, "date.day_before"),
                         twoBack ? i + 4 : i + 3};
    }
    // "a shooting was reported last night", "arrested tonight": the night before the release's day, or its own.
    if ((t.lower == "last"sv || t.lower == "tonight"sv) && (t.lower == "tonight"sv || wordAt(i + 1, "night")) &&
        !(i > 0 && t_[i - 1].kind == Kind::Word && t_[i - 1].lower == "the"sv)) {
        const bool last = t.lower == "last"sv;
        return std::pair{make(ref.plusDays(last ? -1 : 0), std::nullopt, DateForm::Relative, i, last ? i + 1 : i,
                              "date.relative_day"),
                         last ? i + 2 : i + 1};
    }
    if (t.lower == "today"sv || t.lower == "yesterday"sv || t.lower == "tomorrow"sv) {
        const long delta = t.lower == "today"sv ? 0 : t.lower == "yesterday"sv ? -1 : 1;
        return std::pair{make(ref.plusDays(delta), std::nullopt, DateForm::Relative, i, i, "date.relative_day"), i + 1};
    }
    // "last fall", "next spring": the year the season falls in (its first month's, for a winter).
    if ((t.lower == "this"sv || t.lower == "next"sv || t.lower == "last"sv) && i + 1 < t_.size() &&
        !t_[i + 1].breakBefore) {
        const std::string& season = t_[i + 1].lower;
        const int first = season == "spring"                         ? 3
                          : season == "summer"                       ? 6
                          : (season == "fall" || season == "autumn") ? 9
                          : season == "winter"                       ? 12
                                                                     : 0;
        if (first && ref.month > 0) {
            // Months counted from year 0: the start of the season the reference falls in, and the season asked for.
            const int current = ref.year * 12 + (ref.month <= 2 ? -1 : ((ref.month - 3) / 3) * 3 + 2);
            int start = ref.year * 12 + first - 1;
            if (t.lower == "last"sv)
                while (start >= current) start -= 12;
            else if (t.lower == "next"sv)
                while (start <= current) start += 12;
            else if (start > current + 9)
                start -= 12;  // "this winter" in January is the one under way
            return std::pair{make({start / 12, 0, 0}, std::nullopt, DateForm::Relative, i, i + 1, "date.season"),
                             i + 2};
        }
    }
    // "this weekend", "next weekend", "last weekend", "over the weekend": Saturday and Sunday of the reference's week
    // (or of the week after or before it); "over the weekend" is the last one begun by the release's day.
    {
        const bool unitAfterThe = i + 2 < t_.size() && (t.lower == "over"sv || t.lower == "during"sv) &&
                                  t_[i + 1].lower == "the"sv && !t_[i + 1].breakBefore && !t_[i + 2].breakBefore &&
                                  t_[i + 2].lower == "weekend"sv;
        const bool unitAfterWord = i + 1 < t_.size() && !t_[i + 1].breakBefore && t_[i + 1].lower == "weekend"sv &&
                                   (t.lower == "this"sv || t.lower == "next"sv || t.lower == "last"sv);
        // ("this weekend, Saturday, Feb. 8, 2014": the day said after it is the date, matched on its own.)
        // (Asked only of a weekend: this matcher runs at every token.)
        auto dayFollows = [&] {
            std::size_t k = (unitAfterThe ? i + 2 : i + 1) + 1;
            if (kindAt(k, Kind::Comma)) ++k;
            if (k < t_.size() && t_[k].weekday >= 0) ++k;
            if (kindAt(k, Kind::Comma)) ++k;
            return (k < t_.size() && t_[k].month != 0) || isDay(k);
        };
        if ((unitAfterThe || unitAfterWord) && ref.day > 0 && !dayFollows()) {
            const CalendarDate monday = ref.plusDays(-ref.weekday());
            int offset = 5;  // this week's Saturday
            if (t.lower == "next"sv) offset = 12;
            if (t.lower == "last"sv || (unitAfterThe && ref.weekday() < 5)) offset = -2;
            const CalendarDate saturday = monday.plusDays(offset);
            const std::size_t last = unitAfterThe ? i + 2 : i + 1;
            return std::pair{make(saturday, saturday.plusDays(1), DateForm::Relative, i, last, "date.weekend"),
                             last + 1};
        }
    }
    // "growth is expected this year and next", "last year and this": the second year said by its word alone.
    if ((t.lower == "this"sv || t.lower == "next"sv) && i >= 3 && t_[i - 1].lower == "and"sv &&
        t_[i - 2].lower == "year"sv && (t_[i - 3].lower == "this"sv || t_[i - 3].lower == "last"sv) &&
        (i + 1 >= t_.size() || t_[i + 1].breakBefore || t_[i + 1].kind != Kind::Word))
        return std::pair{make({ref.year + (t.lower == "next"sv ? 1 : 0), 0, 0}, std::nullopt, DateForm::Relative, i, i,
                              "date.this_year"),
                         i + 1};
    if ((t.lower == "this"sv || t.lower == "next"sv) && i + 1 < t_.size() && !t_[i + 1].breakBefore) {
        const std::string& unit = t_[i + 1].lower;
        const int step = t.lower == "next"sv ? 1 : 0;
        if (unit == "year")
            return std::pair{
                make({ref.year + step, 0, 0}, std::nullopt, DateForm::Relative, i, i + 1, "date.this_year"), i + 2};
        if (unit == "week") {
            // Monday to Sunday of the reference's week, or of the one after it.
            const CalendarDate monday = ref.plusDays(-ref.weekday() + 7 * step);
            return std::pair{make(monday, monday.plusDays(6), DateForm::Relative, i, i + 1, "date.this_week"), i + 2};
        }
        if (unit == "month") {
            CalendarDate m{ref.year, ref.month + step, 0};
            if (m.month > 12) m = CalendarDate{ref.year + 1, 1, 0};
            return std::pair{make(m, std::nullopt, DateForm::Relative, i, i + 1, "date.this_month"), i + 2};
        }
    }
    // "two years ago", "a year ago", "six months ago": counted back from the release's date (a count in words:
    // this matcher reads words only).
    if (i + 2 < t_.size() && !t_[i + 1].breakBefore && !t_[i + 2].breakBefore && t_[i + 2].lower == "ago"sv) {
        static constexpr std::array<std::string_view, 13> kCounts{
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"};
        int n = -1;
        if (t.lower == "a"sv || t.lower == "an"sv)
            n = 1;
        else if (const auto* w = std::find(kCounts.begin(), kCounts.end(), t.lower); w != kCounts.end())
            n = static_cast<int>(w - kCounts.begin());
        const std::string& unit = t_[i + 1].lower;
        if (n > 0 && (unit == "year" || unit == "years"))
            return std::pair{make({ref.year - n, 0, 0}, std::nullopt, DateForm::Relative, i, i + 2, "date.years_ago"),
                             i + 3};
        if (n > 0 && ref.month > 0 && (unit == "month" || unit == "months")) {
            const int months = ref.year * 12 + ref.month - 1 - n;
            return std::pair{
                make({months / 12, months % 12 + 1, 0}, std::nullopt, DateForm::Relative, i, i + 2, "date.months_ago"),
                i + 3};
        }
    }
    // ("within the last month", "over the last year", "the last week of June": with "the" before it, "last"
    // counts back from now or picks the end of a period; neither is the calendar month, week or year before.)
    const bool theBefore = i > 0 && t_[i - 1].kind == Kind::Word && t_[i - 1].lower == "the"sv && !t.breakBefore;
    if (t.lower == "last"sv && !theBefore && i + 1 < t_.size() && !t_[i + 1].breakBefore) {
        const std::string& unit = t_[i + 1].lower;
        if (unit == "week") {
            const CalendarDate monday = ref.plusDays(-ref.weekday() - 7);
            return std::pair{make(monday, monday.plusDays(6), DateForm::Relative, i, i + 1, "date.last_week"), i + 2};
        }
        if (unit == "month") {
            CalendarDate m{ref.month == 1 ? ref.year - 1 : ref.year, ref.month == 1 ? 12 : ref.month - 1, 0};
            return std::pair{make(m, std::nullopt, DateForm::Relative, i, i + 1, "date.last_month"), i + 2};
        }
        if (unit == "year") {
            return std::pair{make({ref.year - 1, 0, 0}, std::nullopt, DateForm::Relative, i, i + 1, "date.last_year"),
                             i + 2};
        }
    }
    return std::nullopt;
}

// "the day before the vote": what follows is the day's reference, not the release.
bool Scanner::determinerAt(std::size_t k) const {
    if (k >= t_.size() || t_[k].kind != Kind::Word || t_[k].breakBefore) return false;
    const std::string& w = t_[k].lower;
    return w == "the" || w == "a" || w == "an" || w == "his" || w == "her" || w == "its" || w == "their" ||
           w == "our" || w == "this" || w == "that";
}

// "Thursday, Feb. 11, 2016": the weekday names the absolute date after it, which is matched on its own.
bool Scanner::absoluteDateFollows(std::size_t w) const {
    std::size_t k = w + 1;
    if (kindAt(k, Kind::Comma)) ++k;
    return (k < t_.size() && t_[k].month != 0) || isDay(k);
}

bool Scanner::bareWeekdayIsTime(std::size_t w) const {
    if (w == 0 || t_[w].breakBefore) return false;  // a weekday opening a line is a heading or a label
    const Token& p = t_[w - 1];
    if (p.kind != Kind::Word || p.capitalized) return false;
    // After a verb or a time preposition ("arrested Tuesday", "until Friday"), or before a part of the day.
    const Token* n = at(w + 1);
    const bool partOfDay =
        n && n->kind == Kind::Word &&
        (n->lower == "morning" || n->lower == "afternoon" || n->lower == "evening" || n->lower == "night");
    return partOfDay || p.lower.size() > 3 || p.lower == "by"sv;
}

// Where the sentence holding position i starts, within reason: "will also take part in the Eastern Economic
// Forum in Vladivostok in September" puts the verb a dozen words before the month. (A dot a lower-case word
// follows ends no sentence: "will hold a press conference at 10 a.m. on Monday".)
std::size_t Scanner::clauseFrom(std::size_t i) const {
    constexpr std::size_t kReach = 20;
    std::size_t from = i;
    while (from > 0 && i - from < kReach && !t_[from].breakBefore &&
           (t_[from - 1].kind != Kind::Dot || (t_[from].kind == Kind::Word && !t_[from].capitalized)))
        --from;
    return from;
}

// The few words before position i announce the future ("will", "is scheduled to", "expected").
bool Scanner::futureTense(std::size_t i) const {
    for (std::size_t k = clauseFrom(i); k < i; ++k) {
        if (t_[k].kind != Kind::Word) continue;
        const auto& l = t_[k].lower;
        if (l == "will" || l == "scheduled" || l == "expected" || l == "upcoming" || l == "tomorrow" ||
            l == "planned" || l == "shall" || l == "forthcoming" || l == "toward" || l == "towards" || l == "ahead" ||
            l == "preparations" || l == "preparing")
            return true;
    }
    return false;
}

// "said the next round would be held in Abu Dhabi in December": reported speech's future, which may have come
// already by the release's day ("confirmed that its campus would close on March 8", told in April). Not "would
// like", "would have", "would not".
bool Scanner::reportedFuture(std::size_t i) const {
    for (std::size_t k = clauseFrom(i); k + 1 < i; ++k)
        if (t_[k].kind == Kind::Word && t_[k].lower == "would"sv && t_[k + 1].kind == Kind::Word &&
            t_[k + 1].lower != "like"sv && t_[k + 1].lower != "have"sv && t_[k + 1].lower != "not"sv)
            return true;
    return false;
}

// "reaffirmed their intention to meet ... in November", "agreed to meet in May", "invited to provide ... by
// early May": a month the sentence intends, told in the past tense. (For a month alone only: "intention to
// appeal Friday's ruling" names a day gone by.)
bool Scanner::intendedBefore(std::size_t i) const {
    for (std::size_t k = clauseFrom(i); k < i; ++k) {
        if (t_[k].kind != Kind::Word) continue;
        const auto& l = t_[k].lower;
        if (l == "intention" || l == "intend" || l == "intends" || l == "plans" ||
            ((l == "agreed" || l == "invited") && k + 1 < i && t_[k + 1].lower == "to"sv))
            return true;
    }
    return false;
}

// "On Monday, Minister Joly will host ...": the verb right after a date that opens its clause, before any verb
// in the past tense.
bool Scanner::futureAfter(std::size_t i) const {
    std::size_t words = 0;
    for (std::size_t k = i + 1; k < t_.size() && words < 5 && !t_[k].breakBefore && t_[k].kind != Kind::Dot; ++k) {
        if (t_[k].kind != Kind::Word) continue;
        ++words;
        const auto& l = t_[k].lower;
        if (l == "will" || l == "shall") return true;
        if (l == "said" || l == "was" || l == "were" || l == "had" || (l.size() > 3 && l.ends_with("ed"))) return false;
    }
    return false;
}

// "...will travel; on Friday it returned": a verb in the past tense right after the date, before any "will",
// tells a past day whatever an earlier clause said.
bool Scanner::pastAfter(std::size_t i) const {
    std::size_t words = 0;
    for (std::size_t k = i + 1; k < t_.size() && words < 4 && !t_[k].breakBefore; ++k) {
        if (t_[k].kind == Kind::Comma) continue;
        if (t_[k].kind != Kind::Word || t_[k].weekday >= 0 || t_[k].month != 0) return false;  // the clause ends
        ++words;
        const auto& l = t_[k].lower;
        // ("on February 1, as previously announced": a clause of its own opens, not the date's verb.)
        if (l == "will" || l == "shall" || l == "to" || l == "scheduled" || l == "expected" || l == "planned" ||
            l == "as" || l == "which" || l == "who" || l == "when")
            return false;
        // (Irregular pasts too: "celebrations on May 9 drew thousands".)
        static constexpr std::array<std::string_view, 14> kIrregularPast{
            "drew", "took", "gave", "came", "went", "began", "spoke", "brought", "saw", "won", "led", "rose", "sent",
            "told"};
        if (l == "was" || l == "were" || l == "had" || l == "met" || l == "held" ||
            (l.size() > 4 && l.ends_with("ed") && !t_[k].capitalized) ||
            std::find(kIrregularPast.begin(), kIrregularPast.end(), l) != kIrregularPast.end())
            return true;
    }
    return false;
}

bool Scanner::pastTenseBefore(std::size_t i) const {
    static constexpr std::array<std::string_view, 14> kDone{
        "held",     "met",     "took",      "hosted",    "visited",   "signed", "attended",
        "convened", "chaired", "conducted", "organised", "organized", "was",    "were"};
    static constexpr std::array<std::string_view, 12> kAhead{"postponed", "rescheduled", "moved", "delayed",
                                                             "deferred",  "extended",    "until", "till",
                                                             "set",       "due",         "to",    "announced"};
    bool done = false;
    for (std::size_t k = clauseFrom(i); k < i; ++k) {
        if (t_[k].kind != Kind::Word) continue;
        const auto& l = t_[k].lower;
        if (std::find(kAhead.begin(), kAhead.end(), l) != kAhead.end()) return false;
        done = done || std::find(kDone.begin(), kDone.end(), l) != kDone.end();
    }
    return done && !futureTense(i) && !reportedFuture(i) && !intendedBefore(i);
}

}  // namespace bulletin::date_scan
