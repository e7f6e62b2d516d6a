// A person's name runs on across a patronymic connector: "Ahmad Rizal Bin Osman Sani", "Suresh A/L
// Muthusamy", "Ravindran S/O Muthusamy". Recognisers tend to stop at the connector and read two people (or a
// person and a place); the candidate is extended over the connector and the parent's name instead.

#include "candidates.hpp"
#include "lexicon.hpp"

namespace bulletin::extract {

std::size_t patronymicConnectorAt(const std::vector<Token>& t, std::size_t k) {
    if (k >= t.size()) return 0;
    if (t[k].isWord() && lexicons::patronymicConnectors().contains(t[k].text)) return 1;
    if (k + 2 < t.size() && t[k].isWord() && t[k].text.size() == 1 && t[k + 1].isPunct('/') && t[k + 2].isWord() &&
        t[k + 2].text.size() == 1 && t[k + 1].begin == t[k].end && t[k + 2].begin == t[k + 1].end) {
        const std::string joined{t[k].text[0], '/', t[k + 2].text[0]};
        if (lexicons::patronymicConnectors().contains(joined)) return 3;
    }
    return 0;
}

namespace {

bool nameWord(const ExtractionState& st, const Token& t) {
    return t.isWord() && t.capitalized && !isFunctionWord(t.text) && !isOrganisationHead(t.text) &&
           !isCalendarWord(t.text) && !st.gazetteer().isTitle(t.text);
}

}  // namespace

void extendPatronymicNames(std::vector<Candidate>& candidates, const ExtractionState& st) {
    const auto& t = st.tokens();
    // ("Lukmanulhakim Bin Samsun, 38,": a parent's name after the connector, read as the town named so, is the
    // person's, whom the backward step below names in full.)
    for (auto& c : candidates) {
        if (c.type != EntityType::Location || c.endToken <= c.firstToken) continue;
        for (std::size_t n = 1; n <= 3 && c.firstToken >= n + 1; ++n) {
            const std::size_t at = c.firstToken - n;
            if (patronymicConnectorAt(t, at) != n || t[at].sentence != t[c.firstToken].sentence ||
                !nameWord(st, t[at - 1]) || t[at - 1].sentence != t[c.firstToken].sentence)
                continue;
            c.type = EntityType::Person;
            if (c.source != "tagger") c.ruleEntity.reset();
            break;
        }
    }
    for (auto& c : candidates) {
        if (c.type != EntityType::Person || c.endToken <= c.firstToken) continue;
        bool changed = false;
        // Forwards: "Ahmad Rizal" + "Bin Osman Sani"; the recogniser may have taken the connector, or the "S"
        // of "S/O", already.
        std::size_t at = c.endToken;
        if (at >= c.firstToken + 2 && patronymicConnectorAt(t, at - 1)) --at;
        if (const std::size_t n = patronymicConnectorAt(t, at); n && at + n >= c.endToken) {
            std::size_t k = at + n;
            const std::size_t from = k;
            while (k < t.size() && k < from + 4 && t[k].sentence == t[c.firstToken].sentence && nameWord(st, t[k])) ++k;
            if (k > from) {
                c.endToken = k;
                c.end = t[k - 1].end;
                changed = true;
            }
        }
        // Backwards: "Suresh" + "A/L Muthusamy", when the person was read from the parent's name.
        for (std::size_t n = 1; n <= 3 && !changed && c.firstToken >= n + 1; ++n) {
            if (patronymicConnectorAt(t, c.firstToken - n) != n) continue;
            std::size_t k = c.firstToken - n;
            const std::size_t until = k;
            while (k > 0 && until - k < 4 && t[k - 1].sentence == t[c.firstToken].sentence && nameWord(st, t[k - 1]) &&
                   !t[k].sentenceStart)
                --k;
            if (k < until) {
                c.firstToken = k;
                c.begin = t[k].begin;
                changed = true;
            }
        }
        // Inwards: the candidate holds the connector but starts at the second given name ("Rizal Bin Osman Sani"
        // for "Ahmad Rizal Bin Osman Sani"): one capitalised name word before it (not a title, a head word or a
        // place) belongs too.
        if (c.firstToken > 0) {
            bool holdsConnector = false;
            for (std::size_t k = c.firstToken + 1; k < c.endToken && !holdsConnector; ++k)
                holdsConnector = patronymicConnectorAt(t, k) > 0;
            const Token& before = t[c.firstToken - 1];
            // (A small town or a world list's region is weak evidence: "Rizal" is a province and a given name.)
            const auto* place = st.gazetteer().place(before.text);
            // (Nor the last word of a place's name: "Crown Prince of Saudi Arabia Mohammed bin Salman".)
            const auto* whole = c.firstToken >= 2 && t[c.firstToken - 2].isWord() && t[c.firstToken - 2].capitalized
                                    ? st.gazetteer().place(st.slice(t[c.firstToken - 2].begin, before.end))
                                    : nullptr;
            const bool surePlace =
                (place && !place->weak && (place->kind != PlaceKind::City || place->population >= 100000)) ||
                (whole && !whole->weak);
            // (Nor a title's portfolio after its "of": "the UAE Minister of Economy Abdulla bin Touq Al Marri".)
            const bool portfolio = c.firstToken >= 2 &&
                                   (t[c.firstToken - 2].is("of") || t[c.firstToken - 2].is("for")) &&
                                   lexicons::portfolioWords().contains(before.text);
            if (holdsConnector && before.sentence == t[c.firstToken].sentence && nameWord(st, before) &&
                !t[c.firstToken].sentenceStart && !surePlace && !portfolio) {
                c.firstToken -= 1;
                c.begin = before.begin;
                changed = true;
            }
        }
        if (changed && c.source != "tagger") c.ruleEntity.reset();  // a longer name: linking finds its entity
    }
}

}  // namespace bulletin::extract
