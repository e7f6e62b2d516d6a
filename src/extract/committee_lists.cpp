// Committees listed under one plural head, each a body of its own, named with the chamber they share: "the Senate
// Judiciary, Agriculture and Environment and Public Works Committees" (three), "the House and Senate Judiciary
// Committees" (two), "the House Committees on Oversight and Appropriations" (two). The head-word rules would read the
// list as one name or cut it at every "and"; a committee's own field often holds one ("Ways and Means").

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "agency_phrase_rules.hpp"
#include "lexicon.hpp"

namespace bulletin::extract {

namespace {

// (A list longer than any legislature's, or an item of more words than any committee's field, is no such list.)
constexpr std::size_t kMostListTokens = 40;
constexpr std::size_t kMostFieldTokens = 9;
constexpr std::size_t kMostPlainItemWords = 4;

struct Item final {
    std::size_t first, end;  // tokens
};

bool isChamber(const Token& w) {
    return w.is("House") || w.is("Senate") || w.is("Assembly");
}

bool pluralCommitteeHead(const Token& w) {
    return w.isWord() && (equalsLower(w.text, "committees") || equalsLower(w.text, "subcommittees"));
}

// The end of the longest known field of several words that opens at `first` and ends by `limit`, or `first`.
std::size_t knownFieldEnd(const std::vector<Token>& t, std::size_t first, std::size_t limit) {
    std::string key;
    std::size_t found = first;
    for (std::size_t k = first; k < std::min(limit, first + kMostFieldTokens); ++k) {
        if (t[k].isPunct(',')) continue;
        if (!t[k].isWord() && !t[k].is("&")) break;
        if (!key.empty()) key += ' ';
        key += t[k].is("&") ? std::string_view("and") : t[k].text;
        if (k > first + 1 && t[k].capitalized && lexicons::committeeFields().contains(key)) found = k + 1;
    }
    return found;
}

bool separator(const Token& w) {
    return w.isPunct(',') || w.is("and") || w.is("on");
}

// A list's words: capitalised ones (not another list's head), its joining words, and "the" inside a known field
// ("Education and the Workforce"; not "Chairman Grassley and the Judiciary and Intelligence Committees").
bool listToken(const std::vector<Token>& t, std::size_t k) {
    const Token& w = t[k];
    if (w.isPunct(',') || w.is("&") || w.is("and")) return true;
    if (w.is("the")) return k >= 2 && t[k - 1].is("and") && knownFieldEnd(t, k - 2, t.size()) > k + 1;
    return w.isWord() && w.capitalized && !w.allCaps && !isFunctionWord(w.text) && !pluralCommitteeHead(w);
}

// The fields of the list [first, end). A list with a serial comma ("Agriculture Finance and Policy, Judiciary Finance
// and Civil Law, and Public Safety Finance and Policy") is split at its commas only; one without, at its commas and
// every "and" outside a known field.
std::vector<Item> splitFields(const std::vector<Token>& t, std::size_t first, std::size_t end) {
    bool serialComma = false;
    for (std::size_t k = first + 1; k < end; ++k)
        serialComma = serialComma || (t[k].is("and") && t[k - 1].isPunct(','));
    std::vector<Item> items;
    std::size_t k = first;
    while (k < end) {
        while (k < end && separator(t[k])) ++k;
        if (k == end) break;
        const std::size_t start = k;
        if (const std::size_t known = knownFieldEnd(t, k, end); known > k) {
            items.push_back({start, known});
            k = known;
            continue;
        }
        while (k < end && !t[k].isPunct(',') && !(t[k].is("and") && !serialComma)) ++k;
        items.push_back({start, k});
    }
    return items;
}

std::size_t wordsIn(const std::vector<Token>& t, const Item& item) {
    return static_cast<std::size_t>(std::count_if(t.begin() + static_cast<std::ptrdiff_t>(item.first),
                                                  t.begin() + static_cast<std::ptrdiff_t>(item.end),
                                                  [](const Token& w) { return w.isWord(); }));
}

// A field longer than a plain one that is no known field: words of something else before the list ("Schiff Joins
// Judiciary and Intelligence").
bool tooLongForField(const std::vector<Token>& t, const Item& f) {
    return wordsIn(t, f) > kMostPlainItemWords && knownFieldEnd(t, f.first, f.end) != f.end;
}

std::string_view singularOf(const Token& head) {
    return equalsLower(head.text, "subcommittees") ? "Subcommittee" : "Committee";
}

// Each field's committee, under the chamber that opens the list unless the field names its own: mentions spanning
// the field, the first from `spanFirst` and the last to `spanEnd`.
void addCommittees(ExtractionState& st, const std::vector<Token>& t, const std::vector<Item>& fields,
                   const std::string& chamber, bool fieldFirst, std::string_view head, std::size_t spanFirst,
                   std::size_t spanEnd) {
    for (std::size_t n = 0; n < fields.size(); ++n) {
        const Item& f = fields[n];
        const std::size_t b = n == 0 ? spanFirst : f.first;
        const std::size_t e = n + 1 == fields.size() ? spanEnd : f.end;
        if (st.claimed(t[b].begin, t[e - 1].end)) continue;
        const std::string field(st.slice(t[f.first].begin, t[f.end - 1].end));
        const std::string prefix = chamber.empty() || isChamber(t[f.first]) ? std::string() : chamber + " ";
        const std::string name =
            fieldFirst ? prefix + field + " " + std::string(head) : prefix + std::string(head) + " on " + field;
        st.addMention(EntityType::Agency, name, t[b].begin, t[e - 1].end, "agency.committee_list");
    }
}

// "the Senate Judiciary and Intelligence Committees", "the House and Senate Judiciary Committees".
void fieldsBeforeHead(ExtractionState& st, const std::vector<Token>& t, std::size_t head) {
    std::size_t first = head;
    while (first > 0 && head - first < kMostListTokens && t[first - 1].sentence == t[head].sentence &&
           listToken(t, first - 1))
        --first;
    while (first < head && separator(t[first])) ++first;
    if (first == head || st.inHeadline(t[first].begin)) return;
    const std::string_view singular = singularOf(t[head]);
    // Two chambers sharing one field: "the House and Senate Judiciary Committees" (the first chamber's mention is
    // its word, the second's runs to the head).
    if (first + 3 < head && isChamber(t[first]) && t[first + 1].is("and") && isChamber(t[first + 2])) {
        const auto fields = splitFields(t, first + 3, head);
        if (fields.size() != 1 || wordsIn(t, fields.front()) > kMostPlainItemWords) return;
        const std::string field(st.slice(t[fields.front().first].begin, t[head - 1].end));
        for (const auto& [chamber, spanEnd] : {std::pair{first, first + 1}, std::pair{first + 2, head + 1}})
            if (!st.claimed(t[chamber].begin, t[spanEnd - 1].end))
                st.addMention(EntityType::Agency,
                              std::string(t[chamber].text) + " " + field + " " + std::string(singular),
                              t[chamber].begin, t[spanEnd - 1].end, "agency.committee_list");
        return;
    }
    const std::string chamber = isChamber(t[first]) && first + 1 < head ? std::string(t[first].text) : std::string();
    const std::size_t fieldsFirst = chamber.empty() ? first : first + 1;
    auto fields = splitFields(t, fieldsFirst, head);
    if (fields.size() < 2 || tooLongForField(t, fields.front())) return;
    addCommittees(st, t, fields, chamber, true, singular, first, head + 1);
}

// "the House Committees on Oversight and Appropriations", "the Senate Committees on Finance and on Rules and
// Administration".
void fieldsAfterHead(ExtractionState& st, const std::vector<Token>& t, std::size_t head) {
    if (head + 2 >= t.size() || !t[head + 1].is("on") || !t[head].capitalized) return;
    std::size_t end = head + 2;
    while (end < t.size() && end - head < kMostListTokens && t[end].sentence == t[head].sentence &&
           (listToken(t, end) || (t[end].is("on") && separator(t[end - 1]))))
        ++end;
    while (end > head + 2 && separator(t[end - 1])) --end;
    const auto fields = splitFields(t, head + 2, end);
    if (fields.size() < 2) return;
    if (std::any_of(fields.begin(), fields.end(), [&](const Item& f) { return tooLongForField(t, f); })) return;
    const bool chamberBefore = head > 0 && isChamber(t[head - 1]) && t[head - 1].sentence == t[head].sentence;
    const std::string chamber = chamberBefore ? std::string(t[head - 1].text) : std::string();
    addCommittees(st, t, fields, chamber, false, singularOf(t[head]), chamberBefore ? head - 1 : head, fields.back().end);
}

}  // namespace

void committeeLists(ExtractionState& st, const std::vector<Token>& t) {
    for (std::size_t i = 1; i < t.size(); ++i) {
        if (!pluralCommitteeHead(t[i])) continue;
        fieldsBeforeHead(st, t, i);
        fieldsAfterHead(st, t, i);
    }
}

}  // namespace bulletin::extract
