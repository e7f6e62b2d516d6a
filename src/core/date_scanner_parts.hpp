#pragma once
// The date scanner's parts (date_scanner.cpp, date_scanner_relative.cpp): its tokens and the scanner that
// matches date expressions over them. Internal to the core library; scanDates() and parseDateAtStart() are the API.

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "date_scanner.hpp"

namespace bulletin::date_scan {

enum class Kind { Number, Word, Dash, Slash, Dot, Comma, Other };

struct Token final {
    Kind kind = Kind::Other;
    std::size_t begin = 0, end = 0;
    int value = 0;   // numbers
    int digits = 0;  // numbers
    bool ordinal = false;
    bool capitalized = false;
    bool breakBefore = false;  // a blank line or a newline precedes the token
    std::string lower;         // words
    int month = 0;             // words naming a month
    int weekday = -1;          // words naming a weekday (0 = Monday)
};

inline constexpr std::array<std::string_view, 12> kMonths{"january",   "february", "march",    "april",
                                                          "may",       "june",     "july",     "august",
                                                          "september", "october",  "november", "december"};
inline constexpr std::array<std::string_view, 7> kWeekdays{"monday", "tuesday",  "wednesday", "thursday",
                                                           "friday", "saturday", "sunday"};

// The text as tokens: numbers, words (lower-cased, with the month or weekday they name), dashes, slashes, dots,
// commas.
std::vector<Token> tokenize(std::string_view text);

class Scanner final {
public:
    Scanner(std::string_view text, const DateContext& ctx) : text_(text), ctx_(ctx), t_(tokenize(text)) {}

    std::vector<DateHit> scanAll() {
        std::vector<DateHit> hits;
        for (std::size_t i = 0; i < t_.size();) {
            if (auto hit = matchAt(i)) {
                // An empty hit (no rule) consumed tokens that are not a date, such as a version number.
                if (!hit->first.rule.empty()) {
                    noteStatedYear(hit->first, i);
                    hits.push_back(std::move(hit->first));
                }
                i = hit->second;
            } else {
                ++i;
            }
        }
        return hits;
    }

    std::optional<DateHit> first();

private:
    using Match = std::optional<std::pair<DateHit, std::size_t>>;

    const Token* at(std::size_t i) const { return i < t_.size() ? &t_[i] : nullptr; }
    // A line break may precede the first token of a match, never a later one.
    bool kindAt(std::size_t i, Kind k) const {
        return i < t_.size() && t_[i].kind == k && (i == start_ || !t_[i].breakBefore);
    }
    bool wordAt(std::size_t i, std::string_view w) const { return kindAt(i, Kind::Word) && t_[i].lower == w; }
    bool isDay(std::size_t i) const {
        return kindAt(i, Kind::Number) && t_[i].digits <= 2 && t_[i].value >= 1 && t_[i].value <= 31;
    }
    bool isYear(std::size_t i) const {
        return kindAt(i, Kind::Number) && !t_[i].ordinal && t_[i].digits == 4 && t_[i].value >= 1900 &&
               t_[i].value <= 2100;
    }
    int monthAt(std::size_t i) const { return i < t_.size() && (i == start_ || !t_[i].breakBefore) ? t_[i].month : 0; }
    // Index past a month word and its abbreviation dot.
    std::size_t afterMonth(std::size_t i) const {
        return kindAt(i + 1, Kind::Dot) && t_[i].lower.size() <= 4 ? i + 2 : i + 1;
    }
    bool isRangeJoin(std::size_t i) const {
        return kindAt(i, Kind::Dash) || wordAt(i, "to") || wordAt(i, "and") || wordAt(i, "through") ||
               wordAt(i, "until") || wordAt(i, "till");
    }

    DateHit make(CalendarDate start, std::optional<CalendarDate> end, DateForm form, std::size_t firstTok,
                 std::size_t lastTok, const char* rule) const {
        return DateHit{DateValue{start, end}, form, t_[firstTok].begin, t_[lastTok].end, rule};
    }

    static bool valid(const CalendarDate& d) { return d.valid(); }

    Match matchAt(std::size_t i) {
        start_ = i;
        if (auto m = matchBetween(i)) return m;
        if (auto m = matchAbsolute(i)) return m;
        if (auto m = matchYear(i)) return m;
        if (auto m = matchRelative(i)) return m;
        return std::nullopt;
    }

    Match matchAbsolute(std::size_t i);

    // 2017-05-25
    Match matchIsoNumeric(std::size_t i);

