#include "described_bodies.hpp"

#include <algorithm>
#include <vector>

#include "candidates.hpp"

namespace bulletin::extract {

namespace {

// The organisation of the release with a mention ending at byte `end`, other than `self`.
DraftEntity* agencyEndingAt(std::vector<DraftEntity>& entities, const DraftEntity& self, std::size_t end) {
    for (auto& e : entities) {
        if (&e == &self || e.type != EntityType::Agency || e.mentions.empty()) continue;
        if (std::any_of(e.mentions.begin(), e.mentions.end(), [&](const Mention& m) { return m.span.end == end; }))
            return &e;
    }
    return nullptr;
}

}  // namespace

void mergeDescribedAppositions(ExtractionState& st) {
    const auto& t = st.tokens();
    auto& entities = st.entities();
    for (auto& described : entities) {
        if (described.type != EntityType::Agency || described.mentions.empty()) continue;
        for (const auto& m : described.mentions) {
            const std::size_t k = tokenAt(t, m.span.begin);
            // "<body> , <place> 's <described>": the place one word or two, all in one sentence.
            if (k < 4 || k >= t.size() || t[k].begin != m.span.begin || t[k - 1].kind != TokenKind::Possessive)
                continue;
            std::size_t placeFirst = k - 2;
            if (placeFirst > 0 && t[placeFirst - 1].isWord() && t[placeFirst - 1].capitalized &&
                st.gazetteer().place(st.slice(t[placeFirst - 1].begin, t[k - 2].end)))
                --placeFirst;
            // (A country's: "UCI’s School of Law" in a list of sponsors is the university's school.)
            const auto* place = st.gazetteer().place(st.slice(t[placeFirst].begin, t[k - 2].end));
            if (!place || place->kind != PlaceKind::Country) continue;
            // (Nor an item of a list going on after it: "Anteaters for Israel, Velmar's School of Law, Department
            // of ...".)
            const std::size_t after = tokenAt(t, m.span.end - 1) + 1;
            if (after + 1 < t.size() && t[after].isPunct(',') && t[after + 1].isWord() && t[after + 1].capitalized)
                continue;
            if (placeFirst < 2 || !t[placeFirst - 1].isPunct(',') || t[placeFirst - 2].sentence != t[k].sentence)
                continue;
            DraftEntity* named = agencyEndingAt(entities, described, t[placeFirst - 2].end);
            if (!named) continue;
            absorb(*named, described);
            break;
        }
    }
}

}  // namespace bulletin::extract
