#include "date_scanner.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdlib>

#include "text.hpp"

namespace bulletin {

using namespace std::string_view_literals;

namespace {

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

constexpr std::array<std::string_view, 12> kMonths{"january",   "february", "march",    "april",
                                                   "may",       "june",     "july",     "august",
                                                   "september", "october",  "november", "december"};
constexpr std::array<std::string_view, 7> kWeekdays{"monday", "tuesday",  "wednesday", "thursday",
                                                    "friday", "saturday", "sunday"};

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
            if ((allDigits && nd == w.size()) ||
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

    std::optional<DateHit> first() {
        if (t_.empty()) return std::nullopt;
        start_ = 0;
        if (auto hit = matchAbsolute(0); hit && !hit->first.rule.empty()) return hit->first;
        return std::nullopt;
    }

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

    Match matchAbsolute(std::size_t i) {
        if (auto m = matchIsoNumeric(i)) return m;
        if (auto m = matchYearFirstDotted(i)) return m;
        if (auto m = matchSlashed(i)) return m;
        if (auto m = matchDayFirst(i)) return m;
        if (auto m = matchMonthFirst(i)) return m;
        return std::nullopt;
    }

    // 2017-05-25
    Match matchIsoNumeric(std::size_t i) {
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
    Match matchBetween(std::size_t i) {
        if (!(wordAt(i, "between") || wordAt(i, "from"))) return std::nullopt;
        auto pastWeekday = [&](std::size_t j) {
            if (j < t_.size() && t_[j].weekday >= 0) {
                ++j;
                if (kindAt(j, Kind::Comma)) ++j;
            }
            return j;
        };
        const std::size_t from = pastWeekday(i + 1);
        auto first = matchAbsolute(from);
        if (!first || first->first.form != DateForm::Full) return std::nullopt;
        std::size_t k = first->second;
        if (kindAt(k, Kind::Comma)) ++k;
        if (!(wordAt(k, "and") || wordAt(k, "to") || wordAt(k, "until") || wordAt(k, "through") ||
              kindAt(k, Kind::Dash)))
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
    // Tuesday, January 10" in a release of 19 December 2022 is 10 January 2023), else the default year.
    // A date whose year the text states ("12 December 2023"): a day and month soon after it without a year ("on
    // 4 December") are of that year, whatever the release's own date.
    void noteStatedYear(const DateHit& hit, std::size_t token) {
        const std::string_view rule = hit.rule;
        if (rule.find("context") != std::string_view::npos || hit.form == DateForm::Relative) return;
        const CalendarDate& last = hit.value.end ? *hit.value.end : hit.value.start;
        if (last.month == 0) return;
        statedYear_ = last.year;
        statedMonth_ = last.month;
        statedToken_ = token;
    }

    int contextYear(int month, int day) const {
        // Within a few sentences of a stated date, a month near its month is in its year.
        constexpr std::size_t kStatedReach = 80;
        if (statedYear_ && start_ >= statedToken_ && start_ - statedToken_ <= kStatedReach &&
            std::abs(month - statedMonth_) <= 2)
            return statedYear_;
        if (!ctx_.reference || ctx_.reference->day == 0) return *ctx_.defaultYear;
        const CalendarDate ref = *ctx_.reference;
        int best = ref.year;
        long bestDistance = -1;
        for (int y = ref.year - 1; y <= ref.year + 1; ++y) {
            const CalendarDate d{y, month, std::min(day, 28)};
            const long distance = std::labs(d.daysSinceEpoch() - ref.daysSinceEpoch());
            if (bestDistance < 0 || distance < bestDistance) best = y, bestDistance = distance;
        }
        return best;
    }

    // "in January", "the September Monetary Policy Statement", "will sunset in December": a month without a year,
    // resolved against the reference date, forward when the sentence speaks of the future. "May" counts only after
    // a preposition of time (it is also a verb).
    Match matchMonthAlone(std::size_t i) {
        if (!ctx_.reference || ctx_.reference->day == 0 || i == 0 || t_[i].breakBefore) return std::nullopt;
        const Token& p = t_[i - 1];
        // ("In July, I visited ...": a capitalised time word only where it opens a sentence or a line.)
        const bool opens = i == 1 || p.breakBefore || t_[i - 2].kind == Kind::Dot;
        if (p.kind != Kind::Word || (p.capitalized && !opens)) return std::nullopt;
        static constexpr std::array<std::string_view, 15> kTimeWords{"in",     "since", "until",  "till",  "by",
                                                                     "during", "last",  "this",   "next",  "early",
                                                                     "late",   "mid",   "before", "after", "through"};
        const bool timeWord = std::find(kTimeWords.begin(), kTimeWords.end(), p.lower) != kTimeWords.end();
        const bool article = p.lower == "the"sv || p.lower == "a"sv || p.lower == "of"sv;
        if (!timeWord && !(article && t_[i].lower != "may"sv)) return std::nullopt;
        const int month = t_[i].month;
        const CalendarDate ref = *ctx_.reference;
        int year = ref.year;
        // "in March this year", "in May last year": the year said in words after the month.
        if (wordAt(i + 2, "year") && !t_[i + 1].breakBefore && !t_[i + 2].breakBefore &&
            (wordAt(i + 1, "this") || wordAt(i + 1, "last") || wordAt(i + 1, "next"))) {
            year += wordAt(i + 1, "last") ? -1 : wordAt(i + 1, "next") ? 1 : 0;
            return std::pair{make({year, month, 0}, std::nullopt, DateForm::Month, i, i + 2, "date.month_alone"),
                             i + 3};
        }
        if (p.lower == "next"sv || (p.lower != "last"sv && (futureTense(i) || intendedBefore(i) || futureAfter(i)))) {
            if (month < ref.month) ++year;
        } else if (month > ref.month) {
            --year;
        }
        return std::pair{make({year, month, 0}, std::nullopt, DateForm::Month, i, i, "date.month_alone"), i + 1};
    }

    // 2025.09.22, 2025/09/22 (year first: police and ministry reference lines)
    Match matchYearFirstDotted(std::size_t i) {
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
    Match matchSlashed(std::size_t i) {
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

    std::optional<int> yearAfter(std::size_t& k) const {
        std::size_t j = k;
        if (kindAt(j, Kind::Comma)) ++j;
        if (isYear(j)) {
            k = j + 1;
            return t_[j].value;
        }
        return std::nullopt;
    }

    // 25th May 2017; 22-24 October 2018; from 11-13 of July; 3 March - 5 April 2019
    Match matchDayFirst(std::size_t i) {
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
                const int y = contextYear(month, t_[i].value);
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
            year = contextYear(month, t_[i].value);
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
    Match matchMonthFirst(std::size_t i) {
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
                year = contextYear(month, day);
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

    // A bare four-digit number is a year only in a date-like context: not a street or room number ("2100 Main
    // Street", "Room 2000"), a statute or section ("Act of 2007", "Section 2019"), a plan or event named with its
    // year ("Green Plan 2030"), a model year, a clock time ("1905 hrs") or a count ("2000 people").
    // (`beforeOnly`: what stands before the year alone, for a year that goes on with "/25".)
    bool yearLooksLikeQuantity(std::size_t i, bool beforeOnly = false) const {
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
            auto nameWord = [&](const Token& w) {
                return w.kind == Kind::Word && w.capitalized && w.month == 0 && w.weekday < 0 &&
                       std::find(kBeforeYear.begin(), kBeforeYear.end(), w.lower) == kBeforeYear.end();
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
    Match matchYear(std::size_t i) {
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
                    make({y, 0, 0}, CalendarDate{y + 1, 0, 0}, DateForm::YearSpan, i, i + 2, "date.fiscal_year"),
                    i + 3};
        }
        // "Q3 2023": the quarter's months.
        if (i > 0 && t_[i - 1].end < t_[i].begin && t_[i - 1].lower.size() == 2 && t_[i - 1].lower[0] == 'q' &&
            t_[i - 1].lower[1] >= '1' && t_[i - 1].lower[1] <= '4') {
            const int q = t_[i - 1].lower[1] - '0';
            return std::pair{
                make({y, 3 * q - 2, 0}, CalendarDate{y, 3 * q, 0}, DateForm::Range, i - 1, i, "date.quarter"), i + 1};
        }
        if (yearLooksLikeQuantity(i)) return std::nullopt;
        return std::pair{make({y, 0, 0}, std::nullopt, DateForm::Year, i, i, "date.year"), i + 1};
    }

    // on Thursday, last Friday, yesterday, today, last week, last month, last year
    Match matchRelative(std::size_t i) {
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
        if (t.lower == "on"sv && i + 2 < t_.size() && t_[i + 1].lower == "the"sv && isDay(i + 2) && t_[i + 2].ordinal &&
            !t_[i + 1].breakBefore && !t_[i + 2].breakBefore) {
            const std::size_t n = i + 3;
            const bool ends = n >= t_.size() || t_[n].breakBefore || t_[n].kind != Kind::Word ||
                              t_[n].lower == "at"sv || t_[n].lower == "and"sv || t_[n].lower == "in"sv ||
                              t_[n].lower == "around"sv || t_[n].lower == "when"sv || t_[n].lower == "while"sv;
            // (Nor "on the 1st, 6th, and 10th floors": a list of ordinals names something else.)
            bool ordinalList = false;
            for (std::size_t k = n; k < t_.size() && k < n + 5 && !t_[k].breakBefore; ++k)
                ordinalList = ordinalList || (t_[k].kind == Kind::Number && t_[k].ordinal);
            if (ends && !ordinalList && !(n < t_.size() && (t_[n].month || t_[n].lower == "of"sv))) {
                const int day = t_[i + 2].value;
                CalendarDate d{ref.year, ref.month, day};
                const bool future = futureTense(i) || futureAfter(i + 2);
                if (!future && day > ref.day)
                    d = CalendarDate{ref.month == 1 ? ref.year - 1 : ref.year, ref.month == 1 ? 12 : ref.month - 1,
                                     day};
                if (future && day < ref.day)
                    d = CalendarDate{ref.month == 12 ? ref.year + 1 : ref.year, ref.month == 12 ? 1 : ref.month + 1,
                                     day};
                if (d.valid())
                    return std::pair{make(d, std::nullopt, DateForm::Relative, i, i + 2, "date.day_alone"), i + 3};
            }
        }
        // "the 20th of this month", "on the 3rd of next month": a day of the month the reference names.
        if (t.lower == "the"sv && i + 4 < t_.size() && isDay(i + 1) && t_[i + 1].ordinal && t_[i + 2].lower == "of"sv &&
            (t_[i + 3].lower == "this"sv || t_[i + 3].lower == "next"sv || t_[i + 3].lower == "last"sv) &&
            t_[i + 4].lower == "month"sv && !t_[i + 1].breakBefore && !t_[i + 2].breakBefore &&
            !t_[i + 3].breakBefore && !t_[i + 4].breakBefore) {
            const int step = t_[i + 3].lower == "next"sv ? 1 : t_[i + 3].lower == "last"sv ? -1 : 0;
            const int months = ref.year * 12 + (ref.month - 1) + step;
            const CalendarDate d{months / 12, months % 12 + 1, t_[i + 1].value};
            if (d.valid())
                return std::pair{make(d, std::nullopt, DateForm::Relative, i, i + 4, "date.day_of_relative_month"),
                                 i + 5};
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
        if (t.lower == "today"sv || t.lower == "yesterday"sv || t.lower == "tomorrow"sv) {
            const long delta = t.lower == "today"sv ? 0 : t.lower == "yesterday"sv ? -1 : 1;
            return std::pair{make(ref.plusDays(delta), std::nullopt, DateForm::Relative, i, i, "date.relative_day"),
                             i + 1};
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
        if ((t.lower == "this"sv || t.lower == "next"sv) && i + 1 < t_.size() && !t_[i + 1].breakBefore) {
            const std::string& unit = t_[i + 1].lower;
            const int step = t.lower == "next"sv ? 1 : 0;
            if (unit == "year")
                return std::pair{
                    make({ref.year + step, 0, 0}, std::nullopt, DateForm::Relative, i, i + 1, "date.this_year"), i + 2};
            if (unit == "week") {
                // Monday to Sunday of the reference's week, or of the one after it.
                const CalendarDate monday = ref.plusDays(-ref.weekday() + 7 * step);
                return std::pair{make(monday, monday.plusDays(6), DateForm::Relative, i, i + 1, "date.this_week"),
                                 i + 2};
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
            static constexpr std::array<std::string_view, 13> kCounts{"zero", "one",    "two",   "three", "four",
                                                                      "five", "six",    "seven", "eight", "nine",
                                                                      "ten",  "eleven", "twelve"};
            int n = -1;
            if (t.lower == "a"sv || t.lower == "an"sv)
                n = 1;
            else if (const auto* w = std::find(kCounts.begin(), kCounts.end(), t.lower); w != kCounts.end())
                n = static_cast<int>(w - kCounts.begin());
            const std::string& unit = t_[i + 1].lower;
            if (n > 0 && (unit == "year" || unit == "years"))
                return std::pair{
                    make({ref.year - n, 0, 0}, std::nullopt, DateForm::Relative, i, i + 2, "date.years_ago"), i + 3};
            if (n > 0 && ref.month > 0 && (unit == "month" || unit == "months")) {
                const int months = ref.year * 12 + ref.month - 1 - n;
                return std::pair{make({months / 12, months % 12 + 1, 0}, std::nullopt, DateForm::Relative, i, i + 2,
                                      "date.months_ago"),
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
                return std::pair{make(monday, monday.plusDays(6), DateForm::Relative, i, i + 1, "date.last_week"),
                                 i + 2};
            }
            if (unit == "month") {
                CalendarDate m{ref.month == 1 ? ref.year - 1 : ref.year, ref.month == 1 ? 12 : ref.month - 1, 0};
                return std::pair{make(m, std::nullopt, DateForm::Relative, i, i + 1, "date.last_month"), i + 2};
            }
            if (unit == "year") {
                return std::pair{
                    make({ref.year - 1, 0, 0}, std::nullopt, DateForm::Relative, i, i + 1, "date.last_year"), i + 2};
            }
        }
        return std::nullopt;
    }

    // "the day before the vote": what follows is the day's reference, not the release.
    bool determinerAt(std::size_t k) const {
        if (k >= t_.size() || t_[k].kind != Kind::Word || t_[k].breakBefore) return false;
        const std::string& w = t_[k].lower;
        return w == "the" || w == "a" || w == "an" || w == "his" || w == "her" || w == "its" || w == "their" ||
               w == "our" || w == "this" || w == "that";
    }

    // "Thursday, Feb. 11, 2016": the weekday names the absolute date after it, which is matched on its own.
    bool absoluteDateFollows(std::size_t w) const {
        std::size_t k = w + 1;
        if (kindAt(k, Kind::Comma)) ++k;
        return (k < t_.size() && t_[k].month != 0) || isDay(k);
    }

    bool bareWeekdayIsTime(std::size_t w) const {
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
    // Forum in Vladivostok in September" puts the verb a dozen words before the month.
    std::size_t clauseFrom(std::size_t i) const {
        constexpr std::size_t kReach = 20;
        std::size_t from = i;
        while (from > 0 && i - from < kReach && !t_[from].breakBefore && t_[from - 1].kind != Kind::Dot) --from;
        return from;
    }

    // The few words before position i announce the future ("will", "is scheduled to", "expected").
    bool futureTense(std::size_t i) const {
        for (std::size_t k = clauseFrom(i); k < i; ++k) {
            if (t_[k].kind != Kind::Word) continue;
            const auto& l = t_[k].lower;
            if (l == "will" || l == "scheduled" || l == "expected" || l == "upcoming" || l == "tomorrow" ||
                l == "planned" || l == "shall" || l == "forthcoming" || l == "toward" || l == "towards" ||
                l == "ahead" || l == "preparations" || l == "preparing")
                return true;
        }
        return false;
    }

    // "reaffirmed their intention to meet ... in November", "agreed to meet in May", "invited to provide ... by
    // early May": a month the sentence intends, told in the past tense. (For a month alone only: "intention to
    // appeal Friday's ruling" names a day gone by.)
    bool intendedBefore(std::size_t i) const {
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
    bool futureAfter(std::size_t i) const {
        std::size_t words = 0;
        for (std::size_t k = i + 1; k < t_.size() && words < 5 && !t_[k].breakBefore && t_[k].kind != Kind::Dot; ++k) {
            if (t_[k].kind != Kind::Word) continue;
            ++words;
            const auto& l = t_[k].lower;
            if (l == "will" || l == "shall") return true;
            if (l == "said" || l == "was" || l == "were" || l == "had" || (l.size() > 3 && l.ends_with("ed")))
                return false;
        }
        return false;
    }

    // "...will travel; on Friday it returned": a verb in the past tense right after the date, before any "will",
    // tells a past day whatever an earlier clause said.
    bool pastAfter(std::size_t i) const {
        std::size_t words = 0;
        for (std::size_t k = i + 1; k < t_.size() && words < 4 && !t_[k].breakBefore; ++k) {
            if (t_[k].kind == Kind::Comma) continue;
            if (t_[k].kind != Kind::Word || t_[k].weekday >= 0 || t_[k].month != 0) return false;  // the clause ends
            ++words;
            const auto& l = t_[k].lower;
            if (l == "will" || l == "shall" || l == "to" || l == "scheduled" || l == "expected" || l == "planned")
                return false;
            if (l == "was" || l == "were" || l == "had" || l == "met" || l == "held" ||
                (l.size() > 4 && l.ends_with("ed") && !t_[k].capitalized))
                return true;
        }
        return false;
    }

    std::string_view text_;
    const DateContext& ctx_;
    std::vector<Token> t_;
    std::size_t start_ = 0;
    int statedYear_ = 0, statedMonth_ = 0;
    std::size_t statedToken_ = 0;
};

}  // namespace

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
