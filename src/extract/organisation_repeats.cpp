// An organisation a rule named, named again as written: "the French association Debian France ... Debian France
// also organises", "the consulting firm Velnora Works ... Velnora Works staff". The rule saw its cue once; the repeat
// has none, and the tagger, unsure of an unknown name, often leaves it (or, as here, reads the country in it as a
// place of its own).

#include <algorithm>
#include <iterator>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "candidates.hpp"
#include "name_repeats.hpp"

namespace bulletin::extract {

namespace {

// (A release names a few dozen organisations; a hostile one of thousands sharing a first word would otherwise cost
// their product.)
constexpr std::size_t kMostNames = 200;

// A name a rule gave: two or more words, capitalised at both ends ("Velnora Works", not "the Velnora Works team").
bool repeatableName(const std::vector<Token>& t, std::size_t first, std::size_t end) {
    if (end < first + 2 || end > t.size()) return false;
    const Token& a = t[first];
    const Token& z = t[end - 1];
    return a.isWord() && (a.capitalized || a.allCaps) && !a.is("the") && z.isWord() && (z.capitalized || z.allCaps);
}

}  // namespace

void findOrganisationRepeats(ExtractionState& st) {
    const auto& t = st.tokens();
    struct Name {
        std::size_t first, end;  // tokens
        std::string entity;
    };
    std::vector<Name> names;  // the rules' names, once each
    std::set<std::string_view> seen;
    for (const auto& e : st.entities()) {
        if (e.type != EntityType::Agency) continue;
        for (const auto& m : e.mentions) {
            // (Not the tagger's guesses, nor what the gazetteer or the company rule find wherever they stand.)
            if (m.rule == "tagger" || m.rule == "agency.gazetteer" || m.rule == "agency.company") continue;
            const std::size_t first = tokenAt(t, m.span.begin);
            if (first >= t.size() || t[first].begin != m.span.begin) continue;
            const std::size_t end = tokenEndAt(t, m.span.end);
            if (end > t.size() || t[end - 1].end != m.span.end || !repeatableName(t, first, end)) continue;
            if (seen.insert(st.slice(m.span.begin, m.span.end)).second) names.push_back({first, end, e.name});
        }
        if (names.size() >= kMostNames) break;
    }
    if (names.empty()) return;
    // Inside a repeat, a place read in the name ("France" of "Debian France") or a tagger's guess gives way; a
    // mention of the whole span or one reaching out of it does not (another reading of these words).
    // (Every mention by its start, once: a hostile release repeating a name a hundred thousand times beside as many
    // other mentions is not walked once per repeat.)
    struct Held {
        std::size_t begin, end;
        bool yields;
    };
    std::vector<Held> held;
    std::size_t longest = 0;
    for (const auto& entity : st.entities()) {
        for (const auto& m : entity.mentions) {
            held.push_back({m.span.begin, m.span.end, entity.type == EntityType::Location || m.rule == "tagger"});
            longest = std::max(longest, m.span.end - m.span.begin);
        }
    }
    std::sort(held.begin(), held.end(), [](const Held& a, const Held& b) { return a.begin < b.begin; });
    auto startingFrom = [&](std::size_t b) {
        return std::lower_bound(held.begin(), held.end(), b, [](const Held& h, std::size_t x) { return h.begin < x; });
    };
    auto yields = [&](std::size_t b, std::size_t e) {
        for (auto it = startingFrom(b > longest ? b - longest : 0); it != held.end() && it->begin < e; ++it) {
            if (it->end <= b) continue;  // (ends before the repeat)
            if (it->begin < b || it->end > e || (it->begin == b && it->end == e) || !it->yields) return false;
        }
        return true;
    };
    NameRepeats repeats(st);
    struct Found {
        std::string name;
        std::size_t begin, end;
    };
    std::vector<Found> found;
    for (const auto& name : names)
        for (const std::size_t k : repeats.of(name.first, name.end, yields))
            found.push_back({name.entity, t[k].begin, t[k + (name.end - name.first) - 1].end});
    if (found.empty()) return;
    // What gave way leaves its mention (an entity left with none is dropped at the end): each mention asked once
    // whether it lies inside a repeat, the repeats sorted by start.
    std::vector<std::pair<std::size_t, std::size_t>> spans;
    spans.reserve(found.size());
    for (const auto& f : found) spans.emplace_back(f.begin, f.end);
    std::sort(spans.begin(), spans.end());
    auto insideRepeat = [&](const Mention& m) {
        auto it = std::upper_bound(spans.begin(), spans.end(), std::pair{m.span.begin, std::size_t(-1)});
        return it != spans.begin() && std::prev(it)->second >= m.span.end;
    };
    for (auto& e : st.entities()) std::erase_if(e.mentions, insideRepeat);
    for (const auto& f : found) st.addMention(EntityType::Agency, f.name, f.begin, f.end, "agency.repeat");
}

}  // namespace bulletin::extract
