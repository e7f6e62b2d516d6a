// What the words around a capitalised chain say of it, for the chain rules (agency_rules.cpp): a place's words in
// it, titles before its name, a law's or a venue's context, a quotation or a title-case line it stands in.
#include "agency_chain_checks.hpp"

#include <algorithm>
#include <array>

#include "core/text.hpp"
#include "lexicon.hpp"
#include "person_titles.hpp"
#include "place_context_rules.hpp"

namespace bulletin::extract {

bool isPlaceToken(const ExtractionState& st, const std::vector<Token>& t, std::size_t i, std::size_t end,
                  std::size_t& after) {
    for (std::size_t n = std::min<std::size_t>(3, end - i); n > 0; --n) {
        const auto* place = st.gazetteer().place(st.slice(t[i].begin, t[i + n - 1].end));
        if (place && place->kind != PlaceKind::City) {
            after = i + n;
            return true;
        }
        if (place && place->population >= 100000) {
            after = i + n;
            return true;
        }
    }
    return false;
}

bool membersBeforeOf(const ExtractionState& st, const std::vector<Token>& t, std::size_t first, std::size_t k) {
    if (!t[k].is("of") || k < first + 2) return false;
    const Token& plural = t[k - 1];
    if (!plural.isWord() || !plural.capitalized || plural.allCaps || plural.text.size() < 4 ||
        plural.text.back() != 's' || plural.text.ends_with("ss") || st.gazetteer().isNameWord(plural.text) ||
        lexicons::memberNouns().contains(lower(plural.text)) || lexicons::personNouns().contains(lower(plural.text)))
        return false;
    // (Holders of a title in the plural: "Chiefs", not "Affairs", "Rules" or "Purchases".)
    if (!st.gazetteer().isTitle(plural.text.substr(0, plural.text.size() - 1))) return false;
    // The words qualifying the plural are no person's ("Jane Myers of ...") nor a title's.
    for (std::size_t m = first; m + 1 < k; ++m)
        if (!t[m].isWord() || !t[m].capitalized || st.gazetteer().givenNameCount(t[m].text) >= 1000 ||
            st.gazetteer().isTitle(t[m].text))
            return false;
    return true;
}

bool wordOpensNameBeforeOf(const std::vector<Token>& t, std::size_t first, std::size_t k) {
    // "Friends of the Earth", "Friends of the River Alliance": a supporters' group. (Other words before "of the"
    // are too often a body's part or a thing said of it, "the Presidium of the Congress of ...", "the Image of the
    // Public Service".)
    return k == first + 1 && k + 2 < t.size() && t[k].is("of") && t[k + 1].is("the") && t[first].is("Friends");
}

// Drops leading titles and roles ("Deputy Director FC Balochistan", "Inspector General of the Prisons ...").
std::size_t skipLeadingTitles(const ExtractionState& st, const std::vector<Token>& t, Chain c) {
    std::size_t i = c.first;
    if (c.afterPersonOf) return i;  // ("Price of the Major Fraud Unit": "Major" is the unit's word, not a rank)
    // ("On Saturday the Debian Technical Committee": a day or a month before the name is no part of it.)
    // ("Join the Privacy Board", "Each Board", "Current Board": a page's link or a determiner before the name.)
    // ("Formerly DOJ Office of Legal Counsel" in a panelist's affiliation: when, not the office's name.)
    // ("Former Irvine Police Officer David Park": a holder's former office, no body named "Former".)
    static constexpr std::array<std::string_view, 15> kNoNameWords{
        "Join",    "Leave",    "Contact", "Visit",    "Follow", "Subscribe", "Each",      "Every",
        "Current", "Previous", "Other",   "Formerly", "Former", "Currently", "Previously"};
    while (i < c.end && t[i].isWord() &&
           (isFunctionWord(t[i].text) || isCalendarWord(t[i].text) || (i > c.first && equalsLower(t[i].text, "the")) ||
            std::find(kNoNameWords.begin(), kNoNameWords.end(), t[i].text) != kNoNameWords.end()))
        ++i;
    // ("Said Quorvale Foundation President Ana Velde: ...": a quotation's verb put first opens its sentence.)
    if (i < c.end && t[i].sentenceStart &&
        (t[i].is("Said") || t[i].is("Says") || t[i].is("Added") || t[i].is("Adds") || t[i].is("Stated")))
        ++i;
    // "Prosecutor General's Office": titles that own the office with a possessive are its name, all of them.
    {
        std::size_t k = i;
        while (k < c.end) {
            std::vector<std::string_view> words;
            for (std::size_t m = k; m < c.end && words.size() < 6 && t[m].isWord(); ++m) words.push_back(t[m].text);
            const std::size_t n = st.gazetteer().titleLength(words);
            if (n == 0) break;
            k += n;
        }
        if (k > i && k < c.end && t[k].kind == TokenKind::Possessive) return i;
    }
    while (i < c.end) {
        std::vector<std::string_view> words;
        for (std::size_t k = i; k < c.end && words.size() < 6; ++k) words.push_back(t[k].text);
        std::size_t n = st.gazetteer().titleLength(words);
        // ("Union Minister for Road Transport and Highways", "Federal Minister for ...": a title after a word of the
        // state it serves is a title still.)
        if (n == 0 && words.size() > 1 && t[i].capitalized &&
            (lexicons::stateModifiers().contains(t[i].text) || t[i].is("Union"))) {
            const std::vector<std::string_view> rest(words.begin() + 1, words.end());
            if (const std::size_t m = st.gazetteer().titleLength(rest); m > 0 && !headAt(st, i + m)) n = m + 1;
        }
        if (n == 0) break;
        // "Attorney General's Office": the title owns the office, it is part of its name.
        if (i + n < c.end && t[i + n].kind == TokenKind::Possessive) break;
        // A title that is itself the head ("Police" is not a title, "Director" is).
        i += n;
        // "Minister of Public Administration": a minister's portfolio, a field and not a body (the body would be
        // "Ministry of ..."; "Director of the FBI" names one, after its article; and a secretary "of Prosecution
        // Balochistan" heads that department).
        const bool minister = equalsLower(t[i - 1].text, "minister");
        if (minister && i + 1 < c.end && (t[i].is("of") || t[i].is("for")) && !equalsLower(t[i + 1].text, "the") &&
            !st.gazetteer().agencyByName(st.slice(t[i + 1].begin, t[c.end - 1].end)))
            return c.end;
        // ("Prime Minister and Minister of Public Administration": titles joined by "and".)
        while (i < c.end && t[i].isWord() &&
               (t[i].is("of") || t[i].is("for") || t[i].is("and") || t[i].is("on") || t[i].is("at") ||
                equalsLower(t[i].text, "the")))
            ++i;  // (and "Commissioner on the National Security Commission ...", "Fellow at the ... Institute")
    }
    return i;
}

// A chain ending in a law, treaty or programme word names that instrument, not an agency ("Minnesota Government
// Data Practices Act", "Paris Agreement").
// Law as a field of study is no instrument: "Max Planck Institute for Foreign and International Criminal Law",
// "Faculty of Law", "Center for Law and Security" (an organisation's head word, then "for" or "of").
bool namesInstrument(const std::vector<Token>& t, Chain c) {
    std::size_t last = c.end;
    while (last > c.first && !t[last - 1].isWord()) --last;
    if (last <= c.first || !lexicons::instrumentWords().contains(t[last - 1].text)) return false;
    if (!equalsLower(t[last - 1].text, "law")) return true;
    for (std::size_t k = c.first; k + 2 < last; ++k)
        if ((isOrganisationHead(t[k].text) || t[k].is("Faculty")) && (t[k + 1].is("for") || t[k + 1].is("of")))
            return false;
    return true;
}

bool worksAtNoun(std::string_view w) {
    static constexpr std::array<std::string_view, 11> kScholars{"fellow",    "fellows",  "professor",  "professors",
                                                                "scholar",   "scholars", "researcher", "lecturer",
                                                                "economist", "analyst",  "counsel"};
    return inLowerList(w, kScholars) || lexicons::personNouns().contains(w) || lexicons::memberNouns().contains(w) ||
           lexicons::roleNouns().contains(w);
}

// A building named by a "Center" head is a place when the text uses it as a venue: "Department C-35, Central
// Justice Center, Santa Ana", "at the Reif Performing Arts Center".
bool venueContext(const ExtractionState& st, const std::vector<Token>& t, std::size_t begin, std::size_t end) {
    // ("a fellow at the Brennan Center for Justice", "a professor at the Velmar Policy Centre": where someone works,
    // the body, not a venue.)
    const std::size_t at = begin > 1 && t[begin - 1].is("the") ? begin - 2 : begin - 1;
    if (begin > 0 && at > 0 && t[at].is("at") && t[at - 1].isWord() && worksAtNoun(t[at - 1].text)) return false;
    if (begin > 0) {
        const Token& p = t[begin - 1];
        if (p.isWord() &&
            inLowerList(p.text, std::array<std::string_view, 6>{"at", "in", "inside", "outside", "near", "where"}))
            return true;
        // ("visited the Ang Mo Kio Central Market and Food Centre", "toured the ... Centre": a site visited.)
        if (p.isWord() && equalsLower(p.text, "the") && begin > 1 &&
            (inLowerList(t[begin - 2].text, std::array<std::string_view, 4>{"at", "in", "inside", "outside"}) ||
             visitingVerb(t[begin - 2].text)))
            return true;
        if (p.isPunct(':') && begin > 1 && equalsLower(t[begin - 2].text, "where")) return true;
        // ("at Old Airport Road Food Centre and Tekka Centre": a name listed right after a venue is one too.)
        if ((p.is("and") || p.isPunct(',')) && begin > 1 && st.venueEndsAt(t[begin - 2].end)) return true;
        // ", Central Justice Center, Santa Ana" after a courtroom or room number
        if (p.isPunct(',') && begin > 1 && t[begin - 2].text.find_first_of("0123456789") != std::string_view::npos)
            return true;
    }
    if (end + 1 < t.size() && t[end].isPunct(',')) {
        const auto* place = st.gazetteer().place(t[end + 1].text);
        if (place && place->kind == PlaceKind::City) return true;
    }
    return false;
}

// Whether an opening quotation mark before `offset`, on its line and not closed before it, quotes what is there:
// the title of another release cited in the text is a headline too ("... entitled “Board of Supervisors Votes to
// Adopt ...”").
// (A quotation is looked for in the 2,000 characters before `offset` at most: a line of a megabyte would otherwise
// be walked back once per call.)
bool insideQuotation(std::string_view text, std::size_t offset) {
    constexpr std::size_t kQuotedChars = 2000;
    const std::size_t windowStart = offset > kQuotedChars ? offset - kQuotedChars : 0;
    const std::size_t newline = text.substr(windowStart, offset - windowStart).rfind('\n');
    const std::size_t from = newline == std::string_view::npos ? windowStart : windowStart + newline + 1;
    const std::string_view before = text.substr(from, offset - from);
    const std::size_t open = before.rfind("\u201C");
    if (open == std::string_view::npos) return false;
    return before.find("\u201D", open) == std::string_view::npos;
}

// Whether the line holding `offset` is in title case (a headline repeated in the body, a cited title): five words
// or more, and none in lower case but short function words ("of", "and", "in", "the", "for", "to", "on", "at", "a").
// (A title is a short line: one running more than 300 characters either side of `offset` is none, and is not walked.)
bool titleCaseLine(std::string_view text, std::size_t offset) {
    constexpr std::size_t kTitleChars = 300;
    const std::size_t from = bulletin::text::lineStartWithin(text, offset, kTitleChars);
    if (from == std::string_view::npos) return false;
    const std::size_t windowEnd = std::min(text.size(), offset + kTitleChars);
    const std::size_t lineEnd = text.substr(0, windowEnd).find('\n', offset);
    if (lineEnd == std::string_view::npos && windowEnd < text.size()) return false;
    const std::size_t to = lineEnd == std::string_view::npos ? text.size() : lineEnd;
    static constexpr std::array<std::string_view, 12> kSmall{"of", "and", "in", "the", "for", "to",
                                                             "on", "at",  "a",  "an",  "by",  "with"};
    std::size_t words = 0;
    for (std::size_t i = from; i < to;) {
        while (i < to && (text[i] == ' ' || text[i] == '\t')) ++i;
        std::size_t j = i;
        while (j < to && text[j] != ' ' && text[j] != '\t') ++j;
        if (j > i) {
            const std::string_view word = text.substr(i, j - i);
            ++words;
            if (word[0] >= 'a' && word[0] <= 'z' && std::find(kSmall.begin(), kSmall.end(), word) == kSmall.end())
                return false;
        }
        i = j;
    }
    return words >= 5;
}

// [first, end) is one to three capitalised words ending in a natural feature's word: "Russky Island", "Lake Tana".
bool featureNamed(const std::vector<Token>& t, std::size_t first, std::size_t end) {
    if (end <= first || end - first > 3 || !lexicons::geoFeatures().contains(t[end - 1].text)) return false;
    for (std::size_t k = first; k < end; ++k)
        if (!t[k].isWord() || !t[k].capitalized || t[k].allCaps) return false;
    return true;
}

bool unitOfHeadquarters(const ExtractionState& st, const std::vector<Token>& t, Chain c, std::size_t k) {
    return t[k].is("of") && k > c.first && headAt(st, k - 1) && k + 2 < c.end &&
           equalsLower(t[c.end - 1].text, "headquarters") && anyHeadIn(st, k + 1, c.end - 1);
}

bool aimBeforePossessor(const ExtractionState& st, const std::vector<Token>& t, Chain c, std::size_t k) {
    std::size_t placeEnd = 0;
    return (t[k].is("for") || t[k].is("on")) && k > c.first && k + 1 < c.end && c.end < t.size() &&
           t[c.end].kind == TokenKind::Possessive && isPlaceToken(st, t, k + 1, c.end, placeEnd) && placeEnd == c.end;
}

bool projectWord(const Token& token) {
    return token.isWord() &&
           (lexicons::programmeWords().contains(token.text) || token.is("project") || token.is("pilot"));
}

namespace {

// A head word among the few words before token k of the chain (a bounded look: a hostile chain of thousands of
// "for"s is read once).
bool headJustBefore(const ExtractionState& st, Chain c, std::size_t k) {
    constexpr std::size_t kWords = 8;
    return anyHeadIn(st, k > c.first + kWords ? k - kWords : c.first, k);
}

// "a Toyota Camry", "his 2006 Toyota Prius", "a Toyota sedan", "a Samsung phone": token i, a company's one-word
// name, names its product (a vehicle, a phone, an aircraft), not the company acting.
bool namesProduct(const std::vector<Token>& t, std::size_t i) {
    static constexpr std::array<std::string_view, 27> kProducts{
        "car",   "cars",    "sedan",      "suv",        "truck",  "trucks", "van",      "pickup",    "minivan",
        "jeep",  "vehicle", "vehicles",   "motorcycle", "bus",    "lorry",  "coupe",    "hatchback", "wagon",
        "phone", "phones",  "smartphone", "laptop",     "tablet", "jet",    "aircraft", "plane",     "helicopter"};
    static constexpr std::array<std::string_view, 12> kColours{"black", "white", "red",  "blue", "silver", "grey",
                                                               "gray",  "green", "gold", "dark", "stolen", "rented"};
    static constexpr std::array<std::string_view, 9> kOwners{"a",   "an", "his", "her", "their",
                                                             "its", "my", "our", "your"};
    const Token* next = i + 1 < t.size() && t[i + 1].sentence == t[i].sentence ? &t[i + 1] : nullptr;
    if (next && next->isWord() && inLowerList(next->text, kProducts)) return true;
    // (A determiner or an owner before it, over a model year and a colour: "his black 2006 ...".)
    std::size_t k = i;
    for (std::size_t skipped = 0; skipped < 3 && k > 0 && t[k - 1].sentence == t[i].sentence; ++skipped) {
        const Token& p = t[k - 1];
        if (!((p.kind == TokenKind::Number && p.text.size() == 4) || (p.isWord() && inLowerList(p.text, kColours))))
            break;
        --k;
    }
    const bool owned =
        k > 0 && t[k - 1].sentence == t[i].sentence &&
        ((t[k - 1].isWord() && inLowerList(t[k - 1].text, kOwners)) || t[k - 1].kind == TokenKind::Possessive);
    if (!owned) return false;
    // ... and a model after it ("Camry", "A320"), or nothing more of a name (not an acronym of what the body
    // does: "a Taliban IED facilitator").
    return !next || !next->isWord() || next->kind == TokenKind::Number ||
           (next->capitalized && !next->allCaps && !isOrganisationHead(next->text) && !isConnector(next->text));
}

}  // namespace

bool aimAtProject(const ExtractionState& st, const std::vector<Token>& t, Chain c, std::size_t k) {
    if (!(t[k].is("for") || t[k].is("on")) || k <= c.first || k + 1 >= c.end) return false;
    // (Two lower-case words at most before the project's word: "water supply project".)
    bool project = false;
    for (std::size_t m = c.end; m < t.size() && m < c.end + 3 && t[m].sentence == t[k].sentence && !project; ++m) {
        if (!t[m].isWord() || t[m].capitalized || isConnector(t[m].text)) return false;
        project = projectWord(t[m]);
    }
    return project && headJustBefore(st, c, k);
}

bool againstNamed(const ExtractionState& st, const std::vector<Token>& t, Chain c, std::size_t k) {
    if (!t[k].is("against") || k <= c.first || !headJustBefore(st, c, k)) return false;
    std::size_t from = k + 1;
    while (from < c.end && equalsLower(t[from].text, "the")) ++from;
    if (from >= c.end) return false;
    std::size_t placeEnd = 0;
    // (A few words on at most: a hostile run of "... against ... against ..." is read once.)
    return (isPlaceToken(st, t, from, c.end, placeEnd) && placeEnd == c.end) ||
           anyHeadIn(st, from, std::min(c.end, from + 8));
}

bool namesKnownCompanysProduct(const ExtractionState& st, std::size_t i) {
    const auto& t = st.tokens();
    if (!t[i].isWord() || !t[i].capitalized || t[i].allCaps || !namesProduct(t, i) ||
        !st.gazetteer().agencyByNameFromKnownStart(t[i].text))
        return false;
    return !(i + 1 < t.size() && t[i + 1].isWord() &&
             st.gazetteer().agencyByNameFromKnownStart(st.slice(t[i].begin, t[i + 1].end)));
}

std::vector<Chain> splitOnAgainst(const ExtractionState& st, const std::vector<Token>& t, Chain c) {
    std::vector<Chain> out;
    for (std::size_t k = c.first + 1; k < c.end; ++k) {
        if (!againstNamed(st, t, c, k)) continue;
        out.push_back(Chain{c.first, k, c.afterPersonOf});
        c.first = k + 1;
        while (c.first < c.end && equalsLower(t[c.first].text, "the")) ++c.first;
        c.afterPersonOf = false;
    }
    out.push_back(c);
    return out;
}

bool claimProduct(ExtractionState& st, Chain c, std::size_t i) {
    if (!namesKnownCompanysProduct(st, i)) return false;
    const auto& t = st.tokens();
    std::size_t end = i + 1;
    while (end < c.end && end < i + 3 && t[end].capitalized) ++end;
    if (!st.claimed(t[i].begin, t[end - 1].end)) st.claim(t[i].begin, t[end - 1].end);
    return true;
}

}  // namespace bulletin::extract