    // "between Jan. 1, 2008, and Dec. 19, 2008", "from 3 May 2021 to 5 June 2021": two full dates as one range.
    // ("from Monday, July 7 to Monday, July 21, 2025": a weekday before either date is read past, and a year
    // stated only at the end is the start's too.)
    Match matchBetween(std::size_t i);

    // The year of a day and month given without one: the one that puts the date nearest the reference ("DATE:
    // Tuesday, January 10" in a release of 19 December 2022 is 10 January 2023), else the default year.
    // A date whose year the text states ("12 December 2023"): a day and month soon after it without a year ("on
    // 4 December") are of that year, whatever the release's own date.
    void noteStatedYear(const DateHit& hit, std::size_t token);

    int contextYear(int month, int day, std::size_t at) const;
    bool tenseDeniesYear(int year, int month, int day, std::size_t at) const;

    // "in January", "the September Monetary Policy Statement", "will sunset in December": a month without a year,
    // resolved against the reference date, forward when the sentence speaks of the future. "May" counts only after
    // a preposition of time (it is also a verb).
    Match matchMonthAlone(std::size_t i);

    // 2025.09.22, 2025/09/22 (year first: police and ministry reference lines)
    Match matchYearFirstDotted(std::size_t i);

    // 27/07/2022, 07/27/2022, 27.07.2022, 27-07-2022, 12/13/23 (a two-digit year only with slashes; with dashes,
    // as with slashes, the day comes first unless the publisher writes the month first or the day cannot be)
    Match matchSlashed(std::size_t i);

    std::optional<int> yearAfter(std::size_t& k) const;

    // 25th May 2017; 22-24 October 2018; from 11-13 of July; 3 March - 5 April 2019
    Match matchDayFirst(std::size_t i);

    // July 27, 2022; Feb. 8, 2010; October 22-24, 2018; May 2017; between November 2014 and May 2015
    Match matchMonthFirst(std::size_t i);

    // A bare four-digit number is a year only in a date-like context: not a street or room number ("2100 Main
    // Street", "Room 2000"), a statute or section ("Act of 2007", "Section 2019"), a plan or event named with its
    // year ("Green Plan 2030"), a model year, a clock time ("1905 hrs") or a count ("2000 people").
    // (`beforeOnly`: what stands before the year alone, for a year that goes on with "/25".)
    bool yearLooksLikeQuantity(std::size_t i, bool beforeOnly = false) const;

    // 2019; 2014 - 2015; 2022-23; between 2010 and 2012
    Match matchYear(std::size_t i);

    // on Thursday, last Friday, yesterday, today, last week, last month, last year
    Match matchRelative(std::size_t i);

    // "the day before the vote": what follows is the day's reference, not the release.
    bool determinerAt(std::size_t k) const;

    // "Thursday, Feb. 11, 2016": the weekday names the absolute date after it, which is matched on its own.
    bool absoluteDateFollows(std::size_t w) const;

    bool bareWeekdayIsTime(std::size_t w) const;

    // Where the sentence holding position i starts, within reason: "will also take part in the Eastern Economic
    // Forum in Vladivostok in September" puts the verb a dozen words before the month.
    std::size_t clauseFrom(std::size_t i) const;

    // The few words before position i announce the future ("will", "is scheduled to", "expected").
    bool futureTense(std::size_t i) const;
    bool reportedFuture(std::size_t i) const;

    // "reaffirmed their intention to meet ... in November", "agreed to meet in May", "invited to provide ... by
    // early May": a month the sentence intends, told in the past tense. (For a month alone only: "intention to
    // appeal Friday's ruling" names a day gone by.)
    bool intendedBefore(std::size_t i) const;

    // "On Monday, Minister Joly will host ...": the verb right after a date that opens its clause, before any verb
    // in the past tense.
    bool futureAfter(std::size_t i) const;

    // "...will travel; on Friday it returned": a verb in the past tense right after the date, before any "will",
    // tells a past day whatever an earlier clause said.
    bool pastAfter(std::size_t i) const;

    // "The committee held a hearing on the bill on February 5", told on 10 January: a verb of something done,
    // in the past tense, before the day in its clause, and nothing that moves the day ahead ("was postponed to",
    // "were to be held", "agreed to meet").
    bool pastTenseBefore(std::size_t i) const;

    std::string_view text_;
    const DateContext& ctx_;
    std::vector<Token> t_;
    std::size_t start_ = 0;
    int statedYear_ = 0, statedMonth_ = 0;
    std::size_t statedToken_ = 0;
};

}  // namespace bulletin::date_scan
