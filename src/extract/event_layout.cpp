#include "event_layout.hpp"

#include <algorithm>
#include <string_view>

namespace bulletin::extract::event_detail {

// The words between an event's trigger (ending at `from`) and a place (at `at`) are only "to" or "in": "Visit to
// Yakutia", "Talks in Velmarsk".
bool placeFollowsWord(std::string_view text, std::size_t from, std::size_t at) {
    if (at <= from || at - from > 6) return false;
    std::string_view between = text.substr(from, at - from);
    while (!between.empty() && between.front() == ' ') between.remove_prefix(1);
    while (!between.empty() && between.back() == ' ') between.remove_suffix(1);
    return between == "to" || between == "in";
}

// "Training, Quality and Projects (TQP) Executive": a capitalised kind listed with other fields, the list spelt by
// the acronym after it, names a department, not an event. (Not "the Conference of the Parties (COP)": there the
// kind opens the name, no field listed with it.)
bool fieldOfDefinedName(const ExtractionState& st, const std::vector<Token>& t, std::size_t i) {
    if (!t[i].capitalized || t[i].sentenceStart || t[i].paragraphStart) return false;
    auto part = [&](std::size_t k) {
        return t[k].sentence == t[i].sentence &&
               ((t[k].isWord() && (t[k].capitalized || t[k].is("and"))) || t[k].isPunct(',') || t[k].is("&"));
    };
    std::size_t end = i + 1;
    while (end < t.size() && part(end)) ++end;
    if (end + 2 >= t.size() || !t[end].is("(") || !t[end + 1].allCaps || !t[end + 2].is(")")) return false;
    // Where the list starts is where the acronym's letters start: at the kind, or after a comma before it.
    for (std::size_t first = i, commas = 0; commas <= 4; ++commas) {
        bool listed = false;
        for (std::size_t k = first; k < end; ++k)
            listed = listed || t[k].isPunct(',') || t[k].is("and") || t[k].is("&");
        if (listed && nameInitials(st.slice(t[first].begin, t[end - 1].end)) == t[end + 1].text) return true;
        std::size_t k = first;
        while (k > 0 && part(k - 1) && !t[k - 1].isPunct(',')) --k;
        if (k < 2 || !t[k - 1].isPunct(',') || !part(k - 2)) break;
        first = k - 2;
        while (first > 0 && part(first - 1) && !t[first - 1].isPunct(',')) --first;
    }
    return false;
}

// "01. Signing a Memorandum of Understanding between ... on cooperation in agriculture": a gerund opening a heading
// (a line of its own, numbered or not, with no full stop) names the matter the paragraph under it decides, not an
// event that took place.
bool headingGerund(const ExtractionState& st, const std::vector<Token>& t, std::size_t i) {
    if (!t[i].capitalized || t[i].allCaps || !t[i].text.ends_with("ing")) return false;
    const bool numbered = i >= 2 && t[i - 1].isPunct('.') && t[i - 2].kind == TokenKind::Number &&
                          t[i - 2].paragraphStart && !st.lineBreakBetween(i - 2, i);
    if (!t[i].paragraphStart && !numbered) return false;
    std::size_t last = i;
    while (last + 1 < t.size() && !st.lineBreakBetween(last, last + 1)) ++last;
    return last > i + 2 &&
           !(t[last].kind == TokenKind::Punct && std::string_view(".!?").find(t[last].text) != std::string_view::npos);
}

namespace {

// A heading is a short line: the walks along it stop after a few words, however long the line.
constexpr std::size_t kHeadingWords = 40;

// The first token of the line holding token i, when it is at most kHeadingWords back; npos when the line runs on.
std::size_t shortLineStart(const ExtractionState& st, std::size_t i) {
    std::size_t first = i;
    while (first > 0 && i - first < kHeadingWords && !st.lineBreakBetween(first - 1, first)) --first;
    return first > 0 && !st.lineBreakBetween(first - 1, first) ? std::string_view::npos : first;
}

}  // namespace

// "06. Participating in the 29th Conference of the Parties": an event named in such a heading is the matter the
// paragraph under it decides, told there with its own dates.
bool inGerundHeading(const ExtractionState& st, const std::vector<Token>& t, std::size_t i) {
    std::size_t first = shortLineStart(st, i);
    if (first == std::string_view::npos) return false;
    // (Past the heading's number: "06.", "6)".)
    if (first + 2 < i && t[first].kind == TokenKind::Number && t[first + 1].kind == TokenKind::Punct) first += 2;
    return first < i && headingGerund(st, t, first);
}

bool inUndatedNumberedHeading(const ExtractionState& st, const std::vector<Token>& t, std::size_t i,
                              const std::vector<DateMention>& dates) {
    const std::size_t first = shortLineStart(st, i);
    if (first == std::string_view::npos) return false;
    // "03." or "3)" opening a paragraph, the heading's words after it on the same line.
    if (first + 2 >= i || t[first].kind != TokenKind::Number || t[first].text.size() > 2 || !t[first].paragraphStart ||
        !(t[first + 1].isPunct('.') || t[first + 1].isPunct(')')) || st.lineBreakBetween(first + 1, first + 2))
        return false;
    std::size_t last = i;
    while (last + 1 < t.size() && last - i < kHeadingWords && !st.lineBreakBetween(last, last + 1)) ++last;
    if (last + 1 >= t.size() || !st.lineBreakBetween(last, last + 1) ||
        (t[last].kind == TokenKind::Punct && std::string_view(".!?").find(t[last].text) != std::string_view::npos))
        return false;
    const std::size_t begin = t[first].begin, end = t[last].end;
    return std::none_of(dates.begin(), dates.end(), [&](const DateMention& d) {
        return d.mention.span.begin >= begin && d.mention.span.end <= end && d.role != DateRole::Publication;
    });
}

// "Decisions taken by the Cabinet of Ministers at its meeting held on 2024-05-13": the day a headline says its
// event was held on, a few words after the trigger, even when it is the day the release is dated by (not "Minister
// meets Governor - 12 May 2024", a date line run into the headline).
std::optional<DateValue> headlineEventDate(const std::vector<DateMention>& dates, const Sentence& s,
                                           std::size_t triggerEnd, const std::vector<Token>& t) {
    constexpr std::size_t kReach = 4;  // "meeting held on", "its meeting of the Board held on"
    for (std::size_t k = triggerEnd; k < s.endToken && k < triggerEnd + kReach; ++k) {
        if (!t[k].is("on") || k + 1 >= s.endToken) continue;
        for (const auto& d : dates)
            if (d.mention.span.begin == t[k + 1].begin && d.mention.span.end <= s.end && d.value.start.day != 0)
                return d.value;
        return std::nullopt;
    }
    return std::nullopt;
}

}  // namespace bulletin::extract::event_detail
