// Organisations named by what they do rather than by a head word: a subject that says or acts ("The Debian Project
// is pleased to announce"), the agent after "by the" ("organised by the Software Freedom Conservancy"), an acronym
// never spelled out that acts ("the NEA said"). Split from agency_phrase_rules.cpp, whose header declares them.
#include <algorithm>
#include <array>
#include <set>
#include <string>

#include "agency_chains.hpp"
#include "agency_phrase_rules.hpp"
#include "lexicon.hpp"
#include "person_titles.hpp"

namespace bulletin::extract {

namespace {

// The run [first, end) before a verb of saying or doing names a body: not a place, a title (and the person it
// names), a plural title, a date, an occasion, or an instrument that has effects of its own. `occasionVerb` is a
// verb an occasion takes ("took place"); `thingVerb` one an instrument or an occasion may take too ("has
// reduced", "was founded", "will host").
bool isBody(const ExtractionState& st, const std::vector<Token>& t, std::size_t first, std::size_t end,
            bool occasionVerb, bool thingVerb) {
    const std::string_view surface = st.slice(t[first].begin, t[end - 1].end);
    if (st.claimed(t[first].begin, t[end - 1].end) || st.gazetteer().place(surface)) return false;
    std::vector<std::string_view> words;
    for (std::size_t k = first; k < end; ++k) words.push_back(t[k].text);
    // ("the Italian Prime Minister said", "the Environmental Health Officer added": a title at the end; "The
    // Cabinet Spokesman Minister Bandula Gunawardena said": a title inside, and the person it names.)
    for (std::size_t k = 0; k < words.size(); ++k) {
        const std::vector<std::string_view> tail(words.begin() + static_cast<long>(k), words.end());
        if (st.gazetteer().titleLength(tail) > 0) return false;
    }
    // ("The Heads of State will meet": a title in the plural names people, not a body.)
    if (const std::string_view w = words.front();
        w.size() > 3 && w.back() == 's' && st.gazetteer().mayStartTitle(w.substr(0, w.size() - 1)))
        return false;
    if (std::any_of(words.begin(), words.end(), [](std::string_view w) { return isCalendarWord(w); })) return false;
    // ("The Clean Air Act has reduced ...", "The Harvest Festival has attracted ...": instruments and occasions
    // have effects too.)
    const bool thing = lexicons::lawWords().contains(words.back()) ||
                       lexicons::programmeWords().contains(words.back()) ||
                       lexicons::eventNameWords().contains(words.back());
    if (thingVerb && thing) return false;
    // ("The Quorvan Summit took place in Colombo", "The Velmar Hackathon opened": an occasion, not a body.)
    return !occasionVerb && !lexicons::eventNameWords().contains(words.back()) &&
           !inLowerList(words.back(), std::array<std::string_view, 8>{"hackathon", "sprint", "camp", "meeting",
                                                                      "conference", "workshop", "seminar", "party"});
}

}  // namespace

// "The Debian Project is pleased to announce", "The Brennan Center said": a name of two or more capitalised words
// after "The" that says or does something is an organisation, whatever its last word. (People take no article;
// a title ("The Prime Minister said") and a known place ("The United States welcomed") are left out.)
void actingSubjects(ExtractionState& st, const std::vector<Token>& t) {
    for (std::size_t i = 1; i + 3 < t.size(); ++i) {
        if (!equalsLower(t[i - 1].text, "the") || !t[i].capitalized || t[i].allCaps ||
            t[i].sentence != t[i - 1].sentence)
            continue;
        // The sentence's subject, not "of the Debian Project": "The" opens the sentence, or the main clause after
        // an opening one ("After two years of work, the Debian project is proud to present").
        // ("Today the Debian Project celebrates": after an opening word of when, too.)
        const bool afterWhen = i >= 2 && t[i - 2].sentenceStart && t[i - 2].isWord() &&
                               inLowerList(t[i - 2].text, std::array<std::string_view, 5>{"today", "yesterday", "now",
                                                                                          "recently", "earlier"});
        if (!t[i - 1].sentenceStart && !(i >= 2 && t[i - 2].isPunct(',')) && !afterWhen) continue;
        std::size_t end = i;
        while (end < t.size() && end - i < 5 && t[end].isWord() && t[end].capitalized &&
               t[end].sentence == t[i].sentence)
            ++end;
        // "The Quorvale project is pleased to announce": a one-word name and what kind of group it is.
        if (end - i == 1 && end + 1 < t.size() && t[end].isWord() && (t[end].is("project") || t[end].is("community")))
            ++end;
        // "The Church of England said", "The Friends of the Earth said": what the name is of, up to three capitalised
        // words after "of" (and "the"). Not a state's or a settlement's name ("The Republic of Kovalia", "The City of
        // Santa Ana"), nor a country's people ("The People of Kovalia").
        if (end + 1 < t.size() && t[end].is("of") && t[end].sentence == t[i].sentence &&
            !inLowerList(t[end - 1].text,
                         std::array<std::string_view, 4>{"people", "peoples", "citizens", "residents"}) &&
            !lexicons::stateWords().contains(t[end - 1].text) &&
            !lexicons::settlementKinds().contains(t[end - 1].text) &&
            !lexicons::placeKinds().contains(t[end - 1].text)) {
            std::size_t k = end + 1;
            if (k < t.size() && t[k].is("the")) ++k;
            std::size_t ofEnd = k;
            while (ofEnd < t.size() && ofEnd - k < 3 && t[ofEnd].isWord() && t[ofEnd].capitalized &&
                   !t[ofEnd].allCaps && t[ofEnd].sentence == t[i].sentence)
                ++ofEnd;
            if (ofEnd > k && ofEnd < t.size() && t[ofEnd].isWord() && !t[ofEnd].capitalized) end = ofEnd;
            // ("The Ministry of Sustainability and the Environment will host": a last portfolio after "and the".)
            if (end == ofEnd && end + 3 < t.size() && t[end].is("and") && t[end + 1].is("the") && t[end + 2].isWord() &&
                t[end + 2].capitalized && !t[end + 2].allCaps && lexicons::portfolioWords().contains(t[end + 2].text) &&
                t[end + 3].isWord() && !t[end + 3].capitalized && t[end + 3].sentence == t[i].sentence)
                end += 3;
        }
        // ("The Open Source Initiative (OSI) welcomed": the name's acronym in brackets before the verb.)
        std::size_t next = end;
        if (end + 3 < t.size() && t[end].isPunct('(') && t[end + 1].isWord() && t[end + 1].allCaps &&
            t[end + 2].isPunct(')') && t[end + 3].sentence == t[i].sentence)
            next = end + 3;
        if (end - i < 2 || next >= t.size() || !t[next].isWord() || t[next].capitalized) continue;
        // ("The Open Source Initiative and the GNOME Foundation also took part": a second body's name, then the
        // pair's verb.)
        std::size_t v = next, otherFirst = next, otherEnd = next;
        // (With its own article: "The National Security and Defense Council" is one body's name.)
        if (t[next].is("and") && next + 2 < t.size() && t[next + 1].is("the")) {
            otherFirst = next + 2;
            otherEnd = otherFirst;
            while (otherEnd < t.size() && otherEnd - otherFirst < 5 && t[otherEnd].isWord() &&
                   t[otherEnd].capitalized && t[otherEnd].sentence == t[i].sentence)
                ++otherEnd;
            // ("the Reproducible Builds project": what kind of group it is.)
            if (otherEnd > otherFirst && otherEnd < t.size() &&
                (t[otherEnd].is("project") || t[otherEnd].is("community")))
                ++otherEnd;
            if (otherEnd > otherFirst && otherEnd < t.size() && t[otherEnd].isWord() && !t[otherEnd].capitalized)
                v = otherEnd;
            else
                otherFirst = otherEnd = end;
        }
        if (v + 1 < t.size() && t[v + 1].isWord() &&
            inLowerList(t[v].text,
                        std::array<std::string_view, 5>{"today", "also", "recently", "officially", "formally"}))
            ++v;
        const std::string_view verb = t[v].text;
        const bool pleased = (equalsLower(verb, "is") || equalsLower(verb, "was")) && v + 1 < t.size() &&
                             inLowerList(t[v + 1].text, std::array<std::string_view, 5>{"pleased", "proud", "happy",
                                                                                        "delighted", "excited"});
        const bool acts = isSpeechOrActionVerb(verb);
        // ("The Velmar Trust will host the sprint": a modal and the base form.)
        const bool willAct = isModalVerb(verb) && actsAt(t, v, t[i].sentence, kModalVerbs, 1);
        // ("The Debian Project was founded in 1993": what is founded or incorporated is a body.)
        const bool founded = (equalsLower(verb, "is") || equalsLower(verb, "was")) && v + 1 < t.size() &&
                             inLowerList(t[v + 1].text, std::array<std::string_view, 3>{"founded", "established",
                                                                                        "incorporated"});
        // ("The Quorvale Project has participated in ...": a perfect tense of a verb in "-ed".)
        const bool perfect = (equalsLower(verb, "has") || equalsLower(verb, "have")) && v + 1 < t.size() &&
                             t[v + 1].isWord() && !t[v + 1].capitalized && t[v + 1].text.size() > 4 &&
                             t[v + 1].text.ends_with("ed");
        if (!pleased && !acts && !perfect && !founded && !willAct) continue;
        const bool takesPlace = v + 1 < t.size() && t[v + 1].is("place") &&
                                inLowerList(verb, std::array<std::string_view, 3>{"took", "takes", "take"});
        if (isBody(st, t, i, end, takesPlace, perfect || founded || willAct))
            addAgencySpan(st, t[i].begin, t[end - 1].end, "agency.acting_subject");
        if (otherEnd - otherFirst >= 2 &&
            isBody(st, t, otherFirst, otherEnd, takesPlace, perfect || founded || willAct))
            addAgencySpan(st, t[otherFirst].begin, t[otherEnd - 1].end, "agency.acting_subject");
    }
}

// "Velmar Primary School won the award", "Quorvale Hospital announced new hours": a school's or a hospital's name,
// opening its sentence without an article, that says or does something is the institution acting, not the building
// (which is a place where something is held: "at Velmar High School").
void actingInstitutions(ExtractionState& st, const std::vector<Token>& t) {
    static constexpr std::array<std::string_view, 5> kInstitutions{"school", "hospital", "academy", "clinic",
                                                                   "polytechnic"};
    for (std::size_t i = 0; i + 2 < t.size(); ++i) {
        if (!t[i].sentenceStart || !t[i].isWord() || !t[i].capitalized || t[i].allCaps || isFunctionWord(t[i].text))
            continue;
        std::size_t end = i;
        while (end < t.size() && end - i < 6 && t[end].isWord() && t[end].capitalized && !t[end].allCaps &&
               t[end].sentence == t[i].sentence)
            ++end;
        if (end - i < 2 || end >= t.size() || !inLowerList(t[end - 1].text, kInstitutions)) continue;
        std::size_t v = end;
        if (v + 1 < t.size() && t[v].isWord() &&
            inLowerList(t[v].text, std::array<std::string_view, 3>{"today", "also", "recently"}))
            ++v;
        if (!t[v].isWord() || t[v].capitalized || !isSpeechOrActionVerb(t[v].text)) continue;
        // (Its last word names the institution, so a title inside is part of the name: "Changi General Hospital".)
        const std::string_view surface = st.slice(t[i].begin, t[end - 1].end);
        if (st.claimed(t[i].begin, t[end - 1].end) || st.gazetteer().place(surface) ||
            std::any_of(t.begin() + static_cast<long>(i), t.begin() + static_cast<long>(end),
                        [](const Token& w) { return isCalendarWord(w.text); }))
            continue;
        addAgencySpan(st, t[i].begin, t[end - 1].end, "agency.acting_subject");
    }
}

// "The House passed the bill", "in both the House and the Senate": a legislature's lower chamber named by its
// head word alone is the chamber, in a release that names its legislature ("Congress", "the Senate") or the
// chamber in full. Not "the House Judiciary Committee" or "House Republicans" (a capitalised word follows), nor
// "the White House", "Government House" (a word before), nor "the House of Lords" (its own name).
void legislativeChambers(ExtractionState& st, const std::vector<Token>& t) {
    std::string fullName;
    bool legislature = false;
    for (std::size_t k = 0; k < t.size(); ++k) {
        if (t[k].is("Congress") || t[k].is("Senate") || t[k].is("Congressman") || t[k].is("Congresswoman") ||
            t[k].is("Legislature"))
            legislature = true;
        if (fullName.empty() && k + 2 < t.size() && t[k].is("House") && t[k + 1].is("of") &&
            (t[k + 2].is("Representatives") || t[k + 2].is("Commons") || t[k + 2].is("Delegates")))
            fullName = "House of " + std::string(t[k + 2].text);
    }
    if (fullName.empty() && legislature) fullName = "House of Representatives";
    if (fullName.empty()) return;
    for (std::size_t i = 1; i < t.size(); ++i) {
        if (!t[i].is("House") || t[i].allCaps || !equalsLower(t[i - 1].text, "the") ||
            t[i - 1].sentence != t[i].sentence)
            continue;
        if (i + 1 < t.size() && t[i + 1].sentence == t[i].sentence &&
            ((t[i + 1].isWord() && t[i + 1].capitalized) || t[i + 1].is("of")))
            continue;
        if (st.claimed(t[i].begin, t[i].end)) continue;
        st.addMention(EntityType::Agency, fullName, t[i].begin, t[i].end, "agency.chamber", "");
    }
}

// "Outreachy is organised by the Software Freedom Conservancy", "funded by the Open Source Initiative": the agent of
// what a body does for others, a name of two words or more after "by the", is an organisation even without a head
// word (names with one are left to the head-word rules). Not a person, a place, a programme, a law or an occasion.
namespace {

// A title starts at token k of the run [first, end): its first word, or a title's words ("Foreign Minister"); not a
// word that only may start one inside a name ("Veterans of Foreign Wars").
bool titleStartsAt(const ExtractionState& st, const std::vector<Token>& t, std::size_t k, std::size_t first,
                   std::size_t end) {
    const auto& gz = st.gazetteer();
    if (!gz.mayStartTitle(t[k].text)) return false;
    return k == first || gz.isTitle(t[k].text) || (k + 1 < end && gz.isTitle(st.slice(t[k].begin, t[k + 1].end)));
}

// The end of the capitalised run from `first`: capitalised words, with "of", "for", "in" (and "and" or "&" when
// `joinAnd`, not before a common given name) between two of them, "the" allowed after the connector but not after "and"
// ("Software in the Public Interest", "Iraq and Afghanistan Veterans of America"; not "the Quorvale Club and the Velmar
// Rotary").
std::size_t agentRunEnd(const ExtractionState& st, const std::vector<Token>& t, std::size_t first, bool joinAnd) {
    std::size_t end = first;
    while (end < t.size() && end - first < 8 && t[end].sentence == t[first].sentence) {
        if (t[end].isWord() && t[end].capitalized) {
            ++end;
            continue;
        }
        std::size_t next = end;
        const bool conjunction = t[next].is("and") || t[next].is("&");
        if (t[next].isWord() &&
            (inLowerList(t[next].text, std::array<std::string_view, 3>{"of", "for", "in"}) || (joinAnd && conjunction)))
            ++next;
        if (next < t.size() && next > end && t[next].is("the") && !conjunction) ++next;
        // (Not on to a person after "and": "the Quorvale Lions and John Smith".)
        if (next > end && end > first && next < t.size() && t[next].isWord() && t[next].capitalized &&
            t[next].sentence == t[first].sentence &&
            !(conjunction && st.gazetteer().givenNameCount(t[next].text) >= 1000)) {
            end = next;
            continue;
        }
        break;
    }
    return end;
}

// The run [first, end) names a body no other rule names: no head word (those are the head-word rules'), no word of
// a date, a programme, a law, an event, a state or a title, not a person's or a place's name. One word only in
// capitals and only as a later item of a list ("AARP").
bool agentNamed(const ExtractionState& st, const std::vector<Token>& t, std::size_t first, std::size_t end,
                bool laterItem) {
    std::size_t words = 0;
    for (std::size_t k = first; k < end; ++k) {
        if (!t[k].isWord() || !t[k].capitalized) continue;
        ++words;
        if (headAt(st, k) || isCalendarWord(t[k].text) || lexicons::programmeWords().contains(t[k].text) ||
            lexicons::lawWords().contains(t[k].text) || lexicons::eventNameWords().contains(t[k].text) ||
            lexicons::stateWords().contains(t[k].text) || titleStartsAt(st, t, k, first, end) || isHonorific(t[k].text))
            return false;
    }
    const bool acronym = words == 1 && laterItem && t[first].allCaps && t[first].text.size() >= 2 &&
                         t[first].text.size() <= 6 && !lexicons::commonAbbreviations().contains(t[first].text);
    if ((words < 2 && !acronym) || st.claimed(t[first].begin, t[end - 1].end)) return false;
    // (A person's name: a common given name and one or two words more.)
    if (words <= 3 && st.gazetteer().givenNameCount(t[first].text) >= 1000) return false;
    return !st.gazetteer().place(st.slice(t[first].begin, t[end - 1].end));
}

}  // namespace

// "organised by the Velmar Lions", "supported by the Veterans of Foreign Wars, the American Legion and AARP": what
// is done by "the" named capitalised words is a body's doing, and so is each item of a list they open.
void passiveAgents(ExtractionState& st, const std::vector<Token>& t) {
    static constexpr std::array<std::string_view, 16> kDoneFor{
        "organised", "organized", "hosted",   "sponsored",    "funded",   "co-organised", "co-hosted",    "operated",
        "run",       "supported", "financed", "co-organized", "endorsed", "backed",       "co-sponsored", "convened"};
    for (std::size_t i = 0; i + 3 < t.size(); ++i) {
        if (!t[i].isWord() || t[i].capitalized || !inLowerList(t[i].text, kDoneFor) || !t[i + 1].is("by") ||
            !t[i + 2].is("the") || t[i + 3].sentence != t[i].sentence)
            continue;
        std::size_t item = i + 3;
        bool listed = false, last = false;
        for (std::size_t n = 0; n < 24; ++n) {
            // (A list's middle items end at "and": the next one is its last, which may hold one.)
            const std::size_t end = agentRunEnd(st, t, item, n == 0 || last);
            if (end == item) break;
            const std::size_t begin = t[item].begin, stop = t[end - 1].end;
            if (agentNamed(st, t, item, end, n > 0))
                addAgencySpan(st, begin, stop, "agency.passive_agent");
            else if (n == 0 && !st.claimed(begin, stop) && !anyHeadIn(st, item, end))
                break;  // a list vouched for by nothing
            if (last || end >= t.size()) break;
            std::size_t k = end;
            if (t[k].isPunct(',')) {
                listed = true;
                ++k;
            }
            if (k < t.size() && (t[k].is("and") || t[k].is("&")) && (listed || k == end)) {
                last = true;
                ++k;
            } else if (k == end) {
                break;
            }
            if (k < t.size() && t[k].is("the")) ++k;
            if (k >= t.size() || !t[k].isWord() || !t[k].capitalized || t[k].sentence != t[i].sentence) break;
            item = k;
            i = end;
        }
    }
}

// The acronym of a title: a known one after a rank's letter ("SDIG", a Senior DIG), or the initials of capitalised
// words of the release that end in a title ("DPL" of "Debian Project Leader").
bool titleAcronym(const ExtractionState& st, const std::vector<Token>& t, std::string_view acr) {
    if (acr.size() >= 4 && std::string_view("SDAC").find(acr[0]) != std::string_view::npos &&
        st.gazetteer().isTitle(acr.substr(1)))
        return true;
    for (std::size_t k = 0; k + acr.size() <= t.size(); ++k) {
        if (!t[k].isWord() || !t[k].capitalized || t[k].text[0] != acr[0]) continue;
        std::size_t n = 0;
        while (n < acr.size() && t[k + n].isWord() && t[k + n].capitalized && t[k + n].text[0] == acr[n] &&
               t[k + n].sentence == t[k].sentence)
            ++n;
        // (Where no body's word goes on: not "Specialized Anticorruption Prosecutor's Office", whose SAP is the
        // office; a holder's name may follow, "Debian Project Leader Andreas Tille".)
        const std::size_t after = k + n;
        const bool runEnds = after >= t.size() || t[after].sentence != t[k].sentence ||
                             (t[after].kind != TokenKind::Possessive &&
                              !(t[after].isWord() && t[after].capitalized && isOrganisationHead(t[after].text)));
        if (n == acr.size() && runEnds && st.gazetteer().isTitle(t[k + n - 1].text)) return true;
    }
    return false;
}

// An acronym the release never spells out, at the head of what it says or does in running text ("PUB will install
// smart meters", "the NEA said"): an organisation of the publisher's world the reader is expected to know. Not an
// abbreviation of something else ("the CEO said"), a title, a place or a word that happens to be in capitals.
bool undefinedAcronymActs(const ExtractionState& st, const std::vector<Token>& t, std::size_t i) {
    const std::string_view acr = t[i].text;
    if (acr.size() < 3 || acr.size() > 6 || acr.find_first_of("0123456789") != std::string_view::npos ||
        st.inHeadline(t[i].begin) || lexicons::commonAbbreviations().contains(acr) ||
        lexicons::ambiguousAcronyms().contains(acr) || lexicons::usStateOfCode(acr) || st.gazetteer().isTitle(acr) ||
        st.gazetteer().place(acr) || isRomanNumeral(acr))
        return false;
    // Part of a longer capitalised name, or of a line in capitals, is not the acronym alone.
    if (i > 0 && t[i - 1].isWord() && (t[i - 1].capitalized || t[i - 1].allCaps) &&
        t[i - 1].sentence == t[i].sentence && !equalsLower(t[i - 1].text, "the"))
        return false;
    int capitalsAround = 0;  // a line in capitals ("... IN ALLEY OUTSIDE BAR")
    for (std::size_t k = i > 4 ? i - 4 : 0; k < std::min(t.size(), i + 5); ++k)
        if (k != i && t[k].isWord() && t[k].allCaps && t[k].text.size() > 1 && t[k].sentence == t[i].sentence)
            ++capitalsAround;
    if (capitalsAround >= 2) return false;
    // A word the release also writes in lower or title case is a word or a name set in capitals ("ALLEY said" of
    // Investigator Alley in a quoted report), not an acronym.
    const std::string key = lower(acr);
    for (std::size_t k = 0; k < t.size(); ++k) {
        const Token& other = t[k];
        if (!other.isWord() || other.text.size() != acr.size()) continue;
        if (!other.allCaps && equalsLower(other.text, key)) return false;
        // One the release defines in a way the definitions did not read ("Keppel Offshore & Marine Ltd (“KOM”)")
        // is left to the linking of short names.
        if (other.text == acr && k > 0 &&
            (t[k - 1].isPunct('(') || (k > 1 && t[k - 2].isPunct('(') && t[k - 1].kind == TokenKind::Punct)))
            return false;
    }
    // (After the cheaper tests: this one walks the release.)
    if (titleAcronym(st, t, acr)) return false;
    // "leaders of the NAACP", "a spokesperson for the ACLU": people of a body, named by its acronym.
    if (i >= 3 && t[i - 1].is("the") && !t[i - 1].capitalized &&
        inLowerList(t[i - 2].text, std::array<std::string_view, 4>{"of", "from", "for", "at"}) &&
        lexicons::memberNouns().contains(t[i - 3].text) && t[i - 3].sentence == t[i].sentence &&
        // (Not a modifier of a noun: "members of the LGBTQ community", "the LGBTQ+ community".)
        (i + 1 >= t.size() || t[i + 1].isPunct(',') || t[i + 1].isPunct('.') || t[i + 1].isPunct(';') ||
         t[i + 1].isPunct(')') ||
         (t[i + 1].isWord() && !t[i + 1].capitalized &&
          (isFunctionWord(t[i + 1].text) || isSpeechOrActionVerb(t[i + 1].text)))))
        return true;
    // "arrested by the STF", "handed over to the PNB": the body that did it, or to which a case went, in a report's
    // own verbs; the acronym ends the phrase (not "the GST rate").
    const bool endsPhrase = i + 1 >= t.size() || t[i + 1].sentence != t[i].sentence ||
                            (t[i + 1].kind == TokenKind::Punct && !t[i + 1].isPunct('-') && !t[i + 1].isPunct('(')) ||
                            (t[i + 1].isWord() && !t[i + 1].capitalized && isFunctionWord(t[i + 1].text));
    if (endsPhrase && i >= 3 && t[i - 1].is("the") && !t[i - 1].capitalized && t[i - 3].sentence == t[i].sentence) {
        static constexpr std::array<std::string_view, 16> kDoneBy{
            "arrested",  "apprehended", "detained",    "seized",  "raided",    "investigated", "conducted", "organised",
            "organized", "prosecuted",  "intercepted", "rescued", "recovered", "nabbed",       "launched",  "issued"};
        static constexpr std::array<std::string_view, 7> kSentTo{"over",      "referred",  "reported",   "complained",
                                                                 "forwarded", "submitted", "transferred"};
        if (t[i - 2].is("by") && inLowerList(t[i - 3].text, kDoneBy)) return true;
        if (t[i - 2].is("to") && inLowerList(t[i - 3].text, kSentTo)) return true;
    }
    // "NEA Chief Executive Dana Reyes", "FBI Director Ada Morel": the body whose office a person's title names.
    if (i + 2 < t.size() && t[i + 1].isWord() && t[i + 1].capitalized && !t[i + 1].allCaps &&
        t[i + 1].sentence == t[i].sentence) {
        std::vector<std::string_view> words;
        for (std::size_t k = i + 1; k < t.size() && words.size() < 5 && t[k].isWord(); ++k) words.push_back(t[k].text);
        const std::size_t title = st.gazetteer().titleLength(words);
        const std::size_t name = i + 1 + title;
        if (title > 0 && name < t.size() && t[name].isWord() && t[name].capitalized && !t[name].allCaps &&
            t[name].sentence == t[i].sentence && !st.gazetteer().isTitle(t[name].text))
            return true;
    }
    // "NEA officers inspected", "SLPP members", "MSE and NEA officials": the people of a body, named by its acronym.
    // (In an archive where another release spells the acronym out, the archive merges this agency into that one:
    // see the store's corrections.)
    {
        std::size_t noun = i + 1;
        if (noun + 1 < t.size() && t[noun].is("and") && isAcronymLike(t[noun + 1].text)) noun += 2;
        if (noun < t.size() && t[noun].sentence == t[i].sentence && t[noun].isWord() && !t[noun].capitalized &&
            lexicons::memberNouns().contains(t[noun].text) &&
            (t[noun].text.ends_with("s") || t[noun].is("staff") || t[noun].is("delegation")) &&
            !t[noun].is("volunteers") && !t[noun].is("experts"))  // (a programme's: "our PAWS volunteers")
            return true;
    }
    // "The CID is investigating", "NEA is monitoring the site": a body at work, in the progressive.
    if (i + 2 < t.size() && t[i + 2].sentence == t[i].sentence &&
        (t[i + 1].is("is") || t[i + 1].is("are") || t[i + 1].is("was") || t[i + 1].is("were")) &&
        inLowerList(t[i + 2].text, std::array<std::string_view, 16>{
                                       "investigating", "monitoring", "appealing", "conducting", "probing", "reviewing",
                                       "urging", "calling", "seeking", "considering", "planning", "preparing",
                                       "coordinating", "assisting", "organising", "organizing"}))
        return true;
    // "The NAACP and the ACLU welcomed ...": the verb is the pair's.
    std::size_t verb = i + 1;
    if (verb + 1 < t.size() && t[verb].is("and") && !t[verb].capitalized) {
        std::size_t other = verb + 1;
        if (other < t.size() && t[other].is("the")) ++other;
        if (other < t.size() && t[other].sentence == t[i].sentence && isAcronymLike(t[other].text) &&
            !(other + 1 < t.size() && t[other + 1].isWord() && t[other + 1].capitalized))
            verb = other + 1;
    }
    return actsAt(t, verb, t[i].sentence,
                  std::array<std::string_view, 8>{"has", "have", "had", "also", "today", "will", "would", "recently"},
                  2);
}

}  // namespace bulletin::extract
