#include "date_rules.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <map>
#include <string>

#include "core/date_scanner.hpp"
#include "core/text.hpp"

namespace bulletin::extract {

namespace {

bool onlyPlaceBefore(std::string_view text, std::size_t at) {
    const std::size_t lineStart = text.rfind('\n', at == 0 ? 0 : at - 1);
    const std::string_view before = text.substr(lineStart == std::string_view::npos ? 0 : lineStart + 1,
                                                at - (lineStart == std::string_view::npos ? 0 : lineStart + 1));
    bool wordStart = true;
    std::size_t words = 0;
    for (std::size_t i = 0; i < before.size(); ++i) {
        const auto c = static_cast<unsigned char>(before[i]);
        const bool letter = std::isalpha(c) || c >= 0x80;
        if (letter && wordStart) {
            ++words;
            if (std::islower(c)) return false;  // a lower-case word: running text
            const std::string_view rest = before.substr(i);
            if (rest.rfind("On ", 0) == 0 || rest.rfind("In ", 0) == 0 || rest.rfind("At ", 0) == 0) return false;
        }
        wordStart = !letter;
    }
    return words <= 5;
}

// "Updated: September 3, 2014", "Last updated on 20 March 2024", "Page last modified: ...": a page's own record of
// its edits, chrome rather than a date the release tells of.
bool onUpdateLabel(std::string_view text, std::size_t at) {
    // (Only the 40 characters before the date are looked at: a line of a megabyte holding thousands of dates would
    // otherwise be walked back once per date.)
    const std::size_t from = bulletin::text::lineStartWithin(text, at, 40);
    if (from == std::string_view::npos) return false;
    std::string before(text.substr(from, at - from));
    for (char& c : before) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    std::size_t words = 0;
    bool inWord = false;
    for (const char c : before) {
        const bool letter = std::isalpha(static_cast<unsigned char>(c)) != 0;
        if (!letter && c != ' ' && c != ':' && c != '\t') return false;  // "(updated 3 May)" in a sentence is text
        if (letter && !inWord) ++words;
        inWord = letter;
    }
    return words <= 4 && (before.find("updated") != std::string::npos || before.find("modified") != std::string::npos);
}

// A numeric date both of whose first numbers could be the month ("03/04/2020", "01-12-2026").
bool ambiguousNumeric(const DateHit& h) {
    return h.rule == "date.numeric" && h.value.start.day <= 12 && h.value.start.day != h.value.start.month;
}

// Whether the release writes the day before the month: its dates in words say so ("4 March 2024" against
// "March 4, 2024"), as do numeric dates whose first number cannot be a month ("27/07/2022").
bool writesDayFirst(std::string_view text, const std::vector<DateHit>& hits) {
    int dayFirst = 0, monthFirst = 0;
    for (const auto& h : hits) {
        if (h.rule.starts_with("date.day_month"))
            ++dayFirst;
        else if (h.rule.starts_with("date.month_day"))
            ++monthFirst;
        else if (h.rule == "date.numeric" && !ambiguousNumeric(h)) {
            // Read month first: a day above 12 written first came out as the month's day with the order kept.
            const auto lead = text.substr(h.begin, 2);
            const int first =
                std::isdigit(static_cast<unsigned char>(lead[0])) != 0 ? std::atoi(std::string(lead).c_str()) : 0;
            if (first > 12)
                ++dayFirst;
            else if (first == h.value.start.month)
                ++monthFirst;
        }
    }
    return dayFirst > monthFirst;
}

}  // namespace

std::vector<DateMention> findDates(std::string_view text, std::size_t bodyOffset,
                                   const std::optional<DateValue>& publication) {
    DateContext ctx;
    if (publication && publication->start.day != 0 && !publication->isRange()) ctx.reference = publication->start;
    // Expressions without a year ("from the 11-13 of July") take the publication year, else the year the
    // document names most often.
    if (publication) {
        ctx.defaultYear = publication->start.year;
    } else {
        std::map<int, int> years;
        for (const auto& h : scanDates(text, ctx))
            if (h.form == DateForm::Full || h.form == DateForm::Month || h.form == DateForm::Range)
                ++years[h.value.start.year];
        int best = 0;
        for (const auto& [y, n] : years)
            if (n > best) best = n, ctx.defaultYear = y;
    }
    // Only dates the text states are listed: a publication date taken from the file name or a page label is the
    // document's (documents.publication_date), not a date the release mentions.
    auto hits = scanDates(text, ctx);
    if (std::any_of(hits.begin(), hits.end(), ambiguousNumeric) && writesDayFirst(text, hits)) {
        ctx.monthFirst = false;
        hits = scanDates(text, ctx);
    }
    std::vector<DateMention> out;
    for (const auto& h : hits) {
        if (onUpdateLabel(text, h.begin)) continue;
        DateMention m;
        m.value = h.value;
        m.mention = Mention{Span{h.begin, h.end}, std::string(text.substr(h.begin, h.end - h.begin)), h.rule};
        // The release's own date line or dateline: near the top, and only a place (or nothing) before the date on
        // its line ("Karachi, 24 October 2018.", "March 14, 2023, 15:20"); not a sentence telling of that day
        // ("Minister Grace Fu attended ... on 8 November 2022", "On 8 November 2022, the Minister ...").
        const bool inDateline = h.begin >= bodyOffset && h.begin < bodyOffset + 80 && onlyPlaceBefore(text, h.begin);
        if (publication && h.value == *publication && (inDateline || h.begin < bodyOffset)) {
            m.role = DateRole::Publication;
        } else if (h.form == DateForm::Year || h.form == DateForm::YearSpan) {
            m.role = DateRole::Other;
        } else {
            m.role = DateRole::Event;
        }
        out.push_back(std::move(m));
    }
    return out;
}

}  // namespace bulletin::extract
