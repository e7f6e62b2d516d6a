// "Jameel Jaffer (ACLU)", "Nathan Sales (George Mason School of Law)": a programme's or a panel's list gives each
// person's organisation in parentheses right after the name. Nothing else in the line says it is an organisation
// (no verb, no head word in some, an acronym never spelt out), so the person before the parentheses is the evidence.

#include <algorithm>
#include <cctype>
#include <utility>
#include <vector>

#include "agency_phrase_rules.hpp"
#include "candidates.hpp"
#include "extraction_state.hpp"
#include "lexicon.hpp"

namespace bulletin::extract {

namespace {

// Where the parentheses right after token `last` (the person's last word) close, or 0 when none open there or what
// they hold is not one name: capitalised words and the connectors of a name, nothing else, on the same line.
std::size_t closingParenthesis(const std::vector<Token>& t, std::size_t last) {
    const std::size_t open = last + 1;
    if (open + 2 >= t.size() || !t[open].is("(") || t[open].sentence != t[last].sentence) return 0;
    for (std::size_t k = open + 1; k < t.size() && k <= open + 10; ++k) {
        if (t[k].sentence != t[last].sentence || t[k].paragraphStart) return 0;
        if (t[k].is(")")) return k > open + 1 ? k : 0;
        const bool word = t[k].isWord() && (t[k].capitalized || t[k].allCaps);
        const bool connector =
            k > open + 1 &&
            (t[k].is("&") || (t[k].isWord() && !t[k].capitalized && (isConnector(t[k].text) || t[k].is("and"))));
        if (!word && !connector) return 0;
    }
    return 0;
}

// Whether the words [first, end) read as an organisation's name rather than a place, a party and state ("D-Minn."),
// a role ("Independent Researcher", "Chair"), a person or a remark ("Ret.", "Left"): an acronym, or several words of
// which one is a head word, a building's word or an acronym, or which "The" opens ("The Constitution Project").
bool readsAsOrganisation(const ExtractionState& st, std::size_t first, std::size_t end) {
    const auto& t = st.tokens();
    const auto& gz = st.gazetteer();
    const std::string_view surface = st.slice(t[first].begin, t[end - 1].end);
    if (gz.place(surface) || gz.isTitle(surface)) return false;
    if (end - first == 1) {
        const std::string_view w = t[first].text;
        // (Letters only: "D-CA", "R-TX" are a legislator's party and state.)
        return isAcronymLike(w) && std::all_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; }) &&
               !lexicons::usStateCodes().contains(w) && !lexicons::commonAbbreviations().contains(w) &&
               !lexicons::ambiguousAcronyms().contains(w) && !gz.countryOfDemonym(w).has_value();
    }
    bool evidence = t[first].is("The");
    for (std::size_t k = first; k < end; ++k) {
        if (!t[k].isWord() || !t[k].capitalized) continue;
        const std::string_view w = t[k].text;
        // ("(Senior Counsel)", "(Retired Police Officer)": a title or a kind of person is a role.)
        if (gz.isTitle(w) || lexicons::personNouns().contains(w) || lexicons::memberNouns().contains(w) ||
            isCalendarWord(w))
            return false;
        evidence = evidence || endsBodyOrBuilding(w) || (t[k].allCaps && isAcronymLike(w));
    }
    // ("(Kyiv Oblast)", "(Eastern Province)": a place by its kind.)
    return evidence && !lexicons::placeKinds().contains(t[end - 1].text);
}

// Whether the acronym at token `acronym` spells the initials of capitalised words right before its parentheses,
// "Housing and Urban Development (HUD)", "District Attorney Tony Rackauckas (OCDA)" (of "Orange County District
// Attorney"): it defines a name there (the acronym rules' matter), even where a word of that name was read as a
// person's.
bool spellsNameBefore(const std::vector<Token>& t, std::size_t open, std::size_t acronym) {
    std::vector<std::size_t> words;  // the capitalised words before, nearest first
    for (std::size_t k = open; k > 0 && words.size() < 12;) {
        --k;
        if (t[k].sentence != t[open].sentence) break;
        if (t[k].isWord() && t[k].capitalized) {
            words.push_back(k);
            if (t[k].paragraphStart) break;
        } else if (!(t[k].isWord() && isConnector(t[k].text)) && !t[k].is("&") && t[k].kind != TokenKind::Possessive) {
            break;
        }
    }
    // Each run of as many words as the acronym has letters, in reading order (words[first] is the run's first word).
    const std::string_view letters = t[acronym].text;
    for (std::size_t first = letters.size() - 1; first < words.size(); ++first) {
        bool spelt = true;
        for (std::size_t w = 0; w < letters.size() && spelt; ++w)
            spelt = std::toupper(static_cast<unsigned char>(t[words[first - w]].text[0])) ==
                    static_cast<unsigned char>(letters[w]);
        if (spelt) return true;
    }
    return false;
}

// Where the role after a person's name ends (at the comma after it), or 0: "(Partner, Hogan Lovells)", ", Senior
// Counsel, Quorvale Institute". A title the gazetteer holds opens it ("General Counsel", "Professor of Law") or a
// role of affiliation_roles.txt ends it, in at most six capitalised words (with "of" and "and") on the name's line.
std::size_t roleEnd(const ExtractionState& st, std::size_t first) {
    const auto& t = st.tokens();
    std::vector<std::string_view> words;
    for (std::size_t k = first; k < t.size() && k < first + 7; ++k) {
        if (k > first && st.lineBreakBetween(k - 1, k)) return 0;
        if (t[k].isPunct(',')) {
            if (words.empty()) return 0;
            const bool titled = st.gazetteer().titleLength(words) > 0;
            return titled || lexicons::affiliationRoles().contains(words.back()) ? k : 0;
        }
        const bool connector = !words.empty() && (t[k].is("of") || t[k].is("and"));
        if (!t[k].isWord() || !(t[k].capitalized || connector)) return 0;
        words.push_back(t[k].text);
    }
    return 0;
}

