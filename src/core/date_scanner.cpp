#include "date_scanner.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdlib>

#include "date_scanner_parts.hpp"
#include "text.hpp"

namespace bulletin {

using namespace std::string_view_literals;

namespace date_scan {

namespace {

int weekdayFromName(std::string_view w) {
    for (std::size_t i = 0; i < kWeekdays.size(); ++i)
        if (w == kWeekdays[i]) return static_cast<int>(i);
    return -1;
}

bool isAsciiLetter(unsigned char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}
bool isDigit(unsigned char c) {
    return c >= '0' && c <= '9';
}

// Length of a dash (ASCII hyphen, en dash, em dash, hyphen, minus) at i, or 0.
std::size_t dashAt(std::string_view s, std::size_t i) {
    if (s[i] == '-') return 1;
    if (i + 2 < s.size() && s[i] == '\xE2' && s[i + 1] == '\x80' &&
        (s[i + 2] == '\x90' || s[i + 2] == '\x91' || s[i + 2] == '\x93' || s[i + 2] == '\x94'))
        return 3;
    if (i + 2 < s.size() && s[i] == '\xE2' && s[i + 1] == '\x88' && s[i + 2] == '\x92') return 3;
    return 0;
}

}  // namespace

std::vector<Token> tokenize(std::string_view s) {
    std::vector<Token> toks;
    toks.reserve(s.size() / 5 + 1);  // about a token for every five or six bytes of prose
    bool newline = false;
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c == '\n') {
            newline = true;
            ++i;
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\r' || c == '\f') {
            ++i;
            continue;
        }
        Token t;
        t.begin = i;
        t.breakBefore = newline;
        newline = false;
        if (const auto d = dashAt(s, i)) {
            t.kind = Kind::Dash;
            i += d;
        } else if (isDigit(c) || isAsciiLetter(c) || c >= 0x80) {
            std::size_t j = i;
            bool allDigits = true;
            while (j < s.size()) {
                const auto cj = static_cast<unsigned char>(s[j]);
                if (isDigit(cj)) {
                    ++j;
                } else if (isAsciiLetter(cj) ||
                           (cj >= 0x80 && !dashAt(s, j) && !(cj == 0xC2 && j + 1 < s.size() && s[j + 1] == '\xA0'))) {
                    // Non-ASCII bytes count as letters, except dashes and no-break spaces.
                    if (cj == 0xE2 && j + 2 < s.size() && s[j + 1] == '\x80') break;  // general punctuation block
                    allDigits = false;
                    ++j;
                } else {
                    break;
                }
            }
            if (j == i) {  // a punctuation character outside ASCII
                t.kind = Kind::Other;
                ++i;
                while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
                t.end = i;
                toks.push_back(std::move(t));
                continue;
            }
            const std::string_view w = s.substr(i, j - i);
            std::size_t nd = 0;
            while (nd < w.size() && isDigit(static_cast<unsigned char>(w[nd]))) ++nd;
            // (Read in place: a release has thousands of tokens, and a lowered copy is made of words only.)
            const std::string_view tail = w.substr(nd);
            const auto tailIs = [&](std::string_view suffix) {
                return tail.size() == suffix.size() &&
                       std::equal(tail.begin(), tail.end(), suffix.begin(),
                                  [](char a, char b) { return (a >= 'A' && a <= 'Z' ? a | 0x20 : a) == b; });
            };
            // ("September 3d through September 9th", "the 22d": the style guides' "2d" and "3d", in lower case; not
            // "3D", nor "12d".)
            const bool shortOrdinal = nd > 0 && nd <= 2 && w.size() == nd + 1 && w[nd] == 'd' &&
                                      (w[nd - 1] == '2' || w[nd - 1] == '3') && !(nd == 2 && w[0] == '1');
            if ((allDigits && nd == w.size()) || shortOrdinal ||
                (nd > 0 && nd <= 2 && (tailIs("st") || tailIs("nd") || tailIs("rd") || tailIs("th")))) {
                t.kind = Kind::Number;
                t.digits = static_cast<int>(nd);
                t.ordinal = !allDigits;
                int value = 0;
                for (std::size_t k = 0; k < nd && nd <= 9; ++k) value = value * 10 + (w[k] - '0');
                t.value = nd <= 9 ? value : -1;
            } else if (nd == 0) {
                t.kind = Kind::Word;
                t.lower = text::toLowerAscii(w);
                t.capitalized = c >= 'A' && c <= 'Z';
                if (t.capitalized) t.month = monthFromName(t.lower);
                t.weekday = weekdayFromName(t.lower);
            } else {
                t.kind = Kind::Other;  // "11CM1351", "2nd-degree"...
            }
            i = j;
        } else {
            t.kind = c == '/' ? Kind::Slash : c == '.' ? Kind::Dot : c == ',' ? Kind::Comma : Kind::Other;
            // Skip the rest of a multi-byte character.
            ++i;
            while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
        }
        t.end = i;
        toks.push_back(std::move(t));
    }
    return toks;
}

