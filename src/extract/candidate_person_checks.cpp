#include <algorithm>
#include <array>
#include <limits>
#include <map>
#include <set>
#include <string_view>

#include "agency_chains.hpp"
#include "candidate_passes.hpp"
#include "lexicon.hpp"
#include "person_name_words.hpp"
#include "person_titles.hpp"
#include "place_context_rules.hpp"

namespace bulletin::extract {

namespace {

// A surname's word after a given name at token k, that nothing else reads (`read`) and no list gives another sense:
// a name word or one shaped like a surname, ending the capitalised run ("Vladimir Putin will chair"; not "Victoria
// Harbour Authority", "Jordan Valley").
bool surnameAlone(const ExtractionState& st, const std::vector<bool>& read, std::size_t k) {
    const auto& t = st.tokens();
    const auto& gz = st.gazetteer();
    if (k >= t.size() || read[k]) return false;
    const Token& w = t[k];
    if (!w.isWord() || !w.capitalized || w.allCaps || st.writtenInLowerCase(w.text) ||
        !(gz.isNameWord(w.text) || unlistedSurnameShape(w.text)))
        return false;
    if (k + 1 < t.size() && t[k + 1].isWord() && t[k + 1].capitalized && t[k + 1].sentence == w.sentence) return false;
    return !gz.place(w.text) && !gz.mayStartTitle(w.text) && !gz.isTitle(w.text) && !isOrganisationHead(w.text) &&
           !gz.countryOfDemonym(w.text) && !isCalendarWord(w.text) && !isFunctionWord(w.text) &&
           !isCompassPoint(w.text) && !lexicons::geoFeatures().contains(w.text) &&
           !lexicons::genericPlaceWords().contains(w.text) && !lexicons::geoSuffixes().contains(w.text) &&
           !lexicons::buildingWords().contains(w.text) && !lexicons::venueWords().contains(w.text) &&
           !lexicons::streetWords().contains(w.text) && !lexicons::eventNameWords().contains(w.text) &&
           !lexicons::programmeWords().contains(w.text) && !lexicons::lawWords().contains(w.text) &&
           !lexicons::personNouns().contains(w.text) && !lexicons::memberNouns().contains(w.text);
}

}  // namespace

// "Marc Anthony Zeno of Gramercy", "Deborah Kwon of Special Prosecutions": the tagger read a person's town or
// unit into the name. A full name (two capitalised words at least) ends before "of"; "Angel of Death" and a
// title's "Prince Michael of Kent" have one word before it and stay as read, a body's head word before it
// ("School of Law") leaves the whole to the body's checks.
void trimTownAfterPersonName(std::vector<Candidate>& candidates, const ExtractionState& st) {
    const auto& t = st.tokens();
    for (auto& c : candidates) {
        if (c.type != EntityType::Person || c.source != "tagger" || c.score < 0) continue;
        const std::size_t from = nameStart(st, c);
        std::size_t words = 0;
        for (std::size_t k = from; k + 1 < c.endToken; ++k) {
            if (t[k].isWord() && t[k].capitalized) ++words;
            if (t[k].text != "of" || words < 2 || !t[k + 1].capitalized) continue;
            const auto& before = t[k - 1].text;  // "Mitchell Hamline School of Law"
            if (lexicons::organisationHeads().contains(before) || lexicons::buildingWords().contains(before)) break;
            c.endToken = k;
            c.end = t[k - 1].end;
            break;
        }
    }
}

// "28-year-old Victoria Jean Mesa" read as the place "Victoria" and the person "Jean Mesa": a common given name
// the tagger took for a place, right before its person's name on the same line, opens that name. ("On October 22,
// Vladimir Putin will chair": where the tagger read no person after it, a surname's word nothing else reads, that
// no list gives another sense, closes the name with it.)
void joinGivenNameReadAsPlace(std::vector<Candidate>& candidates, const ExtractionState& st) {
    const auto& t = st.tokens();
    std::map<std::size_t, std::size_t> personAt;  // first token -> the tagger's person candidate
    std::vector<bool> read(t.size(), false);
    for (std::size_t n = 0; n < candidates.size(); ++n) {
        const auto& c = candidates[n];
        if (c.source == "tagger" && c.type == EntityType::Person && c.score >= 0) personAt.emplace(c.firstToken, n);
        if (c.score >= 0)
            for (std::size_t k = c.firstToken; k < c.endToken && k < t.size(); ++k) read[k] = true;
    }
    constexpr int kCommonGivenName = 1000;
    const auto& gz = st.gazetteer();
    for (auto& place : candidates) {
        if (place.source != "tagger" || place.type != EntityType::Location || place.score < 0 ||
            place.endToken != place.firstToken + 1 || place.endToken >= t.size())
            continue;
        const auto it = personAt.find(place.endToken);
        const Token& given = t[place.firstToken];
        const Token& next = t[place.endToken];
        if (!given.isWord() || given.allCaps || gz.givenNameCount(given.text) < kCommonGivenName ||
            next.sentence != given.sentence || st.lineBreakBetween(place.firstToken, place.endToken))
            continue;
        // (Not a place after a preposition, read rightly: "President of France Macron", "born in Chad".)
        if (place.firstToken > 0 && t[place.firstToken - 1].isWord() &&
            inLowerList(t[place.firstToken - 1].text,
                        std::array<std::string_view, 8>{"of", "in", "to", "from", "at", "near", "for", "across"}))
            continue;
        if (it != personAt.end()) {
            auto& person = candidates[it->second];
            person.firstToken = place.firstToken;
            person.begin = given.begin;
            person.titleBegin = std::min(person.titleBegin, given.begin);
            place.score = -1;
        } else if (surnameAlone(st, read, place.endToken) && !gz.place(st.slice(given.begin, next.end)) &&
                   !st.inHeadline(given.begin)) {
            place.type = EntityType::Person;
            place.endToken = place.endToken + 1;
            place.end = next.end;
            read[place.firstToken + 1] = true;
        }
    }
}

// "On 8 April 2022, Foong Chang Sheng (“Foong”)": the tagger cut a name's first word off its run. A capitalised word
// right before a person's name, in its sentence and on its line, that no other candidate reads, that a list of names
// knows and that is no title, honorific, place, people's adjective, body's or thing's word, calendar or function
// word, opens the name (at a sentence's start, only a common given name does: "Kelvin Tan said").
void extendPeopleToNameStart(std::vector<Candidate>& candidates, const ExtractionState& st) {
    const auto& t = st.tokens();
    std::vector<bool> read(t.size(), false);
    for (const auto& c : candidates)
        if (c.score >= 0)
            for (std::size_t k = c.firstToken; k < c.endToken && k < t.size(); ++k) read[k] = true;
    constexpr int kCommonGivenName = 1000;
    const auto opensName = [&](const Token& w) {
        if (!w.isWord() || !w.capitalized || w.allCaps || w.text.size() < 2) return false;
        if (w.sentenceStart && st.gazetteer().givenNameCount(w.text) < kCommonGivenName) return false;
        const auto& gz = st.gazetteer();
        // (A name's word some list knows: not "Defendant", "Inmate", "Fiscal" before a name.)
        if (!gz.isNameWord(w.text) && gz.givenNameCount(w.text) < 1 && !lexicons::eastAsianSurnames().contains(w.text))
            return false;
        // (Nor a word the release writes in lower case too, nor what a person is: "Inmate", "Fiscal", "Baby".)
        if (st.writtenInLowerCase(w.text) || lexicons::roleNouns().contains(w.text) ||
            lexicons::crimeWords().contains(w.text) || lexicons::courtWords().contains(w.text) ||
            lexicons::relationNouns().contains(w.text))
            return false;
        return !gz.mayStartTitle(w.text) && !gz.isTitle(w.text) && !lexicons::honorifics().contains(w.text) &&
               !gz.place(w.text) && !gz.countryOfDemonym(w.text) && !isOrganisationHead(w.text) &&
               !isCalendarWord(w.text) && !isFunctionWord(w.text) && !isCompassPoint(w.text) &&
               !lexicons::personNouns().contains(w.text) && !lexicons::memberNouns().contains(w.text) &&
               !lexicons::buildingWords().contains(w.text) && !lexicons::venueWords().contains(w.text) &&
               !lexicons::programmeWords().contains(w.text) && !lexicons::lawWords().contains(w.text) &&
               !lexicons::eventNameWords().contains(w.text) && !lexicons::headlineVerbs().contains(w.text);
    };
    for (auto& c : candidates) {
        if (c.source != "tagger" || c.type != EntityType::Person || c.score < 0) continue;
        for (int added = 0; added < 2 && c.firstToken > 0; ++added) {
            const std::size_t k = c.firstToken - 1;
            if (read[k] || t[k].sentence != t[c.firstToken].sentence || st.lineBreakBetween(k, c.firstToken) ||
                st.inHeadline(t[k].begin) || !opensName(t[k]))
                break;
            c.firstToken = k;
            c.begin = t[k].begin;
            c.titleBegin = std::min(c.titleBegin, c.begin);
            read[k] = true;
        }
    }
}

// A person's name holds no word of a programme, a law, a body or an event ("Vietnamese Outreach Program",
// "Reform Act Proposition", "Orange County Probation", "the Trevor Project", "the Clean and Green Singapore
// Carnival"), whichever rule read it; a common given name that is also such a word aside.
void dropPeopleWithThingWords(std::vector<Candidate>& candidates, const ExtractionState& st) {
    const auto& t = st.tokens();
    for (auto& c : candidates) {
        if (c.type != EntityType::Person || c.score < 0 || c.endToken <= c.firstToken) continue;
        // ("Alton Parkway", "Euclid Ave": a road's word closing the name, never a family name, unlike "Lane",
        // "Street" or "Way", though "Ave" is a given name too.)
        if (const Token& last = t[c.endToken - 1];
            last.isWord() && last.capitalized && lexicons::roadWords().contains(last.text)) {
            c.score = -1;
            continue;
        }
        // (The word after it too: "Justice Reform Act" holds no person "Reform" after the title "Justice".)
        const std::size_t end =
            c.endToken < t.size() && t[c.endToken].sentence == t[c.firstToken].sentence ? c.endToken + 1 : c.endToken;
        for (std::size_t k = nameStart(st, c); k < end; ++k) {
            const Token& w = t[k];
            if (!w.isWord() || !w.capitalized || st.gazetteer().givenNameCount(w.text) >= 500) continue;
            if (lexicons::programmeWords().contains(w.text) || lexicons::lawWords().contains(w.text) ||
                lexicons::organisationHeads().contains(w.text) || lexicons::eventNameWords().contains(w.text) ||
                // ("Lucky Seven Liquor Mart", "San Quentin State Prison": a trade's or an institution's word no
                // family name is; not "Sales", "Nathan Sales".)
                lexicons::nonFamilyWords().contains(w.text)) {
                c.score = -1;
                break;
            }
        }
    }
}

// "Rose Staffing", "Crittenden Home", "Nurse Practitioner": the tagger's name whose last word the release writes in
// lower case elsewhere ("staffing", "home") is a thing's name or a title, not a person's; not a surname found as a
// word, when the name opens with a common given name ("Lisa Brown", "Mark Price").
void dropPeopleEndingInCommonWords(std::vector<Candidate>& candidates, const ExtractionState& st) {
    const auto& t = st.tokens();
    for (auto& c : candidates) {
        if (c.source != "tagger" || c.type != EntityType::Person || c.score < 0 || c.endToken < c.firstToken + 2)
            continue;
        const Token& last = t[c.endToken - 1];
        if (!last.isWord() || !last.capitalized || last.allCaps || last.text.size() <= 3 ||
            !st.writtenInLowerCase(last.text))
            continue;
        if (st.gazetteer().givenNameCount(t[c.firstToken].text) >= 1000) continue;
        // (Family names that are also words every release writes: "Abdirashid Said", "Chen Young".)
        if (inLowerList(last.text,
                        std::array<std::string_view, 20>{"said", "young", "long",  "white",  "black", "brown",  "green",
                                                         "gray", "grey",  "king",  "little", "rich",  "strong", "wise",
                                                         "hill", "wood",  "stone", "hall",   "price", "ward"}))
            continue;
        c.score = -1;
    }
}

// "residents in Jurong West, Pasir Ris and Ang Mo Kio": the tagger's person in a list of places, no common given
// name in it.
void dropPeopleInPlaceLists(std::vector<Candidate>& candidates, const ExtractionState& st) {
    const auto& t = st.tokens();
    for (auto& c : candidates) {
        if (c.source != "tagger" || c.type != EntityType::Person || !inPlaceList(t, c.firstToken)) continue;
        if (std::none_of(t.begin() + static_cast<long>(c.firstToken), t.begin() + static_cast<long>(c.endToken),
                         [&](const Token& w) { return w.isWord() && st.gazetteer().givenNameCount(w.text) >= 500; }))
            c.score = -1;
    }
}

// "Ted Lieu (D-Los Angeles)": a legislator's party and district in parentheses, read by the tagger as a name.
void dropPartyAffiliationNames(std::vector<Candidate>& candidates, const ExtractionState& st) {
    const auto& t = st.tokens();
    for (auto& c : candidates)
        if (c.source == "tagger" && c.type == EntityType::Person && c.firstToken > 0 &&
            afterPartyAffiliation(t, c.firstToken - 1) != c.firstToken - 1)
            c.score = -1;
}

// "A Bodhi Pooja was organised", "an Avurudu Pola": a name after an indefinite article is a kind of thing, not the
// one person a name stands for (a common given name stays: "a John Doe warrant" names the placeholder).
void dropPeopleAfterIndefiniteArticle(std::vector<Candidate>& candidates, const ExtractionState& st) {
    const auto& t = st.tokens();
    for (auto& c : candidates) {
        if (c.source != "tagger" || c.type != EntityType::Person || c.firstToken == 0) continue;
        const Token& before = t[c.firstToken - 1];
        if (before.sentence != t[c.firstToken].sentence ||
            !(equalsLower(before.text, "a") || equalsLower(before.text, "an")))
            continue;
        if (st.gazetteer().givenNameCount(t[c.firstToken].text) < 20000) c.score = -1;
    }
}

void dropRankEndedPeople(std::vector<Candidate>& candidates, const ExtractionState& st) {
    const auto& t = st.tokens();
    for (auto& c : candidates) {
        if (c.source != "tagger" || c.type != EntityType::Person || c.endToken <= c.firstToken) continue;
        const Token& last = t[c.endToken - 1];
        // (Not the ranks that are family names too: "Jack Warden", "John Marshal".)
        if (last.isWord() && last.capitalized && !last.allCaps && lexicons::rankWords().contains(last.text) &&
            !equalsLower(last.text, "warden") && !equalsLower(last.text, "marshal"))
            c.score = -1;
        // ("Saddleback Church Pastor Rick Warren": a body's head word or a building's (a church, a temple), then a
        // title closing the span, is the title's holder's office; the name follows.)
        if (last.isWord() && st.gazetteer().titleLength({last.text}) == 1 &&
            std::any_of(t.begin() + static_cast<std::ptrdiff_t>(c.firstToken),
                        t.begin() + static_cast<std::ptrdiff_t>(c.endToken - 1), [](const Token& w) {
                            return w.isWord() && w.capitalized &&
                                   (isOrganisationHead(w.text) || lexicons::buildingWords().contains(w.text));
                        }))
            c.score = -1;
    }
}

// "Columbus Mayor Andrew Ginther": a place and the title of its office, read as a name (a title that is also a
// family name, "Mayor", escapes the check above).
void dropPlaceAndOfficeNames(std::vector<Candidate>& candidates, const ExtractionState& st) {
    const auto& t = st.tokens();
    for (auto& c : candidates) {
        if (c.source != "tagger" || c.type != EntityType::Person || c.endToken < c.firstToken + 2) continue;
        const Token& last = t[c.endToken - 1];
        if (!last.isWord() || st.gazetteer().titleLength({last.text}) != 1) continue;
        // (The name follows the title; a common given name is a person's, unless a city's name first: "Paul Dean
        // Andrews", "Christopher King".)
        if (c.endToken >= t.size() || !t[c.endToken].capitalized || t[c.endToken].sentence != last.sentence) continue;
        bool places = true;
        for (std::size_t k = c.firstToken; k + 1 < c.endToken && places; ++k)
            places = !t[k].isWord() || (st.gazetteer().place(t[k].text) != nullptr &&
                                        (st.gazetteer().givenNameCount(t[k].text) < 500 ||
                                         st.gazetteer().largestCityPopulation(t[k].text) >= 200000));
        if (places) c.score = -1;
    }
}

// The words of the document's full names of people (its surnames count as names).
std::set<std::string> fullNameWords(const std::vector<Candidate>& candidates, const ExtractionState& st) {
    const auto& t = st.tokens();
    std::set<std::string> nameWords;
    for (const auto& c : candidates) {
        if (c.type != EntityType::Person || c.score < 0) continue;
        // The name after its title: "Chief Commissioner Islamabad" holds no name at all.
        const std::size_t from = nameStart(st, c);
        std::size_t words = 0;
        for (std::size_t k = from; k < c.endToken; ++k) words += t[k].isWord() && t[k].capitalized;
        if (words < 2) continue;
        std::vector<std::string_view> all;
        for (std::size_t k = from; k < c.endToken; ++k)
            if (t[k].isWord()) all.push_back(t[k].text);
        if (st.gazetteer().titleLength(all) == all.size()) continue;  // "Home Secretary" is a title, not a name
        for (const auto w : all) {
            // A country inside a mis-read name ("Mr ... Pakistan") does not make it a surname.
            const auto* place = st.gazetteer().place(w);
            if (place && place->kind == PlaceKind::Country) continue;
            nameWords.insert(lookupKey(w));
        }
    }
    return nameWords;
}

// One capitalised word is a person only when a full name of the document holds it ("Kapinos" of "Sergey
// Kapinos") or a title or an honorific stands before it ("President Obama", "Mr. Kapinos"): otherwise it is
// more often a place or a word ("Karachi", "Minnesotans", "Charity").
void dropLoneWordPeople(std::vector<Candidate>& candidates, const ExtractionState& st,
                        const std::set<std::string>& nameWords) {
    const auto& t = st.tokens();
    for (auto& c : candidates) {
        if (c.source != "tagger" || c.type != EntityType::Person) continue;
        const std::size_t start = nameStart(st, c);
        if (start + 1 != c.endToken || start != c.firstToken) continue;  // several words, or a title before
        if (nameWords.count(lookupKey(t[start].text))) continue;
        if (!titleBeforeToken(st, start).empty()) continue;
        if (start >= 2 && t[start - 1].isPunct('.') && lexicons::honorifics().contains(t[start - 2].text)) continue;
        c.score = -1;
    }
}

// A title after a name is not part of it ("Michelle Van Der Linden Spokesperson" under a quote), and a name of
// a title's words alone is none ("Police Media Spokesman" over a signature, "Former Sales Coordinator").
void trimTitlesAfterNames(std::vector<Candidate>& candidates, const ExtractionState& st) {
    const auto& t = st.tokens();
    auto titleWord = [&](const Token& w) {
        return w.isWord() && !w.allCaps && st.gazetteer().titleLength({w.text}) == 1 &&
               st.gazetteer().givenNameCount(w.text) <= 0 && !st.gazetteer().isNameWord(w.text);
    };
    for (auto& c : candidates) {
        if (c.source != "tagger" || c.type != EntityType::Person || c.endToken <= c.firstToken ||
            !titleWord(t[c.endToken - 1]))
            continue;
        std::size_t end = c.endToken;
        while (end > c.firstToken && (titleWord(t[end - 1]) || !t[end - 1].isWord())) --end;
        bool named = false;
        for (std::size_t k = c.firstToken; k < end; ++k)
            named = named || (t[k].isWord() &&
                              (st.gazetteer().givenNameCount(t[k].text) > 0 || st.gazetteer().isNameWord(t[k].text)));
        if (!named || end - c.firstToken < 2) {
            c.score = -1;
            continue;
        }
        c.endToken = end;
        c.end = t[end - 1].end;
    }
}

// The words after "Minister of", "Ministry for", "Secretary of" are a portfolio, not a person ("the Minister of
// Urban Development, Construction and Housing").
// (And the portfolios listed after the first: "the Minister of Health and Mass Media".)
void dropPortfolioNames(std::vector<Candidate>& candidates, const ExtractionState& st) {
    const auto& t = st.tokens();
    for (auto& c : candidates) {
        if (c.source != "tagger" || c.type != EntityType::Person || c.firstToken < 2) continue;
        std::size_t at = c.firstToken;
        // (A later portfolio follows "and" or a comma: "Minister of Health Nalinda Jayatissa" is a name.)
        // (Not a name after its title: "the Department of Parole, and Colleen Preciado": a common given name says
        // so; nor one after a comma, "the post of Minister of Defense, Iryna Vereshchuk".)
        const bool listed =
            t[c.firstToken - 1].is("and") &&
            std::none_of(t.begin() + static_cast<long>(c.firstToken), t.begin() + static_cast<long>(c.endToken),
                         [&](const Token& w) { return w.isWord() && st.gazetteer().givenNameCount(w.text) >= 500; });
        for (std::size_t k = c.firstToken; listed && k > 2 && c.firstToken - k < 10; --k) {
            const Token& w = t[k - 1];
            if (w.sentence != t[c.firstToken].sentence) break;
            if (w.is("of") || w.is("for")) {
                at = k;
                break;
            }
            if (!(w.is("and") || w.isPunct(',') || (w.isWord() && w.capitalized))) break;
        }
        const Token& of = t[at - 1];
        const Token& office = t[at - 2];
        if (!of.isWord() || !(of.text == "of" || of.text == "for") || !office.isWord() || !office.capitalized) continue;
        if (st.gazetteer().titleLength({office.text}) != 1 && !lexicons::organisationHeads().contains(office.text))
            continue;
        // ("President of Kazakhstan Kassym-Jomart Tokayev", "Secretary of State Jane Roe" read as one name keep
        // their person: the span is split elsewhere.)
        bool placeOrState = false;
        for (std::size_t k = c.firstToken; k < c.endToken; ++k)
            if (t[k].isWord() && (t[k].text == "State" || st.gazetteer().place(t[k].text))) placeOrState = true;
        if (!placeOrState || listed) c.score = -1;  // ("Mass Media" after "Health and": not Massachusetts)
    }
}

// One word of a person's full name found elsewhere as a place or an organisation is the person again
// ("Supervisor Shawn Nelson ... Nelson said": Nelson is a region of New Zealand too).
void personAgainForNameWords(std::vector<Candidate>& candidates, const ExtractionState& st,
                             const std::set<std::string>& nameWords) {
    const auto& t = st.tokens();
    for (auto& c : candidates) {
        if (c.type == EntityType::Person || c.endToken != c.firstToken + 1) continue;
        if (!nameWords.count(lookupKey(t[c.firstToken].text)) || t[c.firstToken].allCaps) continue;
        if (c.source == "tagger")
            c.type = EntityType::Person;
        else if (c.source == "place.gazetteer")
            c.score = -1;
    }
}

// A heading on a line of its own ("Miscellaneous Bugfixes", "Security Updates") is no person when none of its
// words is anyone's given name or surname (a sign-off's name alone on its line keeps its names).
void dropHeadingNames(std::vector<Candidate>& candidates, const ExtractionState& st) {
    const auto& t = st.tokens();
    for (auto& c : candidates) {
        if (c.source != "tagger" || c.type != EntityType::Person || c.endToken < c.firstToken + 2 ||
            c.endToken > c.firstToken + 4)
            continue;
        const bool lineStart = c.firstToken == 0 || st.lineBreakBetween(c.firstToken - 1, c.firstToken);
        const bool lineEnd = c.endToken >= t.size() || st.lineBreakBetween(c.endToken - 1, c.endToken);
        if (!lineStart || !lineEnd) continue;
        bool named = false;
        for (std::size_t k = c.firstToken; k < c.endToken && !named; ++k)
            named = t[k].isWord() && (!t[k].capitalized || st.gazetteer().givenNameCount(t[k].text) > 0 ||
                                      st.gazetteer().isNameWord(t[k].text) || t[k].text.size() <= 2);
        if (!named) c.score = -1;
    }
}

}  // namespace bulletin::extract
