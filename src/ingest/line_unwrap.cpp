#include "line_unwrap.hpp"

#include <algorithm>
#include <cctype>

#include "core/text.hpp"

namespace bulletin::ingest {

namespace {

// Characters, not bytes: a wrapped line of Cyrillic or accented text is as wide as an ASCII one.
std::size_t characters(std::string_view s) {
    return static_cast<std::size_t>(
        std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

constexpr std::size_t kShortestWrap = 40, kWidestWrap = 100;
// A line ending this close to the margin reached it: the next word did not fit.
constexpr std::size_t kRaggedEdge = 16;

// "a)", "ii.", "b)": a lettered or numbered item of a list starts a line of its own.
bool listMarkerStart(std::string_view line) {
    std::size_t k = 0;
    while (k < line.size() && k < 4 && std::islower(static_cast<unsigned char>(line[k]))) ++k;
    return k > 0 && k < line.size() && (line[k] == ')' || line[k] == '.');
}

}  // namespace

std::size_t wrapWidth(const std::vector<std::string_view>& lines) {
    std::vector<std::size_t> widths;  // of the lines long enough to have reached a margin
    std::size_t beyond = 0;           // lines longer than any wrap margin
    for (const auto line : lines) {
        const auto trimmed = text::trimUnicode(line);
        if (trimmed.empty()) continue;
        const std::size_t w = characters(line);
        if (w > kWidestWrap)
            ++beyond;
        else if (w >= kShortestWrap)
            widths.push_back(w);
    }
    if (widths.size() < 6) return 0;
    // The margin is where most lines end within the ragged edge: the widest such band of widths. A few lines past
    // it (a headline, a page's menu, a paragraph pasted in whole) leave the wrapped paragraphs wrapped; more, and
    // paragraphs are lines here.
    std::sort(widths.begin(), widths.end());
    std::size_t margin = 0, most = 0;
    for (std::size_t hi = 0, lo = 0; hi < widths.size(); ++hi) {
        while (widths[lo] + kRaggedEdge < widths[hi]) ++lo;
        if (hi + 1 - lo >= most) {
            most = hi + 1 - lo;
            margin = widths[hi];
        }
    }
    const std::size_t past =
        beyond + static_cast<std::size_t>(widths.end() - std::upper_bound(widths.begin(), widths.end(), margin));
    // Most long lines end at the margin; lines of a list or a menu end anywhere.
    const std::size_t all = widths.size() + beyond;
    return most * 10 >= all * 7 && past * 5 <= all ? margin : 0;
}

std::vector<std::string> unwrapLines(const std::vector<std::string_view>& lines) {
    std::vector<std::string> out;
    out.reserve(lines.size());
    const std::size_t width = wrapWidth(lines);
    bool continues = false;  // the previous line reached the margin
    for (const auto line : lines) {
        const auto trimmed = text::trimUnicode(line);
        if (width && continues && !trimmed.empty() && !out.empty()) {
            // "mortgage-" + "backed": a word broken at its hyphen is joined without a space.
            const std::string& previous = out.back();
            const bool brokenAtHyphen = previous.size() >= 2 && previous.back() == '-' &&
                                        std::isalpha(static_cast<unsigned char>(previous[previous.size() - 2]));
            if (!brokenAtHyphen) out.back() += ' ';
            out.back() += trimmed;
        } else {
            out.emplace_back(width ? text::trimUnicode(line) : line);
        }
        // (A line longer than the margin was never wrapped: it ends its paragraph.)
        const std::size_t w = characters(line);
        continues = width && !trimmed.empty() && w + kRaggedEdge >= width && w <= width;
    }
    return out;
}

// Whether a line of ragged text (wrapped by hand or exported from a PDF, at no one margin) goes on on the next line:
// it ends inside a phrase ("employed by Quorvale Marine &" / "Trading Pte Ltd", "the Ministry of" / "Health"), or the
// next line goes on in lower case ("by assisting" / "to receive on board ..."; not a list's "a)" or "ii.").
bool goesOnInLine(std::string_view line, std::string_view next) {
    // (A line of prose: a short one is a heading, a label or a menu's item, whatever follows it.)
    // (Counted from the end, and no further than that: a line joined from thousands is asked again per line.)
    constexpr std::size_t kProse = 30;
    std::size_t counted = 0;
    for (auto it = line.rbegin(); it != line.rend() && counted < kProse; ++it)
        counted += (static_cast<unsigned char>(*it) & 0xC0) != 0x80;
    if (counted < kProse || next.empty()) return false;
    const char last = line.back();
    if (last == '&' || last == ',') return true;
    const auto space = line.find_last_of(' ');
    if (space != std::string_view::npos) {
        std::string word(line.substr(space + 1));
        for (auto& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        static constexpr std::string_view kOpenWords[] = {"and", "or", "of",   "the", "a",  "an", "to",
                                                          "for", "by", "with", "in",  "on", "at", "from"};
        if (std::find(std::begin(kOpenWords), std::end(kOpenWords), word) != std::end(kOpenWords)) return true;
    }
    const bool ended = last == '.' || last == '!' || last == '?' || last == ':' || last == ';';
    return !ended && std::islower(static_cast<unsigned char>(next.front())) && !listMarkerStart(next);
}

}  // namespace bulletin::ingest
