// Places the gazetteer knows, found in the running text: countries, regions and large cities anywhere; smaller
// cities only with a cue that says the name is a place's ("in Irvine", "Felix Brito, 37, Costa Mesa", "Burbank Mayor
// ...", "the head of Tatarstan Rustam Minnikhanov"); never inside another name. Called by findPlaces.

#include "gazetteer_places.hpp"

#include <algorithm>
#include <array>
#include <set>
#include <string>
#include <vector>

#include "candidates.hpp"
#include "lexicon.hpp"
#include "person_name_words.hpp"
#include "person_titles.hpp"
#include "place_context_rules.hpp"

namespace bulletin::extract {

namespace {

constexpr long kAlwaysCityPopulation = 500000;
constexpr long kSentenceStartCityPopulation = 1000000;
// A town named before a person's title ("Burbank Mayor ..."): big enough not to be a word of an office's name.
constexpr long kTitledTownPopulation = 20000;

// The word before token i says a place follows, in running text: "in LA", "across NYC", "to D.C." (a place cue in
// lower case, so no all-capital headline), and no number after it ("Baton Rouge, LA 70802" is an address).
bool placeWordBefore(const std::vector<Token>& t, std::size_t i) {
    if (i == 0 || !t[i - 1].isWord() || t[i - 1].capitalized || t[i - 1].sentence != t[i].sentence ||
        !lexicons::placeCues().contains(t[i - 1].text))
        return false;
    return i + 1 >= t.size() || t[i + 1].kind != TokenKind::Number;
}

bool cueBefore(const std::vector<Token>& t, std::size_t i) {
    if (i == 0) return false;
    // "Felix Brito, 37, Costa Mesa, pleaded": a home town after an age.
    if (i >= 3 && t[i - 1].isPunct(',') && t[i - 2].kind == TokenKind::Number && t[i - 3].isPunct(',')) return true;
    // ("Carlos Melendez, 32, of Irvine": the same with "of".)
    if (i >= 4 && t[i - 1].is("of") && t[i - 2].isPunct(',') && t[i - 3].kind == TokenKind::Number &&
        t[i - 4].isPunct(','))
        return true;
    if (placeKindBeforeOf(t, i)) return true;
    // "the families of Altadena", "the people of Kursk": a known town's people, in lower case.
    if (i >= 3 && t[i - 1].is("of") && t[i - 2].isWord() && !t[i - 2].capitalized && t[i - 3].is("the") &&
        inLowerList(t[i - 2].text, std::array<std::string_view, 6>{"people", "families", "communities", "citizens",
                                                                   "neighborhoods", "neighbourhoods"}))
        return true;
    // "an incident in the City of Anaheim", "the Town of Tyre": the same with the kind capitalised, after "the".
    // ("The City of Burbank will receive": the article opening the sentence, or the kind opening it.)
    if (i >= 2 && t[i - 1].is("of") && t[i - 2].isWord() && t[i - 2].capitalized &&
        (t[i - 2].sentenceStart || (i >= 3 && equalsLower(t[i - 3].text, "the"))) &&
        lexicons::settlementKinds().contains(t[i - 2].text))
        return true;
    // "in Ahangama, Galle", "at Cal State University, Fullerton": the district or city after what the cue placed
    // (a town nobody lists, a campus).
    if (townBeforeComma(t, i, 3) > 0) return true;
    return lexicons::placeCues().contains(t[i - 1].text);
}

// "evacuate Mariupol residents", "the Kharkiv city council": a town's people or its own bodies in lower case right
// after the name (token `last` its last word) say the name is the town's.
bool cueAfter(const std::vector<Token>& t, std::size_t last) {
    if (last + 1 >= t.size() || t[last + 1].sentence != t[last].sentence) return false;
    const Token& w = t[last + 1];
    return residenceNoun(w) || (w.isWord() && !w.capitalized &&
                                inLowerList(w.text, std::array<std::string_view, 5>{"inhabitants", "townspeople",
                                                                                    "mayor", "city", "municipality"}));
}

// "the Kingdom of Saudi Arabia", "the Bolivarian Republic of Venezuela", "the Socialist Republic of Viet Nam": the
// formal name of the country found at token i starts this many tokens before it (its state word and the words
// that qualify it), or at i when there is none.
std::size_t formalCountryStart(const ExtractionState& st, const std::vector<Token>& t, std::size_t i) {
    static constexpr std::array<std::string_view, 14> kQualifiers{
        "Federal", "Federative", "Islamic", "Socialist", "Democratic",  "Bolivarian", "Plurinational",
        "Arab",    "Hashemite",  "United",  "Oriental",  "Independent", "Grand",      "Cooperative"};
    std::size_t k = i;
    if (k >= 1 && t[k - 1].is("the")) --k;
    if (k < 2 || !t[k - 1].is("of") || t[k - 2].sentence != t[i].sentence || !t[k - 2].isWord() ||
        !t[k - 2].capitalized || !lexicons::stateWords().contains(t[k - 2].text))
        return i;
    std::size_t start = k - 2;
    // ("People's Republic", "Lao People's Democratic Republic": a possessive counts as a qualifier with its word.)
    while (start > 0 && t[start - 1].sentence == t[i].sentence && i - start < 8) {
        const Token& w = t[start - 1];
        if (w.isWord() && (std::find(kQualifiers.begin(), kQualifiers.end(), w.text) != kQualifiers.end() ||
                           (w.capitalized && st.gazetteer().countryOfDemonym(w.text)))) {
            --start;
        } else if (start >= 2 && (w.is("'s") || w.is("’s")) && t[start - 2].is("People")) {
            start -= 2;
        } else {
            break;
        }
    }
    return start;
}

// "the head of Tatarstan Rustam Minnikhanov", "Mayor of Melitopol Ivan Fedorov": the place [i, last] follows an
// office's "of" (or "of the"), and a person the rules found starts right after it (not "Chief Financial Officer of
// Meadows Asset Management", "Trafficking of Minor Nigel Samuels", "School of Law Jonathan Weinhagen").
bool holderNamedAfter(const ExtractionState& st, std::size_t i, std::size_t last) {
    const auto& t = st.tokens();
    if (last + 1 >= t.size()) return false;
    const std::size_t of = t[i - 1].is("of") ? i - 1 : i - 2;
    std::string title;
    if (of == 0 || (titleBefore(st, t, of, title) == of && lowerCaseTitleBefore(st, t, of) == of)) return false;
    const std::size_t next = t[last + 1].begin;
    for (const auto& e : st.entities())
        if (e.type == EntityType::Person)
            for (const auto& m : e.mentions)
                if (m.span.begin == next) return true;
    return false;
}

// "Mayor Konstantine Anthony", "County Sheriff Paul Penzone": a person's title capitalised at token k, in the
// sentence, and a capitalised name (not a word in capitals) right after it.
bool titleWithHolderAt(const ExtractionState& st, std::size_t k, std::size_t sentence) {
    const auto& t = st.tokens();
    if (k >= t.size() || !t[k].isWord() || !t[k].capitalized || t[k].sentence != sentence) return false;
    constexpr std::size_t kTitleWords = 4;
    std::vector<std::string_view> words;
    for (std::size_t m = k; m < t.size() && words.size() < kTitleWords && t[m].isWord() && t[m].sentence == sentence;
         ++m)
        words.push_back(t[m].text);
    const std::size_t n = st.gazetteer().titleLength(words);
    const std::size_t holder = k + n;
    return n > 0 && holder < t.size() && t[holder].isWord() && t[holder].capitalized && !t[holder].allCaps &&
           t[holder].sentence == sentence && !isFunctionWord(t[holder].text);
}

}  // namespace

// Whether a patronymic connector after a capitalised word stands right before token i ("Ahmad Bin Samsun",
// "Suresh A/L Madras"): what follows is the parent's name, whatever town is named so.
static bool afterPatronymicConnector(const std::vector<Token>& t, std::size_t i) {
    for (const std::size_t n : {std::size_t{1}, std::size_t{3}})
        if (i >= n + 1 && patronymicConnectorAt(t, i - n) == n && t[i - n - 1].isWord() && t[i - n - 1].capitalized &&
            t[i - n - 1].sentence == t[i].sentence)
            return true;
    return false;
}

// "Sunil Perera of Horana", "Nimal Fernando (42) of Moratuwa": a town after "of" right after a person the rules
// found (and the age in brackets police reports give) is where the person lives. `personEnds` holds the byte
// offsets where the person mentions end.
static bool homeOfPerson(const std::vector<Token>& t, std::size_t i, const std::set<std::size_t>& personEnds) {
    if (i < 2 || !t[i - 1].is("of") || t[i - 1].sentence != t[i].sentence) return false;
    std::size_t before = i - 2;
    if (t[before].isPunct(')')) {
        std::size_t open = before;
        while (open > 0 && before - open < 3 && !t[open].isPunct('(')) --open;
        if (open == 0 || afterBracketedAge(t, open) != before + 1) return false;
        before = open - 1;
    }
    return personEnds.contains(t[before].end);
}

// "the city of Pasadena", "the town of Tyre", "residents of the village of Kafr Qasim": a place's kind in lower case
// and "of" before token i.
bool placeKindBeforeOf(const std::vector<Token>& t, std::size_t i) {
    return i >= 2 && t[i - 1].is("of") && t[i - 2].isWord() && !t[i - 2].capitalized &&
           (lexicons::placeKinds().contains(t[i - 2].text) || lexicons::settlementKinds().contains(t[i - 2].text) ||
            residenceNoun(t[i - 2]) ||
            inLowerList(t[i - 2].text,
                        std::array<std::string_view, 6>{"cities", "towns", "county", "state", "island", "suburb"}));
}

void placesFromGazetteer(ExtractionState& st) {
    const auto& t = st.tokens();
    const auto& gz = st.gazetteer();
    std::set<std::size_t> personEnds;
    for (const auto& e : st.entities())
        if (e.type == EntityType::Person)
            for (const auto& m : e.mentions) personEnds.insert(m.span.end);
    for (std::size_t i = 0; i < t.size(); ++i) {
        // "fire recovery in LA": a city's code in capitals after a word of place.
        if (t[i].allCaps && t[i].text.size() <= 3 && placeWordBefore(t, i) && !st.claimed(t[i].begin, t[i].end))
            if (const auto* city = gz.cityByCode(t[i].text)) {
                st.addMention(EntityType::Location, city->name, t[i].begin, t[i].end, "place.gazetteer");
                continue;
            }
        if (!t[i].isWord() || !t[i].capitalized || isCalendarWord(t[i].text) || !gz.mayStartPlace(t[i].text)) continue;
        // Tokens, not words: a name may hold punctuation ("Washington, D.C.", "Stratford-upon-Avon").
        const std::size_t words = gz.placeWordsFrom(t[i].text);
        for (std::size_t n = std::min(words > 1 ? 2 * words : words, t.size() - i); n > 0; --n) {
            const std::size_t last = i + n - 1;
            if (t[last].sentence != t[i].sentence || !t[last].isWord()) continue;
            bool capitalisedWords = true;
            for (std::size_t k = i; k <= last; ++k)
                if (t[k].isWord() && !t[k].capitalized && !isConnector(t[k].text)) capitalisedWords = false;
            if (!capitalisedWords) continue;
            const auto* place = gz.placeFromKnownStart(st.slice(t[i].begin, t[last].end));
            if (!place) continue;
            if (st.claimed(t[i].begin, t[last].end)) break;
            // ("Santa Ana City Councilmember Jose Solorio", "Santa Ana City Attorney ...": the place's last word
            // opens the title.)
            if (n > 1 && (titleWithHolderAt(st, last, t[i].sentence) ||
                          (t[last].is("City") && titleWithHolderAt(st, last + 1, t[i].sentence))))
                continue;
            // A name followed by a capitalised word may be a longer name ("Santa Ana Police", "Jordan Smith"),
            // unless it is what a title is of and the person holding it was found after it ("Prime Minister of
            // the United Kingdom Boris Johnson"). (A surname found elsewhere is no such person: "Vladimir Putin".)
            const bool ofTitle = i >= 1 && (t[i - 1].is("of") || (i >= 2 && t[i - 1].is("the") && t[i - 2].is("of")));
            const bool personAfterTitle = ofTitle && st.claimed(t[last + 1 < t.size() ? last + 1 : last].begin,
                                                                t[last + 1 < t.size() ? last + 1 : last].end);
            // ("County Attorney Mary Moriarty", "Janelle Kendall": a common given name before a surname that is
            // also a town's name is a person, not two places.)
            const bool givenNameFirst = n == 1 && gz.givenNameCount(t[i].text) >= 1000;
            // ("Burbank Mayor Konstantine Anthony", "Maricopa County Sheriff Paul Penzone": a person's title after
            // the place, its holder named after it; the place the title is of counts.)
            // (A town of some size: "Parole Administrator Lindon Lewis", "Gang Detective ..." name a unit's work.)
            // (Nor the end of a longer name: "La Palma Mayor ..." is not Palma's.)
            const bool nameBefore = i > 0 && t[i - 1].isWord() && t[i - 1].capitalized &&
                                    t[i - 1].sentence == t[i].sentence && !t[i].sentenceStart;
            const bool titleAfter = !place->weak && !nameBefore &&
                                    (place->kind != PlaceKind::City || place->population >= kTitledTownPopulation) &&
                                    titleWithHolderAt(st, last + 1, t[i].sentence);
            const bool partOfLongerName = last + 1 < t.size() && t[last + 1].isWord() && t[last + 1].capitalized &&
                                          t[last + 1].sentence == t[i].sentence && !t[last + 1].allCaps &&
                                          (!gz.place(t[last + 1].text) || givenNameFirst) && !personAfterTitle &&
                                          !titleAfter;
            if (place->kind == PlaceKind::City || place->weak) {
                const bool followedByRegion = last + 2 < t.size() && t[last + 1].isPunct(',') &&
                                              gz.place(t[last + 2].text) &&
                                              gz.place(t[last + 2].text)->kind != PlaceKind::City;
                // (At a sentence's start, where every word is capitalised, a city of a million or more: "Beijing
                // rejected the claim", not "Mobile units ..." nor "Reading the report ...".)
                // (Nor a given name, "Salvador Morales Gallardo", nor a word broken at the line's end.)
                const bool startsSentence = t[i].sentenceStart;
                const bool standsAlone =
                    !startsSentence ||
                    (st.gazetteer().givenNameCount(t[i].text) < 100 && last + 1 < t.size() &&
                     !st.lineBreakBetween(last, last + 1) && !(t[last + 1].isWord() && t[last + 1].capitalized));
                const bool big = standsAlone && place->population >= (startsSentence ? kSentenceStartCityPopulation
                                                                                     : kAlwaysCityPopulation);
                // (Or what a title is of, its holder named after it: "the head of Tatarstan Rustam Minnikhanov".)
                if (!(big || cueBefore(t, i) || (n == 1 && cueAfter(t, last)) || followedByRegion || titleAfter ||
                      homeOfPerson(t, i, personEnds) || (personAfterTitle && holderNamedAfter(st, i, last))) ||
                    partOfLongerName)
                    break;
                // ("charged in Court", "at Headquarters": a small town named like a body or a building is that noun.)
                if (n == 1 && !big &&
                    (isOrganisationHead(t[i].text) || lexicons::buildingWords().contains(t[i].text) ||
                     lexicons::venueWords().contains(t[i].text)))
                    break;
            } else if (partOfLongerName) {
                break;  // "its Pakistan Country Programme"
            }
            // (A short form in capitals of a longer name is a place only after a word that says one follows:
            // "offices in NYC", not "at UCI" nor "Baton Rouge, LA 70802".)
            if (t[i].allCaps && n == 1 && t[i].text.size() <= 3 && place->kind != PlaceKind::Country &&
                !(placeWordBefore(t, i) && place->name.size() > t[i].text.size() + 1))
                break;
            if (opensLawName(t, last + 1)) break;       // "the USA Freedom Act"
            if (afterPatronymicConnector(t, i)) break;  // "Lukmanulhakim Bin Samsun": a parent's name
            // "Central", "North": a compass point alone names no place ("Central and South America" is read below).
            if (n == 1 && isCompassPoint(t[i].text)) break;
            // A short name is an abbreviation only in capitals or with its period: "Follow Us" is not the United
            // States, "Austin, Tex." is in Texas.
            const bool period = i + 1 < t.size() && t[i + 1].isPunct('.') && t[i + 1].begin == t[i].end;
            if (n == 1 && !t[i].allCaps && !period && t[i].text.size() <= 3 &&
                place->name.size() > t[i].text.size() + 1)
                break;
            const std::size_t from = place->kind == PlaceKind::Country ? formalCountryStart(st, t, i) : i;
            if (from < i && !st.claimed(t[from].begin, t[i].begin)) {
                st.addMention(EntityType::Location, place->name, t[from].begin, t[last].end, "place.gazetteer");
            } else {
                st.addMention(EntityType::Location, place->name, t[i].begin, t[last].end, "place.gazetteer");
            }
            i = last;
            break;
        }
    }
}

}  // namespace bulletin::extract