std::optional<DateHit> Scanner::first() {
    if (t_.empty()) return std::nullopt;
    start_ = 0;
    if (auto hit = matchAbsolute(0); hit && !hit->first.rule.empty()) return hit->first;
    return std::nullopt;
}

Scanner::Match Scanner::matchAbsolute(std::size_t i) {
    if (auto m = matchIsoNumeric(i)) return m;
    if (auto m = matchYearFirstDotted(i)) return m;
    if (auto m = matchSlashed(i)) return m;
    if (auto m = matchDayFirst(i)) return m;
    if (auto m = matchMonthFirst(i)) return m;
    return std::nullopt;
}

// 2017-05-25
Scanner::Match Scanner::matchIsoNumeric(std::size_t i) {
    if (!isYear(i) || !kindAt(i + 1, Kind::Dash) || !kindAt(i + 2, Kind::Number) || t_[i + 2].digits != 2 ||
        !kindAt(i + 3, Kind::Dash) || !kindAt(i + 4, Kind::Number) || t_[i + 4].digits != 2)
        return std::nullopt;
    if (t_[i + 1].end != t_[i + 2].begin || t_[i + 3].end != t_[i + 4].begin) return std::nullopt;
    CalendarDate d{t_[i].value, t_[i + 2].value, t_[i + 4].value};
    if (!valid(d)) return std::nullopt;
    return std::pair{make(d, std::nullopt, DateForm::Full, i, i + 4, "date.iso"), i + 5};
}

// "between Jan. 1, 2008, and Dec. 19, 2008", "from 3 May 2021 to 5 June 2021": two full dates as one range.
// ("from Monday, July 7 to Monday, July 21, 2025": a weekday before either date is read past, and a year
// stated only at the end is the start's too.)
Scanner::Match Scanner::matchBetween(std::size_t i) {
    if (!(wordAt(i, "between") || wordAt(i, "from"))) return std::nullopt;
    auto pastWeekday = [&](std::size_t j) {
        if (j < t_.size() && t_[j].weekday >= 0) {
            ++j;
            if (kindAt(j, Kind::Comma)) ++j;
        }
        return j;
    };
    const std::size_t from = pastWeekday(i + 1);
    // ("between early June and 15 August 2024", "between November 2011 and Jan. 20, 2012": a month, alone or with
    // its year, then a day; the range is of months, the second's year the first's when it states none.)
    std::size_t monthStart = from;
    if (wordAt(monthStart, "early") || wordAt(monthStart, "mid") || wordAt(monthStart, "late")) ++monthStart;
    if (wordAt(i, "between") && monthAt(monthStart) && !isDay(afterMonth(monthStart))) {
        const int month = t_[monthStart].month;
        std::size_t k = afterMonth(monthStart);
        std::optional<int> firstYear;
        if (isYear(k)) firstYear = t_[k++].value;
        if (wordAt(k, "and")) {
            const std::size_t saved = start_;
            start_ = pastWeekday(k + 1);
            auto second = matchAbsolute(start_);
            start_ = saved;
            if (second && second->first.form == DateForm::Full &&
                std::string_view(second->first.rule).find("context") == std::string_view::npos) {
                const CalendarDate e{second->first.value.start.year, second->first.value.start.month, 0};
                const CalendarDate s{firstYear.value_or(e.year), month, 0};
                if (s < e)
                    return std::pair{make(s, e, DateForm::Range, from, second->second - 1, "date.between_months"),
                                     second->second};
            }
        }
    }
    auto first = matchAbsolute(from);
    if (!first || first->first.form != DateForm::Full) return std::nullopt;
    std::size_t k = first->second;
    if (kindAt(k, Kind::Comma)) ++k;
    if (!(wordAt(k, "and") || wordAt(k, "to") || wordAt(k, "until") || wordAt(k, "through") || kindAt(k, Kind::Dash)))
        return std::nullopt;
    const std::size_t saved = start_;
    start_ = pastWeekday(k + 1);
    auto second = matchAbsolute(start_);
    start_ = saved;
    if (!second || second->first.form != DateForm::Full) return std::nullopt;
    CalendarDate s = first->first.value.start;
    const CalendarDate e = second->first.value.start;
    const bool firstGuessed = std::string_view(first->first.rule).find("context") != std::string_view::npos;
    const bool secondStated = std::string_view(second->first.rule).find("context") == std::string_view::npos;
    if (firstGuessed && secondStated && s.month <= e.month) s.year = e.year;
    if (!valid(s) || !(s < e)) return std::nullopt;
    return std::pair{make(s, e, DateForm::Range, from, second->second - 1, "date.between_dates"), second->second};
}

