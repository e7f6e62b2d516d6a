// Organisations a list or a kind names: "30 companies, including Royal Boskalis, Philips, Unilever and Van Oord" (a
// kind of organisation announces the list) and "Royal Bank of Canada, Scotiabank and Desjardins" (a list one
// organisation of which is already known). Single-word names of companies and bodies carry no head word and no cue of
// their own; the list is the evidence.

#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <set>
#include <unordered_set>

#include "extraction_state.hpp"
#include "lexicon.hpp"

namespace bulletin::extract {

namespace {

struct Item final {
    std::size_t first = 0, end = 0;  // tokens [first, end)
    bool defined = false;            // its acronym follows it in parentheses
};

// Whether "in the X" from token j goes on a name ("Software in the Public Interest", "Women in the Arts") rather
// than saying where it is ("Google in the United States").
bool nameGoesOnWithIn(const ExtractionState& st, std::size_t j) {
    const auto& t = st.tokens();
    if (!t[j].is("in") || t[j].capitalized || j + 2 >= t.size() || !t[j + 1].is("the") || t[j + 1].capitalized)
        return false;
    std::size_t end = j + 2;
    while (end < t.size() && t[end].sentence == t[j].sentence && t[end].isWord() && t[end].capitalized) ++end;
    return end > j + 2 && !st.gazetteer().place(st.slice(t[j + 2].begin, t[end - 1].end));
}

// The number at token j closes a numbered unit's name: "UNITE HERE Local 11", "FOP Lodge 7", "American Legion Post
// 291".
bool unitNumberAt(const std::vector<Token>& t, std::size_t j) {
    static constexpr std::array<std::string_view, 5> kUnits{"Local", "Lodge", "Post", "Chapter", "Council"};
    return j > 0 && t[j].kind == TokenKind::Number && t[j].sentence == t[j - 1].sentence && t[j - 1].isWord() &&
           std::find(kUnits.begin(), kUnits.end(), t[j - 1].text) != kUnits.end() &&
           t[j].text.find_first_not_of("0123456789") == std::string_view::npos;
}

// A capitalised run from token i: capitalised words, "&", and "of"/"for"/"the"/"de" between capitalised words ("and"
// and "or" join the list's items, not words of one), and a numbered unit's number. Returns i when none starts there.
std::size_t itemEnd(const ExtractionState& st, std::size_t i) {
    const auto& t = st.tokens();
    std::size_t j = i, words = 0;
    while (j < t.size() && words < 6 && t[j].sentence == t[i].sentence) {
        if (t[j].isWord() && (t[j].capitalized || t[j].allCaps)) {
            ++j;
            ++words;
        } else if (words > 0 && unitNumberAt(t, j)) {
            ++j;
            break;
        } else if (words > 0 && nameGoesOnWithIn(st, j)) {
            j += 2;
        } else if (words > 0 && t[j].kind == TokenKind::Possessive && j + 1 < t.size() && t[j + 1].isWord() &&
                   t[j + 1].capitalized && isOrganisationHead(t[j + 1].text) && t[j + 1].sentence == t[i].sentence) {
            ++j;  // "the Prosecutor General's Office"
        } else if (words > 0 && j + 1 < t.size() &&
                   (t[j].is("&") || (t[j].isWord() && !t[j].capitalized && isConnector(t[j].text) && !t[j].is("and") &&
                                     !t[j].is("or"))) &&
                   t[j + 1].isWord() && t[j + 1].capitalized) {
            ++j;
        } else if (words > 0 && j + 2 < t.size() && t[j].isWord() && !t[j].capitalized && isConnector(t[j].text) &&
                   !t[j].is("and") && !t[j].is("the") && t[j + 1].is("the") && t[j + 2].isWord() &&
                   t[j + 2].capitalized && t[j + 2].sentence == t[i].sentence && !isOrganisationHead(t[j + 2].text) &&
                   !lexicons::memberNouns().contains(t[j - 1].text)) {
            // "Friends of the Earth", "National Association for the Advancement of Colored People"; not "the
            // Criminal Investigations Branch of the Department of ...", a unit of the body after it, nor "Members
            // of the Government".
            j += 2;
        } else {
            break;
        }
    }
    return words == 0 ? i : j;
}

// Items of a list from token i: "A, B and C", "A, B, or C", "A and B", an article before any of them. Empty unless
// the list closes with "and" or "or" (a comma alone as often joins a name to where it is: "Monroe Street, Santa Ana"),
// or, with `toSentenceEnd`, after a label that announces it, runs to the end of its sentence ("Gold Sponsors:
// Ubuntu, Freexian, Lenovo, Collabora.").
std::vector<Item> listFrom(const ExtractionState& st, std::size_t i, bool toSentenceEnd = false) {
    const auto& t = st.tokens();
    std::vector<Item> items;
    bool closed = false;
    std::size_t k = i;
    while (k < t.size() && items.size() < 12) {
        if ((t[k].is("the") || (t[k].is("The") && t[k].sentenceStart)) && k + 1 < t.size() &&
            t[k + 1].sentence == t[k].sentence)
            ++k;  // "and the Canadian Red Cross"
        const std::size_t end = itemEnd(st, k);
        if (end == k) break;
        items.push_back({k, end});
        if (closed) {
            // ("..., the Western Center on Law and Poverty, SEIU California, ...": an "and" the list goes on after,
            // past a comma, was the name's own.)
            const std::size_t after = end + 1;
            const bool goesOn = end < t.size() && t[end].isPunct(',') && after < t.size() &&
                                t[after].sentence == t[i].sentence && t[after].isWord() &&
                                (t[after].capitalized || t[after].allCaps || t[after].is("the") || t[after].is("and") ||
                                 t[after].is("or")) &&
                                t[k - 1].is("and") && items.size() >= 3 && t[items[items.size() - 2].end].is("and");
            if (!goesOn) break;
            items[items.size() - 2].end = end;
            items.pop_back();
            closed = false;
        }
        std::size_t next = end;
        // ("the Ministry of Harbour Works (MHW), the Tarn Agency (TA) and Quorvex": an item's acronym, defined after
        // it, goes on to the next item. An acronym of more words, the item's own last, spells a name the list's
        // "and" is inside: "Search and Rescue (SAR)", "Political and Economic Risk Consultancy (PERC)".)
        if (next + 2 < t.size() && t[next].is("(") && t[next + 1].allCaps && t[next + 2].is(")") &&
            t[next + 2].sentence == t[i].sentence) {
            const std::string initials = nameInitials(st.slice(t[k].begin, t[end - 1].end));
            if (t[next + 1].text.size() > initials.size() && t[next + 1].text.ends_with(initials)) return {};
            items.back().defined = true;
            next += 3;
        }
        if (next < t.size() && t[next].isPunct(',')) ++next;
        if (next < t.size() && (t[next].is("and") || t[next].is("or"))) {
            ++next;
            closed = true;
        } else if (next == end || t[next - 1].is(")")) {
            break;  // neither a comma nor a conjunction: the list ends here
        }
        if (next >= t.size() || t[next].sentence != t[i].sentence) break;
        k = next;
    }
    if (items.size() < 2) return {};
    if (!closed) {
        const std::size_t after = items.back().end;
        const bool sentenceEnds =
            after >= t.size() || t[after].sentence != t[i].sentence || t[after].isPunct('.') || t[after].isPunct(';');
        // (Commas between every item: "Monroe Street, Santa Ana" is one item and where it is.)
        if (!toSentenceEnd || !sentenceEnds || items.size() < 3) return {};
    }
    return items;
}

// Items set out one to a line from token i ("- Heal the Bay", "• Move LA", or the bare name): each line's name fills
// it (a closing comma, semicolon or full stop aside). Empty unless two lines or more are so.
std::vector<Item> linedItems(const ExtractionState& st, std::size_t i) {
    const auto& t = st.tokens();
    static constexpr std::array<std::string_view, 5> kMarks{"-", "*", "•", "–", "·"};
    std::vector<Item> items;
    std::size_t k = i;
    while (k < t.size() && items.size() < 40) {
        std::size_t first = k;
        if (t[first].kind == TokenKind::Punct && std::find(kMarks.begin(), kMarks.end(), t[first].text) != kMarks.end())
            ++first;
        if (first >= t.size() || (first != k && st.lineBreakBetween(k, first))) break;
        std::size_t end = itemEnd(st, first);
        for (std::size_t e = first + 1; e < end; ++e)
            if (st.lineBreakBetween(e - 1, e)) {
                end = e;  // (a name ends with its line)
                break;
            }
        if (end == first) break;
        std::size_t next = end;
        if (next < t.size() && (t[next].isPunct(',') || t[next].isPunct(';') || t[next].isPunct('.'))) ++next;
        if (next < t.size() && !st.lineBreakBetween(next - 1, next)) break;
        items.push_back({first, end});
        k = next;
    }
    if (items.size() < 2) return {};
    return items;
}

// Whether a run may be an organisation's name: not a place the gazetteer knows, not a title, a month or a
// weekday, not one function or head word ("Department"), and unless a kind of organisation announced the list, not
// what reads as a person's full name (a common given name and another word).
bool mayNameOrganisation(const ExtractionState& st, const Item& item, bool announced) {
    const auto& t = st.tokens();
    const std::string_view surface = st.slice(t[item.first].begin, t[item.end - 1].end);
    if (st.gazetteer().place(surface)) return false;
    std::vector<std::string_view> words;
    for (std::size_t k = item.first; k < item.end; ++k) {
        if (!t[k].isWord()) continue;  // (a numbered unit's number, "Local 11", among them)
        if (isCalendarWord(t[k].text) || (t[k].capitalized && isFunctionWord(t[k].text))) return false;
        if (t[k].text.find_first_of("0123456789") != std::string_view::npos) return false;  // "S159047", a postcode
        words.push_back(t[k].text);
    }
    if (words.empty() || st.gazetteer().titleLength(words) > 0) return false;
    // ("near Irvine Center Drive and the Irvine Spectrum Center": a street is no body.)
    if (lexicons::streetWords().contains(words.back())) return false;
    // "State Senator Mimi Walters": a title inside names a person.
    for (const auto w : words)
        if (st.gazetteer().isTitle(w)) return false;
    if (words.size() == 1 && isOrganisationHead(words[0])) return false;
    // (A letter alone names none: "and S$2,400 to ...", a currency's.)
    if (words.size() == 1 && words[0].size() == 1) return false;
    // People, not a body: "Investigators from the ...", "Council Members", "all Americans"; nor heads in the plural
    // ("the Public Defender's Offices").
    {
        const std::string_view last = words.back();
        const std::string_view singular =
            last.size() > 3 && last.back() == 's' ? last.substr(0, last.size() - 1) : last;
        // ("the Marshals Service and Mexican authorities": a people's adjective alone names no body.)
        if (words.size() == 1 && st.gazetteer().countryOfDemonym(last)) return false;
        // ("the pockets of Minnesotans and Wall & Associates": a place's people, "Minnesota" + "ns",
        // "Singapore" + "ans".)
        if (words.size() == 1 && last.size() > 5 && last.ends_with("ans") &&
            (st.gazetteer().place(last.substr(0, last.size() - 2)) ||
             st.gazetteer().place(last.substr(0, last.size() - 3))))
            return false;
        if (lexicons::memberNouns().contains(last) || lexicons::personNouns().contains(last) ||
            lexicons::partyMembers().contains(last) || lexicons::personNouns().contains(singular) ||
            (words.size() == 1 && singular != last &&
             (isOrganisationHead(singular) || st.gazetteer().countryOfDemonym(singular))))
            return false;
        // ("National Puppy Day", "Road Safety Week": an occasion; "the State" alone: no body's name.)
        if (lexicons::eventNameWords().contains(last) || equalsLower(last, "day") ||
            (words.size() == 1 && lexicons::genericPlaceWords().contains(last)))
            return false;
    }
    // "John Smith": a common given name and a second word read as a person.
    if (!announced && words.size() >= 2 && words.size() <= 3 && st.gazetteer().givenNameCount(words[0]) >= 1000)
        return false;
    return true;
}

void addOrganisation(ExtractionState& st, const Item& item, const char* rule) {
    const auto& t = st.tokens();
    const std::size_t begin = t[item.first].begin, end = t[item.end - 1].end;
    const std::string name(st.slice(begin, end));
    const std::size_t idx = st.addMention(EntityType::Agency, name, begin, end, rule);
    st.entities()[idx].aliases.insert(name);
}

}  // namespace

// The name is of, for or on a field, not a place ("Ministry of Public Health", "Subcommittee on Crime", not "Royal
// Bank of Canada").
bool namedOfField(const ExtractionState& st, std::size_t first, std::size_t end) {
    const auto& t = st.tokens();
    for (std::size_t k = end; k > first + 1; --k) {
        if (!t[k - 1].is("of") && !t[k - 1].is("for") && !t[k - 1].is("on")) continue;
        std::size_t from = k;
        while (from < end && equalsLower(t[from].text, "the")) ++from;
        return from < end && !st.gazetteer().place(st.slice(t[from].begin, t[end - 1].end));
    }
    return false;
}

namespace {

// "Henry Hoskins Bail Bonds of Gardena": a town after "of" closing an item is where the body is, unless a head word
// before "of" makes it the body's name ("Police Department of Seal Beach", "University of Colombo").
void trimTownAfterName(const ExtractionState& st, Item& item) {
    const auto& t = st.tokens();
    for (std::size_t k = item.first + 2; k + 1 < item.end; ++k) {
        if (!t[k].is("of") || isOrganisationHead(t[k - 1].text)) continue;
        const auto* place = st.gazetteer().place(st.slice(t[k + 1].begin, t[item.end - 1].end));
        if (place && place->kind == PlaceKind::City) item.end = k;
        return;
    }
}

// A word of the item names a country: "the Republic of Slovenia" is the state, not one of its bodies.
bool namesCountry(const ExtractionState& st, const Item& item) {
    const auto& t = st.tokens();
    for (std::size_t k = item.first; k < item.end; ++k) {
        const auto* place = t[k].isWord() && t[k].capitalized ? st.gazetteer().place(t[k].text) : nullptr;
        if (place && place->kind == PlaceKind::Country) return true;
    }
    return false;
}

// "our sponsors", "its Gold sponsors": the kind at token i is the publisher's own, a capitalised grade between.
bool ownedKind(const std::vector<Token>& t, std::size_t i) {
    const auto owner = [&](std::size_t k) {
        return t[k].isWord() && inLowerList(t[k].text, std::array<std::string_view, 3>{"our", "its", "their"});
    };
    if (i > 0 && owner(i - 1)) return true;
    return i > 1 && t[i - 1].isWord() && t[i - 1].capitalized && !t[i - 1].allCaps && owner(i - 2);
}

// The start of the description a kind of organisation at token i closes: "a Swiss hosting company", "an Austrian
// software company", "Switzerland's largest web hosting company", "the leading cloud provider" (a few words in lower
// case, a people's adjective or a place's possessive, after "a", "an", "the" or that possessive). Returns i when
// there is none.
std::size_t descriptionStart(const ExtractionState& st, std::size_t i) {
    const auto& t = st.tokens();
    constexpr std::size_t kWords = 5;
    for (std::size_t k = i; k > 0 && i - k < kWords;) {
        const Token& w = t[--k];
        if (w.sentence != t[i].sentence) return i;
        if (w.is("a") || w.is("an") || w.is("the")) return k;
        // ("Switzerland's largest ...": the possessive ends what opens the description.)
        if (w.kind == TokenKind::Possessive && k > 0 && t[k - 1].capitalized && st.gazetteer().place(t[k - 1].text))
            return k - 1;
        // (Not "What is the purpose of our organization?": words of a phrase, not of a description.)
        const bool describing =
            w.isWord() && !isFunctionWord(w.text) && (!w.capitalized || st.gazetteer().countryOfDemonym(w.text));
        if (!describing && !w.isPunct('-')) return i;
    }
    return i;
}

}  // namespace

// "Infomaniak is a Swiss hosting company", "Proxmox, an Austrian software company, develops ...": a name described
// as a kind of organisation, by "is" or in apposition, is one. (The kind closes the description: not "is a company
// director", "a bank employee".)
void findDescribedOrganisations(ExtractionState& st) {
    const auto& t = st.tokens();
    static constexpr std::array<std::string_view, 15> kAfterKind{
        "based", "headquartered", "located",      "that",         "which",    "in",        "from", "founded",
        "with",  "for",           "specialising", "specializing", "offering", "providing", "and"};
    static constexpr std::array<std::string_view, 3> kMoreKinds{"provider", "operator", "vendor"};
    for (std::size_t i = 2; i < t.size(); ++i) {
        if (!t[i].isWord() || t[i].capitalized ||
            !(lexicons::organisationKindNouns().contains(t[i].text) || inLowerList(t[i].text, kMoreKinds)))
            continue;
        // (Not "the organization's finance director": a possessive goes on to what is the organisation's.)
        const bool closes = i + 1 >= t.size() || t[i + 1].sentence != t[i].sentence ||
                            (t[i + 1].kind == TokenKind::Punct && !t[i + 1].isPunct('-')) ||
                            inLowerList(t[i + 1].text, kAfterKind);
        if (!closes) continue;
        const std::size_t start = descriptionStart(st, i);
        if (start == i || start < 2 || t[start - 1].sentence != t[i].sentence) continue;
        // What the description is said of: the name right before "is"/"was", or before the apposition's comma.
        const Token& link = t[start - 1];
        if (!(link.is("is") || link.is("was") || link.isPunct(','))) continue;
        const std::size_t nameEnd = start - 1;
        std::size_t first = nameEnd;
        while (first > 0 && nameEnd - first < 6 && t[first - 1].isWord() && t[first - 1].capitalized &&
               t[first - 1].sentence == t[i].sentence)
            --first;
        if (first == nameEnd || itemEnd(st, first) != nameEnd) continue;
        // (Where the name opens its sentence or a clause: not the last words of a longer phrase.)
        if (first > 0 && t[first - 1].sentence == t[i].sentence && t[first - 1].isWord() && !t[first - 1].is("and") &&
            !t[first - 1].is("by"))
            continue;
        const Item item{first, nameEnd};
        if (mayNameOrganisation(st, item, false) && !namesCountry(st, item) &&
            !st.claimed(t[first].begin, t[nameEnd - 1].end))
            addOrganisation(st, item, "agency.described");
    }
}

void findKindLists(ExtractionState& st) {
    const auto& t = st.tokens();
    for (std::size_t i = 0; i + 2 < t.size(); ++i) {
        if (!t[i].isWord() || !lexicons::organisationKinds().contains(t[i].text)) continue;
        std::size_t k = i + 1;
        if (t[k].isPunct(',')) ++k;
        if (k >= t.size()) break;
        // "companies, including", "firms such as", "banks like", "partners: A, B and C"; "sponsored by A, B and C"
        // (a verb's agents: a person's name there is a person, so the list vouches less).
        bool announced = true;
        const bool label = t[k].isPunct(':');
        if (t[k].is("including") || t[k].is("like") || t[k].is("namely") || label)
            ++k;
        else if (t[k].is("such") && k + 1 < t.size() && t[k + 1].is("as"))
            k += 2;
        else if (k == i + 1 && t[i].capitalized && t[k].isWord() && t[k].capitalized &&
                 t[k].sentence == t[i].sentence && !lexicons::lawWords().contains(t[k].text) &&
                 listFrom(st, k).size() >= 2) {
            // "our Platinum Sponsors Infomaniak, Proxmox, and Wind River": the kind as a label, the list right after
            // (which vouches less: "Broadcasters Rex Hudler and Terry Smith" are people; and no law's name goes on:
            // "Nonprofit Corporations Act, Supervision of Charitable Trusts Act").
            announced = false;
        } else if ((k == i + 1 || t[i + 1].isPunct(',')) && !t[i].capitalized && ownedKind(t, i) && t[k].isWord() &&
                   t[k].capitalized && t[k].sentence == t[i].sentence && listFrom(st, k).size() >= 2) {
            // "and our sponsors Infomaniak, Proxmox and Wind River", "our Platinum sponsors, Infomaniak, Proxmox
            // and Viridien": the kind the publisher's own, the list after.
            announced = false;
        } else if (t[k].is("by") && k == i + 1 && !t[i].capitalized) {
            ++k;
            if (k < t.size() && t[k].isPunct(':')) ++k;  // "is endorsed by: A, B and C"
            announced = false;
        } else {
            continue;
        }
        if (k < t.size() && t[k].is("the")) ++k;
        // "supported by the following organizations:" and the names on lines of their own below, bulleted or not.
        const bool lined = k < t.size() && t[k - 1].isPunct(':') && st.lineBreakBetween(k - 1, k);
        if (!lined && (k >= t.size() || t[k].sentence != t[i].sentence)) continue;
        std::vector<Item> items = lined ? linedItems(st, k) : listFrom(st, k, label);
        if (items.empty() && !lined) {
            const std::size_t end = itemEnd(st, k);  // one alone: "firms such as Deloitte"
            if (end == k || (end < t.size() && t[end].isWord() && t[end].capitalized)) continue;
            items.push_back({k, end});
        }
        for (const auto& item : items)
            if (mayNameOrganisation(st, item, announced) && !st.claimed(t[item.first].begin, t[item.end - 1].end))
                addOrganisation(st, item, "agency.kind_list");
    }
    // "drug manufacturer Mallinckrodt", "the consulting firm Brightwell & Oake": a kind of organisation in lower case
    // right before a capitalised name says what the name is. (Only the name right after it, alone: "the company
    // Chairman ..." names a title, "the firm's" no name.)
    for (std::size_t i = 0; i + 1 < t.size(); ++i) {
        // (The cheap tests first: this asks about every lower-case word.)
        const std::size_t k = i + 1;
        if (!t[i].isWord() || t[i].capitalized || !t[k].isWord() || !t[k].capitalized ||
            t[k].sentence != t[i].sentence || !lexicons::organisationKindNouns().contains(t[i].text))
            continue;
        const std::size_t end = itemEnd(st, k);
        if (end == k || (end < t.size() && t[end].kind == TokenKind::Possessive)) continue;
        // (Nor an abbreviation of a trade or a thing: "an independent contractor EMT".)
        if (end == k + 1 && lexicons::commonAbbreviations().contains(t[k].text)) continue;
        const Item item{k, end};
        if (mayNameOrganisation(st, item, false) && !st.claimed(t[k].begin, t[end - 1].end))
            addOrganisation(st, item, "agency.kind_noun");
    }
    // "Debian thanks Fastly and Leaseweb for hosting", "would like to thank Arm for providing": those a body thanks
    // for hosting, support or sponsorship are bodies (a person's full name there reads as a person's: a common given
    // name first).
    for (std::size_t i = 0; i + 4 < t.size(); ++i) {
        if (!t[i].isWord() || t[i].capitalized || !(t[i].is("thanks") || t[i].is("thanked") || t[i].is("thank")))
            continue;
        std::size_t k = i + 1;
        if (t[k].is("the")) ++k;
        if (k >= t.size() || !t[k].isWord() || !t[k].capitalized || t[k].sentence != t[i].sentence) continue;
        std::vector<Item> items = listFrom(st, k);
        const bool alone = items.empty();
        if (alone) {
            const std::size_t end = itemEnd(st, k);  // one alone: "thank Arm for providing hardware"
            if (end == k) continue;
            items.push_back({k, end});
        }
        const std::size_t after = items.back().end;
        // (One alone only for what a body does: "thanked Alar Karis for the visit" names a guest.)
        if (alone && after + 1 < t.size() &&
            !inLowerList(t[after + 1].text, std::array<std::string_view, 5>{"hosting", "sponsoring", "supporting",
                                                                            "providing", "funding"}))
            continue;
        if (after + 1 >= t.size() || !t[after].is("for") ||
            !inLowerList(t[after + 1].text,
                         std::array<std::string_view, 8>{"hosting", "their", "its", "the", "sponsoring", "supporting",
                                                         "providing", "funding"}))
            continue;
        // (Not a people nor holders of an office: "thanked the Belgians, the Prime Ministers of Albania ... for
        // their support".)
        auto peopleOrOffice = [&](const Item& item) {
            for (std::size_t w = item.first; w < item.end; ++w) {
                if (!t[w].isWord()) continue;
                std::string_view word = t[w].text;
                if (word.size() > 3 && word.back() == 's') word.remove_suffix(1);
                if (st.gazetteer().isTitle(word) || st.gazetteer().isTitle(t[w].text) ||
                    st.gazetteer().countryOfDemonym(word) || st.gazetteer().countryOfDemonym(t[w].text))
                    return true;
            }
            return false;
        };
        for (auto item : items) {
            trimTownAfterName(st, item);
            if (!peopleOrOffice(item) && !namesCountry(st, item) && mayNameOrganisation(st, item, false) &&
                !st.claimed(t[item.first].begin, t[item.end - 1].end))
                addOrganisation(st, item, "agency.kind_list");
        }
    }
}

// The short names the release gives in quotes in brackets, "(“Ismadi”)", "(\"Creative Futures\")": found once, by
// one pass over the text.
std::unordered_set<std::string_view> quotedShortNames(std::string_view text) {
    std::unordered_set<std::string_view> names;
    for (std::size_t at = text.find('('); at != std::string_view::npos; at = text.find('(', at + 1)) {
        std::size_t from = at + 1;
        if (text.substr(from, 3) == "\xE2\x80\x9C")
            from += 3;
        else if (text.substr(from, 1) == "\"")
            from += 1;
        else
            continue;
        const std::size_t to = text.find_first_of("\"\xE2)", from);
        if (to != std::string_view::npos && to > from && to - from <= 40) names.insert(text.substr(from, to - from));
    }
    return names;
}

void findListedOrganisations(ExtractionState& st) {
    const auto& t = st.tokens();
    // Which spans are organisations, and which are anything at all (a list holding a person or a place is no list
    // of organisations: "the FBI, Santa Ana Police and Orange County").
    std::vector<std::pair<std::size_t, std::size_t>> organisations, others;
    for (const auto& e : st.entities())
        for (const auto& m : e.mentions)
            (e.type == EntityType::Agency ? organisations : others).emplace_back(m.span.begin, m.span.end);
    std::sort(organisations.begin(), organisations.end());
    auto isOrganisation = [&](std::size_t b, std::size_t e) {
        return std::binary_search(organisations.begin(), organisations.end(), std::pair{b, e});
    };
    const HeldSpans held(st);
    std::optional<std::unordered_set<std::string_view>> shortNames;
    std::vector<Item> found;
    for (std::size_t i = 0; i + 2 < t.size(); ++i) {
        if (i > 0 && t[i - 1].isWord() && (t[i - 1].capitalized || t[i - 1].allCaps)) continue;  // starts a run
        if (i > 0 && t[i - 1].kind == TokenKind::Number && t[i - 1].sentence == t[i].sentence)
            continue;  // "2 Lengkok Bahru, S159047": an address
        // ("School of Law and Diplomacy and the School of Engineering", "Children's Rights and Children's
        // Rehabilitation, and the Ministry": what goes on a name before it starts no list.)
        if (i > 1 && (t[i - 1].is("and") || t[i - 1].is("&") || t[i - 1].kind == TokenKind::Possessive) &&
            t[i - 2].isWord() && t[i - 2].capitalized && t[i - 2].sentence == t[i].sentence)
            continue;
        // "Both the Irving Independent School District and ...": the list starts after the determiner.
        if (inLowerList(t[i].text, std::array<std::string_view, 3>{"both", "either", "neither"})) continue;
        const std::vector<Item> items = listFrom(st, i);
        if (items.empty()) continue;
        std::size_t known = 0;
        bool mixed = false, knownOf = false, freeOneWord = true;
        std::vector<Item> free;
        // ("Subcommittee on Crime, Terrorism, Homeland Security, and Investigations": right after the name, two
        // words without a head word are more of the field too; not in a longer list of thanks, "... Police
        // Department, Mercury Insurance, ...".)
        const bool fieldOpensList = !items.front().defined &&
                                    isOrganisation(t[items.front().first].begin, t[items.front().end - 1].end) &&
                                    namedOfField(st, items.front().first, items.front().end);
        for (const auto& item : items) {
            const std::size_t b = t[item.first].begin, e = t[item.end - 1].end;
            if (isOrganisation(b, e)) {
                ++known;
                // (A name goes on with its field only in the words after it: "Quorvane and the Ministry of Harbour
                // Works" lists two bodies.)
                // (Nor where its acronym closes it: "the Ministry of Harbour Works (MHW), ... and Quorvex".)
                knownOf =
                    knownOf || (&item != &items.back() && !item.defined && namedOfField(st, item.first, item.end));
            } else if (held.overlaps(b, e)) {
                mixed = true;
            } else {
                free.push_back(item);
                // (An acronym is no field's word but a body's: "the Ministry of Harbour Works and VNP"; a field's
                // own, "ICT", is a common abbreviation.)
                const bool acronym = item.end == item.first + 1 && t[item.first].allCaps &&
                                     t[item.first].text.size() >= 3 &&
                                     !lexicons::commonAbbreviations().contains(t[item.first].text);
                freeOneWord =
                    freeOneWord && !acronym &&
                    (item.end == item.first + 1 ||
                     (fieldOpensList && item.end == item.first + 2 && !isOrganisationHead(t[item.first].text) &&
                      !isOrganisationHead(t[item.first + 1].text) && !t[item.first].allCaps));
            }
        }
        if (known == 0 || mixed) continue;
        // ("The Office's Government and Community Relations unit": the list names what a unit is of, in lower case
        // after it.)
        if (const std::size_t after = items.back().end;
            after < t.size() && t[after].isWord() && !t[after].capitalized && isOrganisationHead(t[after].text)) {
            i = after;
            continue;
        }
        // A list whose bodies spell their acronyms ("the Ministry of Harbour Works (MHW), the Tarn Agency (TA) and
        // Quorvex") vouches for its last name only, after a body it knows, the sentence going on in lower case: its
        // commas as often set off a unit ("the Velmar Sheriff's Department (VSD), Search and Rescue") or a name's
        // own words ("Transparency International (TI) and Political and Economic Risk Consultancy (PERC)").
        if (std::any_of(items.begin(), items.end(), [](const Item& item) { return item.defined; })) {
            const Item& last = items.back();
            const Item& before = items[items.size() - 2];
            // (Nor a name broken over lines: "and the\nHealth Sciences Authority (HSA)". A comma after it opens
            // what it is, "and Quorvex, Velmar's water agency,", not more of its name: "Tri-Agency Resources, Gang
            // Enforcement Teams (TARGET)".)
            const std::size_t after = last.end;
            const auto opensApposition = [&] {
                return after + 2 < t.size() && t[after + 1].sentence == t[i].sentence &&
                       (!t[after + 1].capitalized || t[after + 2].kind == TokenKind::Possessive);
            };
            const bool ends = after < t.size() && t[after].sentence == t[i].sentence && !t[after].capitalized &&
                              !t[after].is("and") && !t[after].is("&") && (!t[after].isPunct(',') || opensApposition());
            if (free.size() != 1 || free.front().first != last.first || !ends ||
                !isOrganisation(t[before.first].begin, t[before.end - 1].end)) {
                i = items.back().end;
                continue;
            }
        }
        // "Ministry of Public Health, Hygiene and Prevention", "Ministry of Health, Labour and Welfare": single words
        // after a name of "of" a field are more of that field, not organisations.
        if (knownOf && freeOneWord) {
            i = items.back().end;
            continue;
        }
        // ("Ismadi Bin Sinin (“Ismadi”) ... Wartsila and Ismadi": a short name in words the release gives in quotes,
        // where no firm's name took it (company_short_forms.cpp), is a person's; not an acronym, "Handy Transport and
        // Trading (“HTT”)", a firm's whose name no rule took whole.)
        auto personsShortName = [&](const Item& item) {
            if (item.end == item.first + 1 && t[item.first].allCaps) return false;
            if (!shortNames) shortNames = quotedShortNames(st.text());
            return shortNames->count(st.slice(t[item.first].begin, t[item.end - 1].end)) > 0;
        };
        for (const auto& item : free)
            if (mayNameOrganisation(st, item, false) && !personsShortName(item)) found.push_back(item);
        i = items.back().end;
    }
    for (const auto& item : found) addOrganisation(st, item, "agency.list");
}

// "signed agreements with Sembcorp and Quorvex", "in partnership with Ford to ...", "contracts with Seagate.": the
// other party of an agreement or a partnership is a body. Run once people and places are known: a name held by
// anything else ("a deal with Rudolph", a person told of before by surname, "the County of Orange") is none, nor a
// common given name with another word, a title, a place or a generic word ("the County", "the Government"). The
// name must end where the phrase does ("collaboration with HIV programmes" names none).
void findPartiesOfAgreements(ExtractionState& st) {
    const auto& t = st.tokens();
    static constexpr std::array<std::string_view, 12> kAgreements{
        "agreement", "agreements",    "contract", "contracts",  "partnership", "partnerships",
        "partnered", "collaboration", "mou",      "memorandum", "deal",        "deals"};
    static constexpr std::array<std::string_view, 18> kPhraseGoesOn{
        "to",  "on", "for", "in",   "at",    "that",  "which",   "who",  "as",
        "and", "or", "by",  "from", "under", "since", "through", "over", "with"};
    // (Read only once a party is found: most releases name none.)
    std::optional<HeldSpans> held;
    std::optional<std::set<std::string_view, std::less<>>> nameWords;
    std::vector<Item> found;
    for (std::size_t i = 0; i + 2 < t.size(); ++i) {
        // (The cheap test first: this asks about every lower-case word.)
        // ("an MoU with ...": the one word of the list written with capitals.)
        if (!(t[i + 1].is("with") || t[i + 1].is("of")) || !t[i].isWord() ||
            (t[i].capitalized && !equalsLower(t[i].text, "mou")) || !inLowerList(t[i].text, kAgreements))
            continue;
        std::size_t k = i + 1;
        // ("a memorandum of understanding with ...")
        if (equalsLower(t[i].text, "memorandum") && k + 2 < t.size() && t[k].is("of") && t[k + 1].is("understanding"))
            k += 2;
        if (k + 1 >= t.size() || !t[k].is("with") || t[k].sentence != t[i].sentence) continue;
        ++k;
        if (t[k].is("the")) ++k;
        if (k >= t.size() || !t[k].isWord() || !t[k].capitalized || t[k].sentence != t[i].sentence) continue;
        std::vector<Item> items = listFrom(st, k);
        if (items.empty()) items.push_back({k, itemEnd(st, k)});
        // ("an MoU with Norvane on Monday": the name ends before a day's.)
        for (std::size_t j = items.back().first + 1; j + 1 < items.back().end; ++j)
            if (!t[j].capitalized && isCalendarWord(t[j + 1].text)) {
                items.back().end = j;
                break;
            }
        const std::size_t after = items.back().end;
        if (after == items.back().first) continue;
        const bool phraseEnds =
            after >= t.size() || t[after].sentence != t[i].sentence ||
            (t[after].kind == TokenKind::Punct && t[after].text.size() == 1 &&
             std::string_view(",.;:!?").find(t[after].text[0]) != std::string_view::npos) ||
            (t[after].isWord() && !t[after].capitalized && inLowerList(t[after].text, kPhraseGoesOn));
        if (!phraseEnds) continue;
        if (!held) held.emplace(st);
        if (!nameWords) nameWords = personNameWords(st);
        for (const auto& item : items) {
            const std::size_t b = t[item.first].begin, e = t[item.end - 1].end;
            // (One word: not a word of a person's name, "an agreement with Yeo that he should pay", a common
            // abbreviation or acronyms in the plural, "partnership with AGs".)
            if (item.end == item.first + 1) {
                const std::string_view w = t[item.first].text;
                if (nameWords->count(w) || lexicons::commonAbbreviations().contains(w) ||
                    (w.size() > 2 && w.back() == 's' && isAcronymLike(w.substr(0, w.size() - 1))))
                    continue;
            }
            if (held->overlaps(b, e) || lexicons::placeholderNames().contains(t[item.first].text) ||
                !mayNameOrganisation(st, item, false))
                continue;
            found.push_back(item);
        }
        i = after;
    }
    for (const auto& item : found) addOrganisation(st, item, "agency.partner");
}

void linkProjectNames(ExtractionState& st) {
    // The projects' words first, then one pass over the tokens (a hostile release may name thousands of projects).
    std::map<std::string, std::string, std::less<>> projects;  // "Debian" -> "Debian project"
    for (const auto& e : st.entities()) {
        if (e.type != EntityType::Agency || e.mentions.empty()) continue;
        const auto space = e.name.rfind(' ');
        if (space == std::string::npos || e.name.find(' ') != space ||
            !equalsLower(e.name.substr(space + 1), "project"))
            continue;
        projects.emplace(e.name.substr(0, space), e.name);
    }
    if (projects.empty()) return;
    const auto& t = st.tokens();
    const HeldSpans held(st);
    for (std::size_t k = 0; k + 1 < t.size(); ++k) {
        if (!t[k].isWord() || !t[k].capitalized) continue;
        const auto project = projects.find(t[k].text);
        if (project == projects.end() || held.overlaps(t[k].begin, t[k].end)) continue;
        // (Alone: not "Debian 12", "the Debian web pages", "Debian Project".)
        if (k > 0 && t[k - 1].isWord() && t[k - 1].capitalized && t[k - 1].sentence == t[k].sentence) continue;
        if (!actsAt(t, k + 1, t[k].sentence,
                    std::array<std::string_view, 6>{"has", "have", "had", "also", "today", "recently"}, 2))
            continue;
        st.addMention(EntityType::Agency, project->second, t[k].begin, t[k].end, "link.project_name");
    }
}

}  // namespace bulletin::extract
