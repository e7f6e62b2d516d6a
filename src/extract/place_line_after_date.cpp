#include "place_line_after_date.hpp"

#include <cctype>

#include "core/date_scanner.hpp"
#include "core/text.hpp"

namespace bulletin::extract {

namespace {

// Cities smaller than this may be words too ("Media", "Reading"): a line of its own says nothing more.
constexpr long kLeastPopulation = 20000;
constexpr std::size_t kOpeningBytes = 400;
constexpr std::size_t kLongestPlaceLine = 48;

// Where what follows the date on its line, past a clock time ("March 3, 2023, 15:30", "3 March 2023 3:30 pm"),
// begins; the line's length when nothing does. (The ingest joins a paragraph's short lines: "September 3, 2024,
// 12:00 Ulaanbaatar" was two.)
std::size_t pastClockTime(std::string_view rest) {
    std::size_t i = 0;
    const auto skip = [&](std::string_view chars) {
        while (i < rest.size() && chars.find(rest[i]) != std::string_view::npos) ++i;
    };
    skip(" ,\t");
    const std::size_t afterDate = i;
    const std::size_t hourFrom = i;
    while (i < rest.size() && std::isdigit(static_cast<unsigned char>(rest[i]))) ++i;
    if (i == hourFrom || i - hourFrom > 2 || i >= rest.size() || (rest[i] != ':' && rest[i] != '.')) return afterDate;
    ++i;
    const std::size_t minuteFrom = i;
    while (i < rest.size() && std::isdigit(static_cast<unsigned char>(rest[i]))) ++i;
    if (i - minuteFrom != 2) return afterDate;
    skip(" ");
    for (const std::string_view half : {"a.m.", "p.m.", "am", "pm", "AM", "PM"})
        if (rest.substr(i).starts_with(half)) {
            i += half.size();
            break;
        }
    skip(" ,");
    return i;
}

struct Line final {
    std::size_t begin = 0;  // offsets of the trimmed line in the text
    std::string_view text;
};

// The next line at or after `from`, trimmed; empty text at the end.
Line lineFrom(std::string_view text, std::size_t from) {
    const std::size_t end = std::min(text.find('\n', from), text.size());
    const std::string_view raw = text.substr(from, end - from);
    const std::string_view trimmed = text::trimUnicode(raw);
    const std::size_t lead = trimmed.empty() ? 0 : static_cast<std::size_t>(trimmed.data() - raw.data());
    return Line{from + lead, trimmed};
}

// "ORANGE" above "COUNTY FUGITIVE ARRESTED ...": a headline in capitals broken after its first word, not a place
// (its next line opens with two words in capitals; not "UN Secretary-General ...", an acronym opening a sentence).
bool capitalsGoOn(std::string_view text, std::size_t lineEnd) {
    Line next = lineFrom(text, std::min(lineEnd + 1, text.size()));
    if (next.text.empty()) next = lineFrom(text, std::min(next.begin + 1, text.size()));
    // (Or a line of one such word: the headline broken again.)
    std::size_t i = 0;
    for (int word = 0; word < 2; ++word) {
        const std::size_t from = i;
        while (i < next.text.size() && std::isupper(static_cast<unsigned char>(next.text[i]))) ++i;
        if (i - from < 2 || (i < next.text.size() && next.text[i] != ' ')) return false;
        if (i == next.text.size()) return true;
        ++i;
    }
    return true;
}

void addKnownPlaces(ExtractionState& st, const Line& line) {
    if (line.text.empty() || line.text.size() > kLongestPlaceLine) return;
    if (capitalsGoOn(st.text(), line.begin + line.text.size())) return;
    const auto& gazetteer = st.gazetteer();
    // "Novo-Ogaryovo, Moscow Region": a place and the region it lies in, each looked up.
    for (std::size_t from = 0; from < line.text.size();) {
        const std::size_t comma = std::min(line.text.find(", ", from), line.text.size());
        const std::string_view part = line.text.substr(from, comma - from);
        from = comma + 2;
        if (part.empty() || !std::isupper(static_cast<unsigned char>(part.front()))) continue;
        const auto* place = gazetteer.place(part);
        if (!place) continue;
        // A region of a world-wide list is weak evidence, but "Ulaanbaatar" is also a city of 800,000.
        const bool bigCity = gazetteer.largestCityPopulation(part) >= kLeastPopulation;
        if (!bigCity && (place->weak || (place->kind == PlaceKind::City && place->population < kLeastPopulation)))
            continue;
        const std::size_t begin = line.begin + static_cast<std::size_t>(part.data() - line.text.data());
        if (st.claimed(begin, begin + part.size())) continue;
        st.addMention(EntityType::Location, place->name, begin, begin + part.size(), "place.dateline");
    }
}

}  // namespace

void findPlaceLineAfterDateLine(ExtractionState& st) {
    const std::string_view text = st.text();
    const std::size_t stop = std::min(text.size(), st.bodyOffset() + kOpeningBytes);
    for (std::size_t at = st.bodyOffset(); at < stop;) {
        const Line line = lineFrom(text, at);
        at = line.begin + line.text.size() + 1;
        if (line.text.empty()) continue;
        const auto date = parseDateAtStart(line.text);
        if (!date || date->form != DateForm::Full) continue;
        const std::string_view rest = line.text.substr(date->end);
        const std::size_t tail = pastClockTime(rest);
        if (tail < rest.size()) {
            addKnownPlaces(st, Line{line.begin + date->end + tail, rest.substr(tail)});
            return;
        }
        // The place's line follows at once or after one blank line, past a line of the clock time alone ("March 3,
        // 2023" / "15:30" / "Sochi").
        auto following = [&](std::size_t from) {
            Line next = lineFrom(text, std::min(from, text.size()));
            if (next.text.empty() && from < text.size()) next = lineFrom(text, std::min(next.begin + 1, text.size()));
            return next;
        };
        Line next = following(at);
        if (!next.text.empty() && std::isdigit(static_cast<unsigned char>(next.text.front())) &&
            pastClockTime(next.text) == next.text.size())
            next = following(next.begin + next.text.size() + 1);
        addKnownPlaces(st, next);
        return;
    }
}

}  // namespace bulletin::extract