// The organisation after a role, from token `first`: capitalised words and a name's connectors up to the closing
// parenthesis (`parenthesised`), else to the line's end, a semicolon or the sentence's end; cut before a
// possessive ("Eversheds Sutherland's Global Privacy Practice"). [first, end) or an empty span when the words go on
// as a sentence ("Jane Myers, Partner, said ...").
std::pair<std::size_t, std::size_t> organisationAfterRole(const ExtractionState& st, std::size_t first,
                                                          bool parenthesised) {
    const auto& t = st.tokens();
    constexpr std::size_t kMostWords = 8;
    std::size_t end = first;
    bool possessive = false;
    while (end < t.size() && end < first + kMostWords) {
        if (end > first && st.lineBreakBetween(end - 1, end)) break;
        if (t[end].kind == TokenKind::Possessive) {
            possessive = true;
            break;
        }
        const bool word = t[end].isWord() && (t[end].capitalized || t[end].allCaps);
        const bool connector = end > first && (t[end].is("&") || (t[end].isWord() && !t[end].capitalized &&
                                                                  (isConnector(t[end].text) || t[end].is("and"))));
        if (!word && !connector) break;
        ++end;
    }
    while (end > first && t[end - 1].isWord() && !t[end - 1].capitalized && !t[end - 1].allCaps) --end;
    if (end == first) return {0, 0};
    if (parenthesised) {
        // (A possessive's words may run on inside the parentheses; the name ends at it either way.)
        std::size_t close = end;
        while (close < t.size() && close < first + 14 && !t[close].is(")") && !st.lineBreakBetween(close - 1, close))
            ++close;
        if (close >= t.size() || !t[close].is(")")) return {0, 0};
        if (!possessive && close != end) return {0, 0};
    } else if (!possessive && end < t.size() && !st.lineBreakBetween(end - 1, end) &&
               !(t[end].isPunct(';') || t[end].isPunct('.')) && t[end].sentence == t[first].sentence) {
        // (Nor a comma and more: "Director, Project on Freedom, Security & Technology, Center for ..." names a unit
        // cut short, or a unit before its body.)
        return {0, 0};
    }
    return {first, end};
}

// Whether the words [first, end) after a role may name an organisation: no place, title, kind of person or
// calendar word.
bool mayNameOrganisation(const ExtractionState& st, std::size_t first, std::size_t end) {
    const auto& t = st.tokens();
    const auto& gz = st.gazetteer();
    const std::string_view surface = st.slice(t[first].begin, t[end - 1].end);
    // ("Velmar County": a place by its kind.)
    if (gz.place(surface) || gz.isTitle(surface) || lexicons::placeKinds().contains(t[end - 1].text)) return false;
    for (std::size_t k = first; k < end; ++k) {
        if (!t[k].isWord() || !t[k].capitalized) continue;
        const std::string_view w = t[k].text;
        if (gz.isTitle(w) || lexicons::personNouns().contains(w) || isCalendarWord(w)) return false;
    }
    return true;
}
}  // namespace

void findParenthesisedAffiliations(ExtractionState& st) {
    const auto& t = st.tokens();
    std::vector<std::size_t> personEnds;  // the last token of each person's mention
    for (const auto& e : st.entities()) {
        if (e.type != EntityType::Person) continue;
        // (A full name: a single word read as a person's is as often a piece of a name the parentheses define,
        // "Departamento de Policía de Orange (OPD)".)
        for (const auto& m : e.mentions) {
            const std::size_t end = tokenEndAt(t, m.span.end);
            if (end > 1 && tokenAt(t, m.span.begin) + 1 < end) personEnds.push_back(end - 1);
        }
    }
    std::sort(personEnds.begin(), personEnds.end());
    personEnds.erase(std::unique(personEnds.begin(), personEnds.end()), personEnds.end());
    for (const std::size_t last : personEnds) {
        // "Christopher Wolf (Partner, Hogan Lovells)", "Mark Tam, Senior Counsel, Quorvale Institute": the role says
        // what follows is where the person works, whatever its words.
        if (last + 2 < t.size() && (t[last + 1].is("(") || t[last + 1].isPunct(',')) &&
            t[last + 1].sentence == t[last].sentence)
            if (const std::size_t comma = roleEnd(st, last + 2); comma > 0 && comma + 1 < t.size()) {
                auto [first, end] = organisationAfterRole(st, comma + 1, t[last + 1].is("("));
                if (end > first && t[first].is("The") && end - first > 1) ++first;
                if (end > first && mayNameOrganisation(st, first, end))
                    addAgencySpan(st, t[first].begin, t[end - 1].end, "agency.role_affiliation");
                continue;
            }
        const std::size_t close = closingParenthesis(t, last);
        if (close == 0) continue;
        std::size_t first = last + 2;
        if (!readsAsOrganisation(st, first, close)) continue;
        if (close - first == 1 && spellsNameBefore(t, last + 1, first)) continue;
        // ("(The Constitution Project)": the article is no part of the name.)
        if (t[first].is("The") && close - first > 1) ++first;
        addAgencySpan(st, t[first].begin, t[close - 1].end, "agency.parenthesised_affiliation");
    }
}

}  // namespace bulletin::extract
