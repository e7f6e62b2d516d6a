// The tagger's misreadings (see candidates.hpp: dropMisreadNames).

#include <algorithm>
#include <array>
#include <map>

#include "candidates.hpp"
#include "lexicon.hpp"

namespace bulletin::extract {

namespace {

// "the Jurong Lake District pilot" read as the place "Lake": a natural feature's word alone, with a capitalised word
// of its run on either side in its sentence, is a piece of a longer name, no place of its own.
bool featureOfLongerName(const std::vector<Token>& t, std::size_t k) {
    if (!lexicons::geoFeatures().contains(t[k].text)) return false;
    const auto capitalisedAt = [&](std::size_t m) {
        return m < t.size() && t[m].isWord() && t[m].capitalized && t[m].sentence == t[k].sentence;
    };
    return (k > 0 && capitalisedAt(k - 1) && !t[k].sentenceStart) || capitalisedAt(k + 1);
}

}  // namespace

void dropMisreadNames(std::vector<Candidate>& candidates, const ExtractionState& st,
                      const std::set<std::string>& nameWords) {
    const auto& t = st.tokens();
    // The tagger's spans that are only a title or a generic head word ("Secretary", "Mr", "Group") name nobody.
    for (auto& c : candidates) {
        if (c.source != "tagger") continue;
        // ("Dear Mr. President", "Thank you, Mr. Speaker": an honorific before a title names nobody either.)
        std::size_t from = c.firstToken;
        if (from + 1 < c.endToken && lexicons::honorifics().contains(t[from].text)) {
            ++from;
            if (from + 1 < c.endToken && t[from].isPunct('.')) ++from;
        }
        std::vector<std::string_view> words;
        for (std::size_t k = from; k < c.endToken && t[k].isWord(); ++k) words.push_back(t[k].text);
        bool onlyTitle = words.size() == c.endToken - from && st.gazetteer().titleLength(words) == words.size();
        // ("Bridge Professor", "General Counsel": a title closing words that start with no given name.)
        if (!onlyTitle && c.type == EntityType::Person && !words.empty() && words.size() <= 2 &&
            words.size() == c.endToken - from &&
            st.gazetteer().titleLength(std::vector<std::string_view>{words.back()}) == 1 &&
            st.gazetteer().givenNameCount(words.front()) <= 0)
            onlyTitle = true;
        // ("Senior DIGs": one word a title starts with, no given name nor a surname of the release's people.)
        if (!onlyTitle && c.type == EntityType::Person && words.size() == 1 && c.endToken == from + 1 &&
            st.gazetteer().mayStartTitle(words.front()) && st.gazetteer().givenNameCount(words.front()) <= 0 &&
            !nameWords.count(lookupKey(words.front())))
            onlyTitle = true;
        // ("Senior Assistant District Attorney": a rank before a title is still no name.)
        if (!onlyTitle && c.type == EntityType::Person && words.size() == c.endToken - from) {
            static constexpr std::array<std::string_view, 10> kRanks{"Senior",    "Deputy",      "Acting",  "Former",
                                                                     "Principal", "Supervising", "Interim", "Associate",
                                                                     "Executive", "Assistant"};
            for (std::size_t k = 1; k < words.size() && !onlyTitle; ++k) {
                if (std::find(kRanks.begin(), kRanks.end(), words[k - 1]) == kRanks.end()) break;
                const std::vector<std::string_view> rest(words.begin() + static_cast<long>(k), words.end());
                onlyTitle = st.gazetteer().titleLength(rest) == rest.size();
            }
        }
        // ("Richard W. Fisher and Charles I. Plosser", "Senate Bill": two people are no one's name, and an
        // institution's word starts none.)
        if (!onlyTitle && c.type == EntityType::Person)
            for (std::size_t k = c.firstToken; k < c.endToken && !onlyTitle; ++k)
                onlyTitle = t[k].is("and") || t[k].is("&") ||
                            (k == c.firstToken && lexicons::institutionNames().contains(t[k].text));
        // ... or a title in the plural ("Chief Ministers of Bihar", "Board Members").
        if (!onlyTitle && !words.empty() && words.size() == c.endToken - from && words.back().size() > 3 &&
            words.back().back() == 's') {
            std::vector<std::string_view> singular = words;
            singular.back().remove_suffix(1);
            onlyTitle = st.gazetteer().titleLength(singular) == singular.size();
        }
        // "Church Street", "Harbor Boulevard": the name of a street is part of an address, no place or body.
        const bool street = c.endToken < t.size() && t[c.endToken].capitalized &&
                            t[c.endToken].sentence == t[c.firstToken].sentence &&
                            lexicons::streetWords().contains(t[c.endToken].text);
        // ("Main Street", "Tustin Avenue" read as places: a street's name is an address's.)
        const bool streetName = c.type == EntityType::Location && c.endToken - c.firstToken >= 2 &&
                                lexicons::streetWords().contains(t[c.endToken - 1].text);
        const bool honorific = c.endToken - c.firstToken <= 2 && lexicons::honorifics().contains(t[c.firstToken].text);
        const bool genericHead = c.endToken - c.firstToken == 1 && isOrganisationHead(t[c.firstToken].text);
        // "Tomorrow", "Wednesday" from a media advisory's WHEN line name no one and no place.
        const bool calendar =
            c.endToken - c.firstToken == 1 &&
            (isCalendarWord(t[c.firstToken].text) || lexicons::relativeDayWords().contains(t[c.firstToken].text));
        // "Follow Us": a short word in mixed case is no abbreviation of a place or an organisation.
        const bool shortWord =
            c.endToken - c.firstToken == 1 && c.type != EntityType::Person && !t[c.firstToken].allCaps &&
            t[c.firstToken].text.size() <= 3 &&
            !(c.endToken < t.size() && t[c.endToken].isPunct('.') && t[c.endToken].begin == t[c.firstToken].end);
        // "WHEN: Tomorrow, Thursday": a label is not part of a name.
        bool label = false;
        for (std::size_t k = c.firstToken; k < c.endToken && !label; ++k) label = t[k].isPunct(':');
        // "MEDIA ADVISORY", "SCHOOL": capitals of a headline or a label that hold no name.
        bool shouted = c.type == EntityType::Person;
        for (std::size_t k = c.firstToken; k < c.endToken && shouted; ++k)
            shouted = !t[k].isWord() || (t[k].allCaps && st.gazetteer().givenNameCount(t[k].text) <= 0 &&
                                         !st.gazetteer().isNameWord(t[k].text));
        // "the Republic", "the Region": a kind of place alone names none.
        // ("Saddleback Church" read as "Church", "17th Street" as "Street": a building's or a street's word alone.)
        const bool genericPlace =
            c.endToken - c.firstToken == 1 && c.type == EntityType::Location &&
            (lexicons::genericPlaceWords().contains(t[c.firstToken].text) ||
             lexicons::streetWords().contains(t[c.firstToken].text) ||
             lexicons::buildingWords().contains(t[c.firstToken].text) || featureOfLongerName(t, c.firstToken));
        if (onlyTitle || honorific || genericHead || calendar || shortWord || label || shouted || street ||
            streetName || genericPlace)
            c.score = -1;
    }
    // Nor is any part of a street's name a place of its own ("Santiago" of "Santiago Canyon Road", "Magnolia" of
    // "Magnolia Street"): the capitalised words before a street's word, whoever read them.
    std::vector<std::pair<std::size_t, std::size_t>> streets;  // token ranges
    for (std::size_t k = 1; k < t.size(); ++k) {
        if (!t[k].isWord() || !t[k].capitalized || !lexicons::streetWords().contains(t[k].text)) continue;
        // (Not where capitalised words go on: "Harvey Street Elementary School", "Street Races". Asked first, so
        // that only a run's last street word walks back over it.)
        if (k + 1 < t.size() && t[k + 1].isWord() && t[k + 1].capitalized && t[k + 1].sentence == t[k].sentence)
            continue;
        std::size_t first = k;
        while (first > 0 && t[first - 1].sentence == t[k].sentence &&
               ((t[first - 1].isWord() && t[first - 1].capitalized && !t[first - 1].sentenceStart) ||
                (t[first - 1].isPunct('.') && first >= 2 && t[first - 2].text.size() == 1)))
            --first;
        if (first < k) streets.emplace_back(first, k + 1);
    }
    if (!streets.empty())
        for (auto& c : candidates) {
            if ((c.type != EntityType::Location && c.type != EntityType::Agency) || c.score < 0) continue;
            auto it = std::upper_bound(streets.begin(), streets.end(), std::pair{c.firstToken, t.size()});
            if (it == streets.begin()) continue;
            --it;
            // (A place inside it, or a body's name the street's word closes: "Irvine Center Drive".)
            if (it->first <= c.firstToken && c.endToken <= it->second) c.score = -1;
        }
    // A person's name inside the name of a place or a body ("the Martin Luther King Jr. Memorial", "John F. Kennedy
    // Center"): the capitalised words run on to a building's, a venue's or an organisation's word.
    for (auto& c : candidates) {
        if (c.type != EntityType::Person || c.score < 0) continue;
        // ("Marina Barrage", "Semakau Landfill": the name itself ends in a venue's word.)
        // (Not a surname: "Edward Hall", "Grace H. Park".)
        const auto lastWord = t[c.endToken - 1].text;
        if (c.endToken > c.firstToken + 1 && !st.gazetteer().isNameWord(lastWord) &&
            (lexicons::venueWords().contains(lastWord) || lexicons::buildingWords().contains(lastWord))) {
            c.score = -1;
            continue;
        }
        std::size_t k = c.endToken, last = c.endToken;
        while (k < t.size() && k < c.endToken + 4 && t[k].sentence == t[c.firstToken].sentence &&
               ((t[k].isWord() && t[k].capitalized) || (t[k].isPunct('.') && t[k].begin == t[k - 1].end))) {
            if (t[k].isWord()) last = k;
            ++k;
        }
        if (last == c.endToken && !(last < t.size() && t[last].isWord() && t[last].capitalized)) continue;
        const auto word = t[last].text;
        if (last >= c.endToken && last < t.size() && endsBodyOrBuilding(word) && !st.inHeadline(c.begin)) c.score = -1;
    }
    // A place, a body or a person the tagger reads inside a programme's or an event's name ("its Pakistan Country
    // Programme", "the World Cities Summit"): the gazetteer rule left it for the longer name, and a name inside a name
    // is none of its own.
    // (And a day's: "National Kindness Day", "Martin Luther King Day", whatever the tagger read inside it.)
    auto endsName = [](std::string_view w) {
        return lexicons::programmeWords().contains(w) || lexicons::eventNameWords().contains(w) ||
               equalsLower(w, "day");
    };
    // ... and the whole name of an occasion is neither a place nor a person ("to host the Asia Pacific Road Safety
    // Conference in Colombo"): the event rules read it.
    for (auto& c : candidates) {
        if (c.type == EntityType::Agency || c.score < 0 || c.source != "tagger" || c.endToken < c.firstToken + 2)
            continue;
        if (t[c.endToken - 1].isWord() && t[c.endToken - 1].capitalized &&
            lexicons::eventNameWords().contains(t[c.endToken - 1].text))
            c.score = -1;
    }
    // ... nor the field an occasion is "on", "of" or "for" ("the Ministerial Conference on Housing and Urban
    // Development": no person "Urban Development").
    for (auto& c : candidates) {
        if (c.type == EntityType::Agency || c.score < 0 || c.source != "tagger" || c.firstToken < 2) continue;
        std::size_t j = c.firstToken;
        while (j > 2 && c.firstToken - j < 8 && t[j - 1].sentence == t[c.firstToken].sentence &&
               ((t[j - 1].isWord() && t[j - 1].capitalized && !endsName(t[j - 1].text)) || t[j - 1].is("and") ||
                t[j - 1].is("&") || t[j - 1].is("the")))
            --j;
        if ((t[j - 1].is("on") || t[j - 1].is("of") || t[j - 1].is("for")) && t[j - 2].isWord() &&
            t[j - 2].capitalized && lexicons::eventNameWords().contains(t[j - 2].text))
            c.score = -1;
    }
    for (auto& c : candidates) {
        if (c.score < 0 || c.source != "tagger") continue;
        std::size_t k = c.endToken;
        while (k < t.size() && k < c.endToken + 4 && t[k].isWord() && t[k].capitalized &&
               t[k].sentence == t[c.firstToken].sentence && !endsName(t[k].text))
            ++k;
        if (k < t.size() && t[k].isWord() && t[k].capitalized && t[k].sentence == t[c.firstToken].sentence &&
            endsName(t[k].text))
            c.score = -1;
    }
    // "Investigator Dana Quorle ... QUORLE said": a person's name set in capitals, not an acronym's body or place.
    for (auto& c : candidates)
        if (c.source == "tagger" && c.type != EntityType::Person && c.endToken == c.firstToken + 1 &&
            t[c.firstToken].allCaps && nameWords.count(lookupKey(t[c.firstToken].text)))
            c.score = -1;
    // "Jane Doe" stands for someone unnamed, whoever found it.
    for (auto& c : candidates)
        if (c.type == EntityType::Person &&
            lexicons::placeholderNames().contains(st.slice(t[nameStart(st, c)].begin, c.end)))
            c.score = -1;
}

void splitPlaceOfPlace(std::vector<Candidate>& candidates, const ExtractionState& st) {
    const auto& t = st.tokens();
    const auto& gz = st.gazetteer();
    std::vector<Candidate> added;
    for (auto& c : candidates) {
        if (c.source != "tagger" || c.type != EntityType::Location || c.score < 0) continue;
        for (std::size_t of = c.firstToken + 2; of + 1 < c.endToken; ++of) {
            if (!t[of].is("of")) continue;
            const Token& kind = t[of - 1];
            // (Not a federal judicial district, "the Central District of California".)
            if (!lexicons::capitalisedPlaceKinds().contains(kind.text) &&
                !inLowerList(kind.text, std::array<std::string_view, 2>{"county", "state"}))
                break;
            std::size_t second = of + 1;
            if (t[second].is("the") && second + 1 < c.endToken) ++second;
            const auto* place = gz.place(st.slice(t[second].begin, c.end));
            if (!place || (place->kind != PlaceKind::Country && place->kind != PlaceKind::Region)) break;
            Candidate country = c;
            country.firstToken = second;
            country.begin = t[second].begin;
            added.push_back(country);
            c.endToken = of;
            c.end = t[of - 1].end;
            break;
        }
    }
    candidates.insert(candidates.end(), added.begin(), added.end());
}

void joinPossessiveNames(std::vector<Candidate>& candidates, const ExtractionState& st) {
    const auto& t = st.tokens();
    const auto& gz = st.gazetteer();
    std::map<std::size_t, std::size_t> startingAt;  // first token -> a place's or a body's candidate
    for (std::size_t n = 0; n < candidates.size(); ++n)
        if (candidates[n].score >= 0 && candidates[n].type == EntityType::Location)
            startingAt.emplace(candidates[n].firstToken, n);
    // (A body's possessive names its own unit, "OCDA’s Homicide Unit": two bodies, each named.)
    for (auto& a : candidates) {
        if (a.score < 0 || a.type != EntityType::Location) continue;
        const std::size_t k = a.endToken;
        if (k + 1 >= t.size() || !(t[k].is("’s") || t[k].is("'s")) || t[k].begin != t[k - 1].end ||
            t[k + 1].sentence != t[k].sentence || !t[k + 1].isWord() || !t[k + 1].capitalized)
            continue;
        // (A country's, a region's or a city's own bodies and places: "Ukraine’s Armed Forces", "Orange County’s
        // Board of Supervisors".)
        // (A parish or a small town a saint's name shares is no obstacle to a building's name: "St. Mary’s
        // Hospital".)
        if (const auto* place = gz.place(st.slice(a.begin, a.end));
            place && (place->kind == PlaceKind::Country || place->population >= 100000))
            continue;
        // (So are a seat of government's or a landmark's halls: "the Kremlin’s St Catherine Hall".)
        if (lexicons::landmarkVenues().contains(st.slice(a.begin, a.end)) ||
            lexicons::landmarkVenues().contains(t[k - 1].text))
            continue;
        // (Two pieces no list knows as places, each of capitalised words: not "Newport Beach’s Fashion Island",
        // "Vista Paint’s Fullerton", "Suzuki’s Southern California headquarters".)
        const auto pieceOfName = [&](const Candidate& c) {
            for (std::size_t m = c.firstToken; m < c.endToken; ++m)
                if (t[m].isWord() && !t[m].capitalized) return false;
            return !gz.place(st.slice(c.begin, c.end));
        };
        if (const auto it = startingAt.find(k + 1); it != startingAt.end()) {
            Candidate& b = candidates[it->second];
            if (!pieceOfName(a) || !pieceOfName(b)) continue;
            b.firstToken = a.firstToken;
            b.begin = a.begin;
            b.titleBegin = std::min(b.titleBegin, a.begin);
            b.score = std::max(a.score, b.score);
            b.ruleEntity.reset();  // (the rule's entity named a part)
            a.score = -1;
            continue;
        }
        // (No name read after it: a building's name of one to three capitalised words, "St. Mary’s Hospital".)
        std::size_t end = k + 1;
        while (end < t.size() && end < k + 4 && t[end].isWord() && t[end].capitalized && !t[end].allCaps &&
               t[end].sentence == t[k].sentence)
            ++end;
        if (end < t.size() && t[end].isWord() && t[end].capitalized && t[end].sentence == t[k].sentence) continue;
        if (!lexicons::buildingWords().contains(t[end - 1].text) && !lexicons::venueWords().contains(t[end - 1].text))
            continue;
        // (Not a name going on with "of" or "for", "UCI’s School of Law"; nor after a venue or a body complete in
        // itself, "NorthPoint Health & Wellness Center’s Conference Center".)
        if (end + 1 < t.size() && (t[end].is("of") || t[end].is("for")) && t[end + 1].sentence == t[k].sentence)
            continue;
        const auto& owner = t[a.endToken - 1].text;
        if (lexicons::buildingWords().contains(owner) || lexicons::venueWords().contains(owner) ||
            isOrganisationHead(owner) || lexicons::genericPlaceWords().contains(owner))
            continue;
        a.ruleEntity.reset();
        a.endToken = end;
        a.end = t[end - 1].end;
    }
}

}  // namespace bulletin::extract
