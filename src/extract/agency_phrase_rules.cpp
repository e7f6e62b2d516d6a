#include "agency_phrase_rules.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <set>
#include <string>

#include "agency_chains.hpp"
#include "lexicon.hpp"
#include "person_titles.hpp"

namespace bulletin::extract {

namespace {

std::string canonicalAgencyName(const ExtractionState& st, std::string_view surface, std::string& acronym) {
    if (const auto* known = st.gazetteer().agencyByName(surface)) {
        acronym = known->acronym;
        return known->name;
    }
    return std::string(surface);
}

}  // namespace

void addAgencySpan(ExtractionState& st, std::size_t begin, std::size_t end, const char* rule) {
    if (begin >= end || st.claimed(begin, end)) return;
    std::string acronym;
    const std::string name = canonicalAgencyName(st, st.slice(begin, end), acronym);
    st.addMention(EntityType::Agency, name, begin, end, rule, acronym);
}

// "Ministries of Interior, Foreign Affairs, Finance, Law and Justice", "the Departments of Health, Labor and
// Industry, and Public Safety"
void pluralMinistries(ExtractionState& st, const std::vector<Token>& t) {
    for (std::size_t i = 0; i + 2 < t.size(); ++i) {
        if (!((t[i].is("Ministries") || t[i].is("Departments")) && t[i + 1].is("of"))) continue;
        // ("the Police Departments of Seal Beach and Irvine": departments of places are named after them.)
        if (i > 0 && t[i - 1].isWord() && t[i - 1].capitalized && t[i - 1].sentence == t[i].sentence &&
            !equalsLower(t[i - 1].text, "the"))
            continue;
        const std::string singular = t[i].is("Ministries") ? "Ministry of " : "Department of ";
        std::size_t k = i + 2;
        std::size_t partStart = k;
        bool firstPart = true;
        while (k <= t.size()) {
            const bool boundary = k == t.size() || (!t[k].isWord() && !t[k].is("&")) ||
                                  t[k].sentence != t[i].sentence ||
                                  (t[k].isWord() && !t[k].capitalized && !t[k].is("and") && !t[k].is("of"));
            if (!boundary) {
                ++k;
                continue;
            }
            std::size_t partEnd = k;  // "... and Economic Development and the Attorney General's Office"
            while (partEnd > partStart && (t[partEnd - 1].is("and") || t[partEnd - 1].is("of"))) --partEnd;
            // The list's last part holds its last two fields when it is the only part ("Justice and Homeland
            // Security": the plural names two bodies at least) or one side is of two words ("Interior, Foreign Affairs
            // and Finance"); after a comma, two single words are one portfolio ("Finance, Law and Justice", "Revenue,
            // Labor and Industry"), and a comma closes a field's own "and" ("Trade and Industry, and Finance").
            // (A comma followed by no further field ends the list too: "the Ministries of Defence and Foreign
            // Affairs, the Treasury ...".)
            std::size_t after = k + 1;
            if (after < t.size() && t[after].is("and")) ++after;
            const bool last = k == t.size() || !t[k].isPunct(',') || after >= t.size() || !t[after].isWord() ||
                              !t[after].capitalized || t[after].sentence != t[i].sentence;
            std::size_t split = partEnd;
            if (last)
                for (std::size_t m = partEnd; m > partStart + 1 && split == partEnd; --m)
                    if (t[m - 1].is("and") && m < partEnd && t[m].capitalized) split = m - 1;
            if (split < partEnd && !firstPart && split - partStart == 1 && partEnd - split == 2) split = partEnd;
            for (const auto& [from, to] : {std::pair{partStart, split}, std::pair{split + 1, partEnd}}) {
                // (A place is no field, "Ministries of Economy of Ukraine and Azerbaijan"; a small town named like
                // one is, "Justice".)
                const auto* place = from < to ? st.gazetteer().place(st.slice(t[from].begin, t[to - 1].end)) : nullptr;
                if (from >= to || !t[from].capitalized ||
                    (place && (place->kind != PlaceKind::City || place->population >= 100000)))
                    continue;
                const std::size_t b = firstPart ? t[i].begin : t[from].begin;
                const std::string name = singular + std::string(st.slice(t[from].begin, t[to - 1].end));
                if (!st.claimed(t[from].begin, t[to - 1].end))
                    st.addMention(EntityType::Agency, name, b, t[to - 1].end, "agency.ministry_list");
                firstPart = false;
            }
            if (last) break;
            ++k;
            if (k < t.size() && t[k].is("and")) ++k;
            partStart = k;
        }
    }
}

void namesBeforePluralHead(ExtractionState& st, const std::vector<Token>& t) {
    // (Committees are listed by committee_lists.cpp: their fields hold "and" of their own, "Ways and Means".)
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 8> kHeads{{{"Departments", "Department"},
                                                                                          {"Ministries", "Ministry"},
                                                                                          {"Agencies", "Agency"},
                                                                                          {"Commissions", "Commission"},
                                                                                          {"Offices", "Office"},
                                                                                          {"Councils", "Council"},
                                                                                          {"Divisions", "Division"},
                                                                                          {"Stations", "Station"}}};
    for (std::size_t i = 3; i < t.size(); ++i) {
        if (!t[i].isWord()) continue;
        const auto head =
            std::find_if(kHeads.begin(), kHeads.end(), [&](const auto& h) { return h.first == t[i].text; });
        if (head == kHeads.end()) continue;
        // The names before it, joined by commas and "and": "State and Homeland Security", "Justice, Labor and
        // Commerce".
        std::vector<std::pair<std::size_t, std::size_t>> names;
        std::size_t end = i;
        bool joined = false;
        while (end > 0 && names.size() < 6) {
            std::size_t first = end;
            while (first > 0 && end - first < 3 && t[first - 1].isWord() && t[first - 1].capitalized &&
                   !t[first - 1].allCaps && t[first - 1].sentence == t[i].sentence &&
                   !equalsLower(t[first - 1].text, "the") &&
                   // (A head word right before the plural one is the bodies' field: "Oceanside Police Departments";
                   // so is one standing alone, "the Customs and Excise Departments".)
                   (!isOrganisationHead(t[first - 1].text) || first == i ||
                    (first == end && first >= 2 && t[first - 1].text != t[i].text && t[first - 2].isWord() &&
                     (!t[first - 2].capitalized || equalsLower(t[first - 2].text, "the")))))
                --first;
            if (first == end || t[first].sentenceStart) break;
            // ("Residents' Committees, Member States and Police Stations": a name that ends in a plural head of its
            // own is bodies of its own kind, and the list before it shares nothing with the last head.)
            if (!names.empty() && isPluralOrganisationHead(t[end - 1].text)) break;
            names.emplace_back(first, end);
            if (first < 2) break;
            if (t[first - 1].is("and")) {
                joined = true;
                end = first - 1;
            } else if (t[first - 1].isPunct(',') && joined) {
                end = first - 1;
            } else {
                break;
            }
        }
        if (names.size() < 2 || !joined) continue;
        // "the Orange and Santa Ana Fire Departments": places listed before a field the last one names after its
        // place share that field ("Orange Fire Department").
        std::string sharedField;
        const auto& [lastFirst, lastStop] = names.front();
        for (std::size_t k = lastStop - 1; k > lastFirst; --k)
            if (st.gazetteer().place(st.slice(t[lastFirst].begin, t[k - 1].end))) {
                sharedField = std::string(st.slice(t[k].begin, t[lastStop - 1].end));
                break;
            }
        // ("the Velmar and Kovalsk Police Departments": towns the gazetteer does not know share the police or fire
        // field the last one names, as known ones do.)
        // (So do a town's or a city's councils: "the Tampines and Jurong-Clementi Town Councils".)
        const bool townField =
            sharedField.empty() && lastStop >= lastFirst + 2 &&
            (t[lastStop - 1].is("Police") || t[lastStop - 1].is("Fire") || t[lastStop - 1].is("Town") ||
             t[lastStop - 1].is("City") || t[lastStop - 1].is("County"));
        if (townField) sharedField = std::string(t[lastStop - 1].text);
        for (const auto& [first, stop] : names) {
            const std::string_view words = st.slice(t[first].begin, t[stop - 1].end);
            // (The last name's mention takes the head word with it: "Homeland Security Departments".)
            const std::size_t mentionEnd = stop == i ? t[i].end : t[stop - 1].end;
            if (st.claimed(t[first].begin, mentionEnd)) continue;
            std::string name(words);
            const bool bareTown = townField && stop < lastStop && stop - first <= 3 &&
                                  !isOrganisationHead(t[stop - 1].text) && t[stop - 1].text != sharedField;
            if (st.gazetteer().place(words) || bareTown) {
                if (sharedField.empty()) continue;
                name += " " + sharedField;
            }
            st.addMention(EntityType::Agency, name + " " + std::string(head->second), t[first].begin, mentionEnd,
                          "agency.plural_head");
        }
    }
}

void fieldBodiesOfCountries(ExtractionState& st, const std::vector<Token>& t) {
    for (std::size_t i = 1; i < t.size(); ++i) {
        if (!t[i].isWord() || !t[i].capitalized || t[i].allCaps) continue;
        const auto* country = st.gazetteer().place(t[i].text);
        if (!country || country->kind != PlaceKind::Country) continue;
        const Token& field = t[i - 1];
        if (!field.isWord() || !field.capitalized || field.allCaps || field.sentence != t[i].sentence ||
            !lexicons::nationalBodyFields().contains(field.text))
            continue;
        // (Not a longer name running on, "Health Canada Act", nor after more capitals, "Public Health Canada ..."
        // read whole by the head-word rules.)
        if (i + 1 < t.size() && t[i + 1].isWord() && t[i + 1].capitalized && t[i + 1].sentence == t[i].sentence)
            continue;
        if (st.claimed(field.begin, t[i].end)) continue;
        st.addMention(EntityType::Agency, std::string(st.slice(field.begin, t[i].end)), field.begin, t[i].end,
                      "agency.field_of_country");
    }
}

// "the Federal Reserve Banks of Boston, New York and San Francisco", "the Embassies of Japan and Korea": one body
// for each place listed, each named "<words> Bank of <place>" as such bodies are. (Police departments are named
// after their towns the other way round, so only heads whose bodies are named "of" a place are read.)
void pluralBodiesOfPlaces(ExtractionState& st, const std::vector<Token>& t) {
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 6> kHeads{
        {{"Banks", "Bank"},
         {"Embassies", "Embassy"},
         {"Governments", "Government"},
         {"Consulates", "Consulate"},
         {"Universities", "University"},
         {"Parliaments", "Parliament"}}};
    const auto& gz = st.gazetteer();
    for (std::size_t i = 0; i + 2 < t.size(); ++i) {
        if (!t[i].isWord() || !t[i + 1].is("of")) continue;
        const auto head = std::find_if(kHeads.begin(), kHeads.end(), [&](const auto& h) { return t[i].is(h.first); });
        if (head == kHeads.end()) continue;
        std::size_t first = i;  // "Federal Reserve": the capitalised words naming the kind of body
        while (first > 0 && t[first - 1].isWord() && t[first - 1].capitalized && !isFunctionWord(t[first - 1].text) &&
               t[first - 1].sentence == t[i].sentence && i - first < 5)
            --first;
        // The places: known ones, joined by commas and "and" ("Kansas City", "St. Louis" are one each).
        std::vector<std::pair<std::size_t, std::size_t>> places;
        std::size_t k = i + 2;
        while (k < t.size() && t[k].sentence == t[i].sentence) {
            if (t[k].is("the")) ++k;
            std::size_t end = 0;
            for (std::size_t n = std::min<std::size_t>(5, t.size() - k); n > 0 && !end; --n) {
                const Token& last = t[k + n - 1];
                if (!t[k].capitalized || !(last.isWord() || last.isPunct('.'))) continue;
                if (gz.place(st.slice(t[k].begin, last.end))) end = k + n;
            }
            // (After a known place, a town the gazetteer lacks: "the Universities of Colombo, Kelaniya and
            // Peradeniya". One or two capitalised words that end the name.)
            if (!end && !places.empty()) {
                std::size_t run = k;
                while (run < t.size() && run - k < 3 && t[run].isWord() && t[run].capitalized && !t[run].allCaps &&
                       t[run].sentence == t[i].sentence && !isFunctionWord(t[run].text) &&
                       !isOrganisationHead(t[run].text))
                    ++run;
                if (run > k && run - k <= 2 && (run == t.size() || !t[run].isWord() || !t[run].capitalized)) end = run;
            }
            if (!end) break;
            places.emplace_back(k, end);
            k = end;
            if (k < t.size() && t[k].isPunct(',')) ++k;
            if (k < t.size() && (t[k].is("and") || t[k].is("or")))
                ++k;
            else if (k > 0 && !t[k - 1].isPunct(','))
                break;
        }
        if (places.size() < 2) continue;
        const std::string kind =
            (first < i ? std::string(st.slice(t[first].begin, t[i - 1].end)) + " " : std::string()) +
            std::string(head->second) + " of ";
        for (std::size_t p = 0; p < places.size(); ++p) {
            const auto [from, end] = places[p];
            const std::size_t begin = p == 0 ? t[first].begin : t[from].begin;
            if (st.claimed(begin, t[end - 1].end)) continue;
            st.addMention(EntityType::Agency, kind + std::string(st.slice(t[from].begin, t[end - 1].end)), begin,
                          t[end - 1].end, "agency.bodies_of_places");
        }
        i = places.back().second - 1;
    }
}

// "the Pakistani government" -> Government of Pakistan; "the Russian Government" -> the Government of the Russian
// Federation where the release names it so, one body under the name the release gives it.
void demonymGovernments(ExtractionState& st, const std::vector<Token>& t) {
    std::optional<std::map<std::string, std::string>> namedInFull;  // country -> "Government of the ...", once
    for (std::size_t i = 0; i + 1 < t.size(); ++i) {
        if (!(t[i].isWord() && t[i].capitalized)) continue;
        // The country's adjective or name, of one to three words ("the Sri Lankan government", "the Singapore
        // government"), then "government".
        std::size_t g = i + 1;
        while (g < t.size() && g < i + 3 && t[g].isWord() && t[g].capitalized && !equalsLower(t[g].text, "government"))
            ++g;
        if (g >= t.size() || !equalsLower(t[g].text, "government") || t[g].sentence != t[i].sentence) continue;
        if (i > 0 && t[i - 1].isWord() && t[i - 1].capitalized && t[i - 1].sentence == t[i].sentence &&
            !equalsLower(t[i - 1].text, "the"))
            continue;
        const std::string_view words = st.slice(t[i].begin, t[g - 1].end);
        std::optional<std::string> country = st.gazetteer().countryOfDemonym(words);
        if (!country)
            if (const auto* place = st.gazetteer().place(words); place && place->kind == PlaceKind::Country)
                country = place->name;
        if (!country || st.claimed(t[i].begin, t[g].end)) continue;
        if (!namedInFull) {
            namedInFull.emplace();
            for (std::size_t k = 0; k + 2 < t.size(); ++k) {
                if (!t[k].is("Government") || !t[k + 1].is("of")) continue;
                const std::size_t from = k + 2 < t.size() && t[k + 2].is("the") ? k + 3 : k + 2;
                for (std::size_t n = 4; n > 0; --n) {
                    if (from + n > t.size() || t[from + n - 1].sentence != t[k].sentence) continue;
                    const auto* place = st.gazetteer().place(st.slice(t[from].begin, t[from + n - 1].end));
                    if (!place || place->kind != PlaceKind::Country) continue;
                    namedInFull->emplace(place->name, std::string(st.slice(t[k].begin, t[from + n - 1].end)));
                    break;
                }
            }
        }
        const auto full = namedInFull->find(*country);
        st.addMention(EntityType::Agency, full != namedInFull->end() ? full->second : "Government of " + *country,
                      t[i].begin, t[g].end, "agency.demonym_government");
        i = g;
    }
}

namespace {

// Whether the capitalised words [begin, end) may be a town listed before another's police: a known place, or any name
// where the police are plural units ("the Kurunegala, Puttalam and Anuradhapura police divisions"); never a body, a
// title, a people, a country or a day ("the Army, Navy and Galle police").
bool listedTown(const ExtractionState& st, const std::vector<Token>& t, std::size_t begin, std::size_t end,
                bool pluralUnits) {
    const auto& places = st.gazetteer();
    const std::string_view name = st.slice(t[begin].begin, t[end - 1].end);
    if (places.countryOfDemonym(name) || places.mayStartTitle(t[begin].text) || isOrganisationHead(t[end - 1].text) ||
        isCalendarWord(t[begin].text) || st.claimed(t[begin].begin, t[end - 1].end))
        return false;
    const auto* place = places.place(name);
    if (place && place->kind == PlaceKind::Country) return false;
    return place || pluralUnits;
}

}  // namespace

// "the Matara and Galle police divisions", "Kurunegala, Puttalam and Anuradhapura police": the towns listed before the
// last one each have their police, named as the last town's is. `town` opens the last town, `police` is its word.
// (With `areas`, "in the Matara and Galle police areas": each town is a place.)
void coordinatedTownPolice(ExtractionState& st, const std::vector<Token>& t, std::size_t town, std::size_t police,
                           bool areas) {
    constexpr std::size_t kTownWords = 3;
    static constexpr std::array<std::string_view, 3> kUnits{"divisions", "stations", "areas"};
    if (town < 2 || !(t[town - 1].is("and") || t[town - 1].is("or"))) return;
    const bool pluralUnits = police + 1 < t.size() && t[police + 1].sentence == t[police].sentence &&
                             t[police + 1].isWord() && inLowerList(t[police + 1].text, kUnits);
    std::size_t end = town - 1;
    if (t[end - 1].isPunct(',')) --end;  // (the serial comma: "Matara, Galle, and Hambantota police")
    while (end > 0) {
        std::size_t begin = end;
        while (begin > 0 && end - begin < kTownWords && t[begin - 1].isWord() && t[begin - 1].capitalized &&
               !t[begin - 1].allCaps && t[begin - 1].sentence == t[police].sentence &&
               !isFunctionWord(t[begin - 1].text))
            --begin;
        if (begin == end || !listedTown(st, t, begin, end, pluralUnits)) return;
        const std::string_view name = st.slice(t[begin].begin, t[end - 1].end);
        if (areas) {
            const auto* known = st.gazetteer().place(name);
            st.addMention(EntityType::Location, known ? known->name : std::string(name), t[begin].begin, t[end - 1].end,
                          "place.area");
        } else {
            st.addMention(EntityType::Agency, std::string(name) + " police", t[begin].begin, t[end - 1].end,
                          "agency.town_police");
        }
        if (begin == 0 || !t[begin - 1].isPunct(',') || t[begin - 1].sentence != t[police].sentence) return;
        end = begin - 1;
    }
}

// "officers of the Kiribathgoda police", "Wellampitiya police arrested": a town's police, written with "police" in
// lower case, is that town's police division or station, a body of its own. (Not a people's police, "Afghan
// police", nor one a title or a name opens; the town is no place of its own here.)
void townPolice(ExtractionState& st, const std::vector<Token>& t) {
    constexpr std::size_t kTownWords = 3;
    static constexpr std::array<std::string_view, 8> kBefore{"the", "of", "by", "from", "at", "to", "with", "and"};
    const auto& places = st.gazetteer();
    for (std::size_t i = 1; i < t.size(); ++i) {
        if (t[i].text != "police" || t[i].sentence != t[i - 1].sentence) continue;
        std::size_t k = i;
        while (k > 0 && i - k < kTownWords && t[k - 1].isWord() && t[k - 1].capitalized && !t[k - 1].allCaps &&
               t[k - 1].sentence == t[i].sentence && !isFunctionWord(t[k - 1].text))
            --k;
        if (k == i) continue;
        // ("Responding Newport Beach police": the longest run that is a known town.)
        std::size_t known = k;
        while (known < i && !places.place(st.slice(t[known].begin, t[i - 1].end))) ++known;
        const bool town = known < i;
        if (town) k = known;
        // A town no gazetteer holds only where a name is expected ("officers of the Kiribathgoda police"); at the
        // start of a sentence any capitalised word would do ("Responding police", "Several police").
        const bool opensSentence = k == 0 || t[k - 1].sentence != t[i].sentence;
        const bool afterWord =
            !opensSentence && ((t[k - 1].isWord() && inLowerList(t[k - 1].text, kBefore)) || t[k - 1].isPunct(','));
        if (!town && !afterWord) continue;
        const std::string_view name = st.slice(t[k].begin, t[i - 1].end);
        if (places.countryOfDemonym(name) || places.mayStartTitle(t[k].text) || isOrganisationHead(t[i - 1].text) ||
            isCalendarWord(t[k].text) || st.claimed(t[k].begin, t[i].end))
            continue;
        // (A country's or a state's police is no one body: "Texas police", "Colorado police"; a town that is also a
        // region's name is a town: "Santa Ana".)
        if (const auto* place = places.place(name);
            place && (place->kind == PlaceKind::Country ||
                      (place->kind == PlaceKind::Region && places.largestCityPopulation(name) < 50000)))
            continue;
        // "arrested in the Kahathuduwa police area": the area a town's police covers is where it happened, the
        // town a place (the police no actor there).
        if (i + 1 < t.size() && t[i + 1].sentence == t[i].sentence && t[i + 1].isWord() &&
            (t[i + 1].is("area") || t[i + 1].is("areas"))) {
            const auto* known = places.place(name);
            st.addMention(EntityType::Location, known ? known->name : std::string(name), t[k].begin, t[i - 1].end,
                          "place.area");
            coordinatedTownPolice(st, t, k, i, true);
            continue;
        }
        st.addMention(EntityType::Agency, std::string(st.slice(t[k].begin, t[i].end)), t[k].begin, t[i].end,
                      "agency.town_police");
        coordinatedTownPolice(st, t, k, i, false);
    }
}

// "the Trump administration", "the Biden-Harris administration", "Trump administration’s": a government named for its
// head, a person's name before "administration" in lower case (not "the OCDA administration" of an office, nor "the IT
// administration").
void headsAdministrations(ExtractionState& st, const std::vector<Token>& t) {
    for (std::size_t i = 2; i + 1 < t.size(); ++i) {
        if (!t[i].is("administration") || t[i].sentence != t[i - 1].sentence) continue;
        const Token& head = t[i - 1];
        // (Or its possessive without the article, as a headline style writes it: "brief in Trump administration’s
        // appeal".)
        const bool possessive = t[i + 1].kind == TokenKind::Possessive;
        if (!head.isWord() || !head.capitalized || head.allCaps || !(equalsLower(t[i - 2].text, "the") || possessive))
            continue;
        if (i + 1 < t.size() && t[i + 1].is("of")) continue;  // "the Trump administration of the 1980s" is rare
        // (Every part of a hyphenated name a person's: "Biden-Harris".)
        bool name = true;
        for (std::size_t from = 0; from <= head.text.size() && name;) {
            const std::size_t to = std::min(head.text.find('-', from), head.text.size());
            name = to > from && st.gazetteer().isNameWord(head.text.substr(from, to - from));
            from = to + 1;
        }
        // (A place of note's administration is its government's, "the Tokyo administration"; a small town that
        // shares a surname is none, "the Obama administration".)
        constexpr long kPlaceOfNote = 100000;
        const auto* place = st.gazetteer().place(head.text);
        const bool placeOfNote = place && (place->kind != PlaceKind::City ||
                                           st.gazetteer().largestCityPopulation(head.text) >= kPlaceOfNote);
        if (!name || isFunctionWord(head.text) || isOrganisationHead(head.text) ||
            st.gazetteer().mayStartTitle(head.text) || placeOfNote || isCalendarWord(head.text) ||
            st.claimed(head.begin, t[i].end))
            continue;
        st.addMention(EntityType::Agency, std::string(st.slice(head.begin, t[i].end)), head.begin, t[i].end,
                      "agency.administration");
    }
}

// "X headquarters" is a place where the agency sits; its words are claimed so that they are not an agency
// mention on their own ("MNDF Headquarters").
void headquarters(ExtractionState& st, const std::vector<Token>& t) {
    for (std::size_t i = 1; i < t.size(); ++i) {
        if (!equalsLower(t[i].text, "headquarters")) continue;
        std::size_t k = i;
        if (t[k - 1].isPunct(')')) {  // "National Counter Terrorism Authority (NACTA) headquarters"
            std::size_t open = k - 1;
            while (open > 0 && !t[open].isPunct('(')) --open;
            k = open;
        }
        while (k > 0 && t[k - 1].isWord() && t[k - 1].capitalized && t[k - 1].sentence == t[i].sentence &&
               !isFunctionWord(t[k - 1].text))
            --k;
        if (k == i) continue;
        std::string owner;
        for (std::size_t m = k; m < i; ++m)
            if (t[m].allCaps) owner = std::string(t[m].text);
        if (owner.empty()) owner = std::string(st.slice(t[k].begin, t[i - 1].end));
        std::size_t end = t[i].end;
        // "MNDF Headquarters, Bandaara Koshi": the place named after the comma belongs to it.
        std::string name = owner + " " + std::string(t[i].text);
        if (i + 2 < t.size() && t[i + 1].isPunct(',') && t[i + 2].capitalized) {
            std::size_t m = i + 2;
            while (m < t.size() && t[m].isWord() && t[m].capitalized && t[m].sentence == t[i].sentence) ++m;
            const std::string place(st.slice(t[i + 2].begin, t[m - 1].end));
            if (!st.gazetteer().place(place) || st.gazetteer().place(place)->kind == PlaceKind::City) {
                name += ", " + place;
                end = t[m - 1].end;
            }
        }
        // (Also where the agency inside was already found by its acronym definition: it stays, the place is added.)
        st.addMention(EntityType::Location, name, t[k].begin, end, "place.headquarters");
    }
}

// "Orange County District Attorney Tony Rackauckas", "Islamabad Police Chief Ali Nasir": a place and an office
// title before a name name an office that is an agency (the place counts as a place too).
void titleOffices(ExtractionState& st, const std::vector<Token>& t) {
    const auto& offices = lexicons::officeTitles();
    if (offices.entries().empty()) return;
    const auto& gz = st.gazetteer();
    // Office titles are rare: find them first, then look for the place before them.
    static const std::set<std::string> firstWords = [&] {
        std::set<std::string> out;
        for (const auto& e : offices.entries()) out.insert(lower(e.substr(0, e.find(' '))));
        return out;
    }();
    for (std::size_t j = 1; j < t.size(); ++j) {
        if (!t[j].isWord() || !t[j].capitalized || !firstWords.count(lower(t[j].text))) continue;
        std::size_t officeEnd = j;
        for (std::size_t n = std::min(offices.maxWords(), t.size() - j); n > 0; --n) {
            if (t[j + n - 1].sentence != t[j].sentence) continue;
            if (offices.contains(st.slice(t[j].begin, t[j + n - 1].end))) {
                officeEnd = j + n;
                break;
            }
        }
        if (officeEnd == j) continue;
        // The longest known place ending right before the title. ("Stearns County Attorney", "Hennepin County
        // Attorney": the title "County Attorney" after a county's own name; the county is the place it names.)
        std::size_t placeStart = j, placeEnd = j;
        const KnownPlace* place = nullptr;
        const std::size_t countyEnd = t[j].is("County") && officeEnd > j + 1 ? j + 1 : j;
        for (const std::size_t end : {countyEnd, j}) {
            for (std::size_t n = std::min<std::size_t>(4, j); n > 0 && !place && end > j - n; --n) {
                const std::size_t i = j - n;
                if (t[i].sentence != t[j].sentence || !t[i].capitalized) continue;
                if (const auto* p = gz.place(st.slice(t[i].begin, t[end - 1].end))) {
                    place = p;
                    placeStart = i;
                    placeEnd = end;
                }
            }
            if (place) break;
        }
        // (Not the first word of a longer title read as a town: "City" of "City Attorney Mike Feuer".)
        if (!place || (placeEnd == placeStart + 1 && firstWords.count(lower(t[placeStart].text)))) continue;
        // A name follows ("(OCDA)" may stand between the title and the name).
        std::size_t next = officeEnd;
        if (next + 2 < t.size() && t[next].isPunct('(') && t[next + 2].isPunct(')')) next += 3;
        const bool nameFollows = next < t.size() && t[next].isWord() && t[next].capitalized && !t[next].allCaps &&
                                 t[next].sentence == t[j].sentence;
        const bool possessive = officeEnd < t.size() && t[officeEnd].kind == TokenKind::Possessive;
        if (!nameFollows || possessive) continue;
        // ("Orange County District Attorney (OCDA) Tony Rackauckas": the definition named the office first; the
        // place in the title counts all the same.)
        if (st.claimed(t[placeStart].begin, t[officeEnd - 1].end)) {
            st.nestedPlaces.push_back({t[placeStart].begin, t[placeEnd - 1].end, place->name});
            j = officeEnd - 1;
            continue;
        }
        const std::string title(st.slice(t[j].begin, t[officeEnd - 1].end));
        const std::string placeText(st.slice(t[placeStart].begin, t[j - 1].end));
        const std::string name = lower(title).find("police") != std::string::npos
                                     ? placeText + " Police"
                                     : placeText + " " + title + "'s Office";
        st.addMention(EntityType::Agency, name, t[placeStart].begin, t[officeEnd - 1].end, "agency.title_office");
        st.nestedPlaces.push_back({t[placeStart].begin, t[placeEnd - 1].end, place->name});
        j = officeEnd - 1;
    }
}

// Known names with a lower-case word that joins no chain ("Software in the Public Interest", "Organization for
// Security and Co-operation in Europe"): the capitalised chains never hold them whole, so they are looked up over
// the running text, longest first.
void knownAgenciesWithLowerWords(ExtractionState& st, const std::vector<Token>& t) {
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (!t[i].isWord() || !t[i].capitalized) continue;
        const std::size_t most = st.gazetteer().agencyTokensFrom(t[i].text);
        for (std::size_t n = std::min(most, t.size() - i); n >= 3; --n) {
            const Token& last = t[i + n - 1];
            if (last.sentence != t[i].sentence || !last.isWord() || !last.capitalized) continue;
            // (Its lower-case words are small words, as the list writes them: not "Software in the public interest".)
            bool lowerJoins = false, lowerContent = false;
            for (std::size_t k = i + 1; k + 1 < i + n; ++k) {
                if (!t[k].isWord() || t[k].capitalized) continue;
                lowerJoins = lowerJoins || !isConnector(t[k].text);
                lowerContent = lowerContent || !isFunctionWord(t[k].text);
            }
            if (!lowerJoins || lowerContent || st.claimed(t[i].begin, last.end)) continue;
            const auto* known = st.gazetteer().agencyByNameFromKnownStart(st.slice(t[i].begin, last.end));
            if (!known) continue;
            st.addMention(EntityType::Agency, known->name, t[i].begin, last.end, "agency.gazetteer", known->acronym);
            i += n - 1;
            break;
        }
    }
}

