// Standing forums of states named for the place they first met, with the word "format": "the Normandy format", "the
// Ramstein format", "the Bucharest Nine format". The place's name alone is no place of the release there.

#include "agency_phrase_rules.hpp"

namespace bulletin::extract {

void negotiationFormats(ExtractionState& st, const std::vector<Token>& t) {
    for (std::size_t i = 2; i < t.size(); ++i) {
        if (!t[i].is("format") || t[i - 1].sentence != t[i].sentence) continue;
        // Back over one to three capitalised words to "the" ("in the Normandy format"; not "a new format").
        std::size_t first = i;
        while (first > 0 && i - first < 3 && t[first - 1].isWord() && t[first - 1].capitalized &&
               !t[first - 1].allCaps && t[first - 1].sentence == t[i].sentence && !t[first - 1].is("The"))
            --first;
        if (first == i || first == 0 || !equalsLower(t[first - 1].text, "the")) continue;
        addAgencySpan(st, t[first].begin, t[i].end, "agency.format");
    }
}

}  // namespace bulletin::extract
