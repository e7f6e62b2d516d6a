// Places: by their kind ("Musa Qalah district"), a natural feature, a landmark, lists and "Greater ...", then the
// gazetteer's countries, regions and cities (gazetteer_places.cpp) and the places told by the words around them
// (place_context_rules.cpp); outside agency and person spans (no nesting).

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <optional>
#include <set>

#include "candidates.hpp"
#include "extraction_state.hpp"
#include "gazetteer_places.hpp"
#include "lexicon.hpp"
#include "person_name_words.hpp"
#include "person_titles.hpp"
#include "place_context_rules.hpp"

namespace bulletin::extract {

namespace {

// The first of up to three capitalised words right before token i in its sentence (i itself when there are none):
// the name a kind of place or a natural feature's word ends.
std::size_t nameBefore(const std::vector<Token>& t, std::size_t i) {
    std::size_t first = i;
    while (first > 0 && i - first < 3) {
        const Token& w = t[first - 1];
        if (!w.isWord() || !w.capitalized || w.sentence != t[i].sentence || isFunctionWord(w.text) ||
            isCalendarWord(w.text) || isOrganisationHead(w.text) || (w.allCaps && w.text.size() > 1))
            break;
        --first;
    }
    return first;
}

// The place named by the capitalised words before token i and token i itself ("Musa Qalah district", "San Fernando
// Valley"). The word alone ("the Valley") or a sentence's first words ("River levels rose") name nothing sure.
void addPlaceEndingAt(ExtractionState& st, std::size_t i, const char* rule) {
    const auto& t = st.tokens();
    const std::size_t first = nameBefore(t, i);
    if (first == i || t[first].sentenceStart) return;
    std::size_t begin = t[first].begin;
    const std::size_t end = t[i].end;
    // A legislator's party before the district ("Reps. Tony Cárdenas (D-San Fernando Valley)") is not the place's.
    if (t[first].text.size() > 3 && isPartyAffiliation(t[first].text)) begin += 2;
    if (st.claimed(begin, end)) return;
    st.addMention(EntityType::Location, std::string(st.slice(begin, end)), begin, end, rule);
}

// The names coordinated before a kind of place in the plural (token `kind`), each named with the singular kind:
// "Kherson and Luhansk regions" -> "Kherson region" (on "Kherson"), "Luhansk region" (on "Luhansk"). False when
// no list stands there.
// The names listed right before token `at`, joined by commas and "and" or "or" ("Helmand, Kandahar and Uruzgan"),
// as token ranges, the last first; `joined` tells whether an "and" or an "or" joined them. A name is what
// nameBefore reads, of at most `maxWords` words, and does not open its sentence when `notSentenceStart`.
struct ListedNames final {
    std::vector<std::pair<std::size_t, std::size_t>> names;
    bool joined = false;
};
ListedNames namesListedBefore(const std::vector<Token>& t, std::size_t at, std::size_t maxWords,
                              bool notSentenceStart) {
    ListedNames out;
    std::size_t end = at;
    while (end > 0) {
        const std::size_t first = nameBefore(t, end);
        if (first == end || end - first > maxWords || (notSentenceStart && t[first].sentenceStart)) break;
        out.names.emplace_back(first, end);
        if (first == 0) break;
        const Token& sep = t[first - 1];
        if (sep.is("and") || sep.is("or"))
            out.joined = true;
        else if (!sep.isPunct(',') || !out.joined)
            break;  // a comma joins names only before the "and"
        end = first - 1;
        if (end > 0 && t[end - 1].isPunct(',')) --end;  // an Oxford comma
    }
    return out;
}

bool addCoordinatedPlacesOfKind(ExtractionState& st, std::size_t kind) {
    const auto& t = st.tokens();
    const std::string singular(t[kind].text.substr(0, t[kind].text.size() - 1));
    const auto [names, joined] = namesListedBefore(t, kind, t.size(), true);
    if (names.size() < 2 || !joined) return false;
    for (const auto& [first, last] : names) {
        const std::size_t begin = t[first].begin, stop = t[last - 1].end;
        if (st.claimed(begin, stop)) continue;
        st.addMention(EntityType::Location, std::string(st.slice(begin, stop)) + " " + singular, begin, stop,
                      "place.kind");
    }
    return true;
}

// "in Wellawatte, Dehiwala and Piliyandala areas", "in the Kottawa area", "a resident of Kottawa": names the
// gazetteer may not know, told as places by the words around them. ("area" is no part of the name.)
void placesByAreaAndResidence(ExtractionState& st) {
    const auto& t = st.tokens();
    auto add = [&](std::size_t first, std::size_t end) {
        if (first >= end || t[first].sentenceStart) return;
        for (std::size_t k = first; k < end; ++k)
            // ("residents of European cities", "workshops for residents in January")
            if (isOrganisationHead(t[k].text) || st.gazetteer().mayStartTitle(t[k].text) ||
                st.gazetteer().countryOfDemonym(t[k].text) || isCalendarWord(t[k].text))
                return;
        const std::size_t begin = t[first].begin, stop = t[end - 1].end;
        if (st.claimed(begin, stop)) return;
        const auto* known = st.gazetteer().place(st.slice(begin, stop));
        st.addMention(EntityType::Location, known ? known->name : std::string(st.slice(begin, stop)), begin, stop,
                      "place.area");
    };
    std::optional<std::set<std::string_view>> streetNames;
    for (std::size_t i = 2; i < t.size(); ++i) {
        // ("Residents of Tampines and Bedok will benefit": the noun may open its sentence.)
        const bool openingResidents =
            t[i].isWord() && t[i].sentenceStart && t[i].capitalized && !t[i].allCaps &&
            inLowerList(t[i].text, std::array<std::string_view, 4>{"resident", "residents", "native", "natives"});
        if (!t[i].isWord() || (t[i].capitalized && !openingResidents)) continue;
        // "in the area of Dodangoda", "near the vicinity of Kalutara North": one name after it, a place the gazetteer
        // knows or one word shaped like a name (not "in the area of Security", a field's word).
        if ((t[i].is("area") || t[i].is("vicinity")) && i + 2 < t.size() && t[i + 1].is("of") && t[i - 1].is("the") &&
            t[i - 2].isWord() &&
            inLowerList(t[i - 2].text,
                        std::array<std::string_view, 6>{"in", "at", "near", "from", "around", "within"})) {
            std::size_t end = i + 2;
            while (end < t.size() && end < i + 5 && t[end].isWord() && t[end].capitalized && !t[end].allCaps &&
                   t[end].sentence == t[i].sentence)
                ++end;
            if (end == i + 2 || (end < t.size() && t[end].isWord() && t[end].capitalized)) continue;
            // (Not a crossing of streets, "the area of Harbor and First", nor "East 1st Street".)
            if (end < t.size() && t[end].sentence == t[i].sentence &&
                (t[end].is("and") || t[end].is("&") || t[end].kind == TokenKind::Number ||
                 lexicons::streetWords().contains(t[end].text)))
                continue;
            if (isCompassPoint(t[i + 2].text)) continue;
            // (Nor a street's name the release writes in full elsewhere: "the area of Harbor at ..." after "Harbor
            // Boulevard".)
            // (The words the release writes before a street's word, gathered once: a text repeating the phrase
            // would otherwise be walked once per repetition.)
            if (!streetNames) {
                streetNames.emplace();
                for (std::size_t k = 0; k + 1 < t.size(); ++k)
                    if (t[k].isWord() && t[k].capitalized && lexicons::streetWords().contains(t[k + 1].text))
                        streetNames->insert(t[k].text);
            }
            if (streetNames->count(t[end - 1].text) > 0) continue;
            // ("in the area of Kalutara North": a known town and a compass word, the town's part.)
            const bool known = st.gazetteer().place(st.slice(t[i + 2].begin, t[end - 1].end)) != nullptr ||
                               (end == i + 4 && isCompassPoint(t[end - 1].text) && st.gazetteer().place(t[i + 2].text));
            if (known ||
                (end == i + 3 && unlistedSurnameShape(t[i + 2].text) && !st.writtenInLowerCase(lower(t[i + 2].text))))
                add(i + 2, end);
            continue;
        }
        // ("near the Borella junction", "at the Kottawa roundabout": a town's crossroads, named by the town.)
        // ("near the Pettah bus stand", "at the Maradana railway station": so are its stations, in lower case.)
        const bool station = i >= 3 && t[i - 1].isWord() &&
                             (((t[i].is("stand") || t[i].is("station") || t[i].is("stop") || t[i].is("halt")) &&
                               (t[i - 1].is("bus") || t[i - 1].is("railway") || t[i - 1].is("train"))) ||
                              (t[i].is("tower") && t[i - 1].is("clock")));
        if (t[i].is("area") || t[i].is("areas") || t[i].is("junction") || t[i].is("roundabout") || station) {
            // The names before it, joined by commas and "and" ("Wellawatte, Dehiwala and Piliyandala areas").
            // (The sentence's first word is left to add(), which keeps no name opening its sentence.)
            const auto names = namesListedBefore(t, station ? i - 1 : i, 2, false).names;
            if (names.empty()) continue;
            // One name needs "in", or "in the", "at the", "from the" or "of the", before it ("the Metro area" may be
            // anything; "a resident of the Hikkaduwa area").
            const std::size_t first = names.back().first;
            const bool cue =
                first >= 2 &&
                (t[first - 1].is("in") || (t[first - 1].is("the") &&
                                           (t[first - 2].is("in") || t[first - 2].is("at") || t[first - 2].is("from") ||
                                            t[first - 2].is("of") || t[first - 2].is("near"))));
            if (names.size() == 1 && !cue) continue;
            for (const auto& [a, b] : names) add(a, b);
        } else if ((residenceNoun(t[i]) || openingResidents) && i + 2 < t.size() &&
                   (t[i + 1].is("of") || t[i + 1].is("in"))) {
            // "residents of Kottawa", "residents in Pasir Ris and Punggol": one name, or names joined by commas and
            // "and", of at most two words each.
            std::vector<std::pair<std::size_t, std::size_t>> names;
            std::size_t first = i + 2;
            bool longer = false;
            while (first < t.size()) {
                std::size_t end = first;
                while (end < t.size() && end < first + 2 && t[end].isWord() && t[end].capitalized && !t[end].allCaps &&
                       t[end].sentence == t[i].sentence)
                    ++end;
                if (end == first) break;
                if (end < t.size() && t[end].isWord() && t[end].capitalized) {
                    longer = true;  // a longer name
                    break;
                }
                names.emplace_back(first, end);
                std::size_t next = end;
                if (next < t.size() && t[next].isPunct(',')) ++next;
                if (next < t.size() && t[next].is("and")) ++next;
                if (next == end || next >= t.size() || t[next].sentence != t[i].sentence) break;
                first = next;
            }
            if (longer || names.empty()) continue;
            // ("residents of European cities", "natives of Asian descent": an adjective before a noun.)
            const std::size_t after = names.back().second;
            if (after < t.size() && t[after].isWord() &&
                inLowerList(t[after].text, std::array<std::string_view, 8>{"cities", "countries", "states", "nations",
                                                                           "towns", "villages", "descent", "origin"}))
                continue;
            // ("residents of Sudzha and Glushkovo districts": the kind of place after them is the kind rules', which
            // name each with it.)
            if (after < t.size() && t[after].isWord() && !t[after].capitalized &&
                lexicons::placeKinds().contains(t[after].text))
                continue;
            for (const auto& [a, b] : names) add(a, b);
        }
    }
}

// "Musa Qalah district", "Sar-e Pul province": capitalised words the gazetteer may not know, then the kind of place
// in lower case. The kind is part of the name (as the linker writes it for known places).
void placesByKind(ExtractionState& st) {
    const auto& t = st.tokens();
    for (std::size_t i = 1; i < t.size(); ++i) {
        if (!t[i].isWord() || t[i].capitalized || !lexicons::placeKinds().contains(t[i].text)) continue;
        if (i + 1 < t.size() && t[i + 1].isWord() && t[i + 1].sentence == t[i].sentence &&
            lexicons::placeKindCompounds().contains(t[i + 1].text))
            continue;
        // "the Kherson and Luhansk regions", "Helmand, Kandahar and Uruzgan provinces": each name of the list with
        // the kind in the singular.
        if (t[i].text.size() > 1 && t[i].text.back() == 's' && addCoordinatedPlacesOfKind(st, i)) continue;
        addPlaceEndingAt(st, i, "place.kind");
    }
}

// "the Northern Province", "Kursk Region", "Krasnodar Territory": capitalised words, then the kind of place with a
// capital too. A district needs a known place or a compass point before it: "Unified School District", "Water
// District" are bodies.
void placesByCapitalisedKind(ExtractionState& st) {
    const auto& t = st.tokens();
    for (std::size_t i = 1; i < t.size(); ++i) {
        if (!t[i].isWord() || !t[i].capitalized || t[i].allCaps) continue;
        // "Kurunegala, Anuradhapura and Polonnaruwa Districts": each name with the kind in the singular.
        if (t[i].text.size() > 2 && t[i].text.back() == 's') {
            const std::string_view singular = t[i].text.substr(0, t[i].text.size() - 1);
            const bool kind = equalsLower(singular, "district") || lexicons::capitalisedPlaceKinds().contains(singular);
            const bool last =
                !(i + 1 < t.size() && t[i + 1].isWord() && t[i + 1].capitalized && t[i + 1].sentence == t[i].sentence);
            if (kind && last && addCoordinatedPlacesOfKind(st, i)) continue;
        }
        const bool district = equalsLower(t[i].text, "district");
        // ("Chukotka Autonomous Area", "Nenets Autonomous Area": Russia's okrugs in English; "Area" alone names no
        // kind of place, "Service Area".)
        const bool autonomousArea = t[i].is("Area") && t[i - 1].is("Autonomous");
        if (!district && !autonomousArea && !lexicons::capitalisedPlaceKinds().contains(t[i].text)) continue;
        // "Region Police", "Territory Administration": more of a longer name follows. (Not a person's name found
        // already: "Governor of Tula Region Dmitry Milyaev".)
        if (i + 1 < t.size() && t[i + 1].isWord() && t[i + 1].capitalized && t[i + 1].sentence == t[i].sentence &&
            !st.claimed(t[i + 1].begin, t[i + 1].end))
            continue;
        // ("Mayor of North East District": a compass point names a district of a city too; not a court's, "the
        // Central District of California".)
        const bool compassDistrict = isCompassPoint(t[i - 1].text) &&
                                     !(i + 1 < t.size() && t[i + 1].is("of") && t[i + 1].sentence == t[i].sentence);
        if (district && !st.gazetteer().place(t[i - 1].text) && !compassDistrict) continue;
        addPlaceEndingAt(st, i, "place.kind");
    }
}

// "the San Fernando Valley", "the Black Sea": capitalised words ending in a natural feature's word.
void placesByFeature(ExtractionState& st) {
    const auto& t = st.tokens();
    for (std::size_t i = 1; i < t.size(); ++i) {
        if (!t[i].isWord() || !t[i].capitalized || t[i].allCaps || !lexicons::geoFeatures().contains(t[i].text))
            continue;
        // "Silicon Valley Bank", "Coast Guard", "Sea Scouts": more of a longer name follows.
        if (i + 1 < t.size() && t[i + 1].isWord() && t[i + 1].capitalized && t[i + 1].sentence == t[i].sentence)
            continue;
        addPlaceEndingAt(st, i, "place.feature");
    }
}

// "Mount Kenya", "Lake Chad", "Pulau Ubin", "Bukit Panjang": a word that opens a feature's or a locality's name, then
// one to three capitalised words, and nothing more of a longer name after them.
void placesByLeadingFeature(ExtractionState& st) {
    const auto& t = st.tokens();
    for (std::size_t i = 0; i + 1 < t.size(); ++i) {
        if (!t[i].isWord() || !t[i].capitalized || t[i].allCaps || !lexicons::geoPrefixes().contains(t[i].text))
            continue;
        // (The word opens the name: not "Salt Lake County", "Bernice Ayer Middle School"; nor a headline's capitals.)
        if (i > 0 && t[i - 1].isWord() && t[i - 1].capitalized && !t[i].sentenceStart) continue;
        if (st.inHeadline(t[i].begin)) continue;
        const auto& gz = st.gazetteer();
        std::size_t k = i + 1;
        const std::size_t first = k;
        while (k < t.size() && k < first + 3 && t[k].isWord() && t[k].capitalized && !t[k].allCaps &&
               t[k].sentence == t[i].sentence && !isFunctionWord(t[k].text) && !isCalendarWord(t[k].text) &&
               !isOrganisationHead(t[k].text) && !endsBodyOrBuilding(t[k].text) && !gz.mayStartTitle(t[k].text) &&
               !lexicons::streetWords().contains(t[k].text) && !lexicons::venueWords().contains(t[k].text) &&
               !lexicons::lawWords().contains(t[k].text) && !lexicons::programmeWords().contains(t[k].text))
            ++k;
        if (k == first) continue;
        // (A town the gazetteer knows opens the run: "Lake Forest Municipal Code" is the town's, not a lake.)
        bool knownStart = false;
        for (std::size_t n = first + 1; n < k && !knownStart; ++n)
            knownStart = gz.place(st.slice(t[i].begin, t[n - 1].end)) != nullptr;
        if (knownStart) continue;
        // ("Mount Sinai Hospital", "Lake County Sheriff's Office", "Bukit Timah Road": a longer name goes on.)
        if (k < t.size() && t[k].isWord() && t[k].sentence == t[i].sentence &&
            (t[k].capitalized || lexicons::streetWords().contains(t[k].text)))
            continue;
        // (Nor a person's or a body's name found already; a name the gazetteer knows is its own, canonical.)
        const std::string_view name = st.slice(t[i].begin, t[k - 1].end);
        if (st.claimed(t[i].begin, t[k - 1].end) || st.gazetteer().place(name)) continue;
        st.addMention(EntityType::Location, std::string(name), t[i].begin, t[k - 1].end, "place.feature");
        i = k - 1;
    }
}

// A capitalised name of one or two words starting at token i, within its sentence: its end token, or i.
std::size_t shortNameEnd(const std::vector<Token>& t, std::size_t i) {
    std::size_t k = i;
    while (k < t.size() && k < i + 2 && t[k].isWord() && t[k].capitalized && !t[k].allCaps &&
           t[k].sentence == t[i].sentence && !isOrganisationHead(t[k].text) && !isCalendarWord(t[k].text))
        ++k;
    return k;
}

// "funding for Burbank and Glendale", "Burbank, Glendale and Pasadena": two towns or more the gazetteer knows, each of
// some size and none a common given name, listed together with nothing else are places without a cue. Not "Jordan
// and Chad" (given names), "Costco, Gap and Target" (not all towns), "Burbank and Glendale Police" (a longer name).
template <typename AddPlace>
void townsListedTogether(const ExtractionState& st, AddPlace& addPlace) {
    constexpr long kListedTownPopulation = 20000;
    const auto& t = st.tokens();
    const auto& gz = st.gazetteer();
    auto town = [&](std::size_t from, std::size_t end) {
        const auto* p = gz.place(st.slice(t[from].begin, t[end - 1].end));
        return p && !p->weak && (p->kind != PlaceKind::City || p->population >= kListedTownPopulation) &&
               (end > from + 1 || gz.givenNameCount(t[from].text) < 1000) && !st.claimed(t[from].begin, t[end - 1].end);
    };
    for (std::size_t i = 1; i < t.size(); ++i) {
        if (!t[i].isWord() || !t[i].capitalized || t[i].allCaps || t[i].sentenceStart) continue;
        if (t[i - 1].isWord() && t[i - 1].capitalized && t[i - 1].sentence == t[i].sentence) continue;
        std::vector<std::pair<std::size_t, std::size_t>> items;
        bool joined = false, complete = false;  // the last item after "and" or "or", and found
        bool openEnd = false;                   // after "and" comes no name at all ("and parts of", "and other cities")
        for (std::size_t k = i; k < t.size() && t[k].sentence == t[i].sentence;) {
            const std::size_t end = shortNameEnd(t, k);
            // (The separator or the list's end looked at before the gazetteer: most names stand in no list.)
            const bool separated = end < t.size() && (t[end].isPunct(',') || t[end].is("and") || t[end].is("or"));
            openEnd = joined && end == k && t[k].isWord() && !t[k].capitalized;
            if (end == k || (!joined && !separated) || !town(k, end)) break;
            items.emplace_back(k, end);
            if (joined) {
                complete = true;
                break;
            }
            k = end;
            if (k + 1 >= t.size()) break;
            if (t[k].isPunct(',') && (t[k + 1].is("and") || t[k + 1].is("or"))) {
                k += 2;
                joined = true;
            } else if (t[k].is("and") || t[k].is("or")) {
                ++k;
                joined = true;
            } else if (t[k].isPunct(',')) {
                ++k;
            } else {
                break;
            }
        }
        // (The list over after its last item.)
        const std::size_t after = items.empty() ? i : items.back().second;
        const bool over = after >= t.size() || t[after].sentence != t[i].sentence ||
                          !(t[after].capitalisedOrNumber() || t[after].kind == TokenKind::Possessive);
        // (Three towns in a row need no closing "and" town when no name follows it: "includes Burbank, Glendale,
        // Pasadena and parts of Los Angeles"; not "the Anaheim, Orange and Westminster police", whose last name was
        // read as the town's police.)
        if (((complete && items.size() >= 2) || (openEnd && items.size() >= 3)) && over)
            for (const auto& [from, end] : items) addPlace(from, end, "place.list");
        if (!items.empty()) i = items.back().second;
    }
}

// Places listed together: "from the cities of Sumy, Trostyanets, Lebedyn and Konotop", "Kherson, Mykolaiv and
// Odesa", "residents of Bedok and Tampines". After "cities of" (a kind of place in the plural) every capitalised name
// of the list is a place; in a list holding a place already found, the names the gazetteer knows as places (however
// small) are places too.
void placesInLists(ExtractionState& st) {
    const auto& t = st.tokens();
    const auto& gz = st.gazetteer();
    // (And who lives there: "residents of Bedok, Tampines and Pasir Ris"; a town named alone: "the town of Ely".)
    static constexpr std::array<std::string_view, 18> kPluralKinds{
        "cities",         "towns",         "villages", "settlements",    "regions",   "provinces",
        "districts",      "communities",   "oblasts",  "municipalities", "residents", "inhabitants",
        "neighbourhoods", "neighborhoods", "suburbs",  "town",           "village",   "suburb"};
    // Where the places found so far end: one lookup per comma, however many places a release names.
    std::set<std::size_t> placeEnds;
    for (const auto& e : st.entities())
        if (e.type == EntityType::Location)
            for (const auto& m : e.mentions) placeEnds.insert(m.span.end);
    auto addPlace = [&](std::size_t from, std::size_t end, const char* rule) {
        if (end <= from || st.claimed(t[from].begin, t[end - 1].end)) return;
        const auto* known = gz.place(st.slice(t[from].begin, t[end - 1].end));
        const std::string name = known ? known->name : std::string(st.slice(t[from].begin, t[end - 1].end));
        st.addMention(EntityType::Location, name, t[from].begin, t[end - 1].end, rule);
        placeEnds.insert(t[end - 1].end);
    };
    for (std::size_t i = 0; i + 2 < t.size(); ++i) {
        // "the cities of Sumy, Trostyanets ..."
        const bool cue = t[i].isWord() && inLowerList(t[i].text, kPluralKinds) && t[i + 1].is("of");
        // "... Sumy, Trostyanets": a list continuing from a place already found
        const bool afterPlace =
            !cue && (t[i].isPunct(',') || t[i].is("and")) && i > 0 && placeEnds.count(t[i - 1].end) > 0;
        if (!cue && !afterPlace) continue;
        std::size_t k = cue ? i + 2 : i + 1;
        if (k < t.size() && t[k].is("the")) ++k;
        // Walk the list: NAME (, NAME)* (and|or NAME)?
        std::vector<std::pair<std::size_t, std::size_t>> listed;
        while (k < t.size() && t[k].sentence == t[i].sentence) {
            // ("the City of Santa Clarita and the City of El Segundo": the kind before a name is no place.)
            if (k + 2 < t.size() && t[k].isWord() && t[k + 1].is("of") &&
                lexicons::settlementKinds().contains(t[k].text))
                k += 2;
            const std::size_t end = shortNameEnd(t, k);
            if (end == k) break;
            const bool known = gz.place(st.slice(t[k].begin, t[end - 1].end)) != nullptr;
            // ("inhabitants of Kenyan towns": adjectives of peoples name no place.)
            if (end == k + 1 && gz.countryOfDemonym(t[k].text)) break;
            if (cue || known)
                listed.emplace_back(k, end);
            else
                break;
            if (end < t.size() && (t[end].isPunct(',') || t[end].is("and") || t[end].is("or"))) {
                k = end + 1;
                if (k < t.size() && (t[k].is("and") || t[k].is("or"))) ++k;  // ", and"
            } else {
                k = end;
                break;
            }
        }
        // "inhabitants of African and Asian countries": the names qualify a kind of place after them.
        static constexpr std::array<std::string_view, 6> kKindsAfter{"countries", "nations", "states",
                                                                     "regions",   "cities",  "communities"};
        const bool qualifies = !listed.empty() && listed.back().second < t.size() && t[listed.back().second].isWord() &&
                               inLowerList(t[listed.back().second].text, kKindsAfter);
        if (!qualifies)
            for (const auto& [from, end] : listed) addPlace(from, end, "place.list");
        // The list is read once: its commas do not start it again (a hostile list of 100,000 places stays linear).
        if (k > i + 1) i = k - 1;
    }
    // "includes West Hollywood, Silver Lake and Echo Park": before a place found, the names the gazetteer knows,
    // one comma at a time, are the list's first items. (Each comma is looked at once, and a walk back stops at the
    // first name that is no known place.)
    // (A place the gazetteer knows, not a building: "Costco, Gap, Home Depot" are shops.)
    // (The gazetteer asked only where a comma stands before a place.)
    // (By the entity's index: adding places below may move the entities.)
    std::map<std::size_t, std::size_t> placeStarts;  // where a place's mention begins -> its entity
    for (std::size_t e = 0; e < st.entities().size(); ++e)
        if (st.entities()[e].type == EntityType::Location)
            for (const auto& m : st.entities()[e].mentions)
                if (m.rule != "place.venue") placeStarts.emplace(m.span.begin, e);
    for (std::size_t c = 1; c + 1 < t.size(); ++c) {
        if (!t[c].isPunct(',')) continue;
        const auto after = placeStarts.find(t[c + 1].begin);
        if (after == placeStarts.end() || !gz.place(st.entities()[after->second].name)) continue;
        std::vector<std::pair<std::size_t, std::size_t>> before;
        for (std::size_t end = c; end > 0;) {
            std::size_t from = end;
            while (from > 0 && end - from < 3 && t[from - 1].isWord() && t[from - 1].capitalized &&
                   !t[from - 1].allCaps && t[from - 1].sentence == t[c].sentence)
                --from;
            if (from == end || st.claimed(t[from].begin, t[end - 1].end)) break;
            // (The whole run a name the gazetteer knows, not the end of a longer one: "Mayor Jo Burbank, Glendale".)
            const auto* known = gz.place(st.slice(t[from].begin, t[end - 1].end));
            // (Nor a name after "the": "Neighbors on the Rum, Princeton" is a restaurant's.)
            if (!known || known->weak || (from > 0 && t[from - 1].isWord() && t[from - 1].capitalized) ||
                (from > 0 && t[from - 1].is("the")))
                break;
            before.emplace_back(from, end);
            if (from < 2 || !t[from - 1].isPunct(',')) break;
            end = from - 1;
        }
        for (const auto& [from, end] : before) addPlace(from, end, "place.list");
    }
    townsListedTogether(st, addPlace);
}

// "Greater Minnesota", "Greater Manchester", "Greater Sydney": a known place widened to its surroundings is a place
// of its own (the gazetteer's own "Greater London" is found by the lookup below).
void placesWithGreater(ExtractionState& st) {
    const auto& t = st.tokens();
    const auto& gz = st.gazetteer();
    for (std::size_t i = 0; i + 1 < t.size(); ++i) {
        if (!t[i].is("Greater") || !t[i + 1].isWord() || !t[i + 1].capitalized || t[i + 1].allCaps ||
            t[i + 1].sentence != t[i].sentence || !gz.mayStartPlace(t[i + 1].text))
            continue;
        const std::size_t words = std::min(gz.placeWordsFrom(t[i + 1].text), t.size() - i - 1);
        for (std::size_t n = words; n > 0; --n) {
            const std::size_t last = i + n;
            if (t[last].sentence != t[i].sentence || !t[last].isWord() || !t[last].capitalized) continue;
            if (!gz.placeFromKnownStart(st.slice(t[i + 1].begin, t[last].end))) continue;
            // "Greater Boston Chamber of Commerce": the longer name is someone else's to find.
            if (last + 1 < t.size() && t[last + 1].isWord() && t[last + 1].capitalized &&
                t[last + 1].sentence == t[i].sentence)
                break;
            if (!st.claimed(t[i].begin, t[last].end))
                st.addMention(EntityType::Location, std::string(st.slice(t[i].begin, t[last].end)), t[i].begin,
                              t[last].end, "place.greater");
            i = last;
            break;
        }
    }
}

// "Central and South America", "East and West Africa", "North and South Korea": the first compass point stands for
// its own place, named with the second's ("Central America"), when the gazetteer knows that place.
void placesBeforeCoordinatedCompass(ExtractionState& st) {
    const auto& t = st.tokens();
    const auto& gz = st.gazetteer();
    std::vector<std::pair<std::size_t, std::string>> found;  // the compass token, the place it stands for
    for (const auto& e : st.entities()) {
        if (e.type != EntityType::Location) continue;
        for (const auto& m : e.mentions) {
            const std::size_t k = tokenAt(t, m.span.begin);
            if (k < 2 || k >= t.size() || !isCompassPoint(t[k].text) || !t[k - 1].is("and") ||
                !isCompassPoint(t[k - 2].text) || t[k - 2].sentence != t[k].sentence)
                continue;
            // The place without its compass point, after the second one: "America" of "South America".
            const std::size_t rest = k + 1;
            if (rest >= t.size() || t[rest].begin >= m.span.end) continue;
            const std::string name =
                std::string(t[k - 2].text) + " " + std::string(st.slice(t[rest].begin, m.span.end));
            const auto* place = gz.place(name);
            if (place) found.emplace_back(k - 2, place->name);
        }
    }
    for (const auto& [k, name] : found)
        if (!st.claimed(t[k].begin, t[k].end))
            st.addMention(EntityType::Location, name, t[k].begin, t[k].end, "place.coordinated_compass");
}

}  // namespace

// "held talks in the Kremlin", "spoke at the White House": seats of government and landmark venues, capitalised.
static void landmarkVenues(ExtractionState& st) {
    const auto& t = st.tokens();
    const auto& venues = lexicons::landmarkVenues();
    const std::size_t most = venues.maxWords();
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (!t[i].isWord() || !t[i].capitalized) continue;
        for (std::size_t n = std::min(most, t.size() - i); n > 0; --n) {
            const std::size_t last = i + n - 1;
            if (t[last].sentence != t[i].sentence || !t[last].isWord() || !t[last].capitalized) continue;
            const auto name = st.slice(t[i].begin, t[last].end);
            if (!venues.contains(name) || st.claimed(t[i].begin, t[last].end)) continue;
            // ("Kremlin spokesman", "White House Press Secretary": a word after it makes it an office's name.)
            const bool more = last + 1 < t.size() && t[last + 1].isWord() && t[last + 1].capitalized &&
                              t[last + 1].sentence == t[i].sentence;
            // ("The Kremlin said", "the White House also welcomed": a seat of government that speaks or acts is the
            // government in it, an organisation.)
            std::size_t verb = last + 1;
            if (verb + 1 < t.size() && t[verb].isWord() &&
                inLowerList(t[verb].text, std::array<std::string_view, 4>{"also", "has", "had", "today"}))
                ++verb;
            const bool acts = verb < t.size() && t[verb].isWord() && !t[verb].capitalized &&
                              t[verb].sentence == t[i].sentence && isSpeechOrActionVerb(t[verb].text);
            if (acts)
                st.addMention(EntityType::Agency, std::string(name), t[i].begin, t[last].end, "agency.acting_seat");
            else if (!more)
                st.addMention(EntityType::Location, std::string(name), t[i].begin, t[last].end, "place.venue");
            i = last;
            break;
        }
    }
}

void findPlaces(ExtractionState& st) {
    landmarkVenues(st);
    placesByAreaAndResidence(st);
    placesWithGreater(st);
    placesByKind(st);
    placesByCapitalisedKind(st);
    placesByFeature(st);
    placesByLeadingFeature(st);
    placesFromGazetteer(st);
    townsBeforeTheirDistrict(st);
    placesAfterReportVerbs(st);
    sitesVisited(st);
    placesOfRoutesAndOrigins(st);
    townsOfRoadNames(st);
    townsOfTheReleasesPolice(st);
    placesInLists(st);
    placesBeforeCoordinatedCompass(st);
}

}  // namespace bulletin::extract
