// The person who signs a release off: a name on a line of its own, under "Signed" or over a line that opens with
// the signer's title ("Ngozi Eze" / "Director, Press and Public Relations"; "Bolaji Adewale" / "Deputy Director
// (Information)"). Ministries, police and courts end their releases so; the name there has no cue in its own
// line, and names of cultures the tagger never saw were lost. (findPeople's contact rule reads a common given name
// over any line with a title word or a telephone number; this one any name, its line alone, under "Signed" or over
// a line that opens with the title.)

#include <string>
#include <string_view>
#include <vector>

#include "extraction_state.hpp"
#include "person_titles.hpp"

namespace bulletin::extract {

namespace {

// The tokens of the line token i opens: [i, end).
std::size_t lineEnd(const ExtractionState& st, std::size_t i) {
    const auto& t = st.tokens();
    std::size_t end = i + 1;
    while (end < t.size() && !st.lineBreakBetween(end - 1, end)) ++end;
    return end;
}

bool opensLine(const ExtractionState& st, std::size_t i) {
    return i == 0 || st.lineBreakBetween(i - 1, i);
}

// A line of two to four words of a name (initials with their periods among them) and nothing else.
bool nameLine(const ExtractionState& st, std::size_t first, std::size_t end) {
    const auto& t = st.tokens();
    std::size_t words = 0;
    for (std::size_t k = first; k < end; ++k) {
        const Token& w = t[k];
        if (w.isPunct('.') && k > first && t[k - 1].text.size() == 1) continue;  // "Ngozi A. Eze"
        if (!personNameWord(st, w)) return false;
        ++words;
    }
    return words >= 2 && words <= 4;
}

// The title a line opens with ("Director", "Deputy Director", "Public Information Officer"), or empty.
std::string titleOpening(const ExtractionState& st, std::size_t first, std::size_t end) {
    const auto& t = st.tokens();
    std::vector<std::string_view> words;
    for (std::size_t k = first; k < end && words.size() < 5 && t[k].isWord(); ++k) words.push_back(t[k].text);
    const std::size_t n = st.gazetteer().titleLength(words);
    if (n == 0 || !t[first].capitalized) return {};
    return std::string(st.slice(t[first].begin, t[first + n - 1].end));
}

// Whether the line before the one token i opens reads "Signed", "Signed:" or "Sgd." alone.
bool signedLineBefore(const ExtractionState& st, std::size_t i) {
    const auto& t = st.tokens();
    if (i == 0) return false;
    std::size_t k = i - 1;
    if (k > 0 && (t[k].isPunct(':') || t[k].isPunct('.'))) --k;
    return (t[k].is("Signed") || t[k].is("Sgd") || t[k].is("SIGNED")) && opensLine(st, k);
}

}  // namespace

void findSignOffPeople(ExtractionState& st) {
    const auto& t = st.tokens();
    const auto& gz = st.gazetteer();
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (!t[i].isWord() || !t[i].capitalized || st.inHeadline(t[i].begin) || !opensLine(st, i)) continue;
        const std::size_t end = lineEnd(st, i);
        if (!nameLine(st, i, end)) {
            i = end - 1;
            continue;
        }
        // Under "Signed" (or "Sgd."), or over the signer's title.
        const bool signedAbove = signedLineBefore(st, i);
        const std::string title = end < t.size() ? titleOpening(st, end, lineEnd(st, end)) : std::string();
        if (!signedAbove && title.empty()) {
            i = end - 1;
            continue;
        }
        const std::size_t begin = t[i].begin, stop = t[end - 1].end;
        if (st.claimed(begin, stop) || gz.place(st.slice(begin, stop))) {
            i = end - 1;
            continue;
        }
        const std::size_t idx =
            st.addMention(EntityType::Person, std::string(st.slice(begin, stop)), begin, stop, "person.sign_off");
        if (st.entities()[idx].role.empty() && !title.empty()) st.entities()[idx].role = title;
        i = end - 1;
    }
}

}  // namespace bulletin::extract
