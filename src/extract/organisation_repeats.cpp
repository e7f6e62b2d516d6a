// An organisation a rule named, named again as written: "the French association Debian France ... Debian France
// also organises", "the consulting firm Velnora Works ... Velnora Works staff". The rule saw its cue once; the repeat
// has none, and the tagger, unsure of an unknown name, often leaves it (or, as here, reads the country in it as a
// place of its own).

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
    auto overlapping = [&](std::size_t b, std::size_t e) {
        std::vector<std::pair<std::size_t, std::size_t>> out;  // entity, mention
        auto& entities = st.entities();
        for (std::size_t i = 0; i < entities.size(); ++i)
            for (std::size_t k = 0; k < entities[i].mentions.size(); ++k) {
                const Span& s = entities[i].mentions[k].span;
                if (s.begin < e && s.end > b) out.emplace_back(i, k);
            }
        return out;
    };
    auto yields = [&](std::size_t b, std::size_t e) {
        const auto held = overlapping(b, e);
        for (const auto& [i, k] : held) {
            const auto& entity = st.entities()[i];
            const Mention& m = entity.mentions[k];
            if (m.span.begin < b || m.span.end > e || (m.span.begin == b && m.span.end == e)) return false;
            if (entity.type != EntityType::Location && m.rule != "tagger") return false;
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
    for (const auto& f : found) {
        // What gave way leaves its mention (an entity left with none is dropped at the end).
        for (auto& e : st.entities())
            std::erase_if(e.mentions, [&](const Mention& m) { return m.span.begin >= f.begin && m.span.end <= f.end; });
        st.addMention(EntityType::Agency, f.name, f.begin, f.end, "agency.repeat");
    }
}

}  // namespace bulletin::extract