// The year of a day and month given without one: the one that puts the date nearest the reference ("DATE:
// Tuesday, January 10" in a release of 19 December 2022 is 10 January 2023), or the next such day when the words
// before it speak of the future; else the default year.
// A date whose year the text states ("12 December 2023"): a day and month soon after it without a year ("on
// 4 December") are of that year, whatever the release's own date.
void Scanner::noteStatedYear(const DateHit& hit, std::size_t token) {
    const std::string_view rule = hit.rule;
    if (rule.find("context") != std::string_view::npos || hit.form == DateForm::Relative) return;
    const CalendarDate& last = hit.value.end ? *hit.value.end : hit.value.start;
    if (last.month == 0) return;
    statedYear_ = last.year;
    statedMonth_ = last.month;
    statedToken_ = token;
}

namespace {
// ("will be held on November 16 and 17" in a release of 3 May: the next November, though the last is nearer. Not a
// day just gone, "a visit scheduled for May 16-18" told on the 17th, nor one after "since" or "after": "I will remind
// you, not since February 24".)
constexpr long kGoneDays = 30;
// A day or two ahead of the release allows for one dated the day after its events.
constexpr long kAheadDays = 2;
}  // namespace

// A stated year the clause's tense rules out for a day and month without one: "DebConf26 will be held in July
// 2026. Before it, the hacking session was held from 7 to 13 July" (told in 2025) is this July, not the next; "the
// meeting of May 2023 ... the next will be held on 5 May" (told in 2024) is not the May gone.
bool Scanner::tenseDeniesYear(int year, int month, int day, std::size_t at) const {
    if (!ctx_.reference || ctx_.reference->day == 0) return false;
    const long offset =
        CalendarDate{year, month, std::min(day, 28)}.daysSinceEpoch() - ctx_.reference->daysSinceEpoch();
    if (offset > kAheadDays) return pastTenseBefore(at);
    if (offset < -kGoneDays) return futureTense(at) && !reportedFuture(at);
    return false;
}

