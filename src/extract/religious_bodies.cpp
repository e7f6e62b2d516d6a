// Churches that are religious bodies, not buildings: "the Russian Orthodox Church", "the Catholic Church", "the
// Orthodox Church of Ukraine", "the Church of England". A saint's or a town's church where something is held ("at
// St. Mary Catholic Church") is left to the venue rules.

#include <array>
#include <string>

#include "agency_phrase_rules.hpp"
#include "lexicon.hpp"

namespace bulletin::extract {

namespace {

// "of Ukraine", "of the United States": the country or region a church is of, its last token, or `of` when there
// is none.
std::size_t countryAfter(const ExtractionState& st, const std::vector<Token>& t, std::size_t of) {
    if (of + 1 >= t.size() || !t[of].is("of") || t[of + 1].sentence != t[of].sentence) return of;
    const std::size_t from = t[of + 1].is("the") ? of + 2 : of + 1;
    for (std::size_t n = std::min<std::size_t>(3, t.size() - from); n > 0; --n) {
        const std::size_t last = from + n - 1;
        if (t[last].sentence != t[of].sentence || !t[last].isWord() || !t[last].capitalized) continue;
        const auto* place = st.gazetteer().place(st.slice(t[from].begin, t[last].end));
        if (place && !place->weak && (place->kind == PlaceKind::Country || place->kind == PlaceKind::Region))
            return last;
    }
    return of;
}

}  // namespace

void religiousBodies(ExtractionState& st, const std::vector<Token>& t) {
    for (std::size_t i = 1; i < t.size(); ++i) {
        if (!t[i].is("Church") || t[i - 1].sentence != t[i].sentence) continue;
        std::size_t first = i;
        bool denomination = false;
        // Back over the denomination and the people or rite before it ("Ukrainian Greek Catholic").
        while (first > 0 && i - first < 4 && t[first - 1].isWord() && t[first - 1].capitalized &&
               !t[first - 1].allCaps && t[first - 1].sentence == t[i].sentence &&
               !equalsLower(t[first - 1].text, "the")) {
            const bool word = lexicons::denominations().contains(t[first - 1].text);
            if (!word && !denomination) break;  // the denomination stands right before "Church"
            denomination = denomination || word;
            --first;
        }
        // (Not a parish, a saint's or a town's church: "St. Paul's Episcopal Church", "St. John the Baptist Catholic
        // Church", "St. Mary Catholic Church"; the words before the denomination are a people's: "Russian".)
        // ("The Russian Orthodox Church helped": the article may open the sentence.)
        std::size_t before = first;
        if (before > 0 && equalsLower(t[before - 1].text, "the")) --before;
        if (before > 0 && t[before - 1].sentence == t[i].sentence &&
            (t[before - 1].kind == TokenKind::Possessive || (t[before - 1].isWord() && t[before - 1].capitalized) ||
             t[before - 1].isPunct('.')))
            continue;
        bool people = true;
        int denominations = 0;
        for (std::size_t k = first; k < i; ++k) {
            if (lexicons::denominations().contains(t[k].text)) {
                ++denominations;
                continue;
            }
            people = people && (st.gazetteer().countryOfDemonym(t[k].text).has_value() ||
                                inLowerList(t[k].text, std::array<std::string_view, 3>{"greek", "roman", "syriac"}));
        }
        if (!people || denominations > 1) continue;
        // ("the Lutheran Church of the Cross": a parish's name going on after "of" is a building's.)
        std::size_t last = countryAfter(st, t, i + 1);
        if (last == i + 1) {
            if (i + 1 < t.size() && t[i + 1].is("of")) continue;
            last = i;
        }
        // "the Church of England": no denomination, but a country's.
        if (!denomination && last == i) continue;
        // (Where something is held, the church is a building: "a vigil at the Catholic Church in Tustin".)
        if (before > 0 && t[before - 1].isWord() &&
            inLowerList(t[before - 1].text, std::array<std::string_view, 5>{"at", "inside", "outside", "near", "into"}))
            continue;
        if (st.claimed(t[first].begin, t[last].end)) continue;
        addAgencySpan(st, t[first].begin, t[last].end, "agency.church");
    }
}

}  // namespace bulletin::extract
