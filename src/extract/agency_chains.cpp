#include "agency_chains.hpp"

#include <algorithm>
#include <array>

#include "core/date_scanner.hpp"
#include "lexicon.hpp"

namespace bulletin::extract {

namespace {

bool chainWord(const Token& t) {
    return t.isWord() && (t.capitalized || (t.kind == TokenKind::Number)) && !nameModifier(t);
}

// A place that ends a ministry's name rather than adding a portfolio to it ("Ministry of Health, Sri Lanka"): a
// country, a region, a city of some size. Not a small town named like a field ("Ministry of Trade, Commerce and Food
// Security": Commerce is a town of 13,000 in California).
bool listedPlace(const ExtractionState& st, std::string_view word) {
    const KnownPlace* p = st.gazetteer().place(word);
    return p && !p->weak && (p->kind != PlaceKind::City || p->population >= 100000);
}

// A title starts at token k ("Minister Kamal Perera", "Education Minister"), not a word that may only start one
// ("Education" of "Higher Education").
bool titleAt(const ExtractionState& st, const std::vector<Token>& t, std::size_t k) {
    if (!st.gazetteer().mayStartTitle(t[k].text)) return false;
    std::vector<std::string_view> words;
    for (std::size_t m = k; m < t.size() && words.size() < 5 && t[m].isWord(); ++m) words.push_back(t[m].text);
    const std::size_t n = st.gazetteer().titleLength(words);
    // (A portfolio's word that is a title alone only with a name after it: "Justice Sarah Kline", but "on Commerce,
    // Justice and Science".)
    if (n == 1 && lexicons::portfolioWords().contains(t[k].text) &&
        !(k + 1 < t.size() && t[k + 1].isWord() && t[k + 1].capitalized))
        return false;
    return n > 0;
}

// A head word and the "of" or "on" of its fields among the words from `first` to `end`: "Ministry of ...", "Senate
// Committee on ...", "House Judiciary Subcommittee on ...".
bool headThenOfOrOn(const std::vector<Token>& t, std::size_t first, std::size_t end) {
    for (std::size_t k = first; k + 1 < end && k < first + 4; ++k)
        if (isOrganisationHead(t[k].text) && (t[k + 1].is("of") || t[k + 1].is("on"))) return true;
    return false;
}

// Where a ministry's list of portfolios ends, when the comma at `comma` continues one: "Ministry of Finance, Economic
// Stabilization and National Policies" (a head word and "of" open the run; then groups of one to three capitalised
// words, none a place, a title or a known body's name nor opened by a head word, separated by commas, the last after
// "and"; nothing capitalised after it: "State Department, Department of Justice, and Homeland Security" is a list).
// `comma` when the comma ends the name.
std::size_t portfolioListEnd(const ExtractionState& st, const std::vector<Token>& t, std::size_t first,
                             std::size_t comma) {
    // (Asked at every break of every run: the cheap test first.)
    if (comma >= t.size() || !t[comma].isPunct(',')) return comma;
    if (first < comma && t[first].is("The")) ++first;
    // (The list may be a later name's of the run: "the Security Council and the Ministry of Trade, Commerce and Food
    // Security", "Chief Counsel of the House Judiciary Subcommittee on Crime, Terrorism, and Investigations".)
    for (std::size_t k = first; k + 1 < comma; ++k) {
        if (!t[k].is("and") && !t[k].is("of")) continue;
        std::size_t from = k + 1;
        while (from < comma && equalsLower(t[from].text, "the")) ++from;
        if (headThenOfOrOn(t, from, comma)) first = from;
    }
    if (comma < first + 3 || !headThenOfOrOn(t, first, comma)) return comma;
    // The first field is a group like the others, of one to three words after the head's "of" or "on" ("Vice-Chair
    // of the State Board of Equalization Michelle Park Steel, and ..." names a person after the body).
    {
        std::size_t fieldFrom = comma;
        for (std::size_t k = first; k + 1 < comma; ++k)
            if (isOrganisationHead(t[k].text) && (t[k + 1].is("of") || t[k + 1].is("on"))) fieldFrom = k + 2;
        if (comma - fieldFrom > 3) return comma;
    }
    // (Not after a name that ends with a place of note: "Ministry of Health of Ukraine, Cabinet ..."; a small town
    // that shares a field's name is none, "Committee on Commerce, Science, and Transportation". A known body's name
    // may go on with more portfolios, "Ministry of Education, Higher Education and Vocational Education"; a list of
    // bodies after it starts each with a head word, which ends the name below.)
    // (Nor, in a list of bodies, after any place: "State Department, Department of Justice, and Homeland Security".)
    if (listedPlace(st, t[comma - 1].text) ||
        (first > 0 && t[first - 1].isPunct(',') && st.gazetteer().place(t[comma - 1].text)))
        return comma;
    std::size_t k = comma;
    while (k < t.size() && (t[k].isPunct(',') || t[k].is("and"))) {
        const bool last = t[k].is("and") || (t[k].isPunct(',') && k + 1 < t.size() && t[k + 1].is("and"));
        k += t[k].isPunct(',') && last ? 2 : 1;
        std::size_t words = 0;
        const std::size_t group = k;
        // (A portfolio may end with a head word, "Provincial Councils and Local Government"; a body's name in a list
        // starts with one or has "of" after it, "Department of Justice".)
        for (; k < t.size() && t[k].sentence == t[comma].sentence && chainWord(t[k]) && !t[k].allCaps; ++k, ++words)
            if ((isOrganisationHead(t[k].text) &&
                 (k == group || (k + 1 < t.size() && (t[k + 1].is("of") || chainWord(t[k + 1]))))) ||
                listedPlace(st, t[k].text) || titleAt(st, t, k))
                return comma;
        // (A person's name is no field: "the Department of Parole, and Colleen Preciado of ...". A given name before
        // a portfolio's word is a field's word: "Ocean Resources".)
        if (words == 0 || words > 3 || st.gazetteer().agencyByName(st.slice(t[group].begin, t[k - 1].end)) ||
            (words >= 2 && st.gazetteer().givenNameCount(t[group].text) >= 1000 &&
             !lexicons::portfolioWords().contains(t[k - 1].text)))
            return comma;
        // (Nor a name that "who" follows: "the Board of Supervisors, and Marsella Leach, who will speak".)
        const bool who = k + 1 < t.size() && t[k].isPunct(',') && (t[k + 1].is("who") || t[k + 1].is("whose"));
        // (The last portfolio ends in no head word but a portfolio's, "Local Government", "Rescue Services": "the
        // Ministry of Health, Fire and Rescue Department" lists a department after the ministry.)
        const bool unitLast = isOrganisationHead(t[k - 1].text) && !lexicons::portfolioWords().contains(t[k - 1].text);
        if (last) return (k < t.size() && t[k].isWord() && t[k].capitalized) || who || unitLast ? comma : k;
    }
    return comma;
}

}  // namespace

// A plural's possessive, its apostrophe alone ("Girls’", "Teachers'"): of a kind of people, not of one body or place
// ("Ukraine's", "the Sheriff's").
bool pluralPossessive(const Token& w) {
    return w.kind == TokenKind::Possessive && w.text.find_first_of("sS") == std::string_view::npos;
}

bool peopleField(std::string_view word) {
    return inLowerList(
        word, std::array<std::string_view, 13>{"veterans", "women", "children", "workers", "men", "people", "peoples",
                                               "farmers", "consumers", "seniors", "victims", "survivors", "youth"});
}

bool namesMembers(const Gazetteer& gazetteer, std::string_view word) {
    return lexicons::memberNouns().contains(word) ||
           (word.size() > 3 && word.back() == 's' && gazetteer.titleLength({word.substr(0, word.size() - 1)}) == 1);
}

bool membersBodyOf(const std::vector<Token>& t, std::size_t first, std::size_t end) {
    static constexpr std::array<std::string_view, 12> kMembershipHeads{
        "association", "associations",  "union",   "federation", "society",  "guild",
        "league",      "confederation", "college", "institute",  "alliance", "fraternal"};
    for (std::size_t k = first + 1; k + 1 < end; ++k)
        if (t[k].is("of") && inLowerList(t[k - 1].text, kMembershipHeads)) return true;
    return false;
}

bool portfolioList(const std::vector<Token>& t, std::size_t first, std::size_t end) {
    if (first < end && t[first].is("The")) ++first;
    return first + 1 < end && headThenOfOrOn(t, first, end) &&
           std::any_of(t.begin() + static_cast<long>(first), t.begin() + static_cast<long>(end),
                       [](const Token& x) { return x.isPunct(','); });
}

// Abbreviated words inside names, whose period does not end them ("Dept. of Labor", "St. Thomas", "Mt. Sinai").
bool nameAbbreviation(const Token& t) {
    return t.is("Dept") || t.is("St") || t.is("Mt") || t.is("Ft");
}

bool nameModifier(const Token& t) {
    const auto dash = t.text.rfind('-');
    if (!t.isWord() || dash == std::string_view::npos || dash == 0) return false;
    static constexpr std::array<std::string_view, 16> kParticiples{
        "based", "led",      "owned",     "headquartered", "backed",     "funded",  "registered", "listed",
        "run",   "operated", "sponsored", "affiliated",    "controlled", "winning", "linked",     "supported"};
    return inLowerList(t.text.substr(dash + 1), kParticiples);
}

// A body the gazetteer knows by two words or more at `k`, after a "the": "funding from the Federal Transit
// Administration for LA Metro" is for another body, no part of the first one's name. (Not an acronym alone: "the
// U.S. Fund for UNICEF" is one name.)
bool knownBodyAt(const ExtractionState& st, const std::vector<Token>& t, std::size_t k) {
    if (k < t.size() && t[k].is("the")) ++k;
    if (k >= t.size() || !t[k].isWord() || !t[k].capitalized) return false;
    const std::size_t most = st.gazetteer().agencyTokensFrom(t[k].text);
    for (std::size_t n = std::min(most, t.size() - k); n >= 2; --n)
        if (t[k + n - 1].sentence == t[k].sentence &&
            st.gazetteer().agencyByNameFromKnownStart(st.slice(t[k].begin, t[k + n - 1].end)))
            return true;
    return false;
}

// Whether the run [first, end), before "for" or "on" at `end`, is a whole body's name the connector does not go on:
// a name the gazetteer knows before a field of a portfolio or a place ("High Representative of the European Union for
// Foreign Affairs and Security Policy", "membership in the European Union for Ukraine"; not "European Commission for
// Democracy through Law", another body), a body's name before another known body after "for", or a country's body
// before "on" ("... and the Government of the Republic of Poland on International Road Transport": what an agreement
// is on; but "State Service of Ukraine for Geodesy" is one name).
bool completeBefore(const ExtractionState& st, const std::vector<Token>& t, std::size_t first, std::size_t end) {
    if (end < first + 2 || end + 1 >= t.size()) return false;
    if (t[first].is("The")) ++first;
    if (t[end].is("for") && isOrganisationHead(t[end - 1].text) && knownBodyAt(st, t, end + 1)) return true;
    const Token& next = t[end + 1];
    const bool fieldOrPlace = next.isWord() && next.capitalized &&
                              (lexicons::portfolioWords().contains(next.text) || st.gazetteer().place(next.text));
    // (What a title or a body is "of": "of the European Union", "of the Republic of Poland".)
    for (std::size_t k = end - 1; k >= first && end - k <= 6; --k) {
        const bool of = k == first || t[k - 1].is("of") || (t[k - 1].is("the") && k >= 2 && t[k - 2].is("of"));
        if (of && fieldOrPlace && end >= k + 2 && st.gazetteer().agencyByName(st.slice(t[k].begin, t[end - 1].end)))
            return true;
        if (of && k > first && t[end].is("on") && end - k <= 4) {
            const auto* place = st.gazetteer().place(st.slice(t[k].begin, t[end - 1].end));
            if (place && place->kind == PlaceKind::Country) return true;
        }
        if (k == 0) break;
    }
    return false;
}

// "and the American people", "and the Ukrainian army": a country's adjective after "and" (and "the") before a word
// in lower case joins no name to the one before.
bool peopleOfCountryAfter(const ExtractionState& st, const std::vector<Token>& t, std::size_t andAt) {
    std::size_t k = andAt + 1;
    if (k < t.size() && t[k].is("the")) ++k;
    return k + 1 < t.size() && t[k].isWord() && t[k].capitalized && t[k + 1].isWord() && !t[k + 1].capitalized &&
           t[k + 1].sentence == t[andAt].sentence && st.gazetteer().countryOfDemonym(t[k].text).has_value();
}

// Maximal runs of capitalised words, joined by connectors ("of", "and", "&", "the" after "of").
std::vector<Chain> chains(const ExtractionState& st, const std::vector<Token>& t) {
    std::vector<Chain> out;
    for (std::size_t i = 0; i < t.size();) {
        // "On Saturday the Debian Technical Committee held ...": a weekday or a month starts no organisation's name.
        // ("My Office will defend ...": a possessive at a sentence's start is no part of a name either.)
        static constexpr std::array<std::string_view, 7> kPossessives{"my",  "our",   "your", "his",
                                                                      "her", "their", "its"};
        // ("Three Central Narcotics Bureau officers": a count opening the sentence is no part of a name.)
        static constexpr std::array<std::string_view, 12> kCounts{
            "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "several"};
        if (!(t[i].isWord() && t[i].capitalized) || isCalendarWord(t[i].text) || inLowerList(t[i].text, kPossessives) ||
            nameModifier(t[i]) || (t[i].sentenceStart && inLowerList(t[i].text, kCounts))) {
            ++i;
            continue;
        }
        std::size_t j = i + 1;
        while (j < t.size() && t[j].sentence == t[i].sentence && !t[j].paragraphStart) {
            // ("the Armed Forces of Ukraine I decided to ...": the speaker's "I" before a verb ends the name.)
            const bool pronoun = t[j].is("I") && j + 1 < t.size() && t[j + 1].isWord() && !t[j + 1].capitalized &&
                                 t[j + 1].sentence == t[j].sentence;
            if (chainWord(t[j]) && !pronoun) {
                ++j;
            } else if (t[j].is("and") && peopleOfCountryAfter(st, t, j)) {
                break;  // "the US Congress and the American people"
            } else if (t[j].is("and") && t[j - 1].isWord() && lexicons::partyMembers().contains(t[j - 1].text)) {
                break;  // "House Republicans and Senate Democrats": two groups of people, no body's name
            } else if (t[j].is("and") && t[j - 1].isWord() && isPluralOrganisationHead(t[j - 1].text) &&
                       std::none_of(t.begin() + static_cast<long>(i), t.begin() + static_cast<long>(j),
                                    [](const Token& w) { return w.is("of"); })) {
                // "Member States and Police Stations": bodies of two kinds, each named in the plural (not a field of
                // what a body is of: "Ministry of Public Administration, Provincial Councils and Local Government").
                break;
            } else if (t[j].is("and") && j >= i + 3 && t[j - 2].is("of") && t[j - 1].capitalized &&
                       t[j - 1].text.ends_with("s") && namesMembers(st.gazetteer(), lower(t[j - 1].text)) &&
                       isOrganisationHead(t[j - 3].text) && j + 1 < t.size() && t[j + 1].isWord() &&
                       !(t[j + 1].text.ends_with("s") && namesMembers(st.gazetteer(), lower(t[j + 1].text)))) {
                break;  // "Board of Supervisors and LA Metro": a body of its members is whole; "and" starts another
            } else if ((t[j].is("for") || t[j].is("on")) && completeBefore(st, t, i, j)) {
                break;  // "High Representative of the European Union for Foreign Affairs ...": the title's field
            } else if ((t[j].isWord() && isConnector(t[j].text) && !t[j].capitalized &&
                        (!t[j].is("the") ||
                         [&] {
                             // A bare "the" joins no name to another ("said in Velmarsk the Quorvale Housing Board
                             // met"), except in what a body is for: "Task Force on Lowering the Cost of ...".
                             for (std::size_t m = i + 1; m < j; ++m)
                                 if (t[m].isWord() && !t[m].capitalized && isConnector(t[m].text) && !t[m].is("and"))
                                     return true;
                             return false;
                         }())) ||
                       t[j].is("&")) {
                std::size_t k = j + 1;
                while (k < t.size() && t[k].isWord() && equalsLower(t[k].text, "the")) ++k;
                // "... Authority on April 22": a month after the connector starts a date, not more of the name.
                // ("before the Supreme Court of FDA's authority": nor an acronym's possessive after "of", whose
                // authority is meant.)
                const bool acronymOwner =
                    t[j].is("of") && k + 1 < t.size() && t[k].allCaps && t[k + 1].kind == TokenKind::Possessive;
                if (k < t.size() && chainWord(t[k]) && t[k].sentence == t[i].sentence && !t[k].paragraphStart &&
                    monthFromName(t[k].text) == 0 && !acronymOwner)
                    j = k;
                else
                    break;
            } else if (t[j].kind == TokenKind::Possessive && j + 1 < t.size() && t[j + 1].isWord() &&
                       t[j + 1].capitalized && t[j + 1].sentence == t[i].sentence && j > i &&
                       (peopleField(t[j - 1].text) ||
                        (pluralPossessive(t[j]) && !(j >= i + 2 && st.gazetteer().isTitle(t[j - 2].text)) &&
                         st.gazetteer().givenNameCount(t[j - 1].text) < 0 && !st.gazetteer().place(t[j - 1].text) &&
                         !isOrganisationHead(t[j - 1].text) &&
                         !st.gazetteer().agencyByName(st.slice(t[i].begin, t[j - 1].end))))) {
                // (Not a name's, a place's or a body's that ends in "s": "Senator Walters’ District Office", "the
                // Netherlands' Ministry of ...", "Pakistan Customs' Intelligence and Investigations Directorate".)
                // A field of people inside the name: "Committee on Veterans' Affairs", "Ministry of Women's
                // Affairs", "Workers' Compensation Fraud Unit", "People's Liberation Army" (not "Department of
                // Public Safety's Alcohol and Gambling Enforcement Division": two bodies).
                ++j;
            } else if (t[j].kind == TokenKind::Possessive && j + 1 < t.size() && t[j + 1].isWord() &&
                       (isOrganisationHead(t[j + 1].text) || t[j + 1].is("Republic"))) {
                // (... and "the People's Republic of China" is one name.)
                // A country's body is the country's, not part of its name: "the Netherlands' Ministry of
                // Infrastructure and Water Management" names the ministry (the country is a place of its own).
                const std::size_t from = equalsLower(t[i].text, "the") && i + 1 < j ? i + 1 : i;  // "The Philippines'"
                const auto* place = st.gazetteer().place(st.slice(t[from].begin, t[j - 1].end));
                if (place && place->kind == PlaceKind::Country && !t[j + 1].is("Republic")) {
                    i = j + 1;
                    j = i + 1;
                    continue;
                }
                // (Nor is a body's office: "the Department of Homeland Security's Office of Inspector General" names
                // the department, complete with its head and "of", and its office.)
                // (Not a title's office after a unit's "of": "Gang Unit of the Orange County District Attorney's
                // Office", "Ministry of Justice and the Sheriff's Department": after the body's "of" only its field,
                // no title, no other head, no "and".)
                std::size_t bodyOf = j;
                for (std::size_t m = from; m + 1 < j; ++m)
                    if (isOrganisationHead(t[m].text) && t[m + 1].is("of")) bodyOf = m + 1;
                bool fieldOnly = bodyOf + 1 < j;
                for (std::size_t m = bodyOf + 1; m < j && fieldOnly; ++m)
                    fieldOnly = !t[m].is("and") && !isOrganisationHead(t[m].text) &&
                                (lexicons::portfolioWords().contains(t[m].text) ||
                                 (!st.gazetteer().isTitle(t[m].text) && !st.gazetteer().mayStartTitle(t[m].text)));
                if (fieldOnly) break;
                ++j;  // "Sheriff's Department", "District Attorney's Office"
            } else if (t[j].kind == TokenKind::Possessive && j > i && st.gazetteer().isTitle(t[j - 1].text) && [&] {
                           // "the Prime Minister's Media Division", "the President's Press Service": a title's own
                           // unit, its head word a few capitalised words on (not a body's unit: "Department of
                           // Justice's Civil Rights Division" names two).
                           for (std::size_t k = i; k < j; ++k)
                               if (t[k].is("of") || isOrganisationHead(t[k].text)) return false;
                           for (std::size_t k = j + 1;
                                k < t.size() && k <= j + 3 && chainWord(t[k]) && t[k].sentence == t[i].sentence; ++k)
                               if (isOrganisationHead(t[k].text)) return true;
                           return false;
                       }()) {
                ++j;
            } else if (const std::size_t listEnd = portfolioListEnd(st, t, i, j); listEnd > j) {
                j = listEnd;  // "Ministry of Urban Development, Construction and Housing"
            } else if (t[j].isPunct('.') && j > 0 && nameAbbreviation(t[j - 1]) && j + 1 < t.size() &&
                       t[j + 1].sentence == t[i].sentence &&
                       (chainWord(t[j + 1]) || (t[j + 1].isWord() && isConnector(t[j + 1].text)))) {
                ++j;  // "U.S. Dept. of Labor", "University of St. Thomas"
            } else if (t[j].isPunct('.') && j > 0 && t[j - 1].text.size() == 1 && t[j - 1].capitalized &&
                       t[j - 1].end == t[j].begin && j + 1 < t.size() && chainWord(t[j + 1]) &&
                       t[j + 1].sentence == t[i].sentence) {
                ++j;  // an initial inside the name: "John F. Kennedy Center"
            } else {
                break;
            }
        }
        out.push_back({i, j});
        i = j;
    }
    return out;
}

bool movementFront(const std::vector<Token>& t, std::size_t i) {
    if (i == 0 || !t[i].is("Front")) return false;
    std::size_t k = i - 1;
    if (t[k].kind == TokenKind::Possessive && k > 0) --k;
    return t[k].sentence == t[i].sentence && t[k].capitalized &&
           inLowerList(t[k].text,
                       std::array<std::string_view, 9>{"people", "popular", "national", "liberation", "patriotic",
                                                       "democratic", "united", "islamic", "salvation"});
}

bool headAt(const ExtractionState& st, std::size_t i) {
    const auto& all = st.tokens();
    const Token& t = all[i];
    if (!t.isWord()) return false;
    // "State Duma", "Verkhovna Rada", "Pakistani Taliban": an institution's own name heads a longer one too.
    if (isOrganisationHead(t.text) || (t.capitalized && lexicons::institutionNames().contains(t.text))) return true;
    if (movementFront(all, i)) return true;
    // (An acronym that is also something else heads only when the release defines it or names the body in full:
    // "Kovalde Police OIC Inspector ..." is an officer in charge, not the Organisation of Islamic Cooperation.)
    if (!t.allCaps || st.placeAcronyms.count(std::string(t.text))) return false;
    // (Not before the body's region of the world: "in the WHO Eastern Mediterranean Region" is a place.)
    for (std::size_t n = 1; n <= 3 && i + n + 1 < all.size() && all[i + n].sentence == t.sentence; ++n)
        if (equalsLower(all[i + n + 1].text, "region") && all[i + n].capitalized &&
            st.gazetteer().place(st.slice(all[i + 1].begin, all[i + n].end)))
            return false;
    if (st.definedAcronyms.count(std::string(t.text))) return true;
    const auto* known = st.gazetteer().agencyByAcronym(t.text);
    if (!known) return false;
    if (!lexicons::ambiguousAcronyms().contains(t.text) || st.text().find(known->name) != std::string_view::npos)
        return true;
    // ("WHO Africa", "ATF Los Angeles": an office of the body, named by the place after the acronym.)
    if (i + 1 >= all.size() || !all[i + 1].isWord() || !all[i + 1].capitalized || all[i + 1].sentence != t.sentence)
        return false;
    for (std::size_t n = std::min<std::size_t>(3, all.size() - i - 1); n > 0; --n)
        if (all[i + n].sentence == t.sentence && st.gazetteer().place(st.slice(all[i + 1].begin, all[i + n].end)))
            return true;
    return false;
}

bool largePlace(const ExtractionState& st, std::string_view word) {
    const auto* place = st.gazetteer().place(word);
    return place && (place->kind != PlaceKind::City || place->population >= 100000);
}

bool anyHeadIn(const ExtractionState& st, std::size_t from, std::size_t to) {
    for (std::size_t k = from; k < to; ++k)
        if (headAt(st, k)) return true;
    return false;
}

}  // namespace bulletin::extract