// "the Debian Installer team", "the Debian Long Term Support (LTS) team": a team named by capitalised words before a
// lower-case "team" is a unit of its organisation. Not a team of a place or a person ("the Orange County team",
// "the Smith team"), nor a sport's.
void namedTeams(ExtractionState& st, const std::vector<Token>& t) {
    for (std::size_t i = 2; i < t.size(); ++i) {
        // (Or "Team" with the name's capitals: "The Debian Long Term Support (LTS) Team announced".)
        if (!t[i].isWord() || t[i].allCaps || !(equalsLower(t[i].text, "team") || equalsLower(t[i].text, "teams")))
            continue;
        std::size_t end = i;  // the name's words end here (an acronym in parentheses may stand between)
        if (t[end - 1].isPunct(')') && end >= 4 && t[end - 3].isPunct('(') && isAcronymLike(t[end - 2].text)) end -= 3;
        std::size_t first = end;
        while (first > 0 && end - first < 5 && t[first - 1].isWord() &&
               (t[first - 1].capitalized || t[first - 1].allCaps) && t[first - 1].sentence == t[i].sentence &&
               !equalsLower(t[first - 1].text, "the"))  // ("The Debian ... Team announced": the sentence's article)
            --first;
        // (An acronym inside the name, not opening it: "the Debian LTS team"; not "the SWAT team", nor a body's
        // unit after its head word, "the Sheriff's Department SMART team".)
        if (first < end && t[first].allCaps) continue;
        const auto inName = [&](auto test) {
            return std::any_of(t.begin() + static_cast<std::ptrdiff_t>(first),
                               t.begin() + static_cast<std::ptrdiff_t>(end), test);
        };
        if (inName([](const Token& w) { return w.allCaps; }) &&
            inName([](const Token& w) { return isOrganisationHead(w.text); }))
            continue;
        if (first == end || first == 0 || t[first].sentenceStart) continue;
        if (!(equalsLower(t[first - 1].text, "the") || t[first - 1].kind == TokenKind::Possessive)) continue;
        const std::string_view words = st.slice(t[first].begin, t[end - 1].end);
        // (A surname closes a person's team only when the name is one word or opens with a given name: "the Debian
        // Med team" and "the Debian Ruby team" are a project's.)
        if (st.gazetteer().place(words) || st.gazetteer().givenNameCount(t[first].text) >= 500 ||
            (st.gazetteer().isNameWord(t[end - 1].text) &&
             (end - first == 1 || st.gazetteer().givenNameCount(t[first].text) >= 100)))
            continue;
        const std::size_t begin = t[first].begin, stop = t[i].end;
        if (st.claimed(begin, stop)) continue;
        // (The name without the acronym between, which is its acronym: "Debian Long Term Support team", LTS.)
        const std::string acronym = end < i ? std::string(t[end + 1].text) : std::string();
        st.addMention(EntityType::Agency, std::string(words) + " " + std::string(t[i].text), begin, stop, "agency.team",
                      acronym);
    }
}