int Scanner::contextYear(int month, int day, std::size_t at) const {
    // Within a few sentences of a stated date, a month near its month is in its year.
    constexpr std::size_t kStatedReach = 80;
    // (Not the release's own date line, the reference itself: the tense of the clause decides then.)
    const bool statedIsReference =
        ctx_.reference && ctx_.reference->year == statedYear_ && ctx_.reference->month == statedMonth_;
    if (statedYear_ && start_ >= statedToken_ && start_ - statedToken_ <= kStatedReach &&
        std::abs(month - statedMonth_) <= 2 && !statedIsReference && !tenseDeniesYear(statedYear_, month, day, at))
        return statedYear_;
    if (!ctx_.reference || ctx_.reference->day == 0) return *ctx_.defaultYear;
    const CalendarDate ref = *ctx_.reference;
    const bool held = at > 0 && t_[at - 1].kind == Kind::Word &&
                      (t_[at - 1].lower == "on"sv || t_[at - 1].lower == "for"sv || t_[at - 1].lower == "from"sv);
    if (held && futureTense(at)) {
        const CalendarDate thisYear{ref.year, month, std::min(day, 28)};
        return ref.daysSinceEpoch() - thisYear.daysSinceEpoch() > kGoneDays ? ref.year + 1 : ref.year;
    }
    // ("held a hearing on the bill on February 5", told on 10 January: the February gone, though the next is nearer.)
    const bool on = at > 0 && t_[at - 1].kind == Kind::Word && t_[at - 1].lower == "on"sv;
    if (on && pastTenseBefore(at)) {
        const CalendarDate thisYear{ref.year, month, std::min(day, 28)};
        return thisYear.daysSinceEpoch() - ref.daysSinceEpoch() > kAheadDays ? ref.year - 1 : ref.year;
    }
    int best = ref.year;
    long bestDistance = -1;
    for (int y = ref.year - 1; y <= ref.year + 1; ++y) {
        const CalendarDate d{y, month, std::min(day, 28)};
        const long distance = std::labs(d.daysSinceEpoch() - ref.daysSinceEpoch());
        if (bestDistance < 0 || distance < bestDistance) best = y, bestDistance = distance;
    }
    // ("celebrations on May 9 drew thousands" told in December: a verb in the past tense right after the day and
    // month takes the one gone, where the nearest is a month or more ahead; nearer, the verb may tell an agenda's
    // day.)
    const CalendarDate nearest{best, month, std::min(day, 28)};
    if (on && nearest.daysSinceEpoch() - ref.daysSinceEpoch() > kGoneDays && pastAfter(at + 1)) return best - 1;
    return best;
}

// "in January", "the September Monetary Policy Statement", "will sunset in December": a month without a year,
// resolved against the reference date, forward when the sentence speaks of the future. "May" counts only after
// a preposition of time (it is also a verb).
Scanner::Match Scanner::matchMonthAlone(std::size_t i) {
    if (!ctx_.reference || ctx_.reference->day == 0 || i == 0 || t_[i].breakBefore) return std::nullopt;
    const Token& p = t_[i - 1];
    // ("In July, I visited ...": a capitalised time word only where it opens a sentence or a line, or a paragraph
    // after its number: "3 In June, we will host ...", as speeches are numbered.)
    const bool numbered = i >= 2 && t_[i - 2].kind == Kind::Number && (i == 2 || t_[i - 2].breakBefore);
    const bool opens = i == 1 || p.breakBefore || t_[i - 2].kind == Kind::Dot || numbered;
    if (p.kind != Kind::Word || (p.capitalized && !opens)) return std::nullopt;
    static constexpr std::array<std::string_view, 15> kTimeWords{"in",     "since", "until",  "till",  "by",
                                                                 "during", "last",  "this",   "next",  "early",
                                                                 "late",   "mid",   "before", "after", "through"};
    const bool timeWord = std::find(kTimeWords.begin(), kTimeWords.end(), p.lower) != kTimeWords.end();
    const bool article = p.lower == "the"sv || p.lower == "a"sv || p.lower == "of"sv;
    // ("The summit is scheduled for May", "postponed for June": when something is set to happen, "May" too.)
    static constexpr std::array<std::string_view, 10> kSetWords{
        "scheduled", "planned", "slated", "set", "due", "postponed", "rescheduled", "moved", "deferred", "tentatively"};
    const bool setFor = p.lower == "for"sv && i >= 2 && t_[i - 2].kind == Kind::Word &&
                        std::find(kSetWords.begin(), kSetWords.end(), t_[i - 2].lower) != kSetWords.end();
    if (!timeWord && !setFor && !(article && t_[i].lower != "may"sv)) return std::nullopt;
    // ("inflation returned to the band in the December quarter": a quarter a month closes, a statistic's period, is
    // not the month.)
    if ((wordAt(i + 1, "quarter") || wordAt(i + 1, "quarters")) && !t_[i + 1].breakBefore) return std::nullopt;
    const int month = t_[i].month;
    const CalendarDate ref = *ctx_.reference;
    int year = ref.year;
    // "in March this year", "in May last year": the year said in words after the month.
    if (wordAt(i + 2, "year") && !t_[i + 1].breakBefore && !t_[i + 2].breakBefore &&
        (wordAt(i + 1, "this") || wordAt(i + 1, "last") || wordAt(i + 1, "next"))) {
        year += wordAt(i + 1, "last") ? -1 : wordAt(i + 1, "next") ? 1 : 0;
        return std::pair{make({year, month, 0}, std::nullopt, DateForm::Month, i, i + 2, "date.month_alone"), i + 3};
    }
    if (p.lower == "next"sv || setFor ||
        (p.lower != "last"sv && (futureTense(i) || intendedBefore(i) || futureAfter(i)))) {
        if (month < ref.month) ++year;
    } else if (p.lower != "last"sv && reportedFuture(i)) {
        // (The nearest such month, before or after the release's.)
        if (month - ref.month > 6) --year;
        if (ref.month - month > 6) ++year;
    } else if (month > ref.month) {
        --year;
    }
    return std::pair{make({year, month, 0}, std::nullopt, DateForm::Month, i, i, "date.month_alone"), i + 1};
}

