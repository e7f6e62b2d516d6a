#include "agency_coordination.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <string>

#include "candidates.hpp"
#include "extraction_state.hpp"
#include "known_agencies.hpp"
#include "lexicon.hpp"

namespace bulletin::extract {

namespace {

constexpr std::size_t kMostLeftTokens = 40;

// The word before token k stands in what a body before it is of or for: a connector follows the first head word
// ("Presidential Council for Civil Society and Human Rights": "Society" is the field's word, not a head).
bool inConnectorTail(const ExtractionState& st, const std::vector<Token>& t, std::size_t first, std::size_t k) {
    std::size_t m = first;
    while (m + 1 < k && !headAt(st, m)) ++m;
    for (++m; m + 1 < k; ++m)
        if (t[m].is("of") || t[m].is("for") || t[m].is("on")) return true;
    return false;
}

// The words [start, k) are a head word, "of" and a country or region the gazetteer knows ("Bar Association of Sri
// Lanka"), the "of" being the first after the head.
bool placeOfTail(const ExtractionState& st, const std::vector<Token>& t, std::size_t start, std::size_t k) {
    std::size_t of = start;
    while (of < k && !t[of].is("of")) ++of;
    if (of == start || of + 1 >= k || !headAt(st, of - 1)) return false;
    std::size_t from = of + 1;
    if (t[from].is("the")) ++from;
    if (from >= k) return false;
    const auto* place = st.gazetteer().place(st.slice(t[from].begin, t[k - 1].end));
    return place && (place->kind == PlaceKind::Country || place->kind == PlaceKind::Region);
}

}  // namespace

// Splits "Federal Board of Revenue and Pakistan Customs" where both sides carry a head word.
std::vector<Chain> splitOnAnd(const ExtractionState& st, const std::vector<Token>& t, Chain c) {
    // A ministry's list of portfolios, joined by commas into one chain ("Ministry of Public Administration,
    // Provincial Councils and Local Government"): the "and" before its last portfolio joins portfolios, whatever
    // their last words (an "and" after the list may still join another body: "... and the Ministry of Health").
    // Each list of the chain has its own: "Ministry of Public Administration, Provincial Councils and Local
    // Government and the Ministry of Trade, Commerce and Food Security".
    std::vector<std::size_t> portfolioAnds;
    if (portfolioList(t, c.first, c.end)) {
        for (std::size_t comma = c.first; comma < c.end; ++comma) {
            if (!t[comma].isPunct(',')) continue;
            std::size_t k = comma + 1;
            while (k < c.end && k <= comma + 3 && t[k].isWord() && t[k].capitalized) ++k;
            if (k > comma + 1 && k < c.end && t[k].is("and")) portfolioAnds.push_back(k);
        }
    }
    // (Found in the chain's order, so sorted: a hostile chain of many lists is searched, not walked, at each "and".)
    auto portfolioAnd = [&](std::size_t k) {
        return std::binary_search(portfolioAnds.begin(), portfolioAnds.end(), k);
    };
    std::vector<Chain> out;
    // The chain's last head word, found once when asked (c.first when there is none): a chain of many "and"s stays
    // linear.
    std::optional<std::size_t> lastHeadAt;
    auto lastHead = [&] {
        if (!lastHeadAt) {
            std::size_t m = c.end;
            while (m > c.first && !headAt(st, m - 1)) --m;
            lastHeadAt = m > c.first ? m - 1 : c.first;
        }
        return *lastHeadAt;
    };
    std::size_t start = c.first;
    // "worked for both Haqqani and Islamic Movement of Uzbekistan leaders": "both" pairs two names at the chain's
    // one "and".
    std::size_t bothAnd = c.end;
    if (c.first > 0 && equalsLower(t[c.first - 1].text, "both") && t[c.first - 1].sentence == t[c.first].sentence) {
        for (std::size_t k = c.first + 1; k + 1 < c.end; ++k) {
            // (Not an "and" inside a name the gazetteer claimed: "both U.S. Customs and Border Protection officers".)
            if (!t[k].is("and") || st.claimed(t[k].begin, t[k].end)) continue;
            if (bothAnd != c.end) {
                bothAnd = c.end;  // (more than one: which pairs is not sure)
                break;
            }
            bothAnd = k;
        }
    }
    for (std::size_t k = c.first + 1; k + 1 < c.end; ++k) {
        if (k == bothAnd) {
            out.push_back({start, k, start == c.first && c.afterPersonOf});
            start = k + 1;
            while (start < c.end && equalsLower(t[start].text, "the")) ++start;
            continue;
        }
        // "a loan from the Asian Development Bank for the Sri Lanka Ports Authority": a name complete with its head
        // word, then "for the" and a second name ending with its own ("Office for the Coordination of Humanitarian
        // Affairs" is one office: what it is for has no head word).
        if ((t[k].is("for") || t[k].is("to")) && k > start && k + 2 < c.end && equalsLower(t[k + 1].text, "the") &&
            isOrganisationHead(t[k - 1].text) && isOrganisationHead(t[c.end - 1].text) &&
            std::none_of(t.begin() + static_cast<long>(k + 2), t.begin() + static_cast<long>(c.end),
                         [](const Token& x) { return x.is("of") || x.is("for"); })) {
            out.push_back({start, k, start == c.first && c.afterPersonOf});
            start = k + 2;
            k = start;
            continue;
        }
        if (!(t[k].is("and") || t[k].is("&")) || portfolioAnd(k)) continue;
        // (No body's name runs to this many words before an "and"; the tests below walk the left side, so an endless
        // chain of "and"s without a head, "Energy and Commerce and Ways and Means and ...", would cost its square.)
        if (k - start > kMostLeftTokens) continue;
        // ("Congress of Local and Regional Authorities": two adjectives sharing the noun after them.)
        if (t[k - 1].isWord() && t[k + 1].isWord() && lexicons::coordinatedModifiers().contains(t[k - 1].text) &&
            lexicons::coordinatedModifiers().contains(t[k + 1].text))
            continue;
        // ("U.S. Customs and Border Protection and the American Civil Liberties Union": an "and" inside a name the
        // gazetteer has claimed joins that name's words; the next one may split.)
        if (st.claimed(t[k].begin, t[k].end)) continue;
        // A head word on the left, and the left side complete after its last one: nothing, places, head words or an
        // "of" tail follow it ("Ministry of Defence and ..."), not more of a name ("Senate Homeland Security and
        // Governmental Affairs Committee" is one committee).
        bool leftHead = false;
        for (std::size_t m = start; m < k; ++m) {
            if (headAt(st, m)) {
                leftHead = true;
            } else if (leftHead && t[m].isWord() && !t[m].capitalized && isConnector(t[m].text)) {
                break;  // the tail of what the body is of
            } else if (leftHead && t[m].isWord() && t[m].capitalized && !t[m].allCaps &&
                       !st.gazetteer().place(t[m].text)) {
                leftHead = false;  // more of a name after the head, until another head
            }
        }
        // "Los Angeles Department of Water and Power and Metro": a second "and" in what a body is of starts
        // another name (a field of three parts is written with a comma).
        bool seenOf = false, tailAnd = false;
        for (std::size_t m = start; m < k; ++m) {
            if (t[m].is("of") || t[m].is("for"))
                seenOf = true;
            else if (seenOf && (t[m].is("and") || t[m].is("&")))
                tailAnd = true;
        }
        // (Or "and the" before it: "Department of Immigration and Emigration and the Registrar of Companies".)
        const bool nextCapitalised =
            t[k + 1].isWord() && (t[k + 1].capitalized || (equalsLower(t[k + 1].text, "the") && k + 2 < c.end &&
                                                           t[k + 2].isWord() && t[k + 2].capitalized));
        if (leftHead && tailAnd && nextCapitalised) {
            out.push_back({start, k, start == c.first && c.afterPersonOf});
            start = k + 1;
            while (start < c.end && equalsLower(t[start].text, "the")) ++start;
            if (start >= c.end) break;
            continue;
        }
        // The right side up to the next "and": "Department of Census and Statistics and the Sri Lanka Ports
        // Authority" splits before "the Sri Lanka Ports Authority", not before "Statistics".
        std::size_t rightEnd = k + 1;
        // ("&" joins words inside names more often than names: "the Housing & Development Board".)
        while (rightEnd < c.end && !t[rightEnd].is("and")) ++rightEnd;
        const bool rightHead = anyHeadIn(st, k + 1, rightEnd);
        // (An acronym alone is a name of its own: "PUB and the Urban Redevelopment Authority".)
        const bool leftAcronym = k == start + 1 && t[start].allCaps && t[start].text.size() >= 2;
        // (So is a name ending with one, before a second with its own head: "Lanka IOC and Sri Lankan Airlines".)
        const bool leftEndsAcronym = k >= start + 2 && t[k - 2].isWord() && t[k - 2].capitalized && !t[k - 2].allCaps &&
                                     t[k - 1].allCaps && t[k - 1].text.size() >= 2 && isAcronymLike(t[k - 1].text) &&
                                     !lexicons::commonAbbreviations().contains(t[k - 1].text);
        // "Common Cause and the League of Women Voters": an article after "and" starts a second name, whatever
        // the first one ends with (no one names an office "X and the Y Council").
        // ("Rosatom and VTB Bank": an acronym after "and" starts a name of its own, where "Research and Development
        // Department" or "Home & Tribal Affairs Department" go on with words of a field.)
        // ("the Ministry of Harbour Works and VNP": an acronym alone closing the chain names a body of its own too,
        // unless it is a field's, "Ministry of Digital Economy and ICT".)
        const bool acronymCloses = rightEnd == c.end && k + 2 == c.end && t[k + 1].allCaps &&
                                   t[k + 1].text.size() >= 3 && isAcronymLike(t[k + 1].text) &&
                                   !lexicons::commonAbbreviations().contains(t[k + 1].text);
        const bool articleAfter =
            equalsLower(t[k + 1].text, "the") || (t[k + 1].allCaps && t[k + 1].text.size() >= 2 && k + 2 < rightEnd);
        if (leftHead && acronymCloses) {
            out.push_back({start, k, start == c.first && c.afterPersonOf});
            start = k + 1;
            break;
        }
        // "Prime Minister Mikhail Mishustin and Federation Council Speaker ...": a person's full name before "and"
        // (a given name and another capitalised word) is no part of an office's name.
        bool personBefore = false;
        // (Right after a head word any listed given name will do: "Director of the Foreign Intelligence Service
        // Sergei Naryshkin and Director of ...".)
        for (std::size_t m = start; m + 1 < k && !personBefore; ++m) {
            const long least = m > start && m + 2 == k && headAt(st, m - 1) ? 1 : 1000;
            // (There a small town's name is no obstacle: "Federal Security Service Alexander Bortnikov and
            // Director of ...", Alexander being a town in Arkansas too.)
            personBefore = t[m].capitalized && !t[m].allCaps && t[m + 1].capitalized && !headAt(st, m + 1) &&
                           st.gazetteer().givenNameCount(t[m].text) >= least && !headAt(st, m) &&
                           (least > 1 || (!largePlace(st, t[m].text) && !st.gazetteer().mayStartTitle(t[m].text)));
            // ("Kaitlin O'Donnell of the Narcotics & Money Laundering Unit": the person's "of" starts the unit's name.)
            for (std::size_t q = m + 2; q < k && personBefore; ++q)
                if (t[q].is("of")) personBefore = false;
        }
        // ("Head of the Republic of Tatarstan Rustam Minnikhanov and Chairman of the State Duma ...": two
        // capitalised words no list reads, after a place, before "and" and a title, close a title holder's name,
        // though the given name is one no list holds.)
        if (!personBefore && k >= start + 3 && k + 1 < c.end) {
            std::vector<std::string_view> words;
            for (std::size_t m = k + 1; m < rightEnd && words.size() < 4; ++m) words.push_back(t[m].text);
            auto nameWord = [&](std::size_t m) {
                return t[m].isWord() && t[m].capitalized && !t[m].allCaps && !headAt(st, m) &&
                       !largePlace(st, t[m].text) && !st.gazetteer().mayStartTitle(t[m].text);
            };
            personBefore = st.gazetteer().titleLength(words) > 0 && nameWord(k - 1) && nameWord(k - 2) &&
                           st.gazetteer().place(t[k - 3].text) != nullptr;
        }
        // "Tarnfield Police Chief and President of the Velmar County Chiefs of Police Association Robert Gustafson":
        // a title closing the left side and another opening the right one are two offices of one person, each in a
        // body of its own.
        if (k > start + 1 && t[k - 1].isWord() && t[k - 1].capitalized && !t[k - 1].allCaps &&
            st.gazetteer().isTitle(t[k - 1].text) && !headAt(st, k - 1)) {
            std::vector<std::string_view> words;
            for (std::size_t m = k + 1; m < rightEnd && words.size() < 4; ++m) words.push_back(t[m].text);
            if (st.gazetteer().titleLength(words) > 0) {
                out.push_back({start, k, start == c.first && c.afterPersonOf});
                start = k + 1;
                continue;
            }
        }
        // "Ministry of Health and Family Welfare of the Government of India": the right side's only head stands in
        // an "of" tail, so the words before that tail end the left name, and the tail names a body of its own.
        std::size_t ofTail = k + 1;
        while (ofTail < rightEnd && !t[ofTail].is("of")) ++ofTail;
        const bool rightOwnHead = anyHeadIn(st, k + 1, ofTail);
        // (Only where the tail is a body of its own, "of the ...", and the words before it are no title nor a
        // person: "the Anaheim Police Department and Deputy District Attorney Daniel Varon of the HEAT Unit",
        // "Fire Authority and Pearl of Wisdom Karate Club".)
        bool plainWords = ofTail > k + 1 && ofTail <= k + 3;
        for (std::size_t m = k + 1; m < ofTail && plainWords; ++m) {
            const std::vector<std::string_view> words{t[m].text};
            plainWords = t[m].isWord() && t[m].capitalized && !t[m].allCaps && st.gazetteer().titleLength(words) == 0 &&
                         st.gazetteer().givenNameCount(t[m].text) < 1000 && !st.gazetteer().mayStartTitle(t[m].text);
        }
        if (leftHead && rightHead && !rightOwnHead && plainWords && ofTail + 1 < rightEnd &&
            equalsLower(t[ofTail + 1].text, "the") && !articleAfter && !personBefore) {
            out.push_back({start, ofTail, start == c.first && c.afterPersonOf});
            start = ofTail + 1;
            while (start < c.end && equalsLower(t[start].text, "the")) ++start;
            k = start;
            continue;
        }
        // "Home & Tribal Affairs Department": the left side has no head of its own, so it stays joined.
        // ("Aeroflot and Russian Railways": a body the gazetteer knows by the left side's words is complete.)
        // (So is a known body's national chapter: "Greenpeace India and Mozilla Foundation".)
        const bool leftKnown = k > start && (st.gazetteer().agencyByName(st.slice(t[start].begin, t[k - 1].end)) ||
                                             namesKnownChapter(st, t, start, k));
        // "Association of Small and Medium Enterprises", "Federation of Employers and Trade Unions": after a head
        // and "of", a plural head closing the chain names who the body is of, not a second body.
        const std::string_view rightLast = t[c.end - 1].text;
        const bool membersOf = rightEnd == c.end && !articleAfter && !leftKnown && inConnectorTail(st, t, start, k) &&
                               rightLast.size() > 3 && rightLast.back() == 's' && !rightLast.ends_with("ss") &&
                               headAt(st, c.end - 1) && !anyHeadIn(st, k + 1, c.end - 1);
        // "the Antonin Scalia Law School and George Mason University": a school or an academy named in full (a field
        // or a name before it) is a body of its own beside a second one.
        const bool leftSchool = k >= start + 2 && t[k - 1].capitalized &&
                                (equalsLower(t[k - 1].text, "school") || equalsLower(t[k - 1].text, "academy")) &&
                                t[k + 1].capitalized && !headAt(st, k + 1) && rightEnd - (k + 1) >= 2;
        // "such as Google, Civil Infrastructure Platform and Matanel Foundation": in a list, three capitalised words
        // or more before "and" are an item of their own, though headless (a name's words before a shared head are
        // one or two: "Food and Drug Administration", "U.S. Customs and Border Protection").
        // (One word will do before a right side that is a name in full, a place's, three words or more and its own
        // head: "the Unified School District, Caltech and Pasadena City College".)
        auto placeNamedRight = [&] {
            return rightEnd - (k + 1) >= 3 && headAt(st, rightEnd - 1) && st.gazetteer().place(t[k + 1].text);
        };
        const bool listedItem = start == c.first && c.first >= 2 && t[c.first - 1].isPunct(',') &&
                                t[c.first - 2].isWord() && (t[c.first - 2].capitalized || t[c.first - 2].allCaps) &&
                                (k - start >= 3 || placeNamedRight()) && rightEnd - (k + 1) >= 2 &&
                                std::all_of(t.begin() + static_cast<long>(start), t.begin() + static_cast<long>(k),
                                            [](const Token& x) { return x.isWord() && x.capitalized; });
        // ("the Ministry of Transport and Gazprom Neft": a body the gazetteer knows opens the right side.)
        bool rightKnown = false;
        for (std::size_t m = k + 1; m < rightEnd && m < k + 3 && !rightKnown; ++m)
            rightKnown = st.gazetteer().agencyByName(st.slice(t[k + 1].begin, t[m].end)) != nullptr;
        // ("the Ministry of Health and the Quorvan Food and Drug Board": after a complete name, "and the" opens a
        // second name whose head comes after an "and" of its own.)
        const bool secondNamesHead =
            leftHead && equalsLower(t[k + 1].text, "the") && !rightHead && lastHead() >= rightEnd;
        if ((leftHead || leftAcronym || leftEndsAcronym || leftKnown || articleAfter || personBefore || leftSchool ||
             listedItem) &&
            (rightHead || (leftHead && rightKnown) || secondNamesHead) && !membersOf && !isConnector(t[k - 1].text)) {
            out.push_back({start, k, start == c.first && c.afterPersonOf});
            start = k + 1;
        } else if (leftHead && !rightHead && placeOfTail(st, t, start, k)) {
            // "Bar Association of Sri Lanka and Transparency International": a name that ends "of" a country or
            // region is complete; the words after "and" name something else.
            out.push_back({start, k, start == c.first && c.afterPersonOf});
            start = k + 1;
            while (start < c.end && equalsLower(t[start].text, "the")) ++start;
            if (start >= c.end) break;
        } else if (leftHead && !rightHead && k > start && headAt(st, k - 1) &&
                   (isOrganisationHead(t[k - 1].text) || movementFront(t, k - 1)) &&
                   (articleAfter || !inConnectorTail(st, t, start, k))) {
            // "Debian Technical Committee and Software in the Public Interest": a name complete with its head,
            // then words without one; the name ends at "and" (not "Department of Trade and Industry"). So does a
            // movement's front ("the Russian Popular Front and Rosstat").
            out.push_back({start, k, start == c.first && c.afterPersonOf});
            // ("... Corporation and the National Water Supply and Drainage Board": after an article, a second name
            // whose head comes after its own "and".)
            const bool laterHead = articleAfter && anyHeadIn(st, rightEnd, c.end);
            if (laterHead) {
                start = k + 1;
                while (start < c.end && equalsLower(t[start].text, "the")) ++start;
                continue;
            }
            start = c.end;
            break;
        } else if (leftHead && !rightHead && equalsLower(t[k + 1].text, "the") && t[k - 1].isWord() &&
                   t[k - 1].capitalized && k + 3 < c.end &&
                   std::all_of(t.begin() + static_cast<long>(k + 2), t.begin() + static_cast<long>(c.end),
                               [](const Token& x) { return x.isWord() && x.capitalized; })) {
            // "Agency for Strategic Initiatives and the Russian Popular Front": after a name with its head, "and the"
            // and a capitalised name of two words or more is a second name, even one without a head word (no body
            // is named "X for Y and the Z").
            out.push_back({start, k, start == c.first && c.afterPersonOf});
            start = k + 2;
            k = start;
        }
    }
    if (start < c.end) out.push_back({start, c.end, start == c.first && c.afterPersonOf});
    return out;
}

void findServicesSharingPlace(ExtractionState& st) {
    const auto& t = st.tokens();
    // The bodies found so far whose last word is a head after a place's or a people's name: "Sri Lanka Army".
    std::vector<std::pair<std::string, std::size_t>> prefixed;  // the shared words, the token after the body
    for (const auto& e : st.entities()) {
        if (e.type != EntityType::Agency) continue;
        for (const auto& m : e.mentions) {
            const std::size_t first = tokenAt(t, m.span.begin);
            const std::size_t end = tokenEndAt(t, m.span.end);
            if (end - first < 2 || end >= t.size() || !isOrganisationHead(t[end - 1].text)) continue;
            // (A place or a people's name, maybe with a word of rank: "Afghan National Army and Police".)
            const std::string_view before = st.slice(t[first].begin, t[end - 2].end);
            const std::string_view lead = end - first > 2 ? std::string_view(t[first].text) : before;
            // (A country or a region, not a town: "Chapman University and California State University".)
            auto land = [&](std::string_view name) {
                const auto* place = st.gazetteer().place(name);
                return (place && place->kind != PlaceKind::City) || st.gazetteer().countryOfDemonym(name);
            };
            if (end - first > 4 ||
                (!land(before) &&
                 !(end - first == 3 && (t[end - 2].is("National") || t[end - 2].is("Federal")) && land(lead))))
                continue;
            prefixed.emplace_back(std::string(before), end);
        }
    }
    for (const auto& [shared, after] : prefixed) {
        // ", Navy and Air Force": each item a head word, or a word and a head; the list ends at its "and".
        std::size_t k = after;
        while (k + 1 < t.size() && (t[k].isPunct(',') || t[k].is("and")) && t[k].sentence == t[after - 1].sentence) {
            const bool lastItem = t[k].is("and") || (t[k + 1].is("and"));
            std::size_t from = t[k + 1].is("and") ? k + 2 : k + 1;
            // (A service's word before the head, "Air Force", "Coast Guard"; not a name of its own: "Drug
            // Enforcement Agency", "Costa Mesa Police".)
            static constexpr std::array<std::string_view, 7> kServiceWords{"Air",    "Coast", "Border", "National",
                                                                           "Marine", "Naval", "Special"};
            std::size_t end = from;
            if (end < t.size() &&
                std::find(kServiceWords.begin(), kServiceWords.end(), t[end].text) != kServiceWords.end())
                ++end;
            if (end >= t.size() || !t[end].isWord() || !t[end].capitalized || !isOrganisationHead(t[end].text)) break;
            ++end;
            // ("the Sri Lanka Army, Navy Seals": the item ends the list or the list goes on.)
            if (end < t.size() && t[end].isWord() && t[end].capitalized && t[end].sentence == t[from].sentence) break;
            const std::string item(st.slice(t[from].begin, t[end - 1].end));
            if (!st.claimed(t[from].begin, t[end - 1].end))
                st.addMention(EntityType::Agency, shared + " " + item, t[from].begin, t[end - 1].end,
                              "agency.shared_place");
            else if (const auto bare = st.find(EntityType::Agency, item))
                st.renameEntity(*bare, shared + " " + item);  // "Air Force", read alone by the head-word rule
            if (lastItem) break;
            k = end;
        }
    }
}

}  // namespace bulletin::extract
