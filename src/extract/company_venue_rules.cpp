// Names whose form says what they are, whatever words they hold: a company by its legal form ("Meta Platforms,
// Inc.", "Orchid Lane (S) Pte Ltd", "M/s Sunrise Caterers") or its partners' names ("Arnold & Porter"), a district by
// its service; and with them the venues (venue_rules.cpp), care venues (care_venues.cpp), one-word institutions and
// parties (institution_names.cpp), all run from here before the head-word rule so that "Hobson Memorial Union
// Ballroom" is a place rather than the "Hobson Memorial Union".

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <vector>

#include "agency_chains.hpp"
#include "company_short_forms.hpp"
#include "extraction_state.hpp"
#include "institution_names.hpp"
#include "lexicon.hpp"
#include "name_runs.hpp"
#include "person_titles.hpp"
#include "venue_rules.hpp"

namespace bulletin::extract {

namespace {

bool asciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// A byte's bucket among the legal forms' first letters: a letter in lower case, anything else itself.
std::size_t bucketOf(char c) {
    return static_cast<unsigned char>(c >= 'A' && c <= 'Z' ? c | 0x20 : c);
}

// Whether a well-known place's name (one or two words) ends at token k: a country, a region or a city of 50,000
// people or more (not "Barnes" of "Barnes and Noble").
bool placeEndsAt(const ExtractionState& st, std::size_t k) {
    const auto& t = st.tokens();
    auto wellKnown = [&](std::string_view name) {
        const auto* place = st.gazetteer().place(name);
        return place && !place->weak && (place->kind != PlaceKind::City || place->population >= 50000);
    };
    return wellKnown(t[k].text) || (k > 0 && t[k - 1].isWord() && t[k - 1].sentence == t[k].sentence &&
                                    wellKnown(st.slice(t[k - 1].begin, t[k].end)));
}

std::size_t companySuffixEnd(std::string_view text, std::size_t at);

// How many words of the run from `first` to `last` (inclusive) come before a legal form ("Pipe Jacking Pte Ltd": 2).
std::size_t wordsBeforeLegalForm(const ExtractionState& st, std::size_t first, std::size_t last) {
    const auto& t = st.tokens();
    for (std::size_t k = first + 1; k <= last; ++k)
        if (companySuffixEnd(st.text(), t[k - 1].end) > 0) return k - first;
    return last - first + 1;
}

// Whether the capitalised run ending at token `k` follows a list's comma ("Acme, Zeltra and Voss Ltd"): the last
// names of a list joined by "and" are two names, whatever the words.
bool listItemEndsAt(const ExtractionState& st, std::size_t k) {
    const auto& t = st.tokens();
    std::size_t first = k;
    while (first > 0 && t[first - 1].capitalisedOrNumber() && t[first - 1].sentence == t[k].sentence) --first;
    return first >= 2 && t[first - 1].isPunct(',') && t[first - 2].capitalisedOrNumber() &&
           t[first - 2].sentence == t[k].sentence;
}

// The single word at token w comes right after a list's own "and" ("Nordic Lift-Truck Pte Ltd and Cycle and Carriage
// Industries Pte Ltd"): no list goes on after its last item, so an "and" after the word is inside a name.
bool lastOfList(const std::vector<Token>& t, std::size_t w) {
    return w >= 2 && t[w - 1].is("and") && t[w - 2].isWord() && t[w - 2].capitalized;
}

// The legal form written at `at` in the text (after an optional comma), as its end offset; 0 when none.
std::size_t companySuffixEnd(std::string_view text, std::size_t at) {
    std::size_t i = at;
    if (i < text.size() && text[i] == ',') ++i;
    while (i < text.size() && text[i] == ' ') ++i;
    if (i == at) return 0;  // a legal form is a word of its own
    const std::string_view rest = text.substr(i);
    if (rest.empty()) return 0;
    // The forms by their first letter (either case): this runs after every capitalised run's last word, and most
    // words start no form.
    static const auto byFirst = [] {
        std::array<std::vector<const std::string*>, 256> out;
        for (const auto& form : lexicons::companySuffixes().entries())
            if (!form.empty()) out[bucketOf(form[0])].push_back(&form);
        return out;
    }();
    std::size_t best = 0;
    for (const std::string* entry : byFirst[bucketOf(rest[0])]) {
        const std::string& form = *entry;
        if (form.size() > rest.size() || form.size() <= best) continue;
        bool same = true;
        // Letters match ignoring case, except that a form written in capitals ("AG", "SA", "LLC") needs them: in
        // lower case those are words. A form's first capital needs one too ("Minnesota limited").
        const bool allCapsForm = std::none_of(form.begin(), form.end(), [](char f) { return f >= 'a' && f <= 'z'; });
        for (std::size_t k = 0; k < form.size() && same; ++k) {
            const bool letter = asciiLetter(form[k]);
            const bool capital = form[k] >= 'A' && form[k] <= 'Z';
            if (letter && capital && (allCapsForm || k == 0))
                same = rest[k] == form[k];
            else if (letter)
                same = (rest[k] | 0x20) == (form[k] | 0x20);
            else
                same = rest[k] == form[k];
        }
        // The form ends the word: "Inc" is not the start of "Income", "AG" not of "AGREEMENT".
        if (same && (form.size() == rest.size() || !asciiLetter(rest[form.size()]))) best = form.size();
    }
    return best ? i + best : 0;
}

std::size_t tokenEndingAt(const std::vector<Token>& t, std::size_t offset, std::size_t from) {
    std::size_t k = from;
    while (k < t.size() && t[k].end < offset) ++k;
    return k;
}

std::vector<CompanyName> findCompanies(ExtractionState& st) {
    std::vector<CompanyName> found;
    const auto& t = st.tokens();
    const std::string_view text = st.text();
    for (std::size_t i = 0; i < t.size(); ++i) {
        // (The last word of a run.)
        if (!t[i].capitalisedOrNumber() || (i + 1 < t.size() && t[i + 1].capitalisedOrNumber())) continue;
        std::size_t first = runStart(st, i);
        std::size_t end = companySuffixEnd(text, t[i].end);
        // "Orchid Lane (S) Pte Ltd", "Kandy Tea Traders (Pvt) Ltd": a short code in parentheses inside the name.
        // ("Changi Airport Group (Singapore) Pte Ltd", "Airport and Aviation Services (Sri Lanka) Private Limited":
        // or its country.)
        if (!end && i + 3 < t.size() && t[i + 1].isPunct('(')) {
            std::size_t close = i + 2;
            while (close < t.size() && close < i + 5 && t[close].isWord() && t[close].capitalized) ++close;
            if (close > i + 2 && close < t.size() && t[close].isPunct(')') &&
                ((close == i + 3 && t[i + 2].text.size() <= 3) ||
                 st.gazetteer().place(st.slice(t[i + 2].begin, t[close - 1].end))))
                end = companySuffixEnd(text, t[close].end);
        }
        // "Varden Holdings AG", "Pellham Tool Works LLC": the form is the run's own last word.
        if (!end && i > first) {
            const std::size_t formEnd = companySuffixEnd(text, t[i - 1].end);
            if (formEnd >= t[i].end) end = formEnd;
        }
        // "M/s Swift Catering": the Indian and Singaporean mark of a firm's name (also "M/S").
        bool firmMark = false;
        // (The capital "S" reads as a word of the name: the run starts at it.)
        std::size_t mark = first;
        if (first >= 2 && t[first].is("S") && t[first - 1].isPunct('/') && t[first - 2].is("M"))
            mark = first - 2;
        else if (first >= 3 && (t[first - 1].is("s") || t[first - 1].is("S")) && t[first - 2].isPunct('/') &&
                 t[first - 3].is("M"))
            mark = first - 3;
        if (mark < first) {
            first = mark;
            firmMark = true;
            if (!end) end = t[i].end;
        }
        if (!end || first > i) continue;
        // ("a Senior Team Leader of NTUC FairPrice Co-operative Ltd": a title and its "of" before the firm are the
        // employee's, no part of the firm's name.)
        for (std::size_t k = first + 1; k < i && !firmMark; ++k)
            if (titleEndsBeforeOf(st, t, k)) first = k + 1;
        // "Claregalway, Co. Galway": the Irish and British county before its name, not a company's legal form.
        if (end >= 3 && text.substr(end - 3, 3) == "Co." && !companySuffixEnd(text, end)) {
            std::size_t next = end;
            while (next < text.size() && text[next] == ' ') ++next;
            if (next > end && next < text.size() && text[next] >= 'A' && text[next] <= 'Z') continue;
        }
        // A legal form alone, or after a single generic word, names no company ("Co. Ltd", "Group Inc").
        if (!firmMark && first == i && isOrganisationHead(t[i].text)) continue;
        // "State Pharmaceuticals Corporation of Sri Lanka": the country a state's corporation is of ends its name.
        if (const std::size_t after = tokenEndingAt(t, end, i) + 1;
            after + 1 < t.size() && t[after].is("of") && t[after].sentence == t[i].sentence) {
            std::size_t placeEnd = after + 1;
            while (placeEnd < t.size() && placeEnd < after + 4 && t[placeEnd].isWord() && t[placeEnd].capitalized &&
                   t[placeEnd].sentence == t[i].sentence)
                ++placeEnd;
            const auto* place = placeEnd > after + 1
                                    ? st.gazetteer().place(st.slice(t[after + 1].begin, t[placeEnd - 1].end))
                                    : nullptr;
            if (place && place->kind == PlaceKind::Country &&
                (placeEnd == t.size() || !t[placeEnd].isWord() || !t[placeEnd].capitalized))
                end = t[placeEnd - 1].end;
        }
        const std::size_t begin = t[first].begin;
        if (st.claimed(begin, end)) continue;
        // (The mark is no part of the firm's name, as "Mr" is none of a man's: the name is what follows it, the
        // mention keeps the words as written.)
        // (After "M", "/", "s"; "M/S" alone keeps its letters.)
        const std::size_t nameFirst = firmMark && first + 3 <= i ? first + 3 : first;
        const std::size_t baseEnd = nameFirst + wordsBeforeLegalForm(st, nameFirst, i);
        // ("Las Vegas, NV", "Texas AG's suit": two capitals after a place are its state's code or an office, not
        // a legal form.)
        if (!firmMark && baseEnd > nameFirst &&
            st.gazetteer().place(st.slice(t[nameFirst].begin, t[baseEnd - 1].end))) {
            std::string_view form = text.substr(t[baseEnd - 1].end, end - t[baseEnd - 1].end);
            while (!form.empty() && (form.front() == ',' || form.front() == ' ')) form.remove_prefix(1);
            if (form.size() == 2 && std::isupper(static_cast<unsigned char>(form[0])) &&
                std::isupper(static_cast<unsigned char>(form[1])))
                continue;
        }
        const std::string name(st.slice(t[nameFirst].begin, end));
        st.addMention(EntityType::Agency, name, begin, end, "agency.company");
        found.push_back({nameFirst, baseEnd, name});
        i = tokenEndingAt(t, end, i);
    }
    return found;
}

// "Moulton Niguel Water District", "the Capistrano Unified School District": a district named for the service it
// runs is a public body, whatever the tagger makes of "District". A name going on after it ("... School District
// Police Department", "... District Board of Trustees") is left to the head-word rule.
void findServiceDistricts(ExtractionState& st) {
    const auto& t = st.tokens();
    for (std::size_t i = 2; i < t.size(); ++i) {
        if (!t[i].is("District") || !t[i - 1].isWord() || !t[i - 1].capitalized ||
            !lexicons::districtServices().contains(t[i - 1].text) || t[i - 1].sentence != t[i].sentence)
            continue;
        if (i + 1 < t.size() && t[i + 1].capitalisedOrNumber() && t[i + 1].sentence == t[i].sentence) continue;
        const std::size_t first = runStart(st, i - 1);
        // "the Metropolitan Water District of Southern California": the place it serves ends its name.
        std::size_t last = i;
        if (i + 2 < t.size() && t[i + 1].is("of") && t[i + 2].sentence == t[i].sentence)
            for (std::size_t n = std::min<std::size_t>(3, t.size() - i - 2); n > 0; --n) {
                const std::size_t placeEnd = i + 2 + n;
                if (!std::all_of(
                        t.begin() + static_cast<long>(i + 2), t.begin() + static_cast<long>(placeEnd),
                        [&](const Token& w) { return w.isWord() && w.capitalized && w.sentence == t[i].sentence; }))
                    continue;
                if (placeEnd < t.size() && t[placeEnd].capitalisedOrNumber() && t[placeEnd].sentence == t[i].sentence)
                    continue;
                if (st.gazetteer().place(st.slice(t[i + 2].begin, t[placeEnd - 1].end))) {
                    last = placeEnd - 1;
                    break;
                }
            }
        // ("Water District", "the Unified School District" name no one district.)
        static constexpr std::array<std::string_view, 8> kModifiers{"unified",      "union",     "high",  "city",
                                                                    "metropolitan", "municipal", "joint", "elementary"};
        const bool named =
            last > i || std::any_of(t.begin() + static_cast<long>(first), t.begin() + static_cast<long>(i - 1),
                                    [](const Token& w) { return w.isWord() && !inLowerList(w.text, kModifiers); });
        if (!named) continue;
        // ("the Board of Trustees of the Capistrano Unified School District": a body of the district's is named
        // with it by the head-word rule.)
        std::size_t of = first;
        if (of > 0 && t[of - 1].is("the")) --of;
        bool bodyBefore = false;
        if (of >= 2 && t[of - 1].is("of"))
            for (std::size_t k = of - 1; k > 0 && of - k < 6 && !bodyBefore; --k) {
                const Token& w = t[k - 1];
                if (w.sentence != t[i].sentence || !(w.isWord() && (w.capitalized || w.is("of") || w.is("the")))) break;
                bodyBefore = headAt(st, k - 1);
            }
        if (bodyBefore) continue;
        if (st.inHeadline(t[first].begin) && lexicons::headlineVerbs().contains(t[first].text)) continue;
        const std::size_t begin = t[first].begin, end = t[last].end;
        if (st.claimed(begin, end)) continue;
        st.addMention(EntityType::Agency, std::string(st.slice(begin, end)), begin, end, "agency.service_district");
    }
}

}  // namespace

// "the Airport and Aviation Services Limited": one capitalised word right after "the" and before "and", of no
// name, place, body or person, is the first word of the firm's name, however many words follow "and" (a firm of
// its own would not take the article: not "the Ministry and Acme Ltd", nor "Google and Apple Inc.").
bool commonWordOpeningName(const ExtractionState& st, std::size_t word) {
    const auto& t = st.tokens();
    if (word == 0 || !(t[word - 1].is("the") || t[word - 1].is("The")) || t[word].allCaps) return false;
    const std::string_view w = t[word].text;
    return !isOrganisationHead(w) && !st.gazetteer().place(w) && !st.gazetteer().agencyByName(w) &&
           st.gazetteer().givenNameCount(w) < 0 && !st.gazetteer().mayStartTitle(w);
}

std::size_t runStart(const ExtractionState& st, std::size_t last) {
    const auto& t = st.tokens();
    std::size_t first = last;
    while (first > 0 && last - first < 8) {
        const Token& prev = t[first - 1];
        if (prev.sentence != t[last].sentence || t[first].paragraphStart) break;
        if (prev.capitalisedOrNumber() && !isFunctionWord(prev.text) && !nameModifier(prev)) {
            --first;
        } else if ((prev.is("&") || prev.is("of") || prev.is("for") || prev.is("and")) && first >= 2 &&
                   t[first - 2].capitalisedOrNumber() && !isFunctionWord(t[first - 2].text) &&
                   !(prev.is("and") && (isOrganisationHead(t[first - 2].text) || placeEndsAt(st, first - 2) ||
                                        st.gazetteer().agencyByName(t[first - 2].text) ||
                                        (wordsBeforeLegalForm(st, first, last) >= 2 && !lastOfList(t, first - 2) &&
                                         !commonWordOpeningName(st, first - 2)) ||
                                        listItemEndsAt(st, first - 2)))) {
            // ("Procter and Gamble Co." is one name; "the Singapore Food Agency and JTC Corporation" are two, and so
            // are "Glendale and Griffith Park" and "Google and Apple Inc.", a company known by name, and "Pulau Ubin
            // and Jurong Lake Gardens", "LCH Engineering and Pipe Jacking Pte Ltd": two words or more after "and",
            // besides a legal form, are a name of their own; "Restaurant and Catering Pte Ltd" is one name; the last
            // two of a list are two: "Microsoft, Ubuntu and Canonical Ltd".)
            first -= 2;
        } else if (prev.kind == TokenKind::Possessive && first >= 2 && t[first - 2].capitalisedOrNumber() &&
                   !t[first - 2].allCaps && !isFunctionWord(t[first - 2].text) &&
                   !isOrganisationHead(t[first - 2].text) && !st.gazetteer().place(t[first - 2].text) &&
                   !lexicons::landmarkVenues().contains(t[first - 2].text) &&
                   !st.gazetteer().mayStartTitle(t[first - 2].text) &&
                   (first - 2 == 0 || (!t[first - 3].capitalisedOrNumber() && !t[first - 3].isPunct('.')))) {
            // ("Tom’s Tyre Pte Ltd", "Hennessey’s Tavern": a founder's possessive opens the name; not "the
            // Ministry’s Acme Ltd", "CPIB’s Heritage Gallery" or "Singapore’s Changi Airport", whose owner is a body
            // or a place.)
            first -= 2;
        } else {
            break;
        }
    }
    // A title or an honorific is not part of a company's name ("Chairman Acme Holdings Ltd", "Director of Via
    // Star (S) Pte Ltd").
    while (first < last && (lexicons::honorifics().contains(t[first].text) || isFunctionWord(t[first].text))) ++first;
    // Before "of" or "for", only an organisation's own head word keeps the words in the name ("Bank of America Corp");
    // otherwise they are the person's role ("Estate Manager of Orchid Lane Pte Ltd").
    // (Or, before a country closing the run, words of no title: "Grocery Logistics of Singapore Pte Ltd".)
    for (std::size_t k = first; k < last; ++k) {
        if (!t[k].is("of") && !t[k].is("for")) continue;
        bool head = false;
        for (std::size_t m = first; m < k && !head; ++m) head = isOrganisationHead(t[m].text);
        bool titled = false;
        for (std::size_t m = first; m < k && !titled; ++m) titled = st.gazetteer().mayStartTitle(t[m].text);
        for (std::size_t p = k + 1; p <= last && p < k + 3 && !head && !titled; ++p) {
            const auto* place = st.gazetteer().place(st.slice(t[k + 1].begin, t[p].end));
            head = place && place->kind == PlaceKind::Country && companySuffixEnd(st.text(), t[p].end) > 0;
        }
        // ("Director of Nursing for MEnD Correctional Care, LLC": each connector in turn, from the name's new start.)
        if (head) break;
        first = k + 1;
    }
    return first;
}

// "Arnold & Porter", "Covington & Burling", "Ernst & Young", "Marks & Spencer": two family names joined by an ampersand
// are a firm's (law firms, accountancies, shops). Not two places ("Trinidad & Tobago"), a couple ("Tom & Jerry": two
// common given names), a portfolio inside a longer name ("Minister for Culture & Sports"), letters ("R & D"), nor
// words the release writes in lower case ("Time & Place").
void findAmpersandFirms(ExtractionState& st) {
    const auto& t = st.tokens();
    const auto& gz = st.gazetteer();
    auto word = [&](std::size_t k, std::size_t amp) {
        return t[k].isWord() && t[k].capitalized && !t[k].allCaps && t[k].text.size() > 1 &&
               t[k].sentence == t[amp].sentence && !isFunctionWord(t[k].text) && !isCalendarWord(t[k].text) &&
               !isOrganisationHead(t[k].text);
    };
    for (std::size_t amp = 1; amp + 1 < t.size(); ++amp) {
        if (!t[amp].is("&") || t[amp].begin == t[amp - 1].end || t[amp + 1].begin == t[amp].end) continue;
        if (!word(amp - 1, amp) || !word(amp + 1, amp) || st.inHeadline(t[amp].begin)) continue;
        std::size_t first = amp - 1, last = amp + 1;
        while (first > 0 && amp - first < 3 && word(first - 1, amp)) --first;
        while (last + 1 < t.size() && last - amp < 3 && word(last + 1, amp)) ++last;
        // (Part of a longer name: "Department of Health & Human Services", "Minister for Culture & Sports".)
        if (first > 0 && t[first - 1].isWord() && !t[first - 1].capitalized && isConnector(t[first - 1].text)) continue;
        if (last + 1 < t.size() && t[last + 1].isWord() && t[last + 1].capitalized && !word(last + 1, amp)) continue;
        auto state = [&](std::size_t k) {  // (a town sharing a surname, "Arnold", "Porter", is no sign)
            const auto* place = gz.place(t[k].text);
            return place && place->kind != PlaceKind::City;
        };
        if (state(amp - 1) && state(amp + 1)) continue;
        if (gz.givenNameCount(t[amp - 1].text) >= 100000 && gz.givenNameCount(t[amp + 1].text) >= 100000) continue;
        // Names on both sides: neither written in lower case in the release, one at least a known name ("Arnold",
        // "Dunn"; "Calcagnie & Robinson").
        // (Words the release writes in lower case, "Time & Place", "Education & Resources", are headings.)
        if (st.writtenInLowerCase(t[amp - 1].text) || st.writtenInLowerCase(t[amp + 1].text) ||
            !gz.isNameWord(t[amp - 1].text) || !gz.isNameWord(t[amp + 1].text))
            continue;
        // (Nor a title, a prize or a programme: "Sales & Marketing Manager", "Helene & Joseph Sherwood Prize".)
        bool thing = false;
        for (std::size_t k = first; k <= last && !thing; ++k)
            thing = gz.isTitle(t[k].text) || lexicons::programmeWords().contains(t[k].text) ||
                    lexicons::lawWords().contains(t[k].text) || lexicons::eventNameWords().contains(t[k].text) ||
                    lexicons::labelWords().contains(t[k].text) ||  // ("Date & Time", "Time & Place")
                    inLowerList(t[k].text, std::array<std::string_view, 7>{"date", "time", "prize", "award", "awards",
                                                                           "medal", "scholarship"});
        if (thing) continue;
        std::size_t end = t[last].end;
        if (const std::size_t form = companySuffixEnd(st.text(), end); form > 0) end = form;  // "Ernst & Young LLP"
        const std::size_t begin = t[first].begin;
        if (st.claimed(begin, end) || gz.place(st.slice(begin, end))) continue;
        st.addMention(EntityType::Agency, std::string(st.slice(begin, end)), begin, end, "agency.ampersand");
        amp = last;
    }
}

void findCompaniesVenuesAndInstitutions(ExtractionState& st) {
    findCompanyShortForms(st, findCompanies(st));
    findAmpersandFirms(st);
    findSchoolsOfFields(st);
    findCareVenues(st);
    findVenuesOfOrFor(st);
    findVenues(st);
    findVenuesAfterAt(st);
    findVenuesBeforeAddress(st);
    findInstitutions(st);
    findServiceDistricts(st);
    findPartiesBeforeLowerCaseParty(st);
}

}  // namespace bulletin::extract