// 2025.09.22, 2025/09/22 (year first: police and ministry reference lines)
Scanner::Match Scanner::matchYearFirstDotted(std::size_t i) {
    if (!isYear(i)) return std::nullopt;
    const bool dot = kindAt(i + 1, Kind::Dot) && kindAt(i + 3, Kind::Dot);
    const bool slash = kindAt(i + 1, Kind::Slash) && kindAt(i + 3, Kind::Slash);
    if ((!dot && !slash) || !kindAt(i + 2, Kind::Number) || t_[i + 2].digits > 2 || !kindAt(i + 4, Kind::Number) ||
        t_[i + 4].digits > 2)
        return std::nullopt;
    for (std::size_t k = i; k < i + 4; ++k)
        if (t_[k].end != t_[k + 1].begin) return std::nullopt;
    // The end of a reference, not a date: "Ref. No. PR/2024/11/05".
    if (i > 0 && t_[i - 1].kind == t_[i + 1].kind && t_[i - 1].end == t_[i].begin) return std::nullopt;
    if (kindAt(i + 5, Kind::Dot) && kindAt(i + 6, Kind::Number) && t_[i + 5].begin == t_[i + 4].end)
        return std::pair{DateHit{}, i + 7};  // a version or section number: "2025.09.22.1"
    CalendarDate d{t_[i].value, t_[i + 2].value, t_[i + 4].value};
    if (!valid(d)) return std::nullopt;
    return std::pair{make(d, std::nullopt, DateForm::Full, i, i + 4, "date.year_first_numeric"), i + 5};
}

// 27/07/2022, 07/27/2022, 27.07.2022, 27-07-2022, 12/13/23 (a two-digit year only with slashes; with dashes,
// as with slashes, the day comes first unless the publisher writes the month first or the day cannot be)
Scanner::Match Scanner::matchSlashed(std::size_t i) {
    if (!kindAt(i, Kind::Number) || t_[i].ordinal || t_[i].digits > 2) return std::nullopt;
    const bool slash = kindAt(i + 1, Kind::Slash) && kindAt(i + 3, Kind::Slash);
    const bool dash = kindAt(i + 1, Kind::Dash) && kindAt(i + 3, Kind::Dash);
    const bool dot = (kindAt(i + 1, Kind::Dot) && kindAt(i + 3, Kind::Dot)) || dash;
    const bool shortYear = slash && kindAt(i + 4, Kind::Number) && !t_[i + 4].ordinal && t_[i + 4].digits == 2;
    if ((!slash && !dot) || !kindAt(i + 2, Kind::Number) || t_[i + 2].digits > 2 || !(isYear(i + 4) || shortYear))
        return std::nullopt;
    if (t_[i + 4].begin != t_[i + 3].end || t_[i + 2].begin != t_[i + 1].end || t_[i + 1].begin != t_[i].end ||
        t_[i + 3].begin != t_[i + 2].end)
        return std::nullopt;
    // "1/2/34/5" is a reference number, not a date.
    if (kindAt(i + 5, t_[i + 1].kind) && t_[i + 5].begin == t_[i + 4].end && kindAt(i + 6, Kind::Number))
        return std::nullopt;
    // ... nor is one that goes on before ("No. 2019-01-12-2026", "AB/01/12/2026").
    if (i > 0 && t_[i - 1].kind == t_[i + 1].kind && t_[i - 1].end == t_[i].begin) return std::nullopt;
    int a = t_[i].value, b = t_[i + 2].value;
    bool monthFirst = (slash || dash) && ctx_.monthFirst;
    if (a > 12)
        monthFirst = false;
    else if (b > 12)
        monthFirst = true;
    const int year = shortYear ? (t_[i + 4].value < 70 ? 2000 : 1900) + t_[i + 4].value : t_[i + 4].value;
    CalendarDate d{year, monthFirst ? a : b, monthFirst ? b : a};
    if (!valid(d)) return std::nullopt;
    return std::pair{make(d, std::nullopt, DateForm::Full, i, i + 4, "date.numeric"), i + 5};
}

