#include <algorithm>
#include <array>
#include <iterator>
#include <limits>
#include <map>
#include <set>
#include <string_view>

#include "agency_chain_checks.hpp"
#include "agency_chains.hpp"
#include "candidate_passes.hpp"
#include "lexicon.hpp"
#include "person_titles.hpp"
#include "place_context_rules.hpp"

namespace bulletin::extract {

// "West Nile virus", "Middle East respiratory syndrome", "Rift Valley fever": a disease named after a place
// names no place of the story.
void dropPlacesNamingThings(std::vector<Candidate>& candidates, const ExtractionState& st) {
    const auto& t = st.tokens();
    for (auto& c : candidates) {
        if (c.type != EntityType::Location || c.endToken >= t.size() ||
            t[c.endToken].sentence != t[c.firstToken].sentence)
            continue;
        const Token& next = t[c.endToken];
        if (next.isWord() &&
            inLowerList(next.text, std::array<std::string_view, 9>{"virus", "viruses", "fever", "disease", "syndrome",
                                                                   "encephalitis", "flu", "variant", "strain"}))
            c.score = -1;
    }
}

// "the IMT Atlantique campus", "ENSTA Bretagne": a place right after an acronym that is no place, in one run of
// names, is a word of an institution's name (a place inside a name is no place of the story). Not after a body the
// gazetteer knows by its acronym: "the WHO African Region" is a region of the world.
void dropPlacesAfterAcronyms(std::vector<Candidate>& candidates, const ExtractionState& st) {
    const auto& t = st.tokens();
    for (auto& c : candidates) {
        if (c.type != EntityType::Location || c.firstToken == 0 || c.firstToken >= t.size()) continue;
        const Token& before = t[c.firstToken - 1];
        // (An acronym of six letters at most, and not the last word of a heading in capitals: "MEDIA ADVISORY
        // Santa Ana ...".)
        if (!before.isWord() || !before.allCaps || before.text.size() < 2 || before.text.size() > 6 ||
            !isAcronymLike(before.text) ||
            (c.firstToken >= 2 && t[c.firstToken - 2].isWord() && t[c.firstToken - 2].allCaps &&
             t[c.firstToken - 2].sentence == before.sentence) ||
            before.sentence != t[c.firstToken].sentence || st.lineBreakBetween(c.firstToken - 1, c.firstToken) ||
            t[c.firstToken].allCaps || st.gazetteer().place(before.text) ||
            st.gazetteer().agencyByAcronym(before.text) || st.gazetteer().mayStartTitle(before.text) ||
            lexicons::usStateOfCode(before.text))
            continue;
        c.score = -1;
    }
}

// "the UN Charter", "the United Nations Framework Convention on Climate Change": a body's name opening an
// instrument's names no body of the story (names inside names are not annotated).
void dropBodiesOpeningInstruments(std::vector<Candidate>& candidates, const ExtractionState& st) {
    for (auto& c : candidates)
        if (c.type == EntityType::Agency && opensInstrumentName(st.tokens(), c.endToken)) c.score = -1;
}

void dropProductNames(std::vector<Candidate>& candidates, const ExtractionState& st) {
    for (auto& c : candidates) {
        if (c.source != "tagger" || c.type == EntityType::Agency) continue;
        if (namesKnownCompanysProduct(st, c.firstToken)) c.score = -1;
    }
}

// "Southern Metro Crime Squad", "Central Justice Center": the tagger's place of a compass word alone, the
// first word of a longer name it did not read.
void dropLoneCompassPlaces(std::vector<Candidate>& candidates, const ExtractionState& st) {
    const auto& t = st.tokens();
    for (auto& c : candidates) {
        if (c.source != "tagger" || c.type != EntityType::Location || c.endToken != c.firstToken + 1 ||
            c.endToken >= t.size() || t[c.endToken].sentence != t[c.firstToken].sentence || !t[c.endToken].capitalized)
            continue;
        const std::string_view w = t[c.firstToken].text;
        if (isCompassPoint(w) ||
            inLowerList(w, std::array<std::string_view, 4>{"southern", "northern", "eastern", "western"}))
            c.score = -1;
    }
}

// A legal form alone names no company ("Pte Ltd" after a name the rules could not read).
void dropFormOnlyCompanies(std::vector<Candidate>& candidates, const ExtractionState& st) {
    const auto& t = st.tokens();
    for (auto& c : candidates) {
        if (c.type != EntityType::Agency || c.score < 0) continue;
        bool formOnly = true;
        for (std::size_t k = c.firstToken; k < c.endToken && formOnly; ++k)
            formOnly = !t[k].isWord() || lexicons::companySuffixes().contains(t[k].text);
        if (formOnly) c.score = -1;
    }
}

// "California Highway Patrol Officers arrested ...": the body's people after its name are none of it.
void trimBodyMembersAfterName(std::vector<Candidate>& candidates, const ExtractionState& st) {
    const auto& t = st.tokens();
    for (auto& c : candidates) {
        if (c.type != EntityType::Agency || c.source != "tagger" || c.endToken < c.firstToken + 3) continue;
        const std::string_view last = t[c.endToken - 1].text;
        if (!t[c.endToken - 1].isWord() || !namesMembers(st.gazetteer(), last)) continue;
        // (A body of members is named for them: "Association of Chief Police Officers", "National Union of
        // Teachers".)
        if (membersBodyOf(t, c.firstToken, c.endToken)) continue;
        c.endToken -= 1;
        c.end = t[c.endToken - 1].end;
        // (Nor is a name that then ends in no body's head word: "OCSD School Resource Officers".)
        if (!lexicons::organisationHeads().contains(t[c.endToken - 1].text)) c.score = -1;
    }
}

// The tagger's organisations that name no one body: generic heads joined by "and", a chamber's party members.
void dropTaggerGroupsOfNoBody(std::vector<Candidate>& candidates, const ExtractionState& st) {
    const auto& t = st.tokens();
    // "the Navy and Police": generic heads joined by "and" name no one body (the release's own services, which it
    // names in full where it means them).
    for (auto& c : candidates) {
        if (c.type != EntityType::Agency || c.source != "tagger" || c.endToken < c.firstToken + 3) continue;
        bool joined = false, headsOnly = true;
        for (std::size_t k = c.firstToken; k < c.endToken && headsOnly; ++k) {
            joined = joined || t[k].is("and") || t[k].is("&");
            headsOnly = t[k].is("and") || t[k].is("&") ||
                        (t[k].isWord() && !t[k].allCaps && lexicons::organisationHeads().contains(t[k].text));
        }
        if (joined && headsOnly) c.score = -1;
    }
    // "House Republicans", "Senate Democrats": a chamber's members of a party are people, no body.
    for (auto& c : candidates)
        if (c.type == EntityType::Agency && c.source == "tagger" && c.endToken == c.firstToken + 2 &&
            t[c.endToken - 1].isWord() && lexicons::partyMembers().contains(t[c.endToken - 1].text))
            c.score = -1;
}

// A title before an organisation's name is not part of it ("IG Islamabad Police").
void trimTitleBeforeBody(std::vector<Candidate>& candidates, const ExtractionState& st) {
    const auto& t = st.tokens();
    for (auto& c : candidates) {
        if (c.source != "tagger" || c.type != EntityType::Agency) continue;
        std::vector<std::string_view> words;
        for (std::size_t k = c.firstToken; k < c.endToken && words.size() < 5 && t[k].isWord(); ++k)
            words.push_back(t[k].text);
        const std::size_t n = st.gazetteer().titleLength(words);
        if (n > 0 && c.firstToken + n < c.endToken && t[c.firstToken + n].kind != TokenKind::Possessive) {
            c.firstToken += n;
            c.begin = t[c.firstToken].begin;
        }
    }
}

// The tagger's type, repaired by what the words say: a name ending in a building word is a place ("Cambridge
// Towers"), a person's name does not end in an organisation head word, a known place alone is a place, a
// venue label's value is a place ("WHERE: Department of Revenue"), and a law's name or acronym is no agency nor
// place.
void repairTaggerTypes(std::vector<Candidate>& candidates, const ExtractionState& st,
                       const std::set<std::string>& nameWords) {
    const auto& t = st.tokens();
    for (auto& c : candidates) {
        if (c.source != "tagger") continue;
        std::size_t last = c.endToken - 1;
        while (last > c.firstToken && !t[last].isWord()) --last;
        const auto lastWord = t[last].text;
        const auto surface = st.slice(c.begin, c.end);
        if (c.type == EntityType::Person && lexicons::buildingWords().contains(lastWord)) c.type = EntityType::Location;
        // "the Santa Ana Unified School District", "the Orange County Water District": a district that schools or
        // waters is a public body, not a place.
        if (c.type == EntityType::Location && equalsLower(lastWord, "district") && last > c.firstToken &&
            inLowerList(t[last - 1].text, std::array<std::string_view, 8>{"school", "water", "sanitation", "irrigation",
                                                                          "transit", "utility", "hospital", "fire"}))
            c.type = EntityType::Agency;
        // ("the United Kingdom Johnson": the last word of a state's name opens no person's name.)
        if (c.type == EntityType::Person && c.endToken > c.firstToken + 1 &&
            inLowerList(t[c.firstToken].text, std::array<std::string_view, 6>{"kingdom", "republic", "federation",
                                                                              "emirates", "states", "union"})) {
            ++c.firstToken;
            c.begin = t[c.firstToken].begin;
        }
        // "East Mediterranean (10)", "North Kivu": a compass point opens places' names, not people's.
        if (c.type == EntityType::Person && c.endToken > c.firstToken + 1 && isCompassPoint(t[c.firstToken].text))
            c.type = EntityType::Location;
        else if (c.type == EntityType::Person && isOrganisationHead(lastWord))
            c.type = EntityType::Agency;
        else if (c.type == EntityType::Agency && lexicons::venueWords().contains(lastWord) &&
                 c.endToken - c.firstToken >= 2)
            c.type = EntityType::Location;
        // One word that is a known place and no given name is the place ("the meeting in Islamabad"); a surname
        // that is also a place ("Nelson") was settled above by the person's full name.
        // ("Chief Commissioner Islamabad": after the title, only the place is left.)
        if (c.type == EntityType::Person) {
            const std::size_t from = nameStart(st, c);
            const std::string_view word = t[from].text;
            // (Not a surname of the release's people: "Miguel Antonio Mendoza ... In 2016, Mendoza worked".)
            const auto* place =
                from + 1 == c.endToken && st.gazetteer().givenNameCount(word) <= 0 && !nameWords.count(lookupKey(word))
                    ? st.gazetteer().place(word)
                    : nullptr;
            if (place && (place->kind != PlaceKind::City || place->population >= 100000)) {
                c.type = EntityType::Location;
                c.firstToken = from;
                c.begin = t[from].begin;
            }
            // Two or more words that are a known town's whole name ("the Harringtons' Dana Point home", "San
            // Clemente"), with no title or honorific before them, are the town.
            const auto* town = from + 1 < c.endToken && from == c.firstToken ? st.gazetteer().place(surface) : nullptr;
            // (Not "Robert Lee", a town in Texas: a common given name and a word that is no feature of the land.)
            // ("Point", "Beach": words of the land a town's name ends with, too common in other names for the
            // features list.)
            const std::string_view lastName = t[c.endToken - 1].text;
            const bool personLike =
                st.gazetteer().givenNameCount(t[from].text) >= 10000 && !lexicons::geoFeatures().contains(lastName) &&
                !lexicons::geoSuffixes().contains(lastName) &&
                !inLowerList(lastName, std::array<std::string_view, 4>{"point", "beach", "harbor", "harbour"});
            if (town && !town->weak && !personLike) c.type = EntityType::Location;
        }
        // "New Delhi" read as "Delhi" (a date line's first word is a sentence's first word to the tagger): the
        // capitalised word before a place that makes a known place with it is part of it.
        if (c.type == EntityType::Location && c.firstToken > 0 && t[c.firstToken - 1].isWord() &&
            t[c.firstToken - 1].capitalized && t[c.firstToken - 1].sentence == t[c.firstToken].sentence &&
            st.gazetteer().place(st.slice(t[c.firstToken - 1].begin, c.end))) {
            --c.firstToken;
            c.begin = t[c.firstToken].begin;
        }
        // A name the gazetteer knows as an organisation is one ("Pakistan Customs").
        if (c.type != EntityType::Agency && st.gazetteer().agencyByName(surface)) c.type = EntityType::Agency;
        // ("the Lake Forest Municipal Code": a law's name is no place's.)
        if (c.type == EntityType::Location && lexicons::lawWords().contains(lastWord)) c.score = -1;
        // (Nor a place that opens one: "the USA Freedom Act", "the Quorvale Consumer Privacy Act".)
        if (c.type == EntityType::Location && opensLawName(t, c.endToken)) c.score = -1;
        if (c.type == EntityType::Agency) {
            const auto* place = st.gazetteer().place(surface);
            if (place && !place->weak && !st.gazetteer().agencyByName(surface) &&
                !st.gazetteer().agencyByAcronym(surface))
                c.type = EntityType::Location;
            if (st.instrumentAcronyms.count(std::string(surface)) || lexicons::lawWords().contains(lastWord) ||
                lexicons::programmeWords().contains(lastWord))
                c.score = -1;
        }
        std::size_t k = c.firstToken;
        if (k >= 2 && t[k - 1].isPunct(':') && lexicons::labelWords().contains(t[k - 2].text))
            c.type = EntityType::Location;
    }
}

// "Brady v. Maryland", "Trump v. United States", "Illinois v. Gates": a court case cited by its parties' names. A
// state named as a party is the case's title, not a place the release speaks of.
void dropPlacesInCaseCitations(std::vector<Candidate>& candidates, const ExtractionState& st) {
    const auto& t = st.tokens();
    // A word of a party's name: capitalised, a possessive's "'s", or "of" and "&" inside it ("People of the State of
    // California", "Johnson & Johnson").
    const auto nameWord = [&](std::size_t k) {
        return (t[k].isWord() && t[k].capitalized) || t[k].kind == TokenKind::Possessive || t[k].is("of") ||
               t[k].is("&") || (t[k].is("the") && k > 0 && t[k - 1].is("of"));
    };
    constexpr std::size_t kPartyWords = 8;
    std::vector<std::pair<std::size_t, std::size_t>> citations;  // bytes
    for (std::size_t k = 1; k + 1 < t.size(); ++k) {
        if (!(t[k].is("v") || t[k].is("vs"))) continue;
        std::size_t right = k + 1;
        if (t[right].isPunct('.') && t[right].begin == t[k].end) ++right;
        if (right >= t.size() || !t[right].isWord() || !t[right].capitalized || st.lineBreakBetween(k, right)) continue;
        if (!t[k - 1].isWord() || !t[k - 1].capitalized || st.lineBreakBetween(k - 1, k)) continue;
        std::size_t first = k - 1, last = right;
        // (On the citation's line: "Pager\nThe People of Orange County vs. ARCO Settlement\nSANTA ANA".)
        while (first > 0 && k - first < kPartyWords && nameWord(first - 1) && !st.lineBreakBetween(first - 1, first))
            --first;
        while (last + 1 < t.size() && last - right < kPartyWords && nameWord(last + 1) &&
               !st.lineBreakBetween(last, last + 1))
            ++last;
        while (last > right && !(t[last].isWord() && t[last].capitalized)) --last;  // not a trailing "of"
        citations.emplace_back(t[first].begin, t[last].end);
    }
    if (citations.empty()) return;
    // (Only places: a defendant or a company named as a party is one the release speaks of, "People v. Dana Reyes".)
    // (The citations come in text order: the one starting last before a place is the one that may hold it, found by
    // a search, not a pass over every citation: a hostile release may cite thousands.)
    for (auto& c : candidates) {
        if (c.type != EntityType::Location) continue;
        auto it = std::upper_bound(citations.begin(), citations.end(), c.begin,
                                   [](std::size_t at, const auto& citation) { return at < citation.first; });
        if (it != citations.begin() && c.end <= std::prev(it)->second) c.score = -1;
    }
}

}  // namespace bulletin::extract
