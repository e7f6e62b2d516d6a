// Venues named by their form: a building by its last word ("Grandview Terrace Apartments", "Aljunied Industrial
// Complex"), a building, a school or an outdoor or custodial venue named where something happens ("held at the
// Glendale Central Library", "at Tustin High School", "at Knott's Berry Farm"), a school named "of" a field, and a
// name written before "@" and a street address. Split from company_venue_rules.cpp, which runs them.

#include "venue_rules.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "event_triggers.hpp"
#include "extraction_state.hpp"
#include "lexicon.hpp"
#include "name_runs.hpp"
#include "person_name_words.hpp"

namespace bulletin::extract {

namespace {

// An event's word or "held", "hosted", "took place", "conducted" within the few words before token `at` of its
// sentence: "will host a town hall meeting at", "was held at", "a workshop for teachers at", "was conducted for
// officers of the Western Province at".
bool eventRightBefore(const std::vector<Token>& t, std::size_t at) {
    static constexpr std::array<std::string_view, 12> kHeld{"held",     "hosted",    "host",      "hosts",
                                                            "hold",     "holds",     "place",     "took",
                                                            "convened", "conducted", "organised", "organized"};
    // (A passive verb's place may come after its complements: "was conducted for officers of the Northern Province
    // at ...", so "was held" is looked for a little further back.)
    constexpr std::size_t kNear = 6, kPassive = 12;
    for (std::size_t k = at; k > 0 && at - k < kPassive;) {
        --k;
        if (t[k].sentence != t[at].sentence) return false;
        if (!t[k].isWord()) continue;
        static constexpr std::array<std::string_view, 4> kBe{"was", "were", "be", "been"};
        const bool passive = k > 0 && inLowerList(t[k].text, kHeld) && inLowerList(t[k - 1].text, kBe);
        if (passive || (at - k <= kNear && (inLowerList(t[k].text, kHeld) || event_detail::matchTrigger(t, k).trigger)))
            return true;
    }
    return false;
}

}  // namespace

void findVenues(ExtractionState& st) {
    const auto& t = st.tokens();
    // ("Ulu Pandan Water Reclamation Plant", "Marina East Desalination Plant": a works named for what it does is a
    // place; "Plant" alone may be a surname.)
    static constexpr std::array<std::string_view, 12> kWorks{"Reclamation",  "Desalination", "Treatment",    "Power",
                                                             "Incineration", "Recycling",    "Processing",   "Bottling",
                                                             "Assembly",     "Production",   "Purification", "Pumping"};
    for (std::size_t i = 1; i < t.size(); ++i) {
        const bool works = t[i].is("Plant") && std::find(kWorks.begin(), kWorks.end(), t[i - 1].text) != kWorks.end();
        if (!t[i].isWord() || !t[i].capitalized || t[i].allCaps ||
            (!lexicons::venueWords().contains(t[i].text) && !works))
            continue;
        // (Not the last word of the run.)
        if (i + 1 < t.size() && t[i + 1].capitalisedOrNumber() && t[i + 1].sentence == t[i].sentence) continue;
        // "Port Authority", "Station Road": a venue word followed by more of the name is something else.
        std::size_t first = runStart(st, i);
        // ("2309 Rayburn House Office Building", "at 700 Civic Center Building": a street or room number before a
        // building's name is its address, no word of the name.)
        while (first + 1 < i && t[first].kind == TokenKind::Number) ++first;
        if (first >= i) continue;  // the word alone ("the Complex") names no place
        // A run holding an organisation head word before the venue word ("Police Cantonment Complex") is still
        // the building; a run of only places and the venue word ("Singapore Airport") is one too.
        const std::size_t begin = t[first].begin, end = t[i].end;
        if (st.claimed(begin, end)) continue;
        // ("prosecuted by Senior Deputy District Attorney Robin Park": a title in the run, and a venue word that is
        // a family name too, end a person's name, not a building's.)
        bool titled = false;
        for (std::size_t k = first; k < i && !titled; ++k) titled = t[k].isWord() && st.gazetteer().isTitle(t[k].text);
        if (titled && st.gazetteer().isNameWord(t[i].text)) continue;
        // (Nor after a given name written the Korean way, which no place's name is shaped like: "Ji-hoon Park".)
        if (first + 1 == i && koreanGivenNameShape(t[first].text) && st.gazetteer().isNameWord(t[i].text)) continue;
        bool lending = false;  // "Term Auction Facility": a lending programme
        for (std::size_t k = first; k < i && !lending; ++k) lending = lexicons::financeWords().contains(t[k].text);
        if (lending) continue;
        // ("the Training Facility", "a Correctional Facility", "lodged at the Police Station in Akkaraipattu": words
        // of a kind of building name none.)
        static constexpr std::array<std::string_view, 26> kKindWords{
            "Training", "Correctional", "Detention",   "Treatment",    "Recovery", "Storage",      "Processing",
            "Medical",  "Research",     "Police",      "Fire",         "Railway",  "Bus",          "Petrol",
            "Power",    "Water",        "Reclamation", "Desalination", "Nuclear",  "Incineration", "Recycling",
            "Bottling", "Assembly",     "Production",  "Purification", "Pumping"};
        bool kindOnly = true;
        for (std::size_t k = first; k < i && kindOnly; ++k)
            kindOnly = std::find(kKindWords.begin(), kKindWords.end(), t[k].text) != kKindWords.end();
        if (kindOnly) continue;
        // ("officers attached to the Kandy Police Station", "staff of the Harbour Fire Station": a public body's
        // building whose people work there is the body, its unit; "at the Kandy Police Station" is the place.)
        std::size_t cue = first;
        if (cue > 0 && t[cue - 1].is("the")) --cue;
        const bool staffOf =
            cue >= 2 && t[cue - 1].sentence == t[i].sentence &&
            ((t[cue - 1].is("to") && t[cue - 2].is("attached")) ||
             ((t[cue - 1].is("of") || t[cue - 1].is("from")) && lexicons::memberNouns().contains(t[cue - 2].text)));
        bool body = false;
        for (std::size_t k = first; k < i && !body; ++k) body = isOrganisationHead(t[k].text);
        // ("The Mirihana Police Station received a complaint", "Kandy Police Station has launched an inquiry": a public
        // body's building that does something, opening its sentence, is the body.)
        const bool opensSentence = t[first].sentenceStart ||
                                   (first > 0 && t[first - 1].sentenceStart && equalsLower(t[first - 1].text, "the"));
        std::size_t verb = i + 1;
        if (verb + 1 < t.size() && (t[verb].is("has") || t[verb].is("have"))) ++verb;
        const bool acts = opensSentence && verb < t.size() && t[verb].sentence == t[i].sentence && t[verb].isWord() &&
                          !t[verb].capitalized &&
                          (isSpeechOrActionVerb(t[verb].text) || isSpeechOrActionVerbForm(t[verb].text, false));
        if ((staffOf || acts) && body) {
            st.addMention(EntityType::Agency, std::string(st.slice(begin, end)), begin, end,
                          staffOf ? "agency.staffed_building" : "agency.acting_building");
            continue;
        }
        st.addMention(EntityType::Location, std::string(st.slice(begin, end)), begin, end, "place.venue");
    }
}

// "held at the Glendale Central Library", "spoke at Lincoln Memorial Hall": a building named where something happens
// is a venue. (Its words may also name an institution that acts, "the Library announced": here "at" decides.)
void findVenuesAfterAt(ExtractionState& st) {
    static constexpr std::array<std::string_view, 17> kBuildings{
        "Library", "Museum",    "Auditorium", "Stadium",  "Arena", "Hotel",   "Palace", "Church", "Mosque",
        "Temple",  "Cathedral", "Airport",    "Ballroom", "Hall",  "Gardens", "Park",   "Plaza"};
    // (Outdoor and custodial venues, looked at more closely below.)
    static constexpr std::array<std::string_view, 6> kPlainVenues{"Farm",  "Ranch", "Zoo",
                                                                  "Beach", "Jail",  "Courthouse"};
    // ("met him while working at Tustin High School", "at Kinoshita Elementary School": a school for children is where
    // something happened, the building, with or without an event.)
    static constexpr std::array<std::string_view, 9> kSchoolKinds{
        "High", "Middle", "Elementary", "Primary", "Secondary", "Junior", "Grammar", "Intermediate", "Preparatory"};
    static constexpr std::array<std::string_view, 4> kSchools{"College", "University", "School", "Academy"};
    const auto& t = st.tokens();
    for (std::size_t i = 2; i < t.size(); ++i) {
        const bool plainVenue = std::find(kPlainVenues.begin(), kPlainVenues.end(), t[i].text) != kPlainVenues.end();
        if (!t[i].isWord() || (std::find(kBuildings.begin(), kBuildings.end(), t[i].text) == kBuildings.end() &&
                               std::find(kSchools.begin(), kSchools.end(), t[i].text) == kSchools.end() && !plainVenue))
            continue;
        // (Not the last word of the run.)
        if (i + 1 < t.size() && t[i + 1].capitalisedOrNumber() && t[i + 1].sentence == t[i].sentence) continue;
        const std::size_t first = runStart(st, i);
        if (first >= i || first < 1) continue;
        const std::size_t cue = t[first - 1].is("the") && first >= 2 ? first - 2 : first - 1;
        if (!(t[cue].is("at") || t[cue].is("in") || t[cue].is("inside")) || t[cue].sentence != t[i].sentence) continue;
        // (A school is a venue where an event is held at it, "a town hall meeting at Glendale Community College";
        // "a professor at Quorvale University" works for it.)
        const bool childrensSchool =
            t[i].is("School") && i >= 1 &&
            std::find(kSchoolKinds.begin(), kSchoolKinds.end(), t[i - 1].text) != kSchoolKinds.end();
        if (std::find(kSchools.begin(), kSchools.end(), t[i].text) != kSchools.end() && !childrensSchool &&
            !(t[cue].is("at") && eventRightBefore(t, cue)))
            continue;
        // The outdoor and custodial venues and the children's schools, read here without an event, take no name
        // that is something else: a town ("the Mullenix’s Huntington Beach home"), a courtroom ("in Department
        // CJ-1, Central Jail"), a body's word, a school's kind alone ("a Secondary School").
        const bool plain = childrensSchool || plainVenue;
        if (plain) {
            bool other = childrensSchool && first + 1 >= i;
            for (std::size_t k = first; k < i && !other; ++k)
                other = t[k].text.find_first_of("0123456789") != std::string_view::npos ||
                        isOrganisationHead(t[k].text) || st.gazetteer().place(st.slice(t[k].begin, t[i].end));
            if (other) continue;
        }
        // ("the Richard Nixon Library and Birthplace", "the Botanic Museum and Gardens": one venue.)
        std::size_t last = i;
        if (!plain && i + 2 < t.size() && t[i + 1].is("and") && t[i + 2].capitalisedOrNumber() &&
            t[i + 2].sentence == t[i].sentence && !(i + 3 < t.size() && t[i + 3].capitalisedOrNumber()))
            last = i + 2;
        const std::size_t begin = t[first].begin, end = t[last].end;
        if (st.claimed(begin, end)) continue;
        st.addMention(EntityType::Location, std::string(st.slice(begin, end)), begin, end, "place.venue");
        i = last;
    }
}

// "a service at the Cathedral of Christ the Saviour", "visited the Palace of Culture", "admitted to the Lady Ridgeway
// Hospital for Children": a building's word, then "of" or "for" and capitalised words, is one venue's name. Without
// this the building's word alone ends the name ("Lady Ridgeway Hospital") or a tagger's cut does ("Cathedral of
// Christ"). Read only where a place is named: after "at", "in", "to" or a visit's verb, or with a name before the
// building's word; not "the Hall of the Ministry of Justice" (a body's building, the body's words after "of").
void findVenuesOfOrFor(ExtractionState& st) {
    static constexpr std::array<std::string_view, 9> kCues{"at",      "in",     "to",       "inside", "outside",
                                                           "visited", "toured", "visiting", "near"};
    const auto& t = st.tokens();
    auto nameWord = [&](std::size_t k, std::size_t at) {
        return k < t.size() && t[k].isWord() && t[k].capitalized && !t[k].allCaps && t[k].sentence == t[at].sentence &&
               !isFunctionWord(t[k].text) && !isCalendarWord(t[k].text);
    };
    for (std::size_t i = 1; i + 2 < t.size(); ++i) {
        if (!t[i].isWord() || !t[i].capitalized || t[i].allCaps ||
            !lexicons::namedBuildingWords().contains(t[i].text) || !(t[i + 1].is("of") || t[i + 1].is("for")) ||
            t[i + 1].sentence != t[i].sentence || st.inHeadline(t[i].begin))
            continue;
        // The name after "of"/"for": capitalised words, "the" right after "of" and once between two of them
        // ("Christ the Saviour"), at most six words.
        // ("Church of Peace and Glory": "and" between two of its words; not before a place or another building,
        // "the Museum of Modern Art and Central Park".)
        std::size_t k = i + 2;
        if (t[k].is("the")) ++k;
        std::size_t last = i + 1;
        bool other = false;  // a body's or a building's word: the venue of another ("White Hall of the ... Palace")
        while (nameWord(k, i) && k < i + 9) {
            other = other || isOrganisationHead(t[k].text) || lexicons::buildingWords().contains(t[k].text);
            last = k++;
            if (k + 1 < t.size() && t[k].is("the") && nameWord(k + 1, i)) ++k;
            if (k + 1 < t.size() && t[k].is("and") && nameWord(k + 1, i) && !st.gazetteer().place(t[k + 1].text) &&
                !(k + 2 < t.size() && nameWord(k + 2, i)))
                ++k;
        }
        // (Nor a name the line or sentence cuts, "the Oldham Theatre of the National / Archives of Singapore", nor
        // a patient's after "for", "treatment at the Hospital for Zhong, Lei had".)
        const bool cut = last + 1 < t.size() && t[last + 1].isWord() && t[last + 1].capitalized;
        if (last == i + 1 || other || cut || (t[i + 1].is("for") && st.gazetteer().isNameWord(t[last].text))) continue;
        const std::size_t first = runStart(st, i);
        std::size_t cue = first;
        if (cue > 0 && t[cue - 1].is("the")) --cue;
        // (Or "and" after another venue: "visited the Museum of Modern Art and the Palace of Culture".)
        const bool placeCue = cue > 0 && t[cue - 1].isWord() && t[cue - 1].sentence == t[i].sentence &&
                              (inLowerList(t[cue - 1].text, kCues) ||
                               (t[cue - 1].is("and") && cue >= 2 && st.venueEndsAt(t[cue - 2].end)));
        // (Without such a word, a name before the building's word makes it a name, but not an item of a list of
        // sponsors written without "the": "Cottonwood Church, Vineyard Church of Anaheim, Wells Fargo".)
        const bool listItem = cue == first && cue > 0 && (t[cue - 1].isPunct(',') || t[cue - 1].is("and"));
        if (!placeCue && (first == i || listItem)) continue;
        const std::size_t begin = t[first].begin, end = t[last].end;
        if (st.claimed(begin, end)) continue;
        st.addMention(EntityType::Location, std::string(st.slice(begin, end)), begin, end, "place.venue");
        i = last;
    }
}

// "the Higher School of Economics", "the Fletcher School of Law and Diplomacy", "the School of Engineering": a school
// named "of" a field is an institution (the chain rules take no "School" for a head: it is a building's word). Where
// something is held at it, it is the venue ("a forum held at the Harvard School of Public Health").
void findSchoolsOfFields(ExtractionState& st) {
    const auto& t = st.tokens();
    auto fieldWord = [&](std::size_t k, std::size_t at) {
        return k < t.size() && t[k].isWord() && t[k].capitalized && !t[k].allCaps && t[k].sentence == t[at].sentence &&
               !isFunctionWord(t[k].text) && !isCalendarWord(t[k].text);
    };
    // Where a school's name starts, its "School" at token i. ("University of St. Thomas School of Law": an
    // abbreviation's period inside the name.)
    auto schoolNameStart = [&](std::size_t i) {
        std::size_t first = runStart(st, i);
        while (first >= 3 && first < i + 1 && t[first - 1].isPunct('.') && t[first - 2].isWord() &&
               t[first - 2].capitalized && t[first - 2].text.size() <= 3 && t[first - 2].sentence == t[i].sentence &&
               !t[first].sentenceStart)
            first = runStart(st, first - 2);
        return first;
    };
    for (std::size_t i = 1; i + 2 < t.size(); ++i) {
        if (!t[i].is("School") || !t[i + 1].is("of") || st.inHeadline(t[i].begin)) continue;
        // The field: capitalised words, "and" or "&" between two of them, "the" right after "of" ("School of the
        // Arts").
        // (Not a person's name after it, "MIT Sloan School of Management Simon Johnson"; nor its members, "Alumni";
        // nor another body after "and", "Minnesota School of Business and Globe University".)
        auto personAt = [&](std::size_t k) {
            return k > i + 2 && st.gazetteer().givenNameCount(t[k].text) >= 1000 && fieldWord(k + 1, i);
        };
        auto bodyFrom = [&](std::size_t k) {  // (a body's name is a few words: the look stops after six)
            for (const std::size_t stop = k + 6; k < stop && fieldWord(k, i); ++k)
                if (isOrganisationHead(t[k].text) || lexicons::buildingWords().contains(t[k].text)) return true;
            return false;
        };
        std::size_t last = i + 1, k = i + 2;
        if (k < t.size() && t[k].is("the")) ++k;
        while (fieldWord(k, i) && k < i + 9 && !personAt(k) && !lexicons::memberNouns().contains(t[k].text)) {
            last = k++;
            if (k + 1 < t.size() && (t[k].is("and") || t[k].is("&")) && fieldWord(k + 1, i) && !bodyFrom(k + 1)) ++k;
        }
        if (last == i + 1) continue;
        const std::size_t first = schoolNameStart(i);
        const std::size_t begin = t[first].begin, end = t[last].end;
        if (st.claimed(begin, end)) continue;
        std::size_t cue = first;
        if (cue > 0 && t[cue - 1].is("the")) --cue;
        const bool venue = cue > 0 && t[cue - 1].is("at") && eventRightBefore(t, cue - 1);
        if (venue)
            st.addMention(EntityType::Location, std::string(st.slice(begin, end)), begin, end, "place.venue");
        else
            st.addMention(EntityType::Agency, std::string(st.slice(begin, end)), begin, end, "agency.school");
        i = last;
    }
    // "Harvard Law School", "Georgetown University Law School", "the Velmar Business School": a school named by its
    // field before "School", with the name of its university or founder before that.
    static constexpr std::array<std::string_view, 8> kFields{"Law",     "Business", "Medical",    "Divinity",
                                                             "Nursing", "Dental",   "Journalism", "Graduate"};
    for (std::size_t i = 2; i < t.size(); ++i) {
        if (!t[i].is("School") || std::find(kFields.begin(), kFields.end(), t[i - 1].text) == kFields.end() ||
            t[i - 1].sentence != t[i].sentence || st.inHeadline(t[i].begin))
            continue;
        if (i + 1 < t.size() && t[i + 1].sentence == t[i].sentence &&
            (t[i + 1].capitalisedOrNumber() || t[i + 1].is("of")))
            continue;  // (a longer name, left to the rules above: "Law School Admission Council")
        const std::size_t first = schoolNameStart(i);
        if (first + 1 >= i) continue;  // ("the Law School" names none)
        const std::size_t begin = t[first].begin, end = t[i].end;
        if (st.claimed(begin, end)) continue;
        std::size_t cue = first;
        if (cue > 0 && t[cue - 1].is("the")) --cue;
        const bool venue = cue > 0 && t[cue - 1].is("at") && eventRightBefore(t, cue - 1);
        st.addMention(venue ? EntityType::Location : EntityType::Agency, std::string(st.slice(begin, end)), begin, end,
                      venue ? "place.venue" : "agency.school");
    }
}

// "the Quorvale Headquarters @ 2 Lengkok Road", "Kelvo Heritage Centre @ 247 Whitley Road": a name written right
// before "@" and a street number is the building at that address, whatever its head word (a person's alias after
// "@" is a name, not a number: "Leong Poh Keong @ Liang Boqiang").
void findVenuesBeforeAddress(ExtractionState& st) {
    const auto& t = st.tokens();
    for (std::size_t i = 1; i + 2 < t.size(); ++i) {
        if (!t[i].isPunct('@') || t[i + 1].kind != TokenKind::Number || t[i + 1].sentence != t[i - 1].sentence ||
            !(t[i - 1].isWord() && (t[i - 1].capitalized || t[i - 1].allCaps)))
            continue;
        // (The number starts a street's name: "247 Whitley Road".)
        std::size_t street = i + 2;
        while (street < t.size() && street < i + 6 && t[street].isWord() && t[street].capitalized &&
               !lexicons::streetWords().contains(t[street].text))
            ++street;
        if (street >= t.size() || !lexicons::streetWords().contains(t[street].text)) continue;
        const std::size_t first = runStart(st, i - 1);
        const std::size_t begin = t[first].begin, end = t[i - 1].end;
        if (first == i - 1 && t[first].allCaps) continue;  // an acronym alone is its body's
        if (st.claimed(begin, end)) continue;
        st.addMention(EntityType::Location, std::string(st.slice(begin, end)), begin, end, "place.venue");
    }
}

}  // namespace bulletin::extract
