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
    std::vector<std::size_t> widths;
    for (const auto line : lines) {
        const auto trimmed = text::trimUnicode(line);
        if (trimmed.empty()) continue;
        const std::size_t w = characters(line);
        if (w > kWidestWrap) return 0;  // a line longer than any wrap margin: paragraphs are lines here
        if (w >= kShortestWrap) widths.push_back(w);
    }
    if (widths.size() < 6) return 0;
    const std::size_t widest = *std::max_element(widths.begin(), widths.end());
    const auto nearMargin =
        std::count_if(widths.begin(), widths.end(), [&](std::size_t w) { return w + kRaggedEdge >= widest; });
    // Most long lines end at the margin; lines of a list or a menu end anywhere.
    return static_cast<std::size_t>(nearMargin) * 10 >= widths.size() * 7 ? widest : 0;
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
        continues = width && !trimmed.empty() && characters(line) + kRaggedEdge >= width;
    }
    return out;
}

}  // namespace bulletin::ingest
