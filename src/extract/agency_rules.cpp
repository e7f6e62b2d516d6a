// Agencies from capitalised chains holding an organisation head word ("Federal Board of Revenue", "Home Department
// Punjab"), split where two names meet ("... and ..."), trimmed of titles and persons; known names and acronyms from
// the gazetteer and the document; country offices ("UNODC Pakistan"). The phrase rules ("Ministries of A, B and C",
// "the Pakistani government", an office before a name, a subject that acts) are in agency_phrase_rules.cpp.

#include <algorithm>
#include <array>
#include <set>

#include "agency_chain_checks.hpp"
#include "agency_chains.hpp"
#include "gazetteer_places.hpp"
#include "agency_coordination.hpp"
#include "agency_phrase_rules.hpp"
#include "core/date_scanner.hpp"
#include "extraction_state.hpp"
#include "known_agencies.hpp"
#include "lexicon.hpp"
#include "person_name_words.hpp"
#include "person_titles.hpp"

namespace bulletin::extract {

namespace {

// Whether the name from token `begin` to `end` holds a state's or a country's name ("University of California",
// "California State University"): a system of campuses, each named by its town.
bool campusOfPlacedName(const ExtractionState& st, std::size_t begin, std::size_t end) {
    const auto& t = st.tokens();
    for (std::size_t k = begin; k < end; ++k) {
        if (!t[k].isWord() || !t[k].capitalized) continue;
        for (std::size_t n = 1; n <= 2 && k + n <= end; ++n) {
            const auto* place = st.gazetteer().place(st.slice(t[k].begin, t[k + n - 1].end));
            if (place && (place->kind == PlaceKind::Region || place->kind == PlaceKind::Country)) return true;
        }
    }
    return false;
}

// "G7", "G20": one capital and a number, an acronym only where the gazetteer knows it.
bool isGroupingCode(std::string_view w) {
    if (w.size() < 2 || w.size() > 4 || w[0] < 'A' || w[0] > 'Z') return false;
    for (std::size_t k = 1; k < w.size(); ++k)
        if (w[k] < '0' || w[k] > '9') return false;
    return true;
}

bool isEnglishWord(const std::string& acronym) {
    return lexicons::ambiguousAcronyms().contains(acronym);
}

// Whether the release says, in any case, a word of the body's full name that tells it from the other things its
// acronym stands for ("Islamic" of the Organisation of Islamic Cooperation, "health" of the World Health
// Organization): a word of four letters or more that is no function word, head word or word of the world.
bool fullNameWordIn(const std::vector<Token>& t, std::string_view name) {
    std::vector<std::string> words;
    for (std::size_t from = 0; from < name.size();) {
        std::size_t to = name.find(' ', from);
        if (to == std::string_view::npos) to = name.size();
        const std::string_view w = name.substr(from, to - from);
        if (w.size() >= 4 && !isFunctionWord(w) && !isOrganisationHead(w) && !w.starts_with("World") &&
            !w.starts_with("International") && !w.starts_with("National"))
            words.push_back(lower(w));
        from = to + 1;
    }
    if (words.empty()) return true;
    return std::any_of(t.begin(), t.end(), [&](const Token& k) {
        return k.isWord() && !k.allCaps && std::find(words.begin(), words.end(), lower(k.text)) != words.end();
    });
}

void agencyFromChain(ExtractionState& st, const std::vector<Token>& t, Chain c) {
    // "... Assembly of Representatives Helena Varga on Monday": a day or a month after a preposition is when, not
    // part of a name.
    // A headline's verb ends its subject's name ("Orange County Board of Supervisors Unanimously Votes"), and a month
    // or a day closing the run is a date ("Board of Supervisors April 5").
    for (std::size_t k = c.first + 1; k < c.end; ++k) {
        const bool when = k + 1 < c.end && t[k].isWord() && !t[k].capitalized &&
                          (t[k].is("on") || t[k].is("in") || t[k].is("at")) && isCalendarWord(t[k + 1].text);
        // ("Oversight Board To Examine Use of ...": a headline's infinitive too.)
        const bool verb = t[k].isWord() && t[k].capitalized &&
                          (lexicons::headlineVerbs().contains(t[k].text) || t[k].text == "To") &&
                          (st.inHeadline(t[k].begin) || insideQuotation(st.text(), t[k].begin) ||
                           titleCaseLine(st.text(), t[k].begin));
        const bool date = t[k].isWord() && t[k].capitalized && isCalendarWord(t[k].text) &&
                          (k + 1 == c.end || t[k + 1].kind == TokenKind::Number);
        // "the sanctions imposed by the European Union on Russia", "the Far Eastern Federal University on Russky
        // Island": "on" and a place closing the run tell whom the body acts on or where it is (a committee, a council
        // or a conference on a place is named for it: "Commission on Cambodia").
        std::size_t placeEnd = 0;
        const bool actsOn =
            t[k].is("on") && k > c.first && headAt(st, k - 1) &&
            !lexicons::deliberativeBodies().contains(t[k - 1].text) && !t[k - 1].is("Conference") &&
            !t[k - 1].is("Forum") && !t[k - 1].is("Group") && !t[k - 1].is("Panel") && k + 1 < c.end &&
            ((isPlaceToken(st, t, k + 1, c.end, placeEnd) && placeEnd == c.end) || featureNamed(t, k + 1, c.end));
        // ("the position of the Czech Parliament on Russian aggression": a people's adjective closing the run after
        // "on" names what the body's position is on.)
        const bool onAdjective = t[k].is("on") && k > c.first && headAt(st, k - 1) && k + 2 == c.end &&
                                 st.gazetteer().countryOfDemonym(t[k + 1].text) && !st.gazetteer().place(t[k + 1].text);
        // ("partner the Economic Development Board on the Food Story 2 R&D programme": what the body works on, a
        // programme or a project by its name, numbered or followed by what kind of thing it is.)
        // ("partnered the Urban Redevelopment Authority on the Quorvale Lake District pilot": the programme's name
        // may run on past the chain, "Lake District" read as a place.)
        std::size_t what = c.end;
        while (what < t.size() && what < c.end + 4 && t[what].isWord() && t[what].capitalized &&
               t[what].sentence == t[k].sentence)
            ++what;
        const bool onProgramme = t[k].is("on") && k > c.first && headAt(st, k - 1) && what < t.size() &&
                                 t[what].sentence == t[k].sentence &&
                                 ((what == c.end && t[what].kind == TokenKind::Number) ||
                                  (t[what].isWord() && !t[what].capitalized && projectWord(t[what])));
        const bool ofHeadquarters = unitOfHeadquarters(st, t, c, k);
        const bool forPossessor = aimBeforePossessor(st, t, c, k);
        const bool forProject = aimAtProject(st, t, c, k);
        if (when || verb || date || actsOn || onAdjective || onProgramme || ofHeadquarters || forPossessor ||
            forProject) {
            c.end = k;
            break;
        }
    }
    // "Sergeant Silva and Police Constable Bandara", "Jayasundara and Woman Police Constable Dilrukshi": after "and",
    // a title with a head word in it ("Police") and a name after it is another person, not the end of a body's name.
    for (std::size_t k = c.first + 1; k + 1 < c.end; ++k) {
        if (!(t[k - 1].is("and") || t[k - 1].is("or") || t[k - 1].is("&"))) continue;
        std::vector<std::string_view> words;
        for (std::size_t m = k; m < c.end && words.size() < 5 && t[m].isWord(); ++m) words.push_back(t[m].text);
        const std::size_t n = st.gazetteer().titleLength(words);
        std::size_t holder = k + n;
        // ("and Police Constable 23456 Perera", "... (23456) Perera": an officer's number between the title and the
        // name, where the chain ends.)
        auto badge = [&](std::size_t m) {
            return m < t.size() && isOfficerNumber(t[m]) && t[m].sentence == t[k].sentence;
        };
        std::size_t holderEnd = c.end;
        if (n >= 2 && holder == c.end) {
            const std::size_t numbered =
                badge(holder) ? holder + 1
                : holder + 2 < t.size() && t[holder].isPunct('(') && badge(holder + 1) && t[holder + 2].isPunct(')')
                    ? holder + 3
                    : holder;
            if (numbered > holder && numbered < t.size() && t[numbered].sentence == t[k].sentence) {
                holder = numbered;
                holderEnd = t.size();
            }
        }
        if (n < 2 || holder >= holderEnd || !t[holder].isWord() || !t[holder].capitalized || t[holder].allCaps ||
            headAt(st, holder) || isConnector(t[holder].text))
            continue;
        bool headInTitle = false;
        for (std::size_t m = k; m < holder; ++m) headInTitle = headInTitle || headAt(st, m);
        if (!headInTitle) continue;
        c.end = k - 1;
        break;
    }
    // "under the direction of the Galle Division Senior Superintendent of Police": a title of two words or more
    // closing the chain right after a body's head word names the body's officer, not more of the body. (Not a title
    // the body is "of": "Office of the Inspector General", "Department of Government Analyst", a head word after
    // the "of" being the field's.)
    for (std::size_t k = std::max(c.first + 1, c.end > 6 ? c.end - 6 : 0); k + 1 < c.end; ++k) {
        if (!t[k - 1].isWord() || !t[k - 1].capitalized || !st.gazetteer().mayStartTitle(t[k].text) ||
            !headAt(st, k - 1))
            continue;
        if (k >= 2 && t[k - 2].is("of")) continue;
        std::vector<std::string_view> words;
        for (std::size_t m = k; m < c.end && t[m].isWord(); ++m) words.push_back(t[m].text);
        if (words.size() == c.end - k && st.gazetteer().titleLength(words) == words.size()) {
            c.end = k;
            break;
        }
    }
    if (c.end <= c.first) return;
    if (namesInstrument(t, c)) {
        // "the Japan International Cooperation Agency for the Kandy Water Supply Project": a body, then what it
        // acts for; the body ends before the connector. (A chain of the instrument alone names no body.)
        std::size_t cut = c.first;
        for (std::size_t k = c.first; k + 2 < c.end; ++k)
            if (headAt(st, k) && (t[k + 1].is("for") || t[k + 1].is("on")) && t[k + 2].is("the")) cut = k + 1;
        if (cut == c.first) return;
        c.end = cut;
    }
    const std::size_t first = skipLeadingTitles(st, t, c);
    if (first >= c.end) return;
    // The last head word decides; a chain without one is not an agency.
    // (An acronym after "of" is what the name is of, not its head: "Presidency of the Council of the EU".)
    std::size_t lastHead = c.end;
    for (std::size_t k = first; k < c.end; ++k) {
        if (!headAt(st, k)) continue;
        const bool acronymOf = t[k].allCaps && lastHead != c.end && k > first &&
                               (t[k - 1].is("of") || (k >= first + 2 && t[k - 1].is("the") && t[k - 2].is("of")));
        if (!acronymOf) lastHead = k;
    }
    if (lastHead == c.end) return;
    // "joined a Korean club", "an Italian company": a kind of organisation, not one named. ("a U.S. Senate
    // committee" names the Senate: "U.S." is a country's name too.)
    if (first > 0 && (t[first - 1].is("a") || t[first - 1].is("an")) && lastHead == first + 1 && c.end == first + 2 &&
        st.gazetteer().countryOfDemonym(t[first].text) && !st.gazetteer().place(t[first].text))
        return;
    // ("a Bug Squashing Party", "the Key Signing Party": a gathering named for what is done at it, not a party.)
    if (t[lastHead].is("Party") && lastHead > first && t[lastHead - 1].text.ends_with("ing")) return;
    std::size_t begin = first;
    // "Forces of Regional Command North", "Units of the National Guard": a plural of men under another body.
    if (t[first].isWord() && (t[first].is("Forces") || t[first].is("Units") || t[first].is("Troops")) &&
        first + 2 < lastHead && t[first + 1].is("of")) {
        begin = first + 2;
        while (begin < lastHead && equalsLower(t[begin].text, "the")) ++begin;
    }
    // "Anna McIntire of the Homicide Unit", "City of Santa Ana Police Department": when no head word stands
    // before the first "of", the agency starts after it; so after "for the" ("fieldwork throughout China for the
    // Institute of History", "City Hall in New York for the First Congress").
    for (std::size_t k = first; k < lastHead; ++k) {
        if (headAt(st, k)) break;
        if (membersBeforeOf(st, t, first, k)) break;
        if (wordOpensNameBeforeOf(t, first, k)) break;
        if (t[k].is("of") || (t[k].is("for") && k > first && t[k + 1].is("the"))) {
            begin = k + 1;
            while (begin < lastHead && equalsLower(t[begin].text, "the")) ++begin;
            // ("Appointment of the Chairman of the Tourism Development Authority", a heading: a title of something
            // after that "of" is no more of the name than one opening the run; "of the Major Fraud Unit" keeps
            // its first word.)
            std::vector<std::string_view> words;
            for (std::size_t m = begin; m < lastHead && words.size() < 6; ++m) words.push_back(t[m].text);
            const std::size_t title = st.gazetteer().titleLength(words);
            if (!c.afterPersonOf && title > 0 && begin + title < lastHead &&
                (t[begin + title].is("of") || t[begin + title].is("for")))
                begin = skipLeadingTitles(st, t, Chain{begin, c.end, false});
            if (begin > lastHead) return;
            break;
        }
    }
    // An acronym heads only itself and the places after it ("UNODC Pakistan"): the capitalised words before it are
    // something else ("President of Ukraine Volodymyr Zelenskyy and UN").
    // (An institution's own name is a head like "Council": "State Duma", "Verkhovna Rada".)
    const bool institutionHead =
        t[lastHead].capitalized && !t[lastHead].allCaps && lexicons::institutionNames().contains(t[lastHead].text);
    const bool wordHead = isOrganisationHead(t[lastHead].text) || institutionHead || movementFront(t, lastHead);
    if (!wordHead) begin = lastHead;
    // "Training Balochistan Police": before a final Police/Customs head, only the place in front belongs to it.
    const std::string headLower = lower(t[lastHead].text);
    if ((headLower == "police" || headLower == "customs") && lastHead + 1 == c.end && lastHead > first) {
        std::size_t k = lastHead;
        while (k > begin) {
            std::size_t after = 0;
            std::size_t start = k - 1;
            bool found = false;
            for (std::size_t s = (k >= begin + 3 ? k - 3 : begin); s < k; ++s) {
                if (isPlaceToken(st, t, s, k, after) && after == k) {
                    start = s;
                    found = true;
                    break;
                }
            }
            if (!found) break;
            k = start;
        }
        if (k < lastHead) {
            while (k > begin && t[k - 1].isWord() && t[k - 1].capitalized &&
                   lexicons::stateModifiers().contains(t[k - 1].text))
                --k;
            begin = k;
        }
    }
    // A lone known acronym is handled by the acronym rule; single generic heads ("Office") are not names.
    if (lastHead == begin && c.end == begin + 1 && !t[begin].allCaps) return;
    if (c.end == begin + 1 && t[begin].allCaps) return;
    std::size_t end = c.end;
    if (!wordHead) {
        // An acronym head keeps only the places after it: "UNODC Pakistan", "FIA Balochistan".
        end = lastHead + 1;
        std::size_t after = 0;
        while (end < c.end && isPlaceToken(st, t, end, c.end, after)) end = after;
    } else {
        // "Department CJ-1" is a courtroom.
        // ("Dept. C-55" too.)
        const std::size_t next = lastHead + 1 < c.end && t[lastHead + 1].isPunct('.') ? lastHead + 2 : lastHead + 1;
        if (next < c.end && t[next].text.find_first_of("0123456789") != std::string_view::npos) return;
        // "Institut Pasteur du Cambodge", "Banco Nacional de Obras": in the Romance languages the head word opens
        // the name and all the chain after it is the name.
        static constexpr std::array<std::string_view, 19> kOpeningHeads{
            "institut",  "instituto",  "istituto",    "banco",        "banque",    "agence",   "agencia",
            "comisión",  "conseil",    "consejo",     "fondation",    "fundación", "fundação", "ministerio",
            "ministère", "université", "universidad", "universidade", "università"};
        const bool opensName = lastHead == begin && inLowerList(t[begin].text, kOpeningHeads);
        // ("Department of Government Analyst", "Office of Police Accountability": a head word right after the "of" of
        // an earlier head is the field's first word, which goes on.)
        const bool fieldHead = lastHead >= begin + 2 && t[lastHead - 1].is("of") &&
                               std::any_of(t.begin() + static_cast<std::ptrdiff_t>(begin),
                                           t.begin() + static_cast<std::ptrdiff_t>(lastHead - 1),
                                           [](const Token& w) { return isOrganisationHead(w.text); });
        // After the head: places, more head words, "General" ("Directorate General"), or an "of ..." tail.
        for (std::size_t k = lastHead + 1; k < end; ++k) {
            std::size_t after = 0;
            if (t[k].isWord() && (isConnector(t[k].text) || t[k].is("&"))) break;
            if (t[k].isPunct('.') && nameAbbreviation(t[k - 1])) continue;
            if (isPlaceToken(st, t, k, c.end, after)) {
                k = after - 1;
                continue;
            }
            if (headAt(st, k) || t[k].is("General")) continue;
            if (fieldHead && t[k].isWord() && t[k].capitalized && !t[k].allCaps &&
                !st.gazetteer().mayStartTitle(t[k].text))
                continue;
            // ("Association of Chief Police Officers": a body of members is named for them, after its last head.)
            if (k + 1 == c.end && namesMembers(st.gazetteer(), t[k].text) && membersBodyOf(t, begin, c.end)) continue;
            // "Regional Command North", "Joint Task Force East": a compass point ends a command's name.
            if (k + 1 == c.end && isCompassPoint(t[k].text)) continue;
            end = k;
            break;
        }
        // After a head word, a title starts something else: "... Agency Director John Smith". (Not after "for" or
        // "on", where it is a word of the body's field: "Society for General Systems Research"; nor past where the
        // name already ended: "Kovalde Police OIC Inspector ...".)
        for (std::size_t k = lastHead + 1; k < end; ++k) {
            if (t[k - 1].is("for") || t[k - 1].is("on")) continue;
            std::vector<std::string_view> words;
            for (std::size_t m = k; m < c.end && words.size() < 4; ++m) words.push_back(t[m].text);
            const std::size_t n = st.gazetteer().titleLength(words);
            const std::size_t next = k + n;
            if (n > 0 && next < c.end && t[next].isWord() && t[next].capitalized && !isConnector(t[next].text) &&
                !headAt(st, next)) {
                // "Office of the President Andriy Yermak": a title the organisation is "of" belongs to its name;
                // the person starts after it.
                const bool ofTitle = t[k - 1].is("of") || (k >= 2 && t[k - 1].is("the") && t[k - 2].is("of"));
                // ("Press Office of Congressman Adam Schiff": without an article the title is the person's, and so
                // is the office; it names no body apart from them, the person is read on their own.)
                if (t[k - 1].is("of") && n == 1 && next + 1 < c.end && !t[next].allCaps &&
                    st.gazetteer().givenNameCount(t[next].text) >= 1000 && t[next + 1].isWord() &&
                    t[next + 1].capitalized && !t[next + 1].allCaps && !headAt(st, next + 1))
                    return;
                // ("Office of Justice Programs", "Bureau of Justice Statistics": a title that is a portfolio's field
                // too, "Justice", is the field of an office or a bureau unless a given name follows it; a ministry or
                // department is whole with its portfolio, "the Department of Justice DNA Lab".)
                if (n == 1 && lexicons::portfolioWords().contains(t[k].text) && !t[next].allCaps &&
                    !(t[lastHead].is("Department") || t[lastHead].is("Ministry") || t[lastHead].is("Dept")) &&
                    st.gazetteer().givenNameCount(t[next].text) < 20)
                    continue;
                end = ofTitle ? next : k;
                break;
            }
        }
        // (A connector the title left at the end: "... Roman Mashovets and Ambassador ...".)
        while (end > lastHead + 1 && t[end - 1].isWord() && !t[end - 1].capitalized && isConnector(t[end - 1].text))
            --end;
        // (A body a title is of is usually followed by the title holder's name: "Director General of the Agency for
        // Strategic Initiatives Svetlana Chupsheva", a given name less common in English lists.)
        const bool titled = first > c.first || begin > first;
        // After a head word, a person's name starts something else: "Office of the President of Ukraine Roman
        // Mashovets", "Verkhovna Rada of Ukraine Ruslan Stefanchuk" (a common given name and one or two more
        // capitalised words closing the run, after the head or the place the name ends with).
        for (std::size_t k = std::max(lastHead + 1, end >= 3 ? end - 3 : 0); k + 2 <= end; ++k) {
            bool rest = !lexicons::buildingWords().contains(t[end - 1].text) &&
                        !lexicons::venueWords().contains(t[end - 1].text);
            for (std::size_t m = k + 1; m < end && rest; ++m)
                rest =
                    t[m].isWord() && t[m].capitalized && !t[m].allCaps && !headAt(st, m) && !largePlace(st, t[m].text);
            if (!t[k].isWord() || !t[k].capitalized || t[k].allCaps || !rest) continue;
            const bool afterPlace =
                k > lastHead + 1 && t[k - 1].isWord() && t[k - 1].capitalized && st.gazetteer().place(t[k - 1].text);
            // (What a body is "of" is no person's name: "Club of La Habra", "University of San Diego".)
            if (k > lastHead + 1 && !(t[k - 1].isWord() && t[k - 1].capitalized)) continue;
            if (st.gazetteer().place(st.slice(t[k].begin, t[end - 1].end))) continue;
            // (A small town's name is no obstacle: "Roman" is a town in Romania and a given name; nor, right after
            // the place a name ends with, a district's.)
            const auto* place = st.gazetteer().place(t[k].text);
            const bool surePlace =
                place && (place->kind == PlaceKind::Country || (place->kind == PlaceKind::Region && !afterPlace) ||
                          place->population >= 100000);
            // (Any listed given name right after the head that starts no title: not "Special" of "Special Weapons".)
            // (After the place a name ends with, a less common one too: "... of Ukraine Ruslan Stefanchuk"; not "Law"
            // of "University of Chicago Law School", whose last word is a building's.)
            // (Right after a country, any two or three words that name no body, place, building, programme or
            // law: "Commander-in-Chief of the Armed Forces of Ukraine Valeriy Zaluzhny", a given name no list has;
            // not the members a body of members is of, "Institute of Singapore Chartered Accountants".)
            const auto* before = afterPlace ? st.gazetteer().place(t[k - 1].text) : nullptr;
            const bool afterCountry = before && before->kind == PlaceKind::Country &&
                                      !st.gazetteer().mayStartTitle(t[k].text) && !membersBodyOf(t, begin, end) &&
                                      std::none_of(t.begin() + static_cast<std::ptrdiff_t>(k),
                                                   t.begin() + static_cast<std::ptrdiff_t>(end), [](const Token& w) {
                                                       return lexicons::programmeWords().contains(w.text) ||
                                                              lexicons::lawWords().contains(w.text);
                                                   });
            const long least = k == lastHead + 1 && !st.gazetteer().mayStartTitle(t[k].text) ? 1
                               : afterPlace || titled                                        ? 100
                                                                                             : 1000;
            // (After a title's body, two words the last of which ends as family names do where the lists hold few
            // given names: "President of the Russian Academy of Sciences Gennady Krasnikov".)
            const bool titleHolder = titled && k + 2 == end && surnameEndingShape(t[end - 1].text) &&
                                     !st.gazetteer().mayStartTitle(t[k].text) &&
                                     !st.writtenInLowerCase(lower(t[k].text));
            // (Two words after a portfolio's field, the first a given name any list holds and neither a field's
            // word: "of the Romanian Ministry of National Defense Mihai Iancu".)
            const bool afterField =
                k + 2 == end && lexicons::portfolioWords().contains(t[k - 1].text) &&
                st.gazetteer().givenNameCount(t[k].text) >= 20 && !lexicons::portfolioWords().contains(t[k].text) &&
                !lexicons::portfolioWords().contains(t[end - 1].text) && !st.gazetteer().mayStartTitle(t[k].text);
            if ((afterCountry || titleHolder || afterField || st.gazetteer().givenNameCount(t[k].text) >= least) &&
                !surePlace) {
                end = k;
                break;
            }
        }
        if (opensName) end = c.end;
    }
    if (end > begin && t[end - 1].isPunct('.') && !t[end - 2].is("Dept")) --end;
    // (A connector the name ended before: "Police Training College Balochistan and Deputy Director ...".)
    // (And the comma before it: "Center on Women, Gender, and ...", cut before a title's word.)
    while (end > begin + 1 && ((t[end - 1].isWord() && !t[end - 1].capitalized && isConnector(t[end - 1].text)) ||
                               t[end - 1].isPunct(',')))
        --end;
    if (end <= begin) return;
    // ("the Minister of Public Administration and Local Government": the fields a minister's title is of, no body.)
    if (titlePortfolioFields(st, t, begin, end)) return;
    const std::string head = lower(t[lastHead].text);
    // "the University of Texas at Austin": a campus's town after "at" is part of a university's name.
    if ((head == "university" || head == "college") && end == c.end && end + 1 < t.size() && t[end].is("at") &&
        t[end + 1].isWord() && t[end + 1].capitalized && t[end + 1].sentence == t[end].sentence) {
        for (std::size_t n = std::min<std::size_t>(3, t.size() - end - 1); n > 0; --n) {
            const std::size_t last = end + n;
            if (!t[last].isWord() || !t[last].capitalized || t[last].sentence != t[end].sentence) continue;
            if (!st.gazetteer().place(st.slice(t[end + 1].begin, t[last].end))) continue;
            end = last + 1;
            break;
        }
    }
    // "the University of California, Irvine", "University of Wisconsin–Madison": a state university's campus town,
    // after a comma or a dash, is part of its name (not "Harvard University, Cambridge": no place in the name).
    if ((head == "university" || head == "college") && end == c.end && end + 1 < t.size() &&
        (t[end].isPunct(',') || t[end].is("\xE2\x80\x93") || t[end].is("-")) && t[end + 1].isWord() &&
        t[end + 1].capitalized && t[end + 1].sentence == t[end].sentence &&
        (t[end].isPunct(',') || t[end].begin == t[end - 1].end) && campusOfPlacedName(st, begin, end)) {
        for (std::size_t n = std::min<std::size_t>(2, t.size() - end - 1); n > 0; --n) {
            const std::size_t last = end + n;
            if (!t[last].isWord() || !t[last].capitalized || t[last].sentence != t[end].sentence) continue;
            const auto* campus = st.gazetteer().place(st.slice(t[end + 1].begin, t[last].end));
            if (!campus || campus->kind != PlaceKind::City || st.claimed(t[end + 1].begin, t[last].end)) continue;
            // (Its name ends there: not the first word of another name, "University of California, Los Angeles
            // County", "University of Birmingham, University of Cambridge"; nor a list's next item, "the University
            // of Minnesota, Fairview, and Essentia Health".)
            bool other = false;
            for (std::size_t k = end + 1; k <= last && !other; ++k) other = isOrganisationHead(t[k].text);
            const std::size_t after = last + 1;
            const bool sameSentence = after < t.size() && t[after].sentence == t[end].sentence;
            if (other ||
                (sameSentence && ((t[after].isWord() && (t[after].capitalized || isConnector(t[after].text))) ||
                                  (t[after].isPunct(',') && after + 1 < t.size() &&
                                   (t[after + 1].is("and") || t[after + 1].is("or"))))))
                break;
            end = last + 1;
            break;
        }
    }
    // "700 Civic Center Drive": a street's name, part of an address.
    if ((end < c.end && lexicons::streetWords().contains(t[end].text)) ||
        (begin > 0 && t[begin - 1].kind == TokenKind::Number && end < t.size() &&
         lexicons::streetWords().contains(t[end].text)))
        return;
    if (end == begin + 1 && t[begin].allCaps) return;                   // a bare acronym: the acronym rule resolves it
    if (end == begin + 1 && isOrganisationHead(t[begin].text)) return;  // "Department", "Mission" (of "Mission Viejo")
    // "the Kelani Right Bank project", "the Mahaweli Left Bank canal": a river's bank, no lender.
    if (lower(t[lastHead].text) == "bank" && lastHead > begin &&
        (t[lastHead - 1].is("Right") || t[lastHead - 1].is("Left")))
        return;
    // "the Russian Federation": a country's name with a head word in it is the country.
    if (const auto* place = st.gazetteer().place(st.slice(t[begin].begin, t[end - 1].end));
        place && place->kind == PlaceKind::Country &&
        !st.gazetteer().agencyByName(st.slice(t[begin].begin, t[end - 1].end)))
        return;
    // ("the John F. Kennedy Center for the Performing Arts hosted": what a centre is for is part of the venue's name.)
    const bool forTail = lastHead + 1 < end && (t[lastHead + 1].is("for") || t[lastHead + 1].is("of"));
    // ("Central Justice Center Santa Ana": its town after it too.)
    const bool townAfter = lastHead + 1 < end && st.gazetteer().place(st.slice(t[lastHead + 1].begin, t[end - 1].end));
    // ("at the Marina Bay Sands Expo and Convention Centre": the words before "and" are the venue's name too.)
    std::size_t venueBegin = begin;
    if (begin >= 2 && t[begin - 1].is("and")) {
        std::size_t k = begin - 1;
        while (k > 0 && t[k - 1].isWord() && t[k - 1].capitalized && t[k - 1].sentence == t[begin].sentence) --k;
        // (Not a venue of its own with its own head word: "the Central Justice Center and Civil Complex Center".)
        const bool ownHead = anyHeadIn(st, k, begin - 1);
        if (k + 1 < begin && !ownHead && venueContext(st, t, k, end)) venueBegin = k;
    }
    // ("the cities of Brooklyn Center and Brooklyn Park": a known town named with a head word, where the text says
    // towns are named, is the town.)
    if (placeKindBeforeOf(t, begin))
        if (const auto* town = st.gazetteer().place(st.slice(t[begin].begin, t[end - 1].end));
            town && town->kind == PlaceKind::City) {
            if (!st.claimed(t[begin].begin, t[end - 1].end))
                st.addMention(EntityType::Location, town->name, t[begin].begin, t[end - 1].end, "place.gazetteer");
            return;
        }
    // ("the Tampines Round Market and Food Centre reopened": a centre of a venue's kind is one wherever it is named.)
    const bool venueKind = lastHead > begin && lexicons::venueCentreKinds().contains(t[lastHead - 1].text);
    if ((head == "center" || head == "centre") && (lastHead + 1 == end || forTail || townAfter) &&
        (venueKind || venueContext(st, t, venueBegin, end))) {
        if (!st.claimed(t[venueBegin].begin, t[end - 1].end))
            st.addMention(EntityType::Location, std::string(st.slice(t[venueBegin].begin, t[end - 1].end)),
                          t[venueBegin].begin, t[end - 1].end, "place.venue");
        return;
    }
    // "Reserve Bank Governor Alan Bollard", "State Department Spokesperson Ned Price": an organisation named right
    // before a title and a person's name is surely one (the person holds the title in it).
    // (Not a coordination, nor an acronym's chain: "President of Ukraine Volodymyr Zelenskyy and UN Secretary-General
    // António Guterres" names two people around "UN".)
    bool beforeTitle = false;
    bool joined = false;
    for (std::size_t m = begin; m < end && !joined; ++m) joined = t[m].is("and") || t[m].is("&");
    if (end < c.end && !joined && isOrganisationHead(t[lastHead].text)) {
        std::vector<std::string_view> words;
        for (std::size_t m = end; m < c.end && words.size() < 4 && t[m].isWord(); ++m) words.push_back(t[m].text);
        const std::size_t n = st.gazetteer().titleLength(words);
        beforeTitle = n > 0 && end + n < c.end && t[end + n].isWord() && t[end + n].capitalized &&
                      !t[end + n].allCaps && !headAt(st, end + n);
    }
    addAgencySpan(st, t[begin].begin, t[end - 1].end, beforeTitle ? "agency.before_title" : "agency.head_word");
}

}  // namespace

namespace {

// A line in capitals that is one body's name: in the body (not the headline), alone on its line, of at most eight
// words, its first or last word a head word ("MINISTRY OF FOREIGN AFFAIRS", "OFFICE OF THE GOVERNOR").
bool capitalsLineNamesBody(const ExtractionState& st, const Chain& c) {
    const auto& t = st.tokens();
    if (c.end - c.first > 12 || st.inHeadline(t[c.first].begin)) return false;
    const bool lineStart = c.first == 0 || st.lineBreakBetween(c.first - 1, c.first);
    const bool lineEnd = c.end >= t.size() || st.lineBreakBetween(c.end - 1, c.end);
    if (!lineStart || !lineEnd) return false;
    std::size_t words = 0;
    for (std::size_t k = c.first; k < c.end; ++k) {
        if (!t[k].isWord()) continue;
        ++words;
        // Only a name's connectors among its words, "THE" after one of them ("MINISTRY OF SUSTAINABILITY AND THE
        // ENVIRONMENT"; not "... WERE FROM THEIR LOCAL YELLOW PAGES COMPANY", "FUNDING THE VISITORS BUREAU").
        const bool connector = isConnector(t[k].text) && !equalsLower(t[k].text, "the");
        const bool article = equalsLower(t[k].text, "the") && k > c.first && isConnector(t[k - 1].text) &&
                             !equalsLower(t[k - 1].text, "the");
        if (isFunctionWord(t[k].text) && !connector && !article) return false;
    }
    return words <= 8 && (isOrganisationHead(t[c.first].text) || isOrganisationHead(t[c.end - 1].text));
}

}  // namespace

void findAgencies(ExtractionState& st) {
    const auto& t = st.tokens();
    punctuatedKnownAgencies(st);
    committeeLists(st, t);
    titleOffices(st, t);
    knownAgenciesWithLowerWords(st, t);
    namedTeams(st, t);
    utilityCompanies(st, t);
    religiousBodies(st, t);
    negotiationFormats(st, t);
    findCompaniesVenuesAndInstitutions(st);
    headquarters(st, t);
    pluralMinistries(st, t);
    pluralBodiesOfPlaces(st, t);
    namesBeforePluralHead(st, t);
    fieldBodiesOfCountries(st, t);
    demonymGovernments(st, t);
    headsAdministrations(st, t);
    townPolice(st, t);
    actingSubjects(st, t);
    actingInstitutions(st, t);
    legislativeChambers(st, t);
    passiveAgents(st, t);
    bodiesBeforeMemberTitles(st, t);
    bodiesAfterMemberTitles(st, t);
    for (const Chain& c : chains(st, t)) {
        // "(UCI) Medical Center": a short fragment after a parenthesis names nothing on its own; "(MDA) Rural
        // Finance Authority" is a unit of the one before the parenthesis, named in full.
        if (c.first > 0 && t[c.first - 1].isPunct(')') && c.end - c.first <= 2) continue;
        // All-capital headlines are too noisy for head-word rules.
        bool allCapsRun = true;
        for (std::size_t k = c.first; k < c.end; ++k) allCapsRun = allCapsRun && (!t[k].isWord() || t[k].allCaps);
        // (But a line of its own in the body that opens or closes with a head word is a letterhead's or a
        // sign-off's name: "MINISTRY OF SUSTAINABILITY AND THE ENVIRONMENT" above the date.)
        if (allCapsRun && c.end - c.first > 3 && !capitalsLineNamesBody(st, c)) continue;
        // Known names joined by "and" first: the head-word rule would cut them at it ("U.S. Customs and Border
        // Protection", "Food and Drug Administration").
        knownAgencies(st, t, c, true);
        // "Assistant Head of Court Susan Price of the Appellate and Training Unit and ...": a person's name and "of"
        // in the run start the body the person belongs to; what comes before is a title and the name.
        Chain body = c;
        // The body begins at token `from`, past "the", when anything of the chain is left there.
        auto startBodyAt = [&](std::size_t from) {
            while (from < c.end && equalsLower(t[from].text, "the")) ++from;
            if (from < c.end) {
                body.first = from;
                body.afterPersonOf = true;
            }
        };
        // (Or initials before the surname: "Sub Inspector of Police W.M. Bandara of the Wattala Police".)
        for (std::size_t m = c.first; m + 3 < c.end; ++m) {
            const bool firstName =
                (t[m].capitalized && !t[m].allCaps && st.gazetteer().givenNameCount(t[m].text) >= 1000) ||
                initialsWrittenTogether(t[m].text);
            if (!(firstName && t[m + 1].isWord() && t[m + 1].capitalized && !t[m + 1].allCaps && !headAt(st, m + 1) &&
                  !headAt(st, m) && t[m + 2].is("of")))
                continue;
            // (Not a place's or a building's words: "University of San Diego School of Law".)
            if (lexicons::buildingWords().contains(t[m + 1].text) || lexicons::venueWords().contains(t[m + 1].text) ||
                (m > c.first && st.gazetteer().place(st.slice(t[m - 1].begin, t[m].end))))
                continue;
            startBodyAt(m + 3);
            break;
        }
        // "Deputy Chief of Staff of the Presidential Executive Office": a title whose "of" names no field ("Chief of
        // Staff", "Chief of Police"; not "Minister of Justice") ends at the next "of", where the body it serves
        // begins.
        if (body.first == c.first)
            for (std::size_t j = c.first > 0 ? c.first - 1 : 0; j + 3 < c.end; ++j) {
                if (j == 0 || !t[j].is("of") || !t[j + 2].is("of") || !t[j - 1].capitalized || headAt(st, j + 1) ||
                    !t[j + 1].capitalized || lexicons::portfolioWords().contains(t[j + 1].text))
                    continue;
                const std::vector<std::string_view> words{t[j - 1].text, t[j].text, t[j + 1].text};
                if (st.gazetteer().titleLength(words) != words.size()) continue;
                startBodyAt(j + 3);
                break;
            }
        for (const Chain& part : splitOnAnd(st, t, body))
            for (const Chain& side : splitOnAgainst(st, t, part)) agencyFromChain(st, t, side);
        // Known agency names in what the head-word rule left, longest first ("Global Affairs Canada").
        knownAgencies(st, t, c, false);
    }
    // (After the head-word rules, which name in full what a title's "of" starts: "CEO of Northpoint Health and
    // Wellness Center".)
    bodiesOfLeaderTitles(st, t);
    // Acronyms: defined in the document or known; "UNODC Pakistan" is UNODC's office in Pakistan.
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (!t[i].isWord() || st.claimed(t[i].begin, t[i].end)) continue;
        if (!isAcronymLike(t[i].text) && !(isGroupingCode(t[i].text) && st.gazetteer().agencyByAcronym(t[i].text)))
            continue;
        const std::string acr(t[i].text);
        if (st.placeAcronyms.count(acr) || st.instrumentAcronyms.count(acr)) continue;
        std::string name;
        if (auto it = st.definedAcronyms.find(acr); it != st.definedAcronyms.end())
            name = it->second;
        else if (const auto* known = st.gazetteer().agencyByAcronym(acr))
            name = known->name;
        else if (undefinedAcronymActs(st, t, i))
            name = acr;
        else if (acr.size() >= 3 && !isEnglishWord(acr) && acronymInRunningText(st, t, i))
            // ("... the Quorvale Statistics Office. Later, QSO reported growth": the release's own body.)
            name = spelledOutBy(st, acr);
        if (name.empty()) continue;
        // Acronyms that are also words ("WHO:", "ICE") count only when the document names the agency in full, or
        // where running text uses them as a name: between lower-case words ("notified WHO of the outbreak", not
        // "WHO: Andrew Gallo" nor "WHO WE ARE").
        // (Or opening a sentence of running text: "WHO recommends vector control", "WHO assessed the risk".)
        // (Not "of" and a name after it: "OIC of the Narahenpita Police" is the officer in charge, a title;
        // "notified WHO of the outbreak" is the body.)
        std::size_t ofWhat = i + 2;
        if (ofWhat < t.size() && t[ofWhat].is("the")) ++ofWhat;
        const bool titleOf = i + 1 < t.size() && t[i + 1].is("of") && ofWhat < t.size() && t[ofWhat].isWord() &&
                             t[ofWhat].capitalized && t[ofWhat].sentence == t[i].sentence;
        const bool lowerAfter = i + 1 < t.size() && t[i + 1].isWord() && !t[i + 1].capitalized &&
                                t[i + 1].sentence == t[i].sentence && !titleOf;
        const bool inRunningText =
            acr.size() >= 3 && i > 0 &&
            ((t[i - 1].isWord() && !t[i - 1].capitalized && t[i - 1].sentence == t[i].sentence && i + 1 < t.size() &&
              (lowerAfter || t[i + 1].isPunct(',') ||
               t[i + 1].isPunct('.'))) ||  // ("built with GCC 12": a version follows)
             (t[i].sentenceStart && lowerAfter && !st.inHeadline(t[i].begin)));
        // (In running text, an acronym that spells no word where the release says nothing of what the body is:
        // "the OIC attended the briefing" of a police report is its officer in charge.)
        if (isEnglishWord(acr) && !st.definedAcronyms.count(acr) && st.text().find(name) == std::string_view::npos &&
            (!inRunningText || (!lexicons::wordAcronyms().contains(acr) && !fullNameWordIn(t, name))))
            continue;
        if (i + 1 < t.size() && t[i + 1].isWord() && t[i + 1].capitalized && t[i + 1].sentence == t[i].sentence &&
            !st.claimed(t[i + 1].begin, t[i + 1].end)) {
            const auto* place = st.gazetteer().place(t[i + 1].text);
            const bool followedByMore = i + 2 < t.size() && t[i + 2].isWord() && t[i + 2].capitalized;
            if (place && place->kind == PlaceKind::Country && !followedByMore) {
                st.addMention(EntityType::Agency, acr + " " + std::string(t[i + 1].text), t[i].begin, t[i + 1].end,
                              "agency.country_office");
                continue;
            }
        }
        st.addMention(EntityType::Agency, name, t[i].begin, t[i].end, "agency.acronym", acr);
    }
    findKindLists(st);
    findDescribedOrganisations(st);
    aboutSections(st, t);
    // (Last: the bodies of the whole release are named by now.)
    releasesBodiesChapters(st, t);
}

}  // namespace bulletin::extract