void utilityCompanies(ExtractionState& st, const std::vector<Token>& t) {
    for (std::size_t i = 2; i + 1 < t.size(); ++i) {
        if (!(t[i].is("and") || t[i].is("&"))) continue;
        const Token& a = t[i - 1];
        const Token& b = t[i + 1];
        if (!a.isWord() || !a.capitalized || !b.isWord() || !b.capitalized || b.sentence != a.sentence) continue;
        if (!lexicons::utilityServices().contains(lower(a.text) + " and " + lower(b.text))) continue;
        // The name's words before the services: one to four capitalised ones of the sentence, not its opening "The"
        // ("Burbank", "Pacific", "San Diego").
        std::size_t first = i - 1;
        while (first > 0 && i - 1 - first < 4 && t[first - 1].isWord() && t[first - 1].capitalized &&
               t[first - 1].sentence == a.sentence && !(t[first - 1].sentenceStart && t[first - 1].is("The")))
            --first;
        if (first == i - 1) continue;  // ("gas and electric bills": no name)
        std::size_t end = i + 2;
        if (end < t.size() && (t[end].is("Company") || t[end].is("Co") || t[end].is("Department")) &&
            t[end].sentence == a.sentence)
            ++end;
        addAgencySpan(st, t[first].begin, t[end - 1].end, "agency.utility");
    }
}

}  // namespace bulletin::extract
