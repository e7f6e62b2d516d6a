#include "date_lines.hpp"

#include <algorithm>
#include <array>
#include <string>

#include "core/date_scanner.hpp"
#include "core/text.hpp"

namespace bulletin::ingest {

// A line that is only a date ("September 23, 2011", "Friday, July 24, 2009").
std::optional<DateValue> standaloneDate(std::string_view line) {
    line = text::trimUnicode(line);
    // A leading weekday: "Friday, July 24, 2009".
    if (const auto comma = line.find(", "); comma != std::string_view::npos && comma <= 9) {
        static constexpr std::array<std::string_view, 7> kDays{"monday", "tuesday",  "wednesday", "thursday",
                                                               "friday", "saturday", "sunday"};
        const std::string first = text::toLowerAscii(line.substr(0, comma));
        if (std::find(kDays.begin(), kDays.end(), first) != kDays.end()) line = line.substr(comma + 2);
    }
    auto hit = parseDateAtStart(line);
    if (!hit || hit->form != DateForm::Full) return std::nullopt;
    auto rest = text::trimUnicode(line.substr(hit->end));
    if (!rest.empty() && rest != ".") return std::nullopt;
    return hit->value;
}

// "Date: November 2, 2017", "For Immediate Release: June 1, 2020", "For Immediate Distribution:  12/13/23": a label
// of the release's own date and the date, on one line.
std::optional<DateValue> labelledDateLine(std::string_view line) {
    static constexpr std::array<std::string_view, 8> kLabels{
        "date",     "dated",  "release date",   "for immediate release", "for immediate distribution",
        "released", "issued", "embargoed until"};
    const std::string lower = text::toLowerAscii(line);
    for (auto label : kLabels) {
        if (!text::startsWith(lower, label)) continue;
        std::size_t i = label.size();
        while (i < line.size() && (line[i] == ':' || line[i] == ' ' || line[i] == '-' || line[i] == ',')) ++i;
        if (i == label.size()) continue;  // "Dates of ..." or "Datenschutz": the label must end there
        if (auto date = standaloneDate(line.substr(i))) return date;
    }
    return std::nullopt;
}

// "Last updated at ...", "Updated: ...": never the publication date.
bool mentionsUpdate(std::string_view line) {
    const std::string lower = text::toLowerAscii(line);
    return lower.find("updated") != std::string::npos || lower.find("modified") != std::string::npos ||
           lower.find("revised") != std::string::npos;
}

// A short closing line holding a full date: "D/Media/Out/1784/2025 2025.09.22 ...", "Issued on 3 May 2021".
std::optional<DateValue> signOffDate(std::string_view paragraph) {
    if (text::countSpacedWords(paragraph) > 10 || mentionsUpdate(paragraph)) return std::nullopt;
    for (const auto& hit : scanDates(paragraph))
        if (hit.form == DateForm::Full) return hit.value;
    return std::nullopt;
}

// "---" front matter at the top of the file (Jekyll, Hugo): its "date:" value, and where the block ends.
std::optional<DateValue> frontMatterDate(const std::vector<std::string_view>& lines, std::size_t& end) {
    end = 0;
    if (lines.empty() || text::trimUnicode(lines[0]) != "---") return std::nullopt;
    std::optional<DateValue> date;
    for (std::size_t i = 1; i < lines.size() && i < 60; ++i) {
        const auto line = text::trimUnicode(lines[i]);
        if (line == "---") {
            end = i + 1;
            return date;
        }
        if (text::startsWith(text::toLowerAscii(line), "date:") && !date) {
            const auto value = text::trimUnicode(line.substr(5));
            if (auto hit = parseDateAtStart(value); hit && hit->form == DateForm::Full) date = hit->value;
        }
    }
    end = 0;  // no closing "---": not front matter
    return std::nullopt;
}

}  // namespace bulletin::ingest
