#include "character_references.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <utility>

#include "core/text.hpp"

namespace bulletin::ingest {

namespace {

// The named references of the web's plain prose: markup's own, spaces and dashes, quotes, and the accented letters
// of Western European names. (Sorted by name, for a binary search.)
constexpr std::array<std::pair<std::string_view, char32_t>, 52> kNamed{{
    {"Aacute", 0xC1},  {"Eacute", 0xC9},  {"Oacute", 0xD3},   {"aacute", 0xE1},  {"acirc", 0xE2},   {"agrave", 0xE0},
    {"amp", 0x26},     {"apos", 0x27},    {"auml", 0xE4},     {"bdquo", 0x201E}, {"bull", 0x2022},  {"ccedil", 0xE7},
    {"copy", 0xA9},    {"deg", 0xB0},     {"eacute", 0xE9},   {"ecirc", 0xEA},   {"egrave", 0xE8},  {"euml", 0xEB},
    {"euro", 0x20AC},  {"gt", 0x3E},      {"hellip", 0x2026}, {"iacute", 0xED},  {"icirc", 0xEE},   {"iuml", 0xEF},
    {"laquo", 0xAB},   {"ldquo", 0x201C}, {"lsquo", 0x2018},  {"lt", 0x3C},      {"mdash", 0x2014}, {"middot", 0xB7},
    {"nbsp", 0xA0},    {"ndash", 0x2013}, {"ntilde", 0xF1},   {"oacute", 0xF3},  {"ocirc", 0xF4},   {"ouml", 0xF6},
    {"pound", 0xA3},   {"quot", 0x22},    {"raquo", 0xBB},    {"rdquo", 0x201D}, {"reg", 0xAE},     {"rsquo", 0x2019},
    {"sbquo", 0x201A}, {"shy", 0xAD},     {"szlig", 0xDF},    {"trade", 0x2122}, {"uacute", 0xFA},  {"ucirc", 0xFB},
    {"ugrave", 0xF9},  {"uuml", 0xFC},    {"yacute", 0xFD},   {"yen", 0xA5},
}};
static_assert(std::is_sorted(kNamed.begin(), kNamed.end(),
                             [](const auto& a, const auto& b) { return a.first < b.first; }));

// The character of the reference's inside (between '&' and ';'), if it names one.
std::optional<char32_t> referenced(std::string_view inside) {
    if (inside.size() >= 2 && inside[0] == '#') {
        const bool hex = inside[1] == 'x' || inside[1] == 'X';
        const std::string_view digits = inside.substr(hex ? 2 : 1);
        if (digits.empty() || digits.size() > 7) return std::nullopt;
        std::uint32_t value = 0;
        for (const char c : digits) {
            int d = -1;
            if (c >= '0' && c <= '9') d = c - '0';
            if (hex && c >= 'a' && c <= 'f') d = c - 'a' + 10;
            if (hex && c >= 'A' && c <= 'F') d = c - 'A' + 10;
            if (d < 0) return std::nullopt;
            value = value * (hex ? 16 : 10) + static_cast<std::uint32_t>(d);
        }
        // Pages written in Windows-1252 number its quotes and dashes by their bytes ("&#146;" for "’"), as
        // browsers read them; other controls, NUL, a byte order mark, surrogate halves, noncharacters and what lies
        // past Unicode are no characters of a text.
        static constexpr std::array<std::pair<std::uint32_t, char32_t>, 8> kWindows1252{{{0x80, 0x20AC},
                                                                                         {0x85, 0x2026},
                                                                                         {0x91, 0x2018},
                                                                                         {0x92, 0x2019},
                                                                                         {0x93, 0x201C},
                                                                                         {0x94, 0x201D},
                                                                                         {0x96, 0x2013},
                                                                                         {0x97, 0x2014}}};
        for (const auto& [byte, character] : kWindows1252)
            if (value == byte) return character;
        const bool control =
            (value < 0x20 && value != '\t' && value != '\n' && value != '\r') || (value >= 0x7F && value <= 0x9F);
        if (control || value == 0xFEFF || value == 0xFFFE || value == 0xFFFF || (value >= 0xD800 && value <= 0xDFFF) ||
            value > 0x10FFFF)
            return std::nullopt;
        return static_cast<char32_t>(value);
    }
    const auto it = std::lower_bound(kNamed.begin(), kNamed.end(), inside,
                                     [](const auto& entry, std::string_view name) { return entry.first < name; });
    if (it == kNamed.end() || it->first != inside) return std::nullopt;
    return it->second;
}

}  // namespace

std::string decodeCharacterReferences(std::string_view text) {
    std::string out;
    std::size_t copied = 0;
    // The longest reference decoded: "&#x10FFFF;" and the longest name.
    constexpr std::size_t kLongest = 10;
    for (std::size_t at = text.find('&'); at != std::string_view::npos; at = text.find('&', at + 1)) {
        const std::size_t semicolon = text.find(';', at + 1);
        if (semicolon == std::string_view::npos) break;
        if (semicolon - at - 1 > kLongest) continue;
        const auto c = referenced(text.substr(at + 1, semicolon - at - 1));
        if (!c) continue;
        if (out.empty()) out.reserve(text.size());
        out.append(text.substr(copied, at - copied));
        text::appendUtf8(out, *c);
        copied = semicolon + 1;
        at = semicolon;
    }
    if (copied == 0) return std::string(text);
    out.append(text.substr(copied));
    return out;
}

}  // namespace bulletin::ingest