std::optional<int> Scanner::yearAfter(std::size_t& k) const {
    std::size_t j = k;
    if (kindAt(j, Kind::Comma)) ++j;
    if (isYear(j)) {
        k = j + 1;
        return t_[j].value;
    }
    return std::nullopt;
}

// 25th May 2017; 22-24 October 2018; from 11-13 of July; 3 March - 5 April 2019
Scanner::Match Scanner::matchDayFirst(std::size_t i) {
    if (!isDay(i)) return std::nullopt;
    std::size_t k = i + 1;
    std::optional<int> endDay;
    if (isRangeJoin(k) && isDay(k + 1) &&
        (kindAt(k, Kind::Dash) || t_[k + 1].ordinal || monthAt(k + 2) || (wordAt(k + 2, "of") && monthAt(k + 3)))) {
        endDay = t_[k + 1].value;
        k += 2;
    }
    if (wordAt(k, "of")) ++k;
    const int month = monthAt(k);
    if (!month) return std::nullopt;
    k = afterMonth(k);
    // "3 March - 5 April 2019"
    if (!endDay && isRangeJoin(k) && isDay(k + 1) && monthAt(k + 2)) {
        std::size_t k2 = afterMonth(k + 2);
        const int month2 = t_[k + 2].month;
        const int day2 = t_[k + 1].value;
        if (auto year = yearAfter(k2)) {
            CalendarDate s{*year, month, t_[i].value}, e{*year, month2, day2};
            if (valid(s) && valid(e) && s < e)
                return std::pair{make(s, e, DateForm::Range, i, k2 - 1, "date.day_month_range"), k2};
        } else if (ctx_.defaultYear) {
            // "held 21 July to 27 July": both ends without a year take the context's.
            const int y = contextYear(month, t_[i].value, i);
            CalendarDate s{y, month, t_[i].value}, e{y, month2, day2};
            if (valid(s) && valid(e) && s < e)
                return std::pair{make(s, e, DateForm::Range, i, k2 - 1, "date.day_month_range"), k2};
        }
    }
    std::size_t last = k - 1;
    std::optional<int> year = yearAfter(k);
    const char* rule = "date.day_month_year";
    if (year) {
        last = k - 1;
    } else if (ctx_.defaultYear) {
        year = contextYear(month, t_[i].value, i);
        rule = "date.day_month_context_year";
    } else {
        return std::nullopt;
    }
    CalendarDate s{*year, month, t_[i].value};
    if (!valid(s)) return std::nullopt;
    if (endDay) {
        CalendarDate e{*year, month, *endDay};
        if (!valid(e) || !(s < e)) return std::nullopt;
        return std::pair{make(s, e, DateForm::Range, i, last, "date.day_range"), last + 1};
    }
    return std::pair{make(s, std::nullopt, DateForm::Full, i, last, rule), last + 1};
}

