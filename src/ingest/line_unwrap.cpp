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

}  // namespace bulletin::ingest