// July 27, 2022; Feb. 8, 2010; October 22-24, 2018; May 2017; between November 2014 and May 2015
Scanner::Match Scanner::matchMonthFirst(std::size_t i) {
    const int month = monthAt(i);
    if (!month) return std::nullopt;
    std::size_t k = afterMonth(i);
    if (isDay(k) && !isYear(k)) {
        const int day = t_[k].value;
        std::size_t j = k + 1;
        std::optional<CalendarDate> endPart;  // month/day of a range end, year filled below
        if (isRangeJoin(j) && isDay(j + 1) && !isYear(j + 1)) {
            endPart = CalendarDate{0, month, t_[j + 1].value};
            j += 2;
        } else if (isRangeJoin(j) && monthAt(j + 1) && isDay(afterMonth(j + 1))) {
            const std::size_t d2 = afterMonth(j + 1);
            endPart = CalendarDate{0, t_[j + 1].month, t_[d2].value};
            j = d2 + 1;
        }
        std::size_t after = j;
        std::optional<int> year = yearAfter(after);
        const char* rule = "date.month_day_year";
        if (!year) {
            if (!ctx_.defaultYear) return std::nullopt;
            year = contextYear(month, day, i);
            rule = "date.month_day_context_year";
            after = j;
        }
        CalendarDate s{*year, month, day};
        if (!valid(s)) return std::nullopt;
        if (endPart) {
            CalendarDate e{*year, endPart->month, endPart->day};
            if (!valid(e) || !(s < e)) return std::nullopt;
            return std::pair{make(s, e, DateForm::Range, i, after - 1, "date.month_day_range"), after};
        }
        return std::pair{make(s, std::nullopt, DateForm::Full, i, after - 1, rule), after};
    }
    std::size_t j = k;
    if (kindAt(j, Kind::Comma)) ++j;
    // "Between July and September 2009", "July-September 2009": the range shares the year.
    if (!isYear(j) && isRangeJoin(k) && monthAt(k + 1)) {
        std::size_t m2 = afterMonth(k + 1);
        if (kindAt(m2, Kind::Comma)) ++m2;
        if (isYear(m2)) {
            CalendarDate s{t_[m2].value, month, 0}, e{t_[m2].value, t_[k + 1].month, 0};
            if (s < e) return std::pair{make(s, e, DateForm::Range, i, m2, "date.month_range_year"), m2 + 1};
        }
    }
    if (!isYear(j)) return matchMonthAlone(i);
    CalendarDate s{t_[j].value, month, 0};
    // Month range: "November 2014 and May 2015", "January to March 2020"
    if (isRangeJoin(j + 1) && monthAt(j + 2)) {
        std::size_t m2 = afterMonth(j + 2);
        if (kindAt(m2, Kind::Comma)) ++m2;
        if (isYear(m2)) {
            CalendarDate e{t_[m2].value, t_[j + 2].month, 0};
            if (s < e) return std::pair{make(s, e, DateForm::Range, i, m2, "date.month_year_range"), m2 + 1};
        }
    }
    return std::pair{make(s, std::nullopt, DateForm::Month, i, j, "date.month_year"), j + 1};
}

}  // namespace date_scan

using date_scan::kMonths;
using date_scan::Scanner;

int monthFromName(std::string_view word) {
    const std::string w = text::toLowerAscii(word);
    for (std::size_t m = 0; m < kMonths.size(); ++m) {
        if (w == kMonths[m]) return static_cast<int>(m) + 1;
        // Abbreviations: the first three letters, and "sept".
        if (w.size() == 3 && kMonths[m].substr(0, 3) == w) return static_cast<int>(m) + 1;
    }
    if (w == "sept") return 9;
    return 0;
}

std::vector<DateHit> scanDates(std::string_view text, const DateContext& context) {
    return Scanner(text, context).scanAll();
}

std::optional<DateHit> parseDateAtStart(std::string_view text, const DateContext& context) {
    // Only the start matters; the longest date forms ("between 11 November 2014 and 25 May 2015") fit well within
    // this, and a paragraph need not be tokenised whole. Cut at a space so no word is split.
    constexpr std::size_t kLeadingBytes = 120;
    if (text.size() > kLeadingBytes) {
        const auto space = text.rfind(' ', kLeadingBytes);
        text = text.substr(0, space == std::string_view::npos || space == 0 ? kLeadingBytes : space);
    }
    return Scanner(text, context).first();
}

}  // namespace bulletin
